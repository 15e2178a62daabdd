#pragma once

#include "money/decimal.h"

#include <QList>
#include <QMetaType>
#include <QString>

/**
 * One token holding as the Balance API reports it. The API's strings are kept verbatim (for CSV
 * and tooltips) beside their exact parsed values (for arithmetic, sorting and display).
 */
struct TokenAsset
{
    QString chainIndex;
    /** "" is the chain's native coin. */
    QString tokenContractAddress;
    /** The address as echoed by the API (EVM: lower case; may be empty in specific-token replies). */
    QString address;
    QString symbol;
    /** Human-unit amount, verbatim. */
    QString balanceText;
    /** Base-unit integer amount, verbatim; often "" (unknown, not zero). */
    QString rawBalance;
    /** USD per unit, verbatim; "0" or "" when OKX has no price. */
    QString tokenPriceText;
    bool isRiskToken = false;

    Decimal balance;
    Decimal tokenPrice;

    /** False when OKX has no price for the token (tokenPrice "0" or ""): unpriced, not worthless. */
    bool isPriced() const { return !tokenPrice.isZero(); }
    /** The exact USD value balance × price (zero when unpriced). */
    Decimal valueUsd() const { return balance * tokenPrice; }
};
Q_DECLARE_METATYPE(TokenAsset)

/** One chain from the supported-chain endpoint. */
struct ChainInfo
{
    QString chainIndex;
    QString name;
    QString shortName;
    QString logoUrl;
};
Q_DECLARE_METATYPE(ChainInfo)

/** A token to ask the specific-token endpoint about: ("1", "") is Ethereum's native ETH. */
struct TokenRef
{
    QString chainIndex;
    QString tokenContractAddress;
};
