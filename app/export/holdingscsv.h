#pragma once

#include "api/tokenasset.h"
#include "storage/tokenverdicts.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class ChainNames;
class CsvWriter;
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
    /** The user's verdict on the token, for the optional verdict column. */
    TokenVerdict verdict = TokenVerdict::None;
};

/**
 * The fixed holdings CSV schema shared by the command line and the window's export:
 *
 *     address,chainIndex,chainName,symbol,tokenContractAddress,balance,rawBalance,tokenPriceUsd,valueUsd,isRiskToken
 *
 * The header is English and never translated, so scripts and spreadsheets can rely on it. balance,
 * rawBalance and tokenPriceUsd are the API's strings unchanged; valueUsd is the exact product
 * balance × price in plain notation, empty when the token is unpriced; isRiskToken is true/false,
 * OKX's flag whatever the user's verdict. Only when asked for (VerdictColumn::Append) a last column
 * follows, verdict: "spam", "trusted" or empty, the user's verdict on the token.
 *
 * The command line and the window assemble their rows through appendRows() and order them through
 * orderByValue(), so for the same holdings and options they write the same bytes.
 */
namespace HoldingsCsv {

/** Whether the verdict column follows the fixed ones. */
enum class VerdictColumn {
    Omit,
    Append,
};

/**
 * Appends the rows of @p address's @p assets as every export writes them: the address column is
 * the API's echo of the address (EVM: lower case) where it gives one, else @p address; chain names
 * come from @p names (OKX's list, else the built-in table); risk tokens only with
 * @p includeRiskTokens (OKX is asked to leave them out, but still flags some it returns), where,
 * as everywhere, the user's @p verdicts decide over OKX's flag: spam is a risk token, a trusted one is not.
 */
void appendRows(QList<HoldingRow> &rows, const QString &address, QList<TokenAsset> assets, const ChainNames &names,
                bool includeRiskTokens, const TokenVerdicts &verdicts);

/** The column titles, in order. */
QStringList header(VerdictColumn verdictColumn);

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

/**
 * Appends the cells of @p row, in header() order, to the record @p csv is writing; the caller ends
 * it. For files that add columns of their own around the schema's (the value history's holdings).
 */
void addCells(CsvWriter &csv, const HoldingRow &row, VerdictColumn verdictColumn = VerdictColumn::Omit);

/** Writes the header and @p rows, in the given order; false with @p error set when the device fails. */
bool write(QIODevice *device, const QList<HoldingRow> &rows, QString *error = nullptr,
           VerdictColumn verdictColumn = VerdictColumn::Omit);

/**
 * Writes the header and the rows @p order names, in that order. Sorting by index leaves the rows
 * where they were made, so freeing them afterwards walks memory in order instead of at random.
 */
bool write(QIODevice *device, const QList<HoldingRow> &rows, const QList<qsizetype> &order,
           QString *error = nullptr, VerdictColumn verdictColumn = VerdictColumn::Omit);

} // namespace HoldingsCsv
