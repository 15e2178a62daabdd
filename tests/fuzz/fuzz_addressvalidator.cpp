// libFuzzer harness: AddressValidator, the local check of an address against its chains' formats.
//
// Input: the address on the first line, optionally chain indexes on the second ("1,501,195"). Every
// family's check runs; the checksummed formats are checked for their outline (prefix, length,
// alphabet) and their case rules (EIP-55 only in mixed case, bech32 never mixed), and the family
// told from the form must be one the address is valid for whenever it is valid for any.

#include "api/addressvalidator.h"
#include "api/chainregistry.h"
#include "fuzzsupport.h"

#include <QRegularExpression>

namespace {

const QRegularExpression &evmPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\A0x[0-9a-fA-F]{40}\\z"));
    return pattern;
}

const QRegularExpression &base58Pattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\A[1-9A-HJ-NP-Za-km-z]*\\z"));
    return pattern;
}

bool valid(const QString &address, ChainFamily family)
{
    const QString reason = AddressValidator::check(address, family);
    OKX_FUZZ_CHECK(reason.isEmpty() == AddressValidator::isValid(address, family), address);
    return reason.isEmpty();
}

} // namespace

OKX_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    const qsizetype lineEnd = input.indexOf('\n');
    const QString address = QString::fromUtf8(lineEnd < 0 ? input : input.left(lineEnd));
    const QStringList chains = lineEnd < 0 ? QStringList()
                                           : QString::fromUtf8(input.mid(lineEnd + 1)).split(u',', Qt::SkipEmptyParts);

    const bool evm = valid(address, ChainFamily::Evm);
    const bool solana = valid(address, ChainFamily::Solana);
    const bool tron = valid(address, ChainFamily::Tron);
    const bool bitcoin = valid(address, ChainFamily::Bitcoin);
    const bool other = valid(address, ChainFamily::Other);
    const bool base58 = base58Pattern().match(address).hasMatch();

    // The other chains take exactly the form all their addresses share.
    static const QRegularExpression otherPattern(QStringLiteral("\\A[A-Za-z0-9:_-]{26,100}\\z"));
    OKX_FUZZ_CHECK(other == otherPattern.match(address).hasMatch(), address);
    const bool evmForm = evmPattern().match(address).hasMatch();
    OKX_FUZZ_CHECK(!evm || evmForm, address);
    if (evmForm) {
        const QString digits = address.mid(2);
        OKX_FUZZ_CHECK(valid(QLatin1String("0x") + digits.toLower(), ChainFamily::Evm), address);
        OKX_FUZZ_CHECK(valid(QLatin1String("0x") + digits.toUpper(), ChainFamily::Evm), address);
    }
    OKX_FUZZ_CHECK(!solana || (address.size() >= 32 && address.size() <= 44 && base58), address);
    OKX_FUZZ_CHECK(!tron || (address.size() == 34 && address.startsWith(u'T') && base58), address);
    if (bitcoin) {
        if (address.startsWith(QLatin1String("bc1"), Qt::CaseInsensitive)) {
            // bech32: either case, never mixed; the checksum does not depend on the case.
            OKX_FUZZ_CHECK(address == address.toLower() || address == address.toUpper(), address);
            OKX_FUZZ_CHECK(valid(address.toLower(), ChainFamily::Bitcoin) && valid(address.toUpper(), ChainFamily::Bitcoin), address);
            OKX_FUZZ_CHECK(address.size() <= 90, address);
        } else {
            OKX_FUZZ_CHECK((address.startsWith(u'1') || address.startsWith(u'3')) && address.size() <= 35 && base58, address);
        }
    }

    OKX_FUZZ_CHECK(AddressValidator::checkDetectedFamily(address).isEmpty() == (evm || solana || tron || bitcoin), address);

    // An address on several chains must suit the family of each; unknown chains are "other".
    bool suitsAll = !address.isEmpty();
    for (const QString &chain : chains)
        suitsAll = suitsAll && valid(address, ChainRegistry::family(chain));
    OKX_FUZZ_CHECK(AddressValidator::check(address, chains).isEmpty() == suitsAll, address);

    const QStringList unknown = AddressValidator::unknownChains(chains);
    for (const QString &chain : unknown)
        OKX_FUZZ_CHECK(chains.contains(chain) && !ChainRegistry::find(chain), chain);
    for (const QString &chain : chains)
        OKX_FUZZ_CHECK(unknown.contains(chain) == (ChainRegistry::find(chain) == nullptr), chain);
    return 0;
}
