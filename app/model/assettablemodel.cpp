#include "model/assettablemodel.h"

#include "api/assetkey.h"

#include "api/chainregistry.h"
#include "model/holdingssummary.h"
#include "model/tokenidentity.h"
#include "model/themecolors.h"

#include <QBrush>
#include <QGuiApplication>

#include <algorithm>

namespace {

bool isNumeric(int column)
{
    switch (column) {
    case AssetTableModel::BalanceColumn:
    case AssetTableModel::PriceColumn:
    case AssetTableModel::ValueColumn:
    case AssetTableModel::ShareColumn:
    case AssetTableModel::ChangeColumn:
        return true;
    default:
        return false;
    }
}

/** Percent digits kept by ShareRole: enough to order any shares a person could tell apart. */
constexpr int ShareRoleDecimals = 6;

} // namespace

AssetTableModel::AssetTableModel(const PortfolioStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_warningIcon(QStringLiteral(":/icons/warning.png"))
{
    for (int i = 0; i < store->count(); ++i)
        updateRows(store->at(i).snapshot.address);
    updateScopeTotal();
    connect(store, &PortfolioStore::holdingsChanged, this, [this](const QString &address) {
        updateRows(address);
        updateScopeTotal();
    });
    connect(store, &PortfolioStore::addressRemoved, this, [this](const QString &address) {
        removeRowsWhere([&address](const Row &row) { return row.owner == address; });
        updateScopeTotal();
    });
    // A verdict can change how any row counts and looks, and the share scope's total.
    connect(store, &PortfolioStore::verdictsChanged, this, [this] {
        updateScopeTotal();
        emitAllChanged(0, ColumnCount - 1);
    });
    // A label shows in the Address column of every row of its address.
    connect(store, &PortfolioStore::addressesChanged, this,
            [this] { emitAllChanged(AddressColumn, AddressColumn); });
}

AssetTableModel::~AssetTableModel() = default;

int AssetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const TokenAsset &asset = row.asset;
    const int column = index.column();
    if (column == ChangeColumn && role == Qt::DisplayRole)
        return changeData(row, role);

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::DecorationRole:
        return column == TokenColumn && leftOutAsRisk(row) ? QVariant(m_warningIcon) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::BackgroundRole:
        return leftOutAsRisk(row) ? QVariant(QBrush(ThemeColors::riskBackground(QGuiApplication::palette()))) : QVariant();
    case Qt::ForegroundRole:
        return foregroundData(row, column);
    case BalanceRole:
        return QVariant::fromValue(asset.balance);
    case PriceRole:
        return QVariant::fromValue(asset.tokenPrice);
    case ValueRole:
        return QVariant::fromValue(row.value);
    case ShareRole:
        if (!countsInTotal(row) || !inShareScope(row) || m_scopeTotal.isZero())
            return {};
        return QVariant::fromValue(row.value.percentOf(m_scopeTotal, ShareRoleDecimals));
    case IsRiskRole:
        return asset.isRiskToken;
    case VerdictRole:
        return int(verdictOf(row));
    case LeftOutAsRiskRole:
        return leftOutAsRisk(row);
    case IsPricedRole:
        return asset.isPriced();
    case CountsRole:
        return countsInTotal(row);
    case SymbolRole:
        return asset.symbol;
    case ChainIndexRole:
        return asset.chainIndex;
    case ChainNameRole:
        return ChainRegistry::displayName(asset.chainIndex);
    case ContractRole:
        return asset.tokenContractAddress;
    case OwnerAddressRole:
        return row.owner;
    case OwnerLabelRole:
        return ownerLabel(row.owner);
    case BalanceTextRole:
        return asset.balanceText;
    case PriceTextRole:
        return asset.tokenPriceText;
    case RawBalanceRole:
        return asset.rawBalance;
    case RowKeyRole:
        return AssetKey::ofHolding(row.owner, asset);
    case FetchedAtRole: {
        const PortfolioStore::Entry *owner = m_store->entry(row.owner);
        return owner ? QVariant(owner->snapshot.fetchedAt) : QVariant();
    }
    case AssetRole:
        return QVariant::fromValue(asset);
    case ChangeKindRole:
    case BalanceDeltaRole:
    case ValueDeltaRole:
        return changeData(row, role);
    case SortKeyRole:
        return sortKey(row, column);
    case CompactTextRole:
        return compactData(row, column);
    case ExactTextRole:
        return exactText(row, column);
    case IdentityKeyRole:
        return TokenIdentity::of(asset, verdictOf(row)).key;
    case IdentitySymbolRole:
        return TokenIdentity::of(asset, verdictOf(row)).symbol;
    default:
        return {};
    }
}

QVariant AssetTableModel::sortKey(const Row &row, int column) const
{
    const TokenAsset &asset = row.asset;
    switch (column) {
    case TokenColumn:
        return asset.symbol;
    case ChainColumn:
        return ChainRegistry::displayName(asset.chainIndex);
    case BalanceColumn:
        return QVariant::fromValue(asset.balance);
    case PriceColumn:
        return asset.isPriced() ? QVariant::fromValue(asset.tokenPrice) : QVariant();
    // A risk token's value is a claim, often an absurd one: it sorts with the rows that do not
    // count. Shares share one denominator, so value order is share order.
    case ValueColumn:
    case ShareColumn:
        return countsInTotal(row) ? QVariant::fromValue(row.value) : QVariant();
    case ChangeColumn: {
        // Not known before the address's second refresh; after it, a holding with no change row is
        // one that did not change.
        const PortfolioStore::Entry *owner = m_store->entry(row.owner);
        if (!owner || !owner->hasChanges)
            return {};
        const HoldingChange *change = owner->changes.find(row.key);
        return QVariant::fromValue(change ? change->valueDeltaUsd() : Decimal());
    }
    case AddressColumn:
        return ownerLabel(row.owner);
    case ContractColumn:
        return AssetKey::normalizedAddress(asset.tokenContractAddress);
    default:
        return {};
    }
}

QVariant AssetTableModel::displayData(const Row &row, int column) const
{
    const TokenAsset &asset = row.asset;
    switch (column) {
    case TokenColumn: {
        //: Shown for a token whose symbol the API left empty.
        const QString symbol = asset.symbol.isEmpty() ? tr("(no symbol)") : asset.symbol;
        // OKX's own flag shows as the icon and the tint; a verdict of the user's is said in words.
        if (verdictOf(row) == TokenVerdict::None)
            return symbol;
        //: %1 is a token symbol, %2 the user's verdict on it, such as "spam — marked by you".
        return tr("%1 (%2)").arg(symbol, riskStatus(row));
    }
    case ChainColumn:
        return ChainRegistry::displayName(asset.chainIndex);
    case BalanceColumn:
        return m_display.balance(asset.balance);
    case PriceColumn:
        return asset.isPriced() ? m_display.price(asset.tokenPrice) : AmountDisplay::none();
    case ValueColumn:
        return asset.isPriced() ? m_display.amount(row.value) : AmountDisplay::none();
    case ShareColumn:
        return countsInTotal(row) && inShareScope(row) ? m_display.share(row.value, m_scopeTotal)
                                                       : AmountDisplay::none();
    case AddressColumn:
        return ownerLabel(row.owner);
    case ContractColumn:
        //: The Contract cell of a chain's own coin (ETH on Ethereum …), which has no token contract.
        return asset.tokenContractAddress.isEmpty() ? tr("Native coin")
                                                    : PortfolioSnapshot::shortAddress(asset.tokenContractAddress);
    default:
        return {};
    }
}

QVariant AssetTableModel::compactData(const Row &row, int column) const
{
    const TokenAsset &asset = row.asset;
    switch (column) {
    case BalanceColumn:
        return m_display.balanceCompact(asset.balance);
    case PriceColumn:
        return asset.isPriced() ? m_display.priceCompact(asset.tokenPrice) : AmountDisplay::none();
    case ValueColumn:
        return asset.isPriced() ? m_display.amountCompact(row.value) : AmountDisplay::none();
    case ChangeColumn:
        return changeData(row, CompactTextRole);
    default:
        return displayData(row, column);
    }
}

QVariant AssetTableModel::toolTipData(const Row &row, int column) const
{
    const TokenAsset &asset = row.asset;
    QString tip;
    switch (column) {
    case TokenColumn: // whole, for when the column is too narrow
        tip = asset.symbol;
        break;
    case ChainColumn:
        //: %1 is a chain name, %2 its OKX chain index.
        tip = tr("%1 (chain index %2)").arg(ChainRegistry::displayName(asset.chainIndex), asset.chainIndex);
        break;
    case BalanceColumn:
        if (!m_display.isPrivate()) {
            tip = tr("Exact balance: %1 %2").arg(asset.balance.toPlainString(), asset.symbol);
            if (!asset.rawBalance.isEmpty())
                tip += QLatin1Char('\n') + tr("Base units: %1").arg(asset.rawBalance);
        }
        break;
    case PriceColumn:
    case ValueColumn:
        if (!asset.isPriced())
            tip = tr("OKX has no price for this token: it is left out of the total, not counted as worthless.");
        else if (column == PriceColumn)
            //: %1 is the price with every decimal, in the currency shown.
            tip = exactTip(tr("Exact price: %1"), asset.tokenPrice);
        else if (!m_display.isPrivate())
            //: %1 is a value with every decimal in the currency shown.
            tip = exactTip(tr("Exact value: %1"), row.value);
        break;
    case ShareColumn:
        tip = tr("Share of the total of the priced, non-risk holdings shown");
        break;
    case ChangeColumn:
        tip = changeData(row, Qt::ToolTipRole).toString();
        break;
    case AddressColumn:
        tip = row.owner;
        break;
    case ContractColumn:
        tip = asset.tokenContractAddress.isEmpty()
            ? tr("The native coin of %1").arg(ChainRegistry::displayName(asset.chainIndex))
            : asset.tokenContractAddress;
        break;
    default:
        break;
    }
    const QString risk = riskExplanation(row);
    if (!risk.isEmpty())
        tip = tip.isEmpty() ? risk : risk + QLatin1String("\n\n") + tip;
    return tip.isEmpty() ? QVariant() : QVariant(tip);
}

QString AssetTableModel::exactText(const Row &row, int column) const
{
    const TokenAsset &asset = row.asset;
    switch (column) {
    case BalanceColumn:
        return asset.balance.toPlainString();
    case PriceColumn:
        return asset.isPriced() ? m_display.fiat().convert(asset.tokenPrice).toPlainString() : QString();
    case ValueColumn:
        return asset.isPriced() ? m_display.fiat().convert(row.value).toPlainString() : QString();
    default:
        return {};
    }
}

QString AssetTableModel::exactTip(const QString &line, const Decimal &usd) const
{
    // A price is market data, shown in privacy mode too; the caller leaves out what privacy hides.
    QString tip = line.arg(m_display.fiat().amountExact(usd, m_display.locale()));
    const QString other = m_display.otherCurrencyExact(usd);
    if (!other.isEmpty())
        //: %1 is the same value in the other currency (USD, or CNY at OKX's rate).
        tip += QLatin1Char('\n') + tr("In the other currency: %1").arg(other);
    if (m_display.currency() == FiatCurrency::Cny)
        tip += QLatin1Char('\n') + m_display.fiat().notice(m_display.locale());
    return tip;
}

QVariant AssetTableModel::foregroundData(const Row &row, int column) const
{
    const QPalette palette = QGuiApplication::palette();
    if (leftOutAsRisk(row))
        return QBrush(ThemeColors::riskForeground(palette));
    if (column == ChangeColumn)
        return changeData(row, Qt::ForegroundRole);
    const bool placeholder = (column == PriceColumn || column == ValueColumn) ? !row.asset.isPriced()
                           : column == ShareColumn ? !countsInTotal(row)
                           : column == ContractColumn && row.asset.tokenContractAddress.isEmpty();
    return placeholder ? QVariant(QBrush(ThemeColors::mutedText(palette))) : QVariant();
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | (isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft));
    if (role == Qt::ToolTipRole && section == ShareColumn)
        return tr("Share of the total of the priced, non-risk holdings shown");
    if (role == Qt::ToolTipRole && section == ChangeColumn)
        return tr("Change in value since the previous refresh");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TokenColumn: return tr("Token");
    case ChainColumn: return tr("Chain");
    case BalanceColumn: return tr("Balance");
    //: Column header; %1 is the currency values are shown in, USD or CNY.
    case PriceColumn: return tr("Price (%1)").arg(FiatCurrencies::code(m_display.currency()));
    //: Column header; %1 is the currency values are shown in, USD or CNY.
    case ValueColumn: return tr("Value (%1)").arg(FiatCurrencies::code(m_display.currency()));
    //: Column header: how the value changed since the previous refresh; %1 is the currency, USD or CNY.
    case ChangeColumn: return tr("Change (%1)").arg(FiatCurrencies::code(m_display.currency()));
    //: Column header: the row's percentage of the total value.
    case ShareColumn: return tr("Share");
    case AddressColumn: return tr("Address");
    case ContractColumn: return tr("Contract");
    default: return {};
    }
}

QHash<int, QByteArray> AssetTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{BalanceRole, "balance"}, {PriceRole, "price"}, {ValueRole, "value"}, {ShareRole, "share"},
                  {IsRiskRole, "isRisk"}, {VerdictRole, "verdict"}, {LeftOutAsRiskRole, "leftOutAsRisk"},
                  {IsPricedRole, "isPriced"}, {CountsRole, "counts"},
                  {SymbolRole, "symbol"}, {ChainIndexRole, "chainIndex"}, {ChainNameRole, "chainName"},
                  {ContractRole, "contract"}, {OwnerAddressRole, "ownerAddress"}, {OwnerLabelRole, "ownerLabel"},
                  {BalanceTextRole, "balanceText"}, {PriceTextRole, "priceText"}, {RawBalanceRole, "rawBalance"},
                  {RowKeyRole, "rowKey"}, {FetchedAtRole, "fetchedAt"}, {AssetRole, "asset"},
                  {SortKeyRole, "sortKey"}, {IdentityKeyRole, "identityKey"},
                  {IdentitySymbolRole, "identitySymbol"}});
    return names;
}

bool AssetTableModel::countsInTotal(const Row &row) const
{
    return TokenVerdicts::counts(row.asset, verdictOf(row));
}

TokenVerdict AssetTableModel::verdictOf(const Row &row) const
{
    const TokenVerdicts &verdicts = m_store->verdicts();
    return verdicts.isEmpty() ? TokenVerdict::None : verdicts.verdictOf(row.key);
}

bool AssetTableModel::leftOutAsRisk(const Row &row) const
{
    return TokenVerdicts::leftOutAsRisk(row.asset.isRiskToken, verdictOf(row));
}

QString AssetTableModel::riskStatus(const Row &row) const
{
    switch (verdictOf(row)) {
    case TokenVerdict::Spam:
        //: The user's own verdict on a token, told apart from OKX's flag ("risk — flagged by OKX").
        return tr("spam — marked by you");
    case TokenVerdict::Trusted:
        //: A token OKX flags as risky that the user chose to trust, or (without OKX's flag) trusted only.
        return row.asset.isRiskToken ? tr("flagged by OKX — trusted by you") : tr("trusted by you");
    case TokenVerdict::None:
        break;
    }
    //: OKX's own flag on a token, told apart from the user's verdict ("spam — marked by you").
    return row.asset.isRiskToken ? tr("risk — flagged by OKX") : QString();
}

QString AssetTableModel::riskExplanation(const Row &row) const
{
    const QString status = riskStatus(row);
    if (status.isEmpty())
        return {};
    const TokenVerdict verdict = verdictOf(row);
    QString why;
    if (verdict == TokenVerdict::None)
        why = tr("OKX flags this token as a risky airdrop or honeypot token.");
    else if (verdict == TokenVerdict::Spam)
        why = row.asset.isRiskToken ? tr("You marked this token as spam; OKX flags it as risky too.")
                                    : tr("You marked this token as spam.");
    else if (row.asset.isRiskToken)
        why = tr("OKX flags this token as a risky airdrop or honeypot token, and you chose to trust it.");
    else
        why = tr("You chose to trust this token.");
    const QString effect = leftOutAsRisk(row) ? tr("It is left out of totals, shares and the chart.")
                                              : tr("It counts in totals, shares and the chart.");
    //: %1 is the token's status, such as "risk — flagged by OKX"; %2 and %3 explain it.
    const QString explanation = tr("%1\n%2 %3").arg(status, why, effect);
    //: Where the user's verdicts on tokens are listed (and can be taken back): the View menu's entry.
    return verdict == TokenVerdict::None ? explanation
                                         : explanation + u'\n' + tr("Your verdicts are listed under View → Token Verdicts….");
}

bool AssetTableModel::inShareScope(const Row &row) const
{
    return m_shareScope.isEmpty() || row.owner == m_shareScope;
}

QString AssetTableModel::ownerLabel(const QString &owner) const
{
    const PortfolioStore::Entry *found = m_store->entry(owner);
    return found ? found->snapshot.displayName() : PortfolioSnapshot::shortAddress(owner);
}

