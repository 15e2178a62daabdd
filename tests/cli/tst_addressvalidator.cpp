#include "api/addressvalidator.h"

#include <QTest>

Q_DECLARE_METATYPE(ChainFamily)

/** Address formats per chain family, checksums included (vectors from BIP-173, BIP-350 and Bitcoin's history). */
class TestAddressValidator final : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void reasonNamesAddressAndFormat();
    void everyFamilyOfTheChainsMustAccept();
    void unknownChains();
};

void TestAddressValidator::check_data()
{
    QTest::addColumn<ChainFamily>("family");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");

    const auto evm = ChainFamily::Evm;
    QTest::newRow("evm checksum case") << evm << "0xEd0C6079229E2d407672a117c22b62064f4a4312" << true;
    QTest::newRow("evm lower") << evm << "0xed0c6079229e2d407672a117c22b62064f4a4312" << true;
    QTest::newRow("evm upper digits") << evm << "0xED0C6079229E2D407672A117C22B62064F4A4312" << true;
    QTest::newRow("evm short") << evm << "0x12" << false;
    QTest::newRow("evm 41 digits") << evm << "0xed0c6079229e2d407672a117c22b62064f4a43120" << false;
    QTest::newRow("evm no prefix") << evm << "ed0c6079229e2d407672a117c22b62064f4a431200" << false;
    QTest::newRow("evm non-hex") << evm << "0xgd0c6079229e2d407672a117c22b62064f4a4312" << false;
    QTest::newRow("evm arabic digit") << evm << QString::fromUtf16(u"0x\u0661d0c6079229e2d407672a117c22b62064f4a4312") << false;
    QTest::newRow("evm empty") << evm << "" << false;

    const auto sol = ChainFamily::Solana;
    QTest::newRow("sol wrapped SOL") << sol << "So11111111111111111111111111111111111111112" << true;
    QTest::newRow("sol 32 chars") << sol << "11111111111111111111111111111111" << true;
    QTest::newRow("sol 44 chars") << sol << "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v" << true;
    QTest::newRow("sol 31 chars") << sol << "1111111111111111111111111111111" << false;
    QTest::newRow("sol 45 chars") << sol << "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1vA" << false;
    QTest::newRow("sol zero") << sol << "So11111111111111111111111111111111111111110" << false;
    QTest::newRow("sol capital O") << sol << "SO11111111111111111111111111111111111111112" << false;
    QTest::newRow("sol letter l") << sol << "Sl11111111111111111111111111111111111111112" << false;
    QTest::newRow("sol evm address") << sol << "0xEd0C6079229E2d407672a117c22b62064f4a4312" << false;

    const auto tron = ChainFamily::Tron;
    QTest::newRow("tron usdt") << tron << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" << true;
    QTest::newRow("tron 33") << tron << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6" << false;
    QTest::newRow("tron no T") << tron << "AR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" << false;
    QTest::newRow("tron capital I") << tron << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLjIt" << false;
    QTest::newRow("tron demo wallet") << tron << "THC51P1o4smEQb7oYJfuETBJWQFjwkWcxB" << true;
    QTest::newRow("tron typo, bad checksum") << tron << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u" << false;
    QTest::newRow("tron swapped characters") << tron << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLt6j" << false;

    const auto btc = ChainFamily::Bitcoin;
    QTest::newRow("btc p2wpkh") << btc << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4" << true;
    QTest::newRow("btc p2wpkh upper") << btc << "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4" << true;
    QTest::newRow("btc mixed case") << btc << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3T4" << false;
    QTest::newRow("btc bad checksum") << btc << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5" << false;
    QTest::newRow("btc taproot") << btc << "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0" << true;
    QTest::newRow("btc v1 40 bytes")
        << btc << "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y" << true;
    QTest::newRow("btc v16") << btc << "BC1SW50QGDZ25J" << true;
    QTest::newRow("btc v2") << btc << "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs" << true;
    QTest::newRow("btc v1 with bech32 checksum")
        << btc << "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd" << false;
    QTest::newRow("btc v0 with bech32m checksum") << btc << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh" << false;
    QTest::newRow("btc bech32 letter o")
        << btc << "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4" << false;
    QTest::newRow("btc v0 16 bytes") << btc << "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P" << false;
    QTest::newRow("btc 1-byte program") << btc << "bc1pw5dgrnzv" << false;
    QTest::newRow("btc testnet") << btc << "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx" << false;
    QTest::newRow("btc genesis p2pkh") << btc << "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa" << true;
    QTest::newRow("btc p2sh") << btc << "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy" << true;
    QTest::newRow("btc base58 bad checksum") << btc << "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb" << false;
    QTest::newRow("btc base58 zero") << btc << "1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a" << false;
    QTest::newRow("btc base58 too short") << btc << "1A1zP1eP5QGefi2DMPTf" << false;
    QTest::newRow("btc evm address") << btc << "0xEd0C6079229E2d407672a117c22b62064f4a4312" << false;

    QTest::newRow("other accepts anything") << ChainFamily::Other << "EQD__________________whatever" << true;
}

void TestAddressValidator::check()
{
    QFETCH(ChainFamily, family);
    QFETCH(QString, address);
    QFETCH(bool, valid);
    const QString reason = AddressValidator::check(address, family);
    QVERIFY2(reason.isEmpty() == valid, qPrintable(reason));
    QCOMPARE(AddressValidator::isValid(address, family), valid);
    QVERIFY(!reason.contains(u'\n'));
}

void TestAddressValidator::reasonNamesAddressAndFormat()
{
    QCOMPARE(AddressValidator::check(QStringLiteral("0x12"), ChainFamily::Evm),
             QStringLiteral("0x12 is not a valid EVM address: expected 0x followed by 40 hexadecimal digits"));
}

void TestAddressValidator::everyFamilyOfTheChainsMustAccept()
{
    const QString evm = QStringLiteral("0xEd0C6079229E2d407672a117c22b62064f4a4312");
    QVERIFY(AddressValidator::check(evm, QStringList{"1", "56", "8453"}).isEmpty());
    const QString reason = AddressValidator::check(evm, QStringList{"1", "501"});
    QVERIFY(reason.contains(QLatin1String("Solana")));
    QVERIFY(reason.contains(QLatin1String("501")));
    // Chains without a local format (TON) and chains unknown to the table are left to OKX.
    QVERIFY(AddressValidator::check(evm, QStringList{"1", "607", "999999"}).isEmpty());
}

void TestAddressValidator::unknownChains()
{
    QCOMPARE(AddressValidator::unknownChains({"1", "999999", "501", "77777"}), QStringList({"999999", "77777"}));
    QVERIFY(AddressValidator::unknownChains({"0", "195"}).isEmpty());
}

QTEST_APPLESS_MAIN(TestAddressValidator)
#include "tst_addressvalidator.moc"
