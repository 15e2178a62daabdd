#include "cli/tokenargument.h"

#include "api/addressvalidator.h"
#include "api/chainregistry.h"

namespace {

/** Why @p contract is no identifier of a token where no address format applies, or empty. */
QString freeFormProblem(const QString &contract)
{
    for (const QChar c : contract) {
        const bool allowed = (c.unicode() < 128 && c.isLetterOrNumber()) || QStringView(u":_-./").contains(c);
        if (!allowed)
            //: %1 is a character of a token's contract (a space shows as “ ”)
            return TokenArgument::tr("“%1” is never part of a token contract").arg(c);
    }
    if (contract.size() > TokenArgument::MaxFreeFormContract) {
        //: %1 is the most characters a contract may have, %2 how many this one has
        return TokenArgument::tr("a token contract has at most %1 characters; this one has %2")
            .arg(TokenArgument::MaxFreeFormContract)
            .arg(contract.size());
    }
    return {};
}

/** Why @p contract is no token of @p chainIndex, or empty. */
QString contractProblem(const QString &chainIndex, const QString &contract)
{
    switch (ChainRegistry::family(chainIndex)) {
    case ChainFamily::Evm:
    case ChainFamily::Solana:
    case ChainFamily::Tron:
        // Token contracts and mints are addresses of their chain.
        return AddressValidator::check(contract, QStringList{chainIndex});
    case ChainFamily::Bitcoin:
    case ChainFamily::Other:
        break;
    }
    return freeFormProblem(contract);
}

} // namespace

std::optional<TokenArgument> TokenArgument::parse(const QString &text, QString *error)
{
    //: %1 is the --token argument as given, %2 what is wrong with it
    const auto fail = [&text, error](const QString &reason) {
        *error = tr("--token “%1”: %2").arg(text, reason);
        return std::nullopt;
    };
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0) {
        //: Keep CHAIN:CONTRACT and the examples
        return fail(tr("expected CHAIN:CONTRACT, such as 1:0xdac17f958d2ee523a2206206994597c13d831ec7, "
                       "or 1: for the chain's own coin"));
    }
    const QString chain = text.first(colon).trimmed();
    const QString contract = text.sliced(colon + 1).trimmed();
    bool isNumber = false;
    chain.toULongLong(&isNumber);
    if (!isNumber || chain.startsWith(u'+'))
        //: %1 is what stands before the colon
        return fail(tr("“%1” is not a chain index: expected a number such as 1, 56 or 501").arg(chain));
    // Empty: the chain's own coin, which the API asks for as "".
    if (!contract.isEmpty()) {
        const QString problem = contractProblem(chain, contract);
        if (!problem.isEmpty())
            return fail(problem);
    }
    return TokenArgument{text, TokenRef{chain, contract}};
}

QStringList TokenArgument::chainsOf(const QList<TokenArgument> &tokens)
{
    QStringList chains;
    for (const TokenArgument &argument : tokens) {
        if (!chains.contains(argument.token.chainIndex))
            chains.append(argument.token.chainIndex);
    }
    return chains;
}

QList<TokenRef> TokenArgument::on(const QList<TokenArgument> &tokens, const QStringList &chainIndexes)
{
    QList<TokenRef> refs;
    for (const TokenArgument &argument : tokens) {
        if (chainIndexes.contains(argument.token.chainIndex))
            refs.append(argument.token);
    }
    return refs;
}
