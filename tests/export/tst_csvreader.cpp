#include "export/csvreader.h"
#include "export/csvwriter.h"
#include "export/formulaguard.h"

#include <QTest>

/** RFC 4180 reading (quotes, line ends, bounds) and the formula guard read back. */
class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void refusals_data();
    void refusals();
    void guardReadsBackExactly_data();
    void guardReadsBackExactly();
};

using Records = QList<QStringList>;

void TestCsvReader::records_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("crlf") << "a,b\r\nc,d\r\n" << Records{{"a", "b"}, {"c", "d"}} << QList<int>{1, 2};
    QTest::newRow("lf, no final break") << "a,b\nc,d" << Records{{"a", "b"}, {"c", "d"}} << QList<int>{1, 2};
    QTest::newRow("lone cr") << "a\rb" << Records{{"a"}, {"b"}} << QList<int>{1, 2};
    QTest::newRow("blank lines skipped") << "\r\na\r\n\r\n\nb\n" << Records{{"a"}, {"b"}} << QList<int>{2, 5};
    QTest::newRow("empty fields") << "a,,\r\n" << Records{{"a", "", ""}} << QList<int>{1};
    QTest::newRow("quoted comma and quote") << "\"x, \"\"y\"\"\",z" << Records{{"x, \"y\"", "z"}} << QList<int>{1};
    QTest::newRow("line breaks inside quotes") << "\"1\r\n2\n3\",a\r\nb" << Records{{"1\r\n2\n3", "a"}, {"b"}}
                                              << QList<int>{1, 4};
    QTest::newRow("empty quoted") << "\"\",\"\"" << Records{{"", ""}} << QList<int>{1};
}

void TestCsvReader::records()
{
    QFETCH(QString, text);
    QFETCH(Records, records);
    QFETCH(QList<int>, lines);

    CsvReader reader(text, 100);
    Records read;
    QList<int> starts;
    QStringList fields;
    while (reader.next(&fields)) {
        read.append(fields);
        starts.append(reader.line());
    }
    QCOMPARE(reader.error(), QString());
    QCOMPARE(read, records);
    QCOMPARE(starts, lines);
}

void TestCsvReader::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("error");

    QTest::newRow("never closed") << "a\r\n\"b\r\nc" << 2 << "a quoted field is never closed";
    QTest::newRow("text after quote") << "a\n\"b\"c" << 2 << "text after the closing quote of a field";
    QTest::newRow("stray quote") << "a\nb\"c" << 2 << "a quote inside a field that does not start with one";
    QTest::newRow("long field") << "a\n" + QString(11, u'x') << 2 << "a field is longer than 10 characters";
    QTest::newRow("long quoted field") << "\"" + QString(11, u'\n') + "\"" << 1 << "a field is longer than 10 characters";
    QTest::newRow("long with doubled quotes") << "\"" + QString(12, u'"') + "\"" << 1 << "";
    QTest::newRow("just fits") << QString(10, u'x') << 0 << "";
}

void TestCsvReader::refusals()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, error);

    CsvReader reader(text, 10);
    QStringList fields;
    while (reader.next(&fields)) {
    }
    QCOMPARE(reader.error(), error);
    if (!error.isEmpty()) {
        QCOMPARE(reader.line(), line);
        // Reading stays stopped.
        QVERIFY(!reader.next(&fields));
        QVERIFY(fields.isEmpty());
    }
}

void TestCsvReader::guardReadsBackExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("guarded");

    QTest::newRow("plain") << "Cold wallet" << false;
    QTest::newRow("formula") << "=1+2" << true;
    QTest::newRow("minus") << "-5" << true;
    QTest::newRow("tab") << "\tx" << true;
    QTest::newRow("apostrophe then formula") << "'=1+2" << true;
    QTest::newRow("apostrophes then formula") << "'''@x" << true;
    QTest::newRow("apostrophe then text") << "'quoted" << false;
    QTest::newRow("only apostrophes") << "''" << false;
    QTest::newRow("empty") << "" << false;
}

void TestCsvReader::guardReadsBackExactly()
{
    QFETCH(QString, text);
    QFETCH(bool, guarded);

    QCOMPARE(FormulaGuard::isNeeded(text), guarded);
    // What the writer writes, read and unguarded, is the text again.
    const QString record = CsvWriter::encodeText(text) + QLatin1String("\r\n");
    CsvReader reader(record, 100);
    QStringList fields;
    QVERIFY(reader.next(&fields) || text.isEmpty());
    QCOMPARE(FormulaGuard::unguarded(fields.value(0)), text);
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
