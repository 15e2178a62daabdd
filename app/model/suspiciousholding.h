#pragma once

#include "model/portfoliosnapshot.h"
#include "storage/holdingsdiff.h"
#include "storage/tokenverdicts.h"

#include <QList>

/**
 * A holding whose value looks wrong: it counts in the totals, but it may well be a scam token with a
 * made-up price that OKX did not flag. It is pointed out in the summary with an offer to mark it as
 * spam, never left out on a guess.
 */
struct SuspiciousHolding
{
    enum class Reason {
        /** Worth more than a hundred times everything else at the address together. */
        Outweighs,
        /** Its price moved more than a hundredfold, up or down, since the previous refresh. */
        PriceJump,
    };

    /** The watched address that holds it. */
    QString owner;
    TokenAsset asset;
    /** Its exact USD value, asset.valueUsd(). */
    Decimal value;
    Reason reason = Reason::Outweighs;

    /** How many times the rest of the address a holding must outweigh, or its price move, to be suspicious. */
    static constexpr int Factor = 100;
    /** The least value (USD) a holding that outweighs the rest must have: a $50 wallet's one token is no alarm. */
    static constexpr int OutweighsFromUsd = 10000;

    /**
     * The one rule: the suspicious holdings of @p snapshot, largest value first. Only holdings that
     * count under @p verdicts and carry no verdict are judged (a trusted token was vouched for, a
     * spam one counts nowhere), and never a chain's native coin, whose price is no token's claim.
     * @p changes are the address's changes since the previous refresh, or nullptr when unknown.
     */
    static QList<SuspiciousHolding> findIn(const PortfolioSnapshot &snapshot, const AddressChanges *changes,
                                           const TokenVerdicts &verdicts);
};
