#pragma once

#include "api/tokenasset.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QIODevice;

/** One line of a holdings export: a token holding with the address and chain name it belongs to. */
struct HoldingRow
{
    HoldingRow(QString address, QString chainName, TokenAsset asset)
        : address(std::move(address)), chainName(std::move(chainName)), asset(std::move(asset)),
          valueUsd(this->asset.valueUsd())
    {
    }

    /** The wallet address the holding belongs to. */
    QString address;
    /** The chain's display name (from the supported-chain list, or the built-in table). */
    QString chainName;
    TokenAsset asset;
    /** balance × price, computed once for both sorting and writing (zero when unpriced). */
    Decimal valueUsd;
};

/**
 * The fixed holdings CSV schema shared by the command line and the window's export:
 *
 *     address,chainIndex,chainName,symbol,tokenContractAddress,balance,rawBalance,tokenPriceUsd,valueUsd,isRiskToken
 *
 * The header is English and never translated, so scripts and spreadsheets can rely on it. balance,
 * rawBalance and tokenPriceUsd are the API's strings unchanged; valueUsd is the exact product
 * balance × price in plain notation, empty when the token is unpriced; isRiskToken is true/false.
 */
namespace HoldingsCsv {

/** The column titles, in order. */
QStringList header();

/** The valueUsd cell: the exact balance × price in plain notation, or "" when unpriced. */
QString valueText(const HoldingRow &row);

/**
 * The export order of @p rows as indexes into it: exact USD value, highest first, with unpriced
 * rows last; ties are broken by symbol, chain index and contract address so the order never
 * depends on the API's order.
 */
QList<qsizetype> orderByValue(const QList<HoldingRow> &rows);

/** Sorts @p rows into orderByValue()'s order. */
void sortByValue(QList<HoldingRow> &rows);

/** Writes the header and @p rows, in the given order; false with @p error set when the device fails. */
bool write(QIODevice *device, const QList<HoldingRow> &rows, QString *error = nullptr);

/**
 * Writes the header and the rows @p order names, in that order. Sorting by index leaves the rows
 * where they were made, so freeing them afterwards walks memory in order instead of at random.
 */
bool write(QIODevice *device, const QList<HoldingRow> &rows, const QList<qsizetype> &order,
           QString *error = nullptr);

} // namespace HoldingsCsv
