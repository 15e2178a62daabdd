#include "api/balanceparser.h"
#include "api/chainnames.h"
#include "export/csvwriter.h"
#include "export/holdingscsv.h"
#include "support/testassets.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

#include <algorithm>

namespace {

TokenAsset asset(const QString &symbol, const QString &balance, const QString &price, bool risk = false)
{
    const QString contract = QStringLiteral("0x") + QString::fromLatin1(symbol.toLatin1().toHex());
    return TestAssets::ownedBy(QStringLiteral("0xed0c6079229e2d407672a117c22b62064f4a4312"),
                               TestAssets::asset(QStringLiteral("1"), contract, symbol, balance, price, risk));
}

HoldingRow row(const TokenAsset &a)
{
    return {a.address, QStringLiteral("Ethereum"), a};
}

QByteArray writeRows(const QList<HoldingRow> &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!HoldingsCsv::write(&buffer, rows, &error))
        qWarning("write failed: %s", qPrintable(error));
    return buffer.data();
}

QList<QByteArray> lines(const QByteArray &csv)
{
    QList<QByteArray> result = csv.split('\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

/** The cells of one CRLF-terminated line without quoted fields. */
QList<QByteArray> cells(const QByteArray &line)
{
    return line.chopped(1).split(',');
}

} // namespace

/** RFC 4180 writing, the OWASP guard on text cells, and the fixed holdings schema. */
class TestCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void textCell_data();
    void textCell();
    void numberCell_data();
    void numberCell();
    void rowsEndWithCrlfWithoutBom();
    void cellsLargerThanTheBufferAndManyRows();
    void unicodeAndEmojiAreUtf8();
    void failingDeviceReportsError();

    void headerIsFixed();
    void cnyColumns();
    void quoteAndNewlineInSymbol();
    void values_data();
    void values();
    void sortPutsUnpricedLast();
    void sortBreaksTiesDeterministically();
    void sortTellsApartWhatADoubleCannot();
    void fixtureExport();
};

void TestCsvWriter::textCell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("encoded");

    QTest::newRow("plain") << "USDT" << "USDT";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("comma") << "a,b" << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
    QTest::newRow("lf") << "a\nb" << "\"a\nb\"";
    QTest::newRow("cr inside") << "a\rb" << "\"a\rb\"";
    QTest::newRow("leading space") << " x" << "\" x\"";
    QTest::newRow("trailing space") << "x " << "\"x \"";
    QTest::newRow("equals") << "=HYPERLINK(\"http://x\")" << "\"'=HYPERLINK(\"\"http://x\"\")\"";
    QTest::newRow("plus") << "+1" << "'+1";
    QTest::newRow("minus") << "-2+3" << "'-2+3";
    QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
    QTest::newRow("tab") << "\tcmd" << "'\tcmd";
    QTest::newRow("leading cr") << "\r=1" << "\"'\r=1\"";
    QTest::newRow("formula char later") << "a=b" << "a=b";
    QTest::newRow("symbol with star") << "Q*" << "Q*";
}

void TestCsvWriter::textCell()
{
    QFETCH(QString, value);
    QFETCH(QString, encoded);
    QCOMPARE(CsvWriter::encodeText(value), encoded);
}

void TestCsvWriter::numberCell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("encoded");

    QTest::newRow("integer") << "100000000000000000000000" << "100000000000000000000000";
    QTest::newRow("tiny") << "0.000000000000000001" << "0.000000000000000001";
    QTest::newRow("negative stays a number") << "-1.5" << "-1.5";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("not a number is guarded") << "=1+2" << "'=1+2";
    QTest::newRow("not a number is quoted") << "1,000" << "\"1,000\"";
    QTest::newRow("minus inside is text") << "1-2" << "1-2";
}

void TestCsvWriter::numberCell()
{
    QFETCH(QString, value);
    QFETCH(QString, encoded);
    QCOMPARE(CsvWriter::encodeNumber(value), encoded);
}

void TestCsvWriter::rowsEndWithCrlfWithoutBom()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(&buffer);
        csv.addText(u"a");
        csv.addNumber(u"-1");
        csv.endRow();
        csv.addText(u"b");
        csv.addText(u"");
        csv.endRow();
        QVERIFY(csv.flush());
    }
    QCOMPARE(buffer.data(), QByteArray("a,-1\r\nb,\r\n"));
}

void TestCsvWriter::cellsLargerThanTheBufferAndManyRows()
{
    // A cell far larger than the writer's 64 KiB buffer, worst case for its size (every character
    // a doubled quote or three UTF-8 bytes), between enough rows to flush many times.
    const QString quotes(70000, u'"');
    const QString chinese(70000, QChar(0x72D7));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QByteArray expected;
    {
        CsvWriter csv(&buffer);
        for (int i = 0; i < 5000; ++i) {
            const QString symbol = QStringLiteral("TKN%1").arg(i);
            const QString big = i == 1000 ? quotes : i == 3000 ? chinese : QStringLiteral("1.5");
            csv.addText(symbol);
            csv.addNumber(big);
            csv.endRow();
            expected += (CsvWriter::encodeText(symbol) + u',' + CsvWriter::encodeNumber(big)).toUtf8() + "\r\n";
        }
        QVERIFY(csv.flush());
    }
    QCOMPARE(buffer.data().size(), expected.size());
    QCOMPARE(buffer.data(), expected);
    QVERIFY(expected.contains(QByteArray(140002, '"')));
}

void TestCsvWriter::unicodeAndEmojiAreUtf8()
{
    const QString symbol = QStringLiteral("狗狗币🚀é");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    csv.addText(symbol);
    csv.endRow();
    QVERIFY(csv.flush());
    QCOMPARE(buffer.data(), symbol.toUtf8() + "\r\n");
    QVERIFY(!buffer.data().startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(buffer.data()).chopped(2), symbol);
}

void TestCsvWriter::failingDeviceReportsError()
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    QString error;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!HoldingsCsv::write(&readOnly, {row(asset(QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("2")))},
                                &error));
    QVERIFY(!error.isEmpty());
}

void TestCsvWriter::headerIsFixed()
{
    const QByteArray csv = writeRows({});
    QCOMPARE(csv, QByteArray("address,chainIndex,chainName,symbol,tokenContractAddress,balance,rawBalance,"
                             "tokenPriceUsd,valueUsd,isRiskToken\r\n"));
}

void TestCsvWriter::cnyColumns()
{
    const QDateTime time = QDateTime::fromString(QStringLiteral("2024-05-12T06:00:00Z"), Qt::ISODate);
    QList<HoldingRow> rows;
    const TokenAsset seed = asset(QStringLiteral("SEED"), QStringLiteral("47042180.520700015"),
                                  QStringLiteral("0.968391562089677097"));
    const TokenAsset unpriced = asset(QStringLiteral("DUST"), QStringLiteral("5"), QString());
    // Rows of two fetches: one with a rate, one recorded without.
    HoldingsCsv::appendRows(rows, seed.address, {seed, unpriced}, ChainNames(), false, TokenVerdicts(),
                            UsdCnyRate::fromText(u"7.1543", time));
    HoldingsCsv::appendRows(rows, seed.address, {seed}, ChainNames(), false, TokenVerdicts());
    rows[0].verdict = TokenVerdict::Trusted;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    HoldingsCsv::Columns columns;
    columns.cny = true;
    columns.verdict = true;
    QVERIFY(HoldingsCsv::write(&buffer, rows, nullptr, columns));
    const QList<QByteArray> written = lines(buffer.data());
    QCOMPARE(written.size(), 4);
    // Right after valueUsd; the verdict stays last.
    QCOMPARE(written.at(0), QByteArray("address,chainIndex,chainName,symbol,tokenContractAddress,balance,rawBalance,"
                                       "tokenPriceUsd,valueUsd,usdCny,valueCny,isRiskToken,verdict\r"));
    QList<QByteArray> fields = cells(written.at(1));
    QCOMPARE(fields.size(), 13);
    QCOMPARE(fields.at(8), QByteArray("45555250.678545267044919755753056455"));
    QCOMPARE(fields.at(9), QByteArray("7.1543"));
    // Exact, worked out by hand to the last digit.
    QCOMPARE(fields.at(10), QByteArray("325915929.9295164040194694085840917960065"));
    QCOMPARE(fields.at(11), QByteArray("false"));
    QCOMPARE(fields.at(12), QByteArray("trusted"));
    QCOMPARE(HoldingsCsv::valueCnyText(rows.at(0)), QStringLiteral("325915929.9295164040194694085840917960065"));
    // Unpriced: the rate, and no value.
    fields = cells(written.at(2));
    QCOMPARE(fields.at(9), QByteArray("7.1543"));
    QCOMPARE(fields.at(10), QByteArray());
    // Without a rate: both empty, never another rate.
    fields = cells(written.at(3));
    QCOMPARE(fields.at(8), QByteArray("45555250.678545267044919755753056455"));
    QCOMPARE(fields.at(9), QByteArray());
    QCOMPARE(fields.at(10), QByteArray());
    // The default layout knows nothing of CNY, whatever the rows carry.
    QCOMPARE(lines(writeRows(rows)).at(0), QByteArray("address,chainIndex,chainName,symbol,tokenContractAddress,balance,"
                                                      "rawBalance,tokenPriceUsd,valueUsd,isRiskToken\r"));
}

void TestCsvWriter::quoteAndNewlineInSymbol()
{
    TokenAsset a = asset(QStringLiteral("BAD\"\nCOIN"), QStringLiteral("2"), QStringLiteral("0"), true);
    a.rawBalance = QStringLiteral("2000000000000000000");
    const QByteArray csv = writeRows({row(a)});
    const QByteArray expected = "0xed0c6079229e2d407672a117c22b62064f4a4312,1,Ethereum,\"BAD\"\"\nCOIN\","
        + a.tokenContractAddress.toLatin1() + ",2,2000000000000000000,0,,true\r\n";
    QVERIFY2(csv.endsWith(expected), csv.constData());
}

void TestCsvWriter::values_data()
{
    QTest::addColumn<QString>("balance");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("value");

    // Expected products computed independently (Python's decimal module at 200 digits).
    QTest::newRow("seed row") << "47042180.520700015" << "0.968391562089677097"
                              << "45555250.678545267044919755753056455";
    QTest::newRow("1e-18 x 1e24") << "0.000000000000000001" << "1000000000000000000000000" << "1000000";
    QTest::newRow("24-digit price") << "123456.789012345678901234" << "98765.4321098765432109876543"
                                    << "12193263113.7021795226184471828684588861743630354062";
    QTest::newRow("1e-18 squared") << "0.000000000000000001" << "0.000000000000000001"
                                   << "0.000000000000000000000000000000000001";
    QTest::newRow("huge") << "99999999999999999999.999999999999999999" << "999999.999999999999999999"
                          << "99999999999999999999999899.999999999999000000000000000000000001";
    QTest::newRow("trailing zeros dropped") << "2.50" << "4.000" << "10";
    QTest::newRow("unpriced zero") << "5" << "0" << "";
    QTest::newRow("unpriced empty") << "5" << "" << "";
}

void TestCsvWriter::values()
{
    QFETCH(QString, balance);
    QFETCH(QString, price);
    QFETCH(QString, value);
    const TokenAsset a = asset(QStringLiteral("TOKEN"), balance, price);
    QCOMPARE(HoldingsCsv::valueText(row(a)), value);

    const QList<QByteArray> rows = lines(writeRows({row(a)}));
    QCOMPARE(rows.size(), 2);
    const QList<QByteArray> fields = cells(rows.at(1));
    QCOMPARE(fields.size(), 10);
    QCOMPARE(fields.at(5), balance.toLatin1()); // the API's strings, unchanged
    QCOMPARE(fields.at(7), price.toLatin1());
    QCOMPARE(fields.at(8), value.toLatin1());
    QCOMPARE(fields.at(9), QByteArray("false"));
}

void TestCsvWriter::sortPutsUnpricedLast()
{
    QList<HoldingRow> rows{
        row(asset(QStringLiteral("UNPRICED"), QStringLiteral("1000000"), QStringLiteral("0"))),
        row(asset(QStringLiteral("SMALL"), QStringLiteral("0.000000000000000001"), QStringLiteral("1"))),
        row(asset(QStringLiteral("BIG"), QStringLiteral("3"), QStringLiteral("100000000000000000000.1"))),
        row(asset(QStringLiteral("MID"), QStringLiteral("1.5"), QStringLiteral("2"))),
        row(asset(QStringLiteral("NOPRICE"), QStringLiteral("1"), QString())),
    };
    HoldingsCsv::sortByValue(rows);
    QStringList order;
    for (const HoldingRow &r : rows)
        order.append(r.asset.symbol);
    QCOMPARE(order, QStringList({"BIG", "MID", "SMALL", "NOPRICE", "UNPRICED"}));
}

void TestCsvWriter::sortTellsApartWhatADoubleCannot()
{
    // Values equal to 17 significant digits, and the largest and smallest a balance may be, in every order.
    const QStringList balances{QStringLiteral("1.000000000000000000000000001"),
                               QStringLiteral("1.000000000000000000000000003"),
                               QStringLiteral("1.000000000000000000000000002"),
                               QStringLiteral("1") + QString(95, u'0'),
                               QStringLiteral("2") + QString(95, u'0'),
                               QStringLiteral("0.") + QString(95, u'0') + u'1',
                               QStringLiteral("0.") + QString(95, u'0') + u'2'};
    QList<HoldingRow> rows;
    for (const QString &balance : balances)
        rows.append(row(asset(QStringLiteral("T%1").arg(rows.size()), balance, QStringLiteral("1"))));
    for (int rotation = 0; rotation < rows.size(); ++rotation) {
        QList<HoldingRow> sorted = rows;
        std::rotate(sorted.begin(), sorted.begin() + rotation, sorted.end());
        HoldingsCsv::sortByValue(sorted);
        QStringList order;
        for (const HoldingRow &r : sorted)
            order.append(r.asset.symbol);
        QCOMPARE(order, QStringList({"T4", "T3", "T1", "T2", "T0", "T6", "T5"}));
    }
}

void TestCsvWriter::sortBreaksTiesDeterministically()
{
    // Equal values (2 × 3 = 1.5 × 4 = 6) sort by symbol, then chain, then contract, whatever the input order.
    TokenAsset b = asset(QStringLiteral("B"), QStringLiteral("2"), QStringLiteral("3"));
    TokenAsset a1 = asset(QStringLiteral("A"), QStringLiteral("1.5"), QStringLiteral("4"));
    TokenAsset a56 = a1;
    a56.chainIndex = QStringLiteral("56");
    QList<HoldingRow> forward{row(b), row(a56), row(a1)};
    QList<HoldingRow> backward{row(a1), row(a56), row(b)};
    HoldingsCsv::sortByValue(forward);
    HoldingsCsv::sortByValue(backward);
    QCOMPARE(writeRows(forward), writeRows(backward));
    QCOMPARE(forward.at(0).asset.chainIndex, QStringLiteral("1"));
    QCOMPARE(forward.at(1).asset.chainIndex, QStringLiteral("56"));
    QCOMPARE(forward.at(2).asset.symbol, QStringLiteral("B"));
}

void TestCsvWriter::fixtureExport()
{
    QFile file(QStringLiteral(OKX_TEST_FIXTURES_DIR "/all-token-balances-example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ApiResult<QList<TokenAsset>> parsed = BalanceParser::parseTokenAssets(200, file.readAll(), ApiFamily::DexV5);
    QVERIFY(parsed.ok());
    QList<HoldingRow> rows;
    for (const TokenAsset &a : parsed.value)
        rows.append(row(a));
    // The command line writes through an order of indexes, the window sorts the rows: same file.
    const QList<qsizetype> order = HoldingsCsv::orderByValue(rows);
    QBuffer byIndex;
    byIndex.open(QIODevice::WriteOnly);
    QVERIFY(HoldingsCsv::write(&byIndex, rows, order));
    HoldingsCsv::sortByValue(rows);
    QCOMPARE(byIndex.data(), writeRows(rows));

    const QList<QByteArray> csv = lines(writeRows(rows));
    QCOMPARE(csv.size(), 1 + 31);
    Decimal previous;
    for (int i = 0; i < rows.size(); ++i) {
        const TokenAsset &a = rows.at(i).asset;
        QCOMPARE(a.isPriced(), i < 27);
        const QList<QByteArray> fields = cells(csv.at(i + 1));
        QCOMPARE(fields.at(3), a.symbol.toUtf8());
        QCOMPARE(fields.at(5), a.balanceText.toLatin1());
        if (!a.isPriced()) {
            QCOMPARE(fields.at(8), QByteArray());
            continue;
        }
        // The written value parses back to exactly balance × price, and values never increase.
        const Decimal value = *Decimal::parse(QString::fromLatin1(fields.at(8)));
        QCOMPARE(value, a.balance * a.tokenPrice);
        QVERIFY(i == 0 || value <= previous);
        previous = value;
    }
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
