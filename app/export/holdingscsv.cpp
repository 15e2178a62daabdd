#include "export/holdingscsv.h"

#include "api/chainnames.h"
#include "export/csvwriter.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace HoldingsCsv {

void appendRows(QList<HoldingRow> &rows, const QString &address, QList<TokenAsset> assets, const ChainNames &names,
                bool includeRiskTokens, const TokenVerdicts &verdicts, const std::optional<UsdCnyRate> &usdCny)
{
    // One copy of the rate for all the rows of these holdings.
    const std::shared_ptr<const UsdCnyRate> rate = usdCny ? std::make_shared<const UsdCnyRate>(*usdCny) : nullptr;
    QString chainIndex;
    QString chainName;
    for (TokenAsset &asset : assets) {
        const TokenVerdict verdict = verdicts.verdictOf(asset);
        if (!includeRiskTokens && TokenVerdicts::leftOutAsRisk(asset.isRiskToken, verdict))
            continue;
        QString owner = asset.address.isEmpty() ? address : asset.address;
        // Assets come grouped by chain: the name is looked up once per run of a chain.
        if (chainName.isNull() || asset.chainIndex != chainIndex) {
            chainIndex = asset.chainIndex;
            chainName = names.name(chainIndex);
        }
        rows.append({std::move(owner), chainName, std::move(asset)});
        rows.last().verdict = verdict;
        rows.last().usdCny = rate;
    }
}

QStringList header(Columns columns)
{
    // A machine schema: fixed and English whatever the UI language, hence no tr().
    QStringList titles{QStringLiteral("address"),    QStringLiteral("chainIndex"),           QStringLiteral("chainName"),
                       QStringLiteral("symbol"),     QStringLiteral("tokenContractAddress"), QStringLiteral("balance"),
                       QStringLiteral("rawBalance"), QStringLiteral("tokenPriceUsd"),        QStringLiteral("valueUsd")};
    if (columns.cny)
        titles += {QStringLiteral("usdCny"), QStringLiteral("valueCny")};
    titles.append(QStringLiteral("isRiskToken"));
    if (columns.verdict)
        titles.append(QStringLiteral("verdict"));
    return titles;
}

QString valueText(const HoldingRow &row)
{
    return row.asset.isPriced() ? row.valueUsd.toPlainString() : QString();
}

QString valueCnyText(const HoldingRow &row)
{
    return row.usdCny && row.asset.isPriced() ? row.usdCny->toCny(row.valueUsd).toPlainString() : QString();
}

QList<qsizetype> orderByValue(const QList<HoldingRow> &rows)
{
    // Each row's exact value was computed once, when the row was made. Most comparisons are
    // decided by a double approximation (a few units in the last place off, so two values it tells
    // apart by a billionth are surely in that order); the rest, near-ties, by the exact values.
    struct Key
    {
        double approximate;
        bool priced;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(rows.size()));
    for (const HoldingRow &row : rows)
        keys.push_back({row.valueUsd.toApproximateDouble(), row.asset.isPriced()});

    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&rows, &keys](qsizetype a, qsizetype b) {
        const Key &keyA = keys[size_t(a)];
        const Key &keyB = keys[size_t(b)];
        if (keyA.priced != keyB.priced)
            return keyA.priced;
        // NaN from infinities compares false and falls through to the exact comparison.
        const double margin = 1e-9 * std::max(std::abs(keyA.approximate), std::abs(keyB.approximate));
        if (std::abs(keyA.approximate - keyB.approximate) > margin)
            return keyA.approximate > keyB.approximate;
        const HoldingRow &left = rows.at(a);
        const HoldingRow &right = rows.at(b);
        if (const int byValue = Decimal::compare(left.valueUsd, right.valueUsd))
            return byValue > 0;
        if (const int bySymbol = left.asset.symbol.compare(right.asset.symbol))
            return bySymbol < 0;
        if (const int byChain = left.asset.chainIndex.compare(right.asset.chainIndex))
            return byChain < 0;
        return left.asset.tokenContractAddress.compare(right.asset.tokenContractAddress) < 0;
    });
    return order;
}

void sortByValue(QList<HoldingRow> &rows)
{
    QList<qsizetype> order = orderByValue(rows);
    // Rows move into place along the cycles of the permutation: no second list of rows.
    for (qsizetype start = 0; start < order.size(); ++start) {
        if (order[start] == start)
            continue;
        HoldingRow displaced = std::move(rows[start]);
        qsizetype current = start;
        while (order[current] != start) {
            const qsizetype next = order[current];
            rows[current] = std::move(rows[next]);
            order[current] = current;
            current = next;
        }
        rows[current] = std::move(displaced);
        order[current] = current;
    }
}

void addCells(CsvWriter &csv, const HoldingRow &row, Columns columns)
{
    const TokenAsset &asset = row.asset;
    csv.addText(row.address);
    csv.addText(asset.chainIndex);
    csv.addText(row.chainName);
    csv.addText(asset.symbol);
    csv.addText(asset.tokenContractAddress);
    csv.addNumber(asset.balanceText);
    csv.addNumber(asset.rawBalance);
    csv.addNumber(asset.tokenPriceText);
    csv.addNumber(valueText(row));
    if (columns.cny) {
        csv.addNumber(row.usdCny ? row.usdCny->text() : QString());
        csv.addNumber(valueCnyText(row));
    }
    csv.addText(asset.isRiskToken ? u"true" : u"false");
    if (columns.verdict) {
        csv.addText(row.verdict == TokenVerdict::Spam      ? u"spam"
                    : row.verdict == TokenVerdict::Trusted ? u"trusted"
                                                           : u"");
    }
}

bool write(QIODevice *device, const QList<HoldingRow> &rows, QString *error, Columns columns)
{
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    return write(device, rows, order, error, columns);
}

bool write(QIODevice *device, const QList<HoldingRow> &rows, const QList<qsizetype> &order, QString *error,
           Columns columns)
{
    CsvWriter csv(device);
    for (const QString &title : header(columns))
        csv.addText(title);
    csv.endRow();

    // Rows in value order reach their texts in an order the processor cannot foresee: each row
    // asks for the texts of one a few places ahead, so they arrive before they are needed.
    constexpr qsizetype lookAhead = 8;
    const auto prefetch = [](const QString &text) { __builtin_prefetch(text.constData()); };
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i + lookAhead < order.size()) {
            const TokenAsset &ahead = rows.at(order.at(i + lookAhead)).asset;
            for (const QString *text : {&ahead.symbol, &ahead.tokenContractAddress, &ahead.balanceText,
                                        &ahead.rawBalance, &ahead.tokenPriceText})
                prefetch(*text);
        }
        addCells(csv, rows.at(order.at(i)), columns);
        csv.endRow();
    }

    if (csv.flush())
        return true;
    if (error)
        *error = csv.errorString();
    return false;
}

} // namespace HoldingsCsv
