#pragma once

#include <QMetaType>

/**
 * How the demo server's specific-token endpoint words its answers where OKX's documentation leaves
 * it open (API reference §3.4), so the client can be tested against each reading; see
 * LocalOkxServer::setSpecificTokenStyle(). The default answers like the all-token endpoint.
 */
struct SpecificTokenStyle
{
    /** Leaves the tokens the address does not hold out of the reply instead of answering a zero row. */
    bool omitUnheld = false;
    /** Echoes an empty owner address, as OKX's documented example does. */
    bool blankAddress = false;
    /** Echoes empty chain indexes and contracts too: only the rows' order tells whose they are. */
    bool blankToken = false;
};
Q_DECLARE_METATYPE(SpecificTokenStyle)
