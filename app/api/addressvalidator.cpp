#include "api/addressvalidator.h"

#include <QCryptographicHash>

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <vector>

namespace {

constexpr char Base58Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr char Bech32Charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
// BIP-173 (bech32, witness v0) and BIP-350 (bech32m, witness v1+) checksum constants.
constexpr quint32 Bech32Constant = 1;
constexpr quint32 Bech32mConstant = 0x2bc830a3;

int base58Digit(QChar c)
{
    if (c.unicode() > 127)
        return -1;
    const char *found = std::char_traits<char>::find(Base58Alphabet, 58, char(c.unicode()));
    return found ? int(found - Base58Alphabet) : -1;
}

bool isBase58(QStringView text)
{
    for (QChar c : text) {
        if (base58Digit(c) < 0)
            return false;
    }
    return true;
}

/** The bytes a base58 string encodes; each leading '1' stands for one leading zero byte. */
std::optional<QByteArray> base58Decode(QStringView text)
{
    boost::multiprecision::cpp_int value = 0;
    for (QChar c : text) {
        const int digit = base58Digit(c);
        if (digit < 0)
            return std::nullopt;
        value = value * 58 + digit;
    }
    std::vector<unsigned char> bytes;
    if (!value.is_zero())
        boost::multiprecision::export_bits(value, std::back_inserter(bytes), 8);

    qsizetype leadingZeros = 0;
    while (leadingZeros < text.size() && text[leadingZeros] == u'1')
        ++leadingZeros;
    QByteArray result(leadingZeros, '\0');
    result.append(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    return result;
}

bool hasValidBase58Checksum(const QByteArray &decoded)
{
    if (decoded.size() < 5)
        return false;
    const QByteArray payload = decoded.left(decoded.size() - 4);
    const QByteArray once = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    const QByteArray twice = QCryptographicHash::hash(once, QCryptographicHash::Sha256);
    return twice.left(4) == decoded.right(4);
}

quint32 bech32Polymod(const std::vector<quint8> &values)
{
    static constexpr std::array<quint32, 5> generator{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 checksum = 1;
    for (quint8 value : values) {
        const quint32 top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1)
                checksum ^= generator[size_t(i)];
        }
    }
    return checksum;
}

/** Regroups 5-bit groups into bytes without padding, as BIP-173 requires for witness programs. */
std::optional<QByteArray> fiveBitToBytes(const std::vector<quint8> &groups)
{
    QByteArray bytes;
    quint32 accumulator = 0;
    int bits = 0;
    for (quint8 group : groups) {
        accumulator = (accumulator << 5) | group;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((accumulator >> bits) & 0xff));
        }
    }
    if (bits >= 5 || ((accumulator << (8 - bits)) & 0xff) != 0)
        return std::nullopt;
    return bytes;
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

QString invalid(const QString &address, ChainFamily family, const QString &reason)
{
    //: %1 is the address, %2 the address format (EVM, Solana …), %3 what is wrong
    return AddressValidator::tr("%1 is not a valid %2 address: %3").arg(address, AddressValidator::familyName(family), reason);
}

QString checkEvm(const QString &address)
{
    // The form, with the prefix in lower case as every EVM tool writes it.
    const bool ok = address.startsWith(QLatin1String("0x")) && AddressValidator::hasEvmForm(address);
    return ok ? QString()
              : invalid(address, ChainFamily::Evm, AddressValidator::tr("expected 0x followed by 40 hexadecimal digits"));
}

QString checkSolana(const QString &address)
{
    if (address.size() < 32 || address.size() > 44 || !isBase58(address))
        return invalid(address, ChainFamily::Solana,
                       AddressValidator::tr("expected 32 to 44 base58 characters (no 0, O, I or l)"));
    return {};
}

QString checkTron(const QString &address)
{
    if (address.size() != 34 || !address.startsWith(u'T') || !isBase58(address))
        return invalid(address, ChainFamily::Tron,
                       AddressValidator::tr("expected T followed by 33 base58 characters (no 0, O, I or l)"));
    // Base58check of version byte 0x41 and a 20-byte account id: a typo fails the checksum.
    const std::optional<QByteArray> decoded = base58Decode(address);
    if (!decoded || decoded->size() != 25 || decoded->at(0) != char(0x41) || !hasValidBase58Checksum(*decoded))
        return invalid(address, ChainFamily::Tron, AddressValidator::tr("the checksum does not match"));
    return {};
}

QString checkBech32(const QString &address)
{
    const auto fail = [&address](const QString &reason) { return invalid(address, ChainFamily::Bitcoin, reason); };

    if (address != address.toLower() && address != address.toUpper())
        return fail(AddressValidator::tr("a bech32 address must not mix upper and lower case"));
    const QString lower = address.toLower();
    const qsizetype separator = lower.lastIndexOf(u'1');
    // BIP-173: at most 90 characters; a witness program of 2–40 bytes needs 8–71 data characters.
    if (lower.size() > 90 || separator != 2 || lower.size() - separator - 1 < 6 + 1 + 4)
        return fail(AddressValidator::tr("a bech32 address is bc1 followed by 11 to 87 characters"));

    std::vector<quint8> values;
    for (QChar c : QStringView(lower).left(separator))
        values.push_back(quint8(c.unicode() >> 5));
    values.push_back(0);
    for (QChar c : QStringView(lower).left(separator))
        values.push_back(quint8(c.unicode() & 31));
    std::vector<quint8> data;
    for (QChar c : QStringView(lower).mid(separator + 1)) {
        const char *found = c.unicode() < 128 ? std::char_traits<char>::find(Bech32Charset, 32, char(c.unicode()))
                                              : nullptr;
        if (!found)
            return fail(AddressValidator::tr("“%1” is not a bech32 character").arg(c));
        data.push_back(quint8(found - Bech32Charset));
    }
    values.insert(values.end(), data.begin(), data.end());

    const quint8 witnessVersion = data.front();
    const quint32 expected = witnessVersion == 0 ? Bech32Constant : Bech32mConstant;
    if (bech32Polymod(values) != expected)
        return fail(AddressValidator::tr("the checksum does not match"));

    const std::vector<quint8> program(data.begin() + 1, data.end() - 6);
    const std::optional<QByteArray> bytes = fiveBitToBytes(program);
    const bool validLength = bytes && bytes->size() >= 2 && bytes->size() <= 40
        && (witnessVersion != 0 || bytes->size() == 20 || bytes->size() == 32);
    if (witnessVersion > 16 || !validLength)
        return fail(AddressValidator::tr("the witness program is invalid"));
    return {};
}

QString checkBase58Bitcoin(const QString &address)
{
    const auto fail = [&address](const QString &reason) { return invalid(address, ChainFamily::Bitcoin, reason); };

    const std::optional<QByteArray> decoded = address.size() <= 35 ? base58Decode(address) : std::nullopt;
    if (!decoded || decoded->size() != 25)
        return fail(AddressValidator::tr("expected bc1… (bech32), or 1… or 3… (base58 with no 0, O, I or l)"));
    // Version byte 0x00 is pay-to-pubkey-hash ("1…"), 0x05 pay-to-script-hash ("3…").
    const char version = decoded->at(0);
    if (version != 0x00 && version != 0x05)
        return fail(AddressValidator::tr("only mainnet 1… and 3… base58 addresses are accepted"));
    if (!hasValidBase58Checksum(*decoded))
        return fail(AddressValidator::tr("the checksum does not match"));
    return {};
}

QString checkBitcoin(const QString &address)
{
    if (address.startsWith(QLatin1String("bc1"), Qt::CaseInsensitive))
        return checkBech32(address);
    return checkBase58Bitcoin(address);
}

} // namespace

QString AddressValidator::check(const QString &address, ChainFamily family)
{
    if (address.isEmpty())
        return tr("The address is empty.");
    switch (family) {
    case ChainFamily::Evm: return checkEvm(address);
    case ChainFamily::Solana: return checkSolana(address);
    case ChainFamily::Tron: return checkTron(address);
    case ChainFamily::Bitcoin: return checkBitcoin(address);
    case ChainFamily::Other: return {};
    }
    return {};
}

QString AddressValidator::check(const QString &address, const QStringList &chainIndexes)
{
    if (address.isEmpty())
        return tr("The address is empty.");
    for (const QString &chain : chainIndexes) {
        const QString reason = check(address, ChainRegistry::family(chain));
        if (!reason.isEmpty())
            //: %1 is the reason the address is invalid, %2 a chain name, %3 its chain index
            return tr("%1, needed for chain %3 (%2)").arg(reason, ChainRegistry::displayName(chain), chain);
    }
    return {};
}

QStringList AddressValidator::unknownChains(const QStringList &chainIndexes)
{
    QStringList unknown;
    for (const QString &chain : chainIndexes) {
        if (!ChainRegistry::find(chain))
            unknown.append(chain);
    }
    return unknown;
}

QString AddressValidator::familyName(ChainFamily family)
{
    switch (family) {
    case ChainFamily::Evm: return QStringLiteral("EVM");
    case ChainFamily::Solana: return QStringLiteral("Solana");
    case ChainFamily::Tron: return QStringLiteral("Tron");
    case ChainFamily::Bitcoin: return QStringLiteral("Bitcoin");
    case ChainFamily::Other: return tr("other");
    }
    return {};
}

bool AddressValidator::hasEvmForm(const QString &address)
{
    return address.size() == 42 && address.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)
        && std::all_of(address.cbegin() + 2, address.cend(), isHexDigit);
}
