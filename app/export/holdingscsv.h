#pragma once

#include "api/tokenasset.h"
#include "money/usdcnyrate.h"
#include "storage/tokenverdicts.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
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
    /**
     * The USD/CNY rate of the holdings, for the optional CNY columns: the rate they were fetched (or
     * recorded) with, shared by the rows of one fetch; null when none is known.
     */
    std::shared_ptr<const UsdCnyRate> usdCny;
};

/**
 * The fixed holdings CSV schema shared by the command line and the window's export:
 *
 *     address,chainIndex,chainName,symbol,tokenContractAddress,balance,rawBalance,tokenPriceUsd,valueUsd,isRiskToken
 *
 * The header is English and never translated, so scripts and spreadsheets can rely on it. balance,
 * rawBalance and tokenPriceUsd are the API's strings unchanged; valueUsd is the exact product
 * balance × price in plain notation, empty when the token is unpriced; isRiskToken is true/false,
 * OKX's flag whatever the user's verdict. Two optional sets of columns (Columns) follow only when asked
 * for, so the default header never changes:
 *
 *   - usdCny,valueCny right after valueUsd (export --fiat CNY): the row's USD/CNY rate as OKX gave it
 *     and the exact product valueUsd × usdCny in plain notation; both empty when no rate is known for
 *     the row (a value history record without one), valueCny also when the token is unpriced.
 *   - verdict, last: "spam", "trusted" or empty, the user's verdict on the token.
 *
 * The command line and the window assemble their rows through appendRows() and order them through
 * orderByValue(), so for the same holdings and options they write the same bytes.
 */
namespace HoldingsCsv {

/** The optional columns written besides the fixed ones. */
struct Columns
{
    /** usdCny,valueCny after valueUsd. */
    bool cny = false;
    /** verdict, last. */
    bool verdict = false;
};

/**
 * Appends the rows of @p address's @p assets as every export writes them: the address column is
 * the API's echo of the address (EVM: lower case) where it gives one, else @p address; chain names
 * come from @p names (OKX's list, else the built-in table); risk tokens only with
 * @p includeRiskTokens (OKX is asked to leave them out, but still flags some it returns), where,
 * as everywhere, the user's @p verdicts decide over OKX's flag: spam is a risk token, a trusted one is not.
 * The rows carry @p usdCny, the rate the holdings were fetched or recorded with (nothing: none known).
 */
void appendRows(QList<HoldingRow> &rows, const QString &address, QList<TokenAsset> assets, const ChainNames &names,
                bool includeRiskTokens, const TokenVerdicts &verdicts,
                const std::optional<UsdCnyRate> &usdCny = std::nullopt);

/** The column titles, in order. */
QStringList header(Columns columns = {});

/** The valueUsd cell: the exact balance × price in plain notation, or "" when unpriced. */
QString valueText(const HoldingRow &row);
/** The valueCny cell: the exact valueUsd × the row's rate in plain notation, or "" when unpriced or without a rate. */
QString valueCnyText(const HoldingRow &row);

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
void addCells(CsvWriter &csv, const HoldingRow &row, Columns columns = {});

/** Writes the header and @p rows, in the given order; false with @p error set when the device fails. */
bool write(QIODevice *device, const QList<HoldingRow> &rows, QString *error = nullptr, Columns columns = {});

/**
 * Writes the header and the rows @p order names, in that order. Sorting by index leaves the rows
 * where they were made, so freeing them afterwards walks memory in order instead of at random.
 */
bool write(QIODevice *device, const QList<HoldingRow> &rows, const QList<qsizetype> &order,
           QString *error = nullptr, Columns columns = {});

} // namespace HoldingsCsv
