#pragma once

#include "api/tokenasset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * One `export --token CHAIN:CONTRACT`: the token to ask OKX's specific-token endpoint about, and the
 * argument as given, for messages. CHAIN is a chain index; CONTRACT the token's contract, empty for
 * the chain's own coin ("1:" is ETH). The contract is checked as an address of the chain's family
 * (AddressValidator) where tokens are addresses (EVM, Solana, Tron); elsewhere (Bitcoin's
 * inscriptions such as btc-brc20-ordi, Sui's 0x2::sui::SUI, a chain the built-in table does not
 * know) only for the characters and length such identifiers have. Whether the chain is one OKX
 * serves is for the command to ask (AddressCommand), as for --chains.
 */
struct TokenArgument
{
    Q_DECLARE_TR_FUNCTIONS(TokenArgument)

public:
    /** Longest contract taken where no address format applies. */
    static constexpr qsizetype MaxFreeFormContract = 128;

    /** The argument as given. */
    QString text;
    TokenRef token;

    /** @p text read as a token; nothing, with a one-line @p error naming the argument, when it is not one. */
    static std::optional<TokenArgument> parse(const QString &text, QString *error);

    /** The chains of @p tokens, in order, each once. */
    static QStringList chainsOf(const QList<TokenArgument> &tokens);
    /** The tokens of @p tokens on one of @p chainIndexes, in order. */
    static QList<TokenRef> on(const QList<TokenArgument> &tokens, const QStringList &chainIndexes);
};
