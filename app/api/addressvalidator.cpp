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

// Base58check: a version byte, a 20-byte hash and a 4-byte checksum.
constexpr qsizetype Base58CheckBytes = 25;
constexpr char TronVersion = 0x41;
constexpr char P2pkhVersion = 0x00;
constexpr char P2shVersion = 0x05;
constexpr qsizetype TronLength = 34;
constexpr qsizetype MinLegacyBitcoinLength = 26;
constexpr qsizetype MaxLegacyBitcoinLength = 35;

constexpr qsizetype SolanaBytes = 32;
constexpr qsizetype MinSolanaLength = 32;
constexpr qsizetype MaxSolanaLength = 44;

constexpr qsizetype EvmDigits = 40;

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

bool isLowerHexLetter(QChar c)
{
    return c.unicode() >= u'a' && c.unicode() <= u'f';
}

bool isUpperHexLetter(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'F';
}

/**
 * Whether the letters' case in @p digits (an EVM address's 40 hexadecimal digits) is its EIP-55
 * checksum: a letter is upper case exactly when the nibble at its position in the keccak-256 hash
 * of the lower-case digits is 8 or more.
 */
bool matchesEip55(QStringView digits)
{
    const QByteArray hash = QCryptographicHash::hash(digits.toLatin1().toLower(), QCryptographicHash::Keccak_256);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const quint8 byte = quint8(hash.at(i / 2));
        const bool upper = ((i % 2 == 0 ? byte >> 4 : byte) & 0x8) != 0;
        if ((upper && isLowerHexLetter(digits[i])) || (!upper && isUpperHexLetter(digits[i])))
            return false;
    }
    return true;
}

QString invalid(const QString &address, ChainFamily family, const QString &reason)
{
    //: %1 is the address, %2 the address format (EVM, Solana …), %3 what is wrong
    return AddressValidator::tr("%1 is not a valid %2 address: %3").arg(address, AddressValidator::familyName(family), reason);
}

QString checksumMismatch()
{
    return AddressValidator::tr("the checksum does not match, so a character is mistyped");
}

/** Why @p address is not base58, or empty when it is. */
QString base58Problem(const QString &address)
{
    for (QChar c : address) {
        if (base58Digit(c) < 0)
            //: %1 is a character of the address
            return AddressValidator::tr("“%1” is not a base58 character (base58 has no 0, O, I or l)").arg(c);
    }
    return {};
}

QString checkEvm(const QString &address)
{
    const auto fail = [&address](const QString &reason) { return invalid(address, ChainFamily::Evm, reason); };

    // The prefix in lower case, as every EVM tool writes it.
    if (!address.startsWith(QLatin1String("0x")))
        return fail(AddressValidator::tr("an EVM address starts with 0x (zero and a lower-case x)"));
    const QStringView digits = QStringView(address).mid(2);
    for (QChar c : digits) {
        if (!isHexDigit(c))
            //: %1 is a character of the address
            return fail(AddressValidator::tr("“%1” is not a hexadecimal digit").arg(c));
    }
    if (digits.size() != EvmDigits)
        //: %1 is the number of digits entered after 0x
        return fail(AddressValidator::tr("an EVM address has 40 hexadecimal digits after 0x; this one has %1")
                        .arg(digits.size()));
    // All lower or all upper case carries no checksum; mixed case is EIP-55's, and must match it.
    const bool mixedCase = std::any_of(digits.begin(), digits.end(), isLowerHexLetter)
        && std::any_of(digits.begin(), digits.end(), isUpperHexLetter);
    if (mixedCase && !matchesEip55(digits))
        return fail(AddressValidator::tr("its mixed letter case fails the EIP-55 checksum, so a character is mistyped"));
    return {};
}

QString checkSolana(const QString &address)
{
    const auto fail = [&address](const QString &reason) { return invalid(address, ChainFamily::Solana, reason); };

    if (const QString problem = base58Problem(address); !problem.isEmpty())
        return fail(problem);
    if (address.size() < MinSolanaLength || address.size() > MaxSolanaLength)
        //: %1 is the number of characters entered
        return fail(AddressValidator::tr("a Solana address has 32 to 44 base58 characters; this one has %1")
                        .arg(address.size()));
    // A public key of 32 bytes, with no checksum: a mistyped character that keeps the length goes unnoticed.
    const qsizetype bytes = base58Decode(address)->size();
    if (bytes != SolanaBytes)
        //: %1 is the number of bytes the address's characters stand for
        return fail(AddressValidator::tr("a Solana address is 32 bytes in base58; this one is %1").arg(bytes));
    return {};
}

QString checkTron(const QString &address)
{
    const auto fail = [&address](const QString &reason) { return invalid(address, ChainFamily::Tron, reason); };

    if (!address.startsWith(u'T'))
        return fail(AddressValidator::tr("a Tron address starts with T"));
    if (const QString problem = base58Problem(address); !problem.isEmpty())
        return fail(problem);
    if (address.size() != TronLength)
        //: %1 is the number of characters entered after the T
        return fail(AddressValidator::tr("a Tron address is T followed by 33 base58 characters; "
                                         "this one has %1 after T")
                        .arg(address.size() - 1));
    // Base58check of version byte 0x41 and a 20-byte account id: a typo fails the checksum.
    const QByteArray decoded = *base58Decode(address);
    if (decoded.size() != Base58CheckBytes || decoded.at(0) != TronVersion || !hasValidBase58Checksum(decoded))
        return fail(checksumMismatch());
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
        return fail(checksumMismatch());

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

    if (!address.startsWith(u'1') && !address.startsWith(u'3'))
        return fail(AddressValidator::tr("expected bc1… (bech32), or 1… or 3… (base58 with no 0, O, I or l)"));
    if (const QString problem = base58Problem(address); !problem.isEmpty())
        return fail(problem);
    if (address.size() < MinLegacyBitcoinLength || address.size() > MaxLegacyBitcoinLength)
        //: %1 is the number of characters entered
        return fail(AddressValidator::tr("a Bitcoin address that starts with 1 or 3 has 26 to 35 base58 characters; "
                                         "this one has %1")
                        .arg(address.size()));
    const QByteArray decoded = *base58Decode(address);
    if (decoded.size() != Base58CheckBytes)
        //: %1 is the number of bytes the address's characters stand for
        return fail(AddressValidator::tr("a Bitcoin address that starts with 1 or 3 is 25 bytes in base58; "
                                         "this one is %1")
                        .arg(decoded.size()));
    // Version byte 0x00 is pay-to-pubkey-hash ("1…"), 0x05 pay-to-script-hash ("3…"); a typo near
    // the start of a "3…" address can change it, and then the checksum fails too.
    const char version = decoded.at(0);
    if ((version != P2pkhVersion && version != P2shVersion) || !hasValidBase58Checksum(decoded))
        return fail(checksumMismatch());
    return {};
}

QString checkBitcoin(const QString &address)
{
    if (address.startsWith(QLatin1String("bc1"), Qt::CaseInsensitive))
        return checkBech32(address);
    return checkBase58Bitcoin(address);
}

/**
 * The form every address of the other chains shares (Litecoin and Dogecoin base58 or bech32, TON's
 * base64url or "0:hex", Sui's 0x-hex): letters, digits, ':', '_' and '-', 26 to 100 of them. Their
 * checksums are left to OKX, but text that is no address of any chain never reaches it.
 */
QString checkOther(const QString &address)
{
    //: %1 is the text given as an address, %2 what is wrong with it
    const auto fail = [&address](const QString &reason) { return AddressValidator::tr("%1 is not an address: %2").arg(address, reason); };
    for (const QChar c : address) {
        const bool allowed = (c.unicode() < 128 && c.isLetterOrNumber()) || c == u':' || c == u'_' || c == u'-';
        if (!allowed)
            //: %1 is a character of the address (a space shows as “ ”)
            return fail(AddressValidator::tr("“%1” is never part of an address").arg(c));
    }
    if (address.size() < 26 || address.size() > 100)
        //: %1 is the address's length
        return fail(AddressValidator::tr("an address has 26 to 100 characters; this one has %1").arg(address.size()));
    return {};
}

/** What is wrong with the non-empty @p address as one of @p family, or empty. */
QString formatProblem(const QString &address, ChainFamily family)
{
    switch (family) {
    case ChainFamily::Evm: return checkEvm(address);
    case ChainFamily::Solana: return checkSolana(address);
    case ChainFamily::Tron: return checkTron(address);
    case ChainFamily::Bitcoin: return checkBitcoin(address);
    case ChainFamily::Other: return checkOther(address);
    }
    return {};
}

} // namespace

QString AddressValidator::check(const QString &address, ChainFamily family)
{
    if (address.isEmpty())
        return tr("The address is empty.");
    const QString problem = formatProblem(address, family);
    if (problem.isEmpty())
        return {};
    // A valid address of another family is on the wrong chains: that is what to say, not its shape.
    const std::optional<ChainFamily> detected = familyOf(address);
    if (detected && *detected != family && formatProblem(address, *detected).isEmpty())
        //: %1 is a family of address formats: EVM, Solana, Tron or Bitcoin
        return invalid(address, family, tr("it is a valid %1 address").arg(familyName(*detected)));
    return problem;
}

std::optional<ChainFamily> AddressValidator::familyOf(const QString &address)
{
    if (address.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return ChainFamily::Evm;
    const bool bech32Prefix = address.startsWith(QLatin1String("bc1"), Qt::CaseInsensitive);
    if (bech32Prefix && checkBech32(address).isEmpty())
        return ChainFamily::Bitcoin;

    // Longer text is no base58 address, and decoding costs the square of the length.
    const std::optional<QByteArray> decoded =
        address.size() <= MaxSolanaLength ? base58Decode(address) : std::nullopt;
    if (decoded && decoded->size() == SolanaBytes)
        return ChainFamily::Solana;
    if (decoded && decoded->size() == Base58CheckBytes) {
        const char version = decoded->at(0);
        if (version == TronVersion)
            return ChainFamily::Tron;
        if (version == P2pkhVersion || version == P2shVersion)
            return ChainFamily::Bitcoin;
    }

    const qsizetype length = address.size();
    if (bech32Prefix)
        return ChainFamily::Bitcoin;
    if (address.startsWith(u'T') && length >= TronLength - 1 && length <= TronLength + 1)
        return ChainFamily::Tron;
    if ((address.startsWith(u'1') || address.startsWith(u'3')) && length >= MinLegacyBitcoinLength
        && length <= MaxLegacyBitcoinLength)
        return ChainFamily::Bitcoin;
    if (length >= MinSolanaLength && length <= MaxSolanaLength && isBase58(address))
        return ChainFamily::Solana;
    return std::nullopt;
}

QStringList AddressValidator::defaultChains(const QString &address)
{
    const std::optional<ChainFamily> family = familyOf(address);
    return family ? ChainRegistry::chainIndexes(*family) : QStringList();
}

QString AddressValidator::checkDetectedFamily(const QString &address)
{
    if (address.isEmpty())
        return tr("The address is empty.");
    if (const std::optional<ChainFamily> family = familyOf(address))
        return check(address, *family);
    // No family's form: say what is nearest to wrong, for text that looks like a base58 address.
    const bool alphanumeric = std::all_of(address.cbegin(), address.cend(), [](QChar c) {
        return c.unicode() < 128 && c.isLetterOrNumber();
    });
    QString reason;
    if (alphanumeric && address.size() >= MinSolanaLength && address.size() <= MaxSolanaLength)
        reason = base58Problem(address);
    else if (alphanumeric && address.size() < MinLegacyBitcoinLength)
        //: %1 is the length of the text entered as an address
        reason = tr("it has %1 characters, and the shortest addresses (Bitcoin's) have 26").arg(address.size());
    if (reason.isEmpty())
        //: %1 is the text entered as an address
        return tr("“%1” is not an EVM, Solana, Tron or Bitcoin address").arg(address);
    //: %1 is the text entered as an address, %2 what is wrong with it
    return tr("“%1” is not an EVM, Solana, Tron or Bitcoin address: %2").arg(address, reason);
}

QString AddressValidator::check(const QString &address, const QStringList &chainIndexes)
{
    if (address.isEmpty())
        return tr("The address is empty.");
    for (const QString &chain : chainIndexes) {
        const ChainFamily family = ChainRegistry::family(chain);
        const QString reason = check(address, family);
        if (reason.isEmpty())
            continue;
        // Said once for a family of several chains chosen (all EVM chains: not "chain 1" of 30). The
        // other chains share no format of their own, so each is named.
        const auto ofFamily = [family](const QString &other) { return ChainRegistry::family(other) == family; };
        if (family != ChainFamily::Other && std::count_if(chainIndexes.cbegin(), chainIndexes.cend(), ofFamily) > 1)
            //: %1 is the reason the address is invalid, %2 a family of address formats: EVM, Solana, Tron or Bitcoin
            return tr("For the %2 chains: %1").arg(reason, familyName(family));
        //: %1 is the reason the address is invalid, %2 a chain name, %3 its chain index
        return tr("For %2 (chain %3): %1").arg(reason, ChainRegistry::displayName(chain), chain);
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
