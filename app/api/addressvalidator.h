#pragma once

#include "api/chainregistry.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * Checks an address against the address format of the chains it is watched on, before any request
 * is made. Used by the command line and the window's add-address dialog.
 *
 * Formats (ChainFamily):
 * - EVM: "0x" followed by 40 hexadecimal digits, in any case (EIP-55 checksum case is not required).
 * - Solana: 32–44 base58 characters.
 * - Tron: "T" followed by 33 base58 characters.
 * - Bitcoin: a mainnet bech32 (witness v0) or bech32m (v1+) address "bc1…", in lower or upper case
 *   but not mixed, with its checksum verified; or a base58check address "1…" (P2PKH) or "3…" (P2SH)
 *   with its double-SHA-256 checksum verified.
 * - Other: not checked locally; OKX decides.
 *
 * Base58 excludes 0, O, I and l. An address watched on chains of several families must be valid for
 * each of them, so an EVM address on Solana (501) is rejected.
 */
class AddressValidator final
{
    Q_DECLARE_TR_FUNCTIONS(AddressValidator)

public:
    AddressValidator() = delete;

    /** Empty when @p address is valid for @p family, otherwise a translated one-line reason. */
    static QString check(const QString &address, ChainFamily family);

    /**
     * Empty when @p address is valid for the family of every chain in @p chainIndexes (unknown chains
     * count as Other), otherwise the reason for the first family it fails.
     */
    static QString check(const QString &address, const QStringList &chainIndexes);

    static bool isValid(const QString &address, ChainFamily family) { return check(address, family).isEmpty(); }

    /**
     * Whether @p address has the form of an EVM address: "0x" (in either case) and 40 hexadecimal
     * digits, the letters' case not checked. The form alone, for comparing addresses (AssetKey).
     */
    static bool hasEvmForm(const QString &address);

    /** The chain indexes of @p chainIndexes that the built-in chain table does not know, in order. */
    static QStringList unknownChains(const QStringList &chainIndexes);

    /** The family's name for messages: "EVM", "Solana", "Tron", "Bitcoin" or "other". */
    static QString familyName(ChainFamily family);
};
