#include "export/holdingscsv.h"

#include "export/csvwriter.h"

#include <algorithm>
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

QString valueText(const TokenAsset &asset)
{
    return asset.isPriced() ? asset.valueUsd().toPlainString() : QString();
}

void sortByValue(QList<HoldingRow> &rows)
{
    // Each product is computed once, not once per comparison, and all are brought to one scale so
    // a comparison is a plain big-integer compare: 10,000 rows would otherwise mean hundreds of
    // thousands of multiplications and rescalings.
    struct Key
    {
        Decimal::BigInt units;
        bool priced;
        qsizetype index;
    };
    std::vector<Decimal> values;
    values.reserve(size_t(rows.size()));
    int scale = 0;
    for (const HoldingRow &row : std::as_const(rows)) {
        values.push_back(row.asset.isPriced() ? row.asset.valueUsd() : Decimal());
        scale = std::max(scale, values.back().scale());
    }
    std::vector<Key> keys;
    keys.reserve(values.size());
    std::vector<Decimal::BigInt> powers(size_t(scale) + 1, Decimal::BigInt(1));
    for (size_t i = 1; i < powers.size(); ++i)
        powers[i] = powers[i - 1] * 10;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Decimal &value = values[size_t(i)];
        keys.push_back({value.units() * powers[size_t(scale - value.scale())], rows.at(i).asset.isPriced(), i});
    }

    std::stable_sort(keys.begin(), keys.end(), [&rows](const Key &a, const Key &b) {
        if (a.priced != b.priced)
            return a.priced;
        if (const int byValue = a.units.compare(b.units))
            return byValue > 0;
        const TokenAsset &left = rows.at(a.index).asset;
        const TokenAsset &right = rows.at(b.index).asset;
        if (const int bySymbol = left.symbol.compare(right.symbol))
            return bySymbol < 0;
        if (const int byChain = left.chainIndex.compare(right.chainIndex))
            return byChain < 0;
        return left.tokenContractAddress.compare(right.tokenContractAddress) < 0;
    });

    QList<HoldingRow> sorted;
    sorted.reserve(rows.size());
    for (const Key &key : keys)
        sorted.append(std::move(rows[key.index]));
    rows = std::move(sorted);
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
        csv.addNumber(valueText(asset));
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
