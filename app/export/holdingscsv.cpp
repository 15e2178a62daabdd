#include "export/holdingscsv.h"

#include "export/csvwriter.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace HoldingsCsv {

QStringList header()
{
    // A machine schema: fixed and English whatever the UI language, hence no tr().
    return {QStringLiteral("address"),    QStringLiteral("chainIndex"),           QStringLiteral("chainName"),
            QStringLiteral("symbol"),     QStringLiteral("tokenContractAddress"), QStringLiteral("balance"),
            QStringLiteral("rawBalance"), QStringLiteral("tokenPriceUsd"),        QStringLiteral("valueUsd"),
            QStringLiteral("isRiskToken")};
}

QString valueText(const HoldingRow &row)
{
    return row.asset.isPriced() ? row.valueUsd.toPlainString() : QString();
}

void sortByValue(QList<HoldingRow> &rows)
{
    // Each row's product is computed once, when the row is made, and all are brought to one scale so
    // a comparison is a plain big-integer compare: 10,000 rows would otherwise mean hundreds of
    // thousands of multiplications and rescalings. The sort moves indexes rather than rows or keys.
    struct Key
    {
        Decimal::BigInt units;
        bool priced;
    };
    int scale = 0;
    for (const HoldingRow &row : std::as_const(rows))
        scale = std::max(scale, row.valueUsd.scale());
    std::vector<Decimal::BigInt> powers(size_t(scale) + 1, Decimal::BigInt(1));
    for (size_t i = 1; i < powers.size(); ++i)
        powers[i] = powers[i - 1] * 10;
    std::vector<Key> keys;
    keys.reserve(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const HoldingRow &row = rows.at(i);
        keys.push_back({row.valueUsd.units() * powers[size_t(scale - row.valueUsd.scale())], row.asset.isPriced()});
    }

    std::vector<qsizetype> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&rows, &keys](qsizetype a, qsizetype b) {
        const Key &keyA = keys[size_t(a)];
        const Key &keyB = keys[size_t(b)];
        if (keyA.priced != keyB.priced)
            return keyA.priced;
        if (const int byValue = keyA.units.compare(keyB.units))
            return byValue > 0;
        const TokenAsset &left = rows.at(a).asset;
        const TokenAsset &right = rows.at(b).asset;
        if (const int bySymbol = left.symbol.compare(right.symbol))
            return bySymbol < 0;
        if (const int byChain = left.chainIndex.compare(right.chainIndex))
            return byChain < 0;
        return left.tokenContractAddress.compare(right.tokenContractAddress) < 0;
    });

    // Rows move into place along the cycles of the permutation: no second list of 10,000 rows.
    for (size_t start = 0; start < order.size(); ++start) {
        if (order[start] == qsizetype(start))
            continue;
        HoldingRow displaced = std::move(rows[qsizetype(start)]);
        size_t current = start;
        while (order[current] != qsizetype(start)) {
            const auto next = size_t(order[current]);
            rows[qsizetype(current)] = std::move(rows[qsizetype(next)]);
            order[current] = qsizetype(current);
            current = next;
        }
        rows[qsizetype(current)] = std::move(displaced);
        order[current] = qsizetype(current);
    }
}

bool write(QIODevice *device, const QList<HoldingRow> &rows, QString *error)
{
    CsvWriter csv(device);
    for (const QString &title : header())
        csv.addText(title);
    csv.endRow();

    const QString trueText = QStringLiteral("true");
    const QString falseText = QStringLiteral("false");
    for (const HoldingRow &row : rows) {
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
        csv.addText(asset.isRiskToken ? trueText : falseText);
        csv.endRow();
    }

    if (csv.flush())
        return true;
    if (error)
        *error = csv.errorString();
    return false;
}

} // namespace HoldingsCsv
