#pragma once

#include "api/chainregistry.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * Checks an address against the address format of the chains it is watched on, before any request
 * is made, and tells an address's family from its form. Used by the command line, the window's
 * --address and the window's add-address dialog.
 *
 * Formats (ChainFamily):
 * - EVM: "0x" followed by 40 hexadecimal digits. Letters all in lower or all in upper case are
 *   accepted as they are; mixed case must be the EIP-55 checksum (keccak-256 of the lower-case
 *   digits), so a mistyped character in a checksummed address is caught.
 * - Solana: base58 of exactly 32 bytes (32 to 44 characters).
 * - Tron: "T" followed by 33 base58 characters: base58check of version byte 0x41 and a 20-byte
 *   account, its double-SHA-256 checksum verified.
 * - Bitcoin: a mainnet bech32 (witness v0) or bech32m (v1+) address "bc1…", in lower or upper case
 *   but not mixed, with its checksum verified; or a base58check address "1…" (P2PKH, version 0x00)
 *   or "3…" (P2SH, version 0x05) with its double-SHA-256 checksum verified.
 * - Other (Litecoin, Dogecoin, TON, Sui …): only the form all their addresses share, 26 to 100
 *   letters, digits, ':', '_' or '-'; their checksums are left to OKX.
 *
 * Base58 excludes 0, O, I and l. An address watched on chains of several families must be valid for
 * each of them, so an EVM address on Solana (501) is rejected.
 *
 * The family is told from the form alone, checksums aside, so that a mistyped address is reported
 * as its own family's error and never passes for another family's (a Tron or Bitcoin address is
 * also a well-formed base58 string of Solana's length). The first rule that matches wins:
 * 1. "0x" or "0X" → EVM, whatever follows.
 * 2. A valid bech32 or bech32m "bc1…" → Bitcoin.
 * 3. Base58 that decodes to 32 bytes → Solana (a Solana address may begin with T, 1, 3 or bc1).
 * 4. Base58 that decodes to 25 bytes whose first (version) byte is 0x41 → Tron; 0x00 or 0x05 →
 *    Bitcoin. The checksum is not looked at: a mistyped character almost always keeps the length
 *    and the version, and rule 5 takes the rest.
 * 5. A character missing, extra or outside base58: "bc1" in either case → Bitcoin; "T" and 33 to 35
 *    characters in all → Tron; "1" or "3" and 26 to 35 characters → Bitcoin. Solana addresses that begin
 *    with T or 3 have 43 or 44 characters; one of 35 or fewer begins with twenty-odd 1s.
 * 6. Other base58 of 32 to 44 characters → Solana.
 * 7. Anything else names no family.
 */
class AddressValidator final
{
    Q_DECLARE_TR_FUNCTIONS(AddressValidator)

public:
    AddressValidator() = delete;

    /**
     * Empty when @p address is valid for @p family, otherwise a translated one-line reason: what is
     * wrong with it as an address of @p family, or that it is a valid address of another family.
     */
    static QString check(const QString &address, ChainFamily family);

    /**
     * Empty when @p address is valid for the family of every chain in @p chainIndexes (unknown chains
     * count as Other), otherwise the reason for the first family it fails, ending in what needs that
     * format: the chain, or the family when several of its chains are given ("the EVM chains").
     */
    static QString check(const QString &address, const QStringList &chainIndexes);

    static bool isValid(const QString &address, ChainFamily family) { return check(address, family).isEmpty(); }

    /** The family @p address's form names (the rules above), checksums aside; nullopt when none. */
    static std::optional<ChainFamily> familyOf(const QString &address);

    /**
     * The chains @p address is watched on unless the user picks others: every chain of the family
     * its form names (familyOf()), none when it names none. The add-address dialog ticks these, and
     * a pasted list of addresses gets them.
     */
    static QStringList defaultChains(const QString &address);

    /**
     * Empty when @p address is valid for the family its form names (familyOf()), otherwise a
     * translated one-line reason, also when it names none. For an address whose chains nobody chose.
     */
    static QString checkDetectedFamily(const QString &address);

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
