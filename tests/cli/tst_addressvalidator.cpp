#include "api/addressvalidator.h"

#include <QRegularExpression>
#include <QTest>

Q_DECLARE_METATYPE(ChainFamily)

/**
 * Address formats per chain family, checksums included (vectors from EIP-55, BIP-173, BIP-350 and
 * Bitcoin's history), and the family an address's form names.
 */
class TestAddressValidator final : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void reasonNamesAddressAndFormat();
    void reasonSaysWhatIsWrong_data();
    void reasonSaysWhatIsWrong();
    void familyOf_data();
    void familyOf();
    void checkDetectedFamily();
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
    // EIP-55's own examples; a letter's case flipped breaks the checksum, one case throughout has none.
    for (const char *valid : {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                              "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"}) {
        const QString address = QString::fromLatin1(valid);
        QTest::addRow("eip-55 %s", valid) << evm << address << true;
        QString flipped = address;
        const qsizetype letter = flipped.indexOf(QRegularExpression(QStringLiteral("[a-fA-F]")), 2);
        flipped[letter] = flipped[letter].isUpper() ? flipped[letter].toLower() : flipped[letter].toUpper();
        QTest::addRow("eip-55 %s, one case flipped", valid) << evm << flipped << false;
        QTest::addRow("eip-55 %s, lower case", valid) << evm << address.toLower() << true;
        QTest::addRow("eip-55 %s, upper case", valid) << evm << (QStringLiteral("0x") + address.mid(2).toUpper()) << true;
    }
    QTest::newRow("evm upper-case prefix") << evm << "0XED0C6079229E2D407672A117C22B62064F4A4312" << false;

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
    // Base58 of Solana's length is not enough: the characters must stand for exactly 32 bytes.
    QTest::newRow("sol wrapped SOL with a 1 missing, 31 bytes") << sol << "So1111111111111111111111111111111111111112" << false;
    QTest::newRow("sol 44 chars, 33 bytes") << sol << "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" << false;
    QTest::newRow("sol tron address") << sol << "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7" << false;
    QTest::newRow("sol bitcoin address") << sol << "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa" << false;

    const auto tron = ChainFamily::Tron;
    QTest::newRow("tron usdt") << tron << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" << true;
    QTest::newRow("tron 33") << tron << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6" << false;
    QTest::newRow("tron no T") << tron << "AR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" << false;
    QTest::newRow("tron capital I") << tron << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLjIt" << false;
    QTest::newRow("tron demo wallet") << tron << "THC51P1o4smEQb7oYJfuETBJWQFjwkWcxB" << true;
    QTest::newRow("tron typo, bad checksum") << tron << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u" << false;
    QTest::newRow("tron swapped characters") << tron << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLt6j" << false;
    QTest::newRow("tron") << tron << "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7" << true;
    QTest::newRow("tron last character changed") << tron << "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU8" << false;

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

    const auto other = ChainFamily::Other;
    QTest::newRow("other: TON") << other << "EQD__________________________________________0vo" << true;
    QTest::newRow("other: TON raw") << other << "0:83dfd552e63729b472fcbcc8c45ebcc6691702558b68ec7527e1ba403a0f31a8" << true;
    QTest::newRow("other: Litecoin") << other << "LdP8Qox1VAhCzLJNqrr74YovaWYyNBUWvL" << true;
    QTest::newRow("other: Sui") << other << "0x02a212de6a9dfa3a69e22387acfbafbb1a9e591bd9d636e7895dcfc8de05f331" << true;
    QTest::newRow("other: words") << other << "hello world" << false;
    QTest::newRow("other: punctuation") << other << "LdP8Qox1VAhCzLJNqrr74YovaWYyNBUWv!" << false;
    QTest::newRow("other: too short") << other << "Ld12345" << false;
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
             QStringLiteral("0x12 is not a valid EVM address: an EVM address has 40 hexadecimal digits after 0x; this one has 2"));
}

void TestAddressValidator::reasonSaysWhatIsWrong_data()
{
    QTest::addColumn<ChainFamily>("family");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("reason");

    const QString checksum = QStringLiteral("the checksum does not match, so a character is mistyped");
    const QString notBase58 = QStringLiteral("“%1” is not a base58 character (base58 has no 0, O, I or l)");

    const auto evm = ChainFamily::Evm;
    QTest::newRow("evm 39 digits") << evm << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe"
                                   << "an EVM address has 40 hexadecimal digits after 0x; this one has 39";
    QTest::newRow("evm one case flipped") << evm << "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
                                          << "its mixed letter case fails the EIP-55 checksum, so a character is mistyped";
    QTest::newRow("evm non-hex") << evm << "0xgd0c6079229e2d407672a117c22b62064f4a4312" << "“g” is not a hexadecimal digit";
    QTest::newRow("evm no prefix") << evm << "ed0c6079229e2d407672a117c22b62064f4a4312"
                                   << "an EVM address starts with 0x (zero and a lower-case x)";

    const auto tron = ChainFamily::Tron;
    QTest::newRow("tron last character changed") << tron << "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU8" << checksum;
    QTest::newRow("tron character missing") << tron << "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU"
                                            << "a Tron address is T followed by 33 base58 characters; this one has 32 after T";
    QTest::newRow("tron capital I") << tron << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLjIt" << notBase58.arg(QChar(u'I'));
    QTest::newRow("tron no T") << tron << "AR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t" << "a Tron address starts with T";

    const auto btc = ChainFamily::Bitcoin;
    QTest::newRow("btc base58 bad checksum") << btc << "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb" << checksum;
    QTest::newRow("btc base58 zero") << btc << "1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a" << notBase58.arg(QChar(u'0'));
    QTest::newRow("btc base58 too short")
        << btc << "1A1zP1eP5QGefi2DMPTf" << "a Bitcoin address that starts with 1 or 3 has 26 to 35 base58 characters; this one has 20";
    QTest::newRow("btc bech32 bad checksum") << btc << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5" << checksum;

    const auto sol = ChainFamily::Solana;
    QTest::newRow("sol 31 chars") << sol << "1111111111111111111111111111111"
                                  << "a Solana address has 32 to 44 base58 characters; this one has 31";
    QTest::newRow("sol 31 bytes") << sol << "So1111111111111111111111111111111111111112"
                                  << "a Solana address is 32 bytes in base58; this one is 31";
    QTest::newRow("sol letter l") << sol << "Sl11111111111111111111111111111111111111112" << notBase58.arg(QChar(u'l'));

    // A valid address of another family is on the wrong chain, and the reason says so.
    QTest::newRow("evm address on solana") << sol << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" << "it is a valid EVM address";
    QTest::newRow("tron address on solana") << sol << "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7" << "it is a valid Tron address";
    QTest::newRow("solana address on tron") << tron << "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA" << "it is a valid Solana address";
}

void TestAddressValidator::reasonSaysWhatIsWrong()
{
    QFETCH(ChainFamily, family);
    QFETCH(QString, address);
    QFETCH(QString, reason);
    QCOMPARE(AddressValidator::check(address, family),
             QStringLiteral("%1 is not a valid %2 address: %3").arg(address, AddressValidator::familyName(family), reason));
}

void TestAddressValidator::familyOf_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("family");

    QTest::newRow("evm") << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" << "EVM";
    QTest::newRow("evm one case flipped") << "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" << "EVM";
    QTest::newRow("evm short") << "0x12" << "EVM";
    QTest::newRow("evm upper-case prefix") << "0XED0C6079229E2D407672A117C22B62064F4A4312" << "EVM";

    QTest::newRow("tron") << "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7" << "Tron";
    // The checksum aside: a mistyped Tron address is still Tron's, never Solana's.
    QTest::newRow("tron last character changed") << "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU8" << "Tron";
    QTest::newRow("tron character missing") << "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU" << "Tron";
    QTest::newRow("tron capital I") << "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLjIt" << "Tron";

    QTest::newRow("btc genesis p2pkh") << "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa" << "Bitcoin";
    QTest::newRow("btc base58 bad checksum") << "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb" << "Bitcoin";
    QTest::newRow("btc base58 zero") << "1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf0a" << "Bitcoin";
    QTest::newRow("btc p2sh") << "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy" << "Bitcoin";
    QTest::newRow("btc p2wpkh") << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4" << "Bitcoin";
    QTest::newRow("btc p2wpkh upper") << "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4" << "Bitcoin";
    QTest::newRow("btc bech32 bad checksum") << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5" << "Bitcoin";

    QTest::newRow("sol wrapped SOL") << "So11111111111111111111111111111111111111112" << "Solana";
    // Solana addresses that begin like a Tron or a legacy Bitcoin address.
    QTest::newRow("sol token program") << "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA" << "Solana";
    QTest::newRow("sol system program") << "11111111111111111111111111111111" << "Solana";
    QTest::newRow("sol 31 bytes") << "So1111111111111111111111111111111111111112" << "Solana";

    QTest::newRow("words") << "hello world" << "";
    QTest::newRow("short base58") << "1A1zP1eP5QGefi2DMPTf" << "";
    QTest::newRow("testnet bech32") << "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx" << "";
    QTest::newRow("empty") << "" << "";
}

void TestAddressValidator::familyOf()
{
    QFETCH(QString, address);
    QFETCH(QString, family);
    const std::optional<ChainFamily> detected = AddressValidator::familyOf(address);
    QCOMPARE(detected ? AddressValidator::familyName(*detected) : QString(), family);
}

void TestAddressValidator::checkDetectedFamily()
{
    for (const char *valid : {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7",
                              "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "So11111111111111111111111111111111111111112"})
        QCOMPARE(AddressValidator::checkDetectedFamily(QString::fromLatin1(valid)), QString());

    QCOMPARE(AddressValidator::checkDetectedFamily(QStringLiteral("hello world")),
             QStringLiteral("“hello world” is not an EVM, Solana, Tron or Bitcoin address"));
    QCOMPARE(AddressValidator::checkDetectedFamily(QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")),
             QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb is not a valid Bitcoin address: "
                            "the checksum does not match, so a character is mistyped"));
    QCOMPARE(AddressValidator::checkDetectedFamily(QString()), QStringLiteral("The address is empty."));
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
