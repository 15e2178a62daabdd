#pragma once

#include "storage/addressbatch.h"

#include <QCoreApplication>
#include <QString>

/**
 * A list of addresses as a person pastes it: one a line, an optional label after the first comma
 * or tab ("0x…, Cold wallet"), blank lines ignored. Each address is watched on the chains its form
 * names (AddressValidator::defaultChains()), as the add-address dialog suggests them.
 */
class PastedAddresses final
{
    Q_DECLARE_TR_FUNCTIONS(PastedAddresses)

public:
    PastedAddresses() = delete;

    /**
     * The lines of @p text, to check with AddressBatch. Past AddressBatch::MaxLines lines, one
     * refused line says so and the rest is not read.
     */
    static QList<AddressBatch::Line> read(const QString &text);
};
