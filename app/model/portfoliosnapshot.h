#pragma once

#include "api/apierror.h"
#include "api/tokenasset.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/**
 * What the app knows about one watched address at a time: who it is (address, label, chains), the
 * last good holdings with the time they were fetched, and whether the latest refresh failed.
 *
 * A failed refresh never replaces the holdings: it only sets error, so the last good data stays on
 * screen marked "as of fetchedAt". This is also the unit the snapshot cache stores.
 */
struct PortfolioSnapshot
{
    QString address;
    /** The user's name for the address; may be empty. */
    QString label;
    /** The chain indexes the address is watched on. */
    QStringList chains;
    /** When the holdings were fetched; invalid while the address has never been fetched. */
    QDateTime fetchedAt;
    QList<TokenAsset> assets;
    /** The latest refresh's failure, or a None error when it succeeded (or none ran yet). */
    ApiError error;

    /** Whether holdings were ever fetched (an empty list after a fetch is data, too). */
    bool hasData() const { return fetchedAt.isValid(); }
    /** Whether the holdings shown are older than the latest, failed, refresh. */
    bool isStale() const { return error.isError(); }

    /** The label, or the shortened address when there is none. */
    QString displayName() const;

    /** "0x1234…cdef": the first 6 and last 4 characters of a long address. */
    static QString shortAddress(const QString &address);
};
Q_DECLARE_METATYPE(PortfolioSnapshot)
