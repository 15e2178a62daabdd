#include "ui/addressdialog.h"

#include "api/addressvalidator.h"
#include "api/chainregistry.h"
#include "storage/watchlist.h"
#include "ui/elidedtextlabel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

constexpr int ChainIndexRole = Qt::UserRole;
constexpr int MaxLabelLength = 100;
constexpr int ChainColumns = 3;

QString chainItemText(const QString &name, const QString &chainIndex)
{
    //: A chain in the chain list: %1 its name, %2 its OKX chain index
    return AddressDialog::tr("%1 (%2)").arg(name, chainIndex);
}

} // namespace

AddressDialog::AddressDialog(const WatchList &list, int editIndex, QWidget *parent)
    : QDialog(parent), m_list(list), m_editIndex(editIndex >= 0 && editIndex < list.size() ? editIndex : -1)
{
    buildUi();
    for (const ChainEntry &chain : ChainRegistry::all())
        addChainItem(chain.chainIndex, chain.name);
    fitChainColumns();

    if (m_editIndex >= 0) {
        const WatchedAddress &current = m_list.at(m_editIndex);
        m_address->setText(current.address);
        m_label->setText(current.label);
        for (const QString &chain : current.chainIndexes) {
            if (!chainItem(chain))
                addChainItem(chain, ChainRegistry::displayName(chain));
        }
        fitChainColumns();
        checkOnly(current.chainIndexes);
        m_chainsChosenByUser = true;
    }
    revalidate();
}

AddressDialog::~AddressDialog() = default;

void AddressDialog::buildUi()
{
    setWindowTitle(m_editIndex >= 0 ? tr("Edit Watched Address") : tr("Add Watched Address"));
    setObjectName(QStringLiteral("addressDialog"));

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setPlaceholderText(tr("0x…, a Solana, Tron or Bitcoin address"));
    m_address->setClearButtonEnabled(true);

    m_problemIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_problemIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));

    // Two lines, whether a reason shows or not, and a longer reason elided: the chain list below
    // never moves under the pointer while the user types or ticks.
    // Three lines: a 42-character address and the reason it fails fit at the dialog's least width.
    m_problemLabel = new ElidedTextLabel(3, this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *problemBox = new QWidget(this);
    auto *problemRow = new QHBoxLayout(problemBox);
    problemRow->setContentsMargins(0, 0, 0, 0);
    problemRow->addWidget(m_problemIcon, 0, Qt::AlignTop);
    problemRow->addWidget(m_problemLabel, 1);
    for (QWidget *part : {static_cast<QWidget *>(m_problemIcon), static_cast<QWidget *>(m_problemLabel)}) {
        QSizePolicy policy = part->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        part->setSizePolicy(policy);
    }

    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setMaxLength(MaxLabelLength);
    m_label->setPlaceholderText(tr("Optional, e.g. “Cold wallet”"));

    // Lines of a fixed count, as the reason above: a wrapped label of its own would ask the layout
    // for its height only once shown, and squeeze the chain list into the count below it.
    m_demoNotice = new ElidedTextLabel(2, this);
    m_demoNotice->setFullText(tr("Your own addresses take the place of the demo portfolios: once you add this one, "
                                 "the demo ends, and your addresses are fetched with your OKX API key."));
    m_demoNotice->setObjectName(QStringLiteral("demoNotice"));
    m_demoNotice->hide();

    struct Preset
    {
        QString text;
        QStringList chains;
        const char *objectName;
    };
    // A single chain's preset is named as the chain is in the list (named in setSupportedChains()).
    const Preset presets[] = {
        {tr("All EVM chains"), ChainRegistry::chainIndexes(ChainFamily::Evm), "presetEvm"},
        {QString(), {QStringLiteral("501")}, "presetSolana"},
        {QString(), {QStringLiteral("195")}, "presetTron"},
        {QString(), {QStringLiteral("0")}, "presetBitcoin"},
        //: Unchecks every chain
        {tr("None"), {}, "presetNone"},
    };
    auto *presetRow = new QHBoxLayout;
    for (const Preset &preset : presets) {
        auto *button = new QPushButton(preset.text, this);
        button->setObjectName(QLatin1String(preset.objectName));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, chains = preset.chains] {
            m_chainsChosenByUser = true;
            checkOnly(chains);
        });
        presetRow->addWidget(button);
        if (preset.chains.size() == 1)
            m_chainPresets.insert(preset.chains.constFirst(), button);
    }
    presetRow->addStretch();

    m_chainFilter = new QLineEdit(this);
    m_chainFilter->setObjectName(QStringLiteral("chainFilterEdit"));
    m_chainFilter->setPlaceholderText(tr("Filter chains"));
    m_chainFilter->setClearButtonEnabled(true);
    m_chains = new QListWidget(this);
    m_chains->setObjectName(QStringLiteral("chainList"));
    // Chains flow in columns, so the whole table fits without scrolling at the dialog's usual size.
    m_chains->setFlow(QListView::LeftToRight);
    m_chains->setWrapping(true);
    m_chains->setResizeMode(QListView::Adjust);
    m_chains->setMinimumHeight(260);
    m_chainCount = new QLabel(this);
    m_chainCount->setObjectName(QStringLiteral("chainCountLabel"));

    auto *chainsBox = new QVBoxLayout;
    chainsBox->addLayout(presetRow);
    chainsBox->addWidget(m_chainFilter);
    chainsBox->addWidget(m_chains, 1);
    chainsBox->addWidget(m_chainCount);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(QString(), problemBox);
    form->addRow(tr("&Label:"), m_label);
    auto *chainsLabel = new QLabel(tr("&Chains:"), this);
    chainsLabel->setBuddy(m_chains);
    form->addRow(chainsLabel, chainsBox);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_editIndex >= 0 ? tr("Save") : tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_demoNotice);
    layout->addWidget(m_buttons);

    connect(m_address, &QLineEdit::textChanged, this, [this] {
        suggestChains();
        revalidate();
    });
    connect(m_label, &QLineEdit::textChanged, this, &AddressDialog::revalidate);
    connect(m_chainFilter, &QLineEdit::textChanged, this, &AddressDialog::filterChains);
    connect(m_chains, &QListWidget::itemChanged, this, [this] {
        if (m_settingChains)
            return;
        m_chainsChosenByUser = true;
        revalidate();
    });
}

void AddressDialog::fitChainColumns()
{
    // One cell size for all chains, from the longest name, so the columns line up and no name is cut.
    const QFontMetrics metrics(m_chains->font());
    int widest = 0;
    for (int row = 0; row < m_chains->count(); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(m_chains->item(row)->text()));
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorWidth) + 3 * style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    const QSize cell(widest + indicator, std::max(metrics.height(), style()->pixelMetric(QStyle::PM_IndicatorHeight)) + 4);
    m_chains->setGridSize(cell);
    // A little slack: the view wraps on its viewport, which margins and the scroll bar narrow.
    m_chains->setMinimumWidth(ChainColumns * cell.width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent)
                              + 2 * m_chains->frameWidth() + metrics.averageCharWidth() * 2);
}

void AddressDialog::setSupportedChains(const QList<ChainInfo> &chains)
{
    m_settingChains = true;
    for (const ChainInfo &chain : chains) {
        const QString name = chain.name.isEmpty() ? ChainRegistry::displayName(chain.chainIndex) : chain.name;
        if (QListWidgetItem *item = chainItem(chain.chainIndex))
            nameChainItem(item, name);
        else
            addChainItem(chain.chainIndex, name);
    }
    m_settingChains = false;
    fitChainColumns();
    filterChains(m_chainFilter->text());
}

WatchedAddress AddressDialog::entry() const
{
    WatchedAddress result;
    result.address = m_address->text().trimmed();
    result.label = m_label->text().trimmed();
    for (int row = 0; row < m_chains->count(); ++row) {
        const QListWidgetItem *item = m_chains->item(row);
        if (item->checkState() == Qt::Checked)
            result.chainIndexes.append(item->data(ChainIndexRole).toString());
    }
    return result;
}

void AddressDialog::addChainItem(const QString &chainIndex, const QString &name)
{
    const bool wasSetting = std::exchange(m_settingChains, true);
    auto *item = new QListWidgetItem(m_chains);
    item->setData(ChainIndexRole, chainIndex);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    nameChainItem(item, name);
    m_settingChains = wasSetting;
}

void AddressDialog::nameChainItem(QListWidgetItem *item, const QString &name)
{
    const QString chainIndex = item->data(ChainIndexRole).toString();
    item->setText(chainItemText(name, chainIndex));
    if (QPushButton *preset = m_chainPresets.value(chainIndex))
        preset->setText(name);
}

QListWidgetItem *AddressDialog::chainItem(const QString &chainIndex) const
{
    for (int row = 0; row < m_chains->count(); ++row) {
        if (m_chains->item(row)->data(ChainIndexRole).toString() == chainIndex)
            return m_chains->item(row);
    }
    return nullptr;
}

void AddressDialog::checkOnly(const QStringList &chainIndexes)
{
    m_settingChains = true;
    for (int row = 0; row < m_chains->count(); ++row) {
        QListWidgetItem *item = m_chains->item(row);
        item->setCheckState(chainIndexes.contains(item->data(ChainIndexRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_settingChains = false;
    revalidate();
}

void AddressDialog::suggestChains()
{
    // The form picks the family even while the address is unfinished or mistyped, so the reason
    // shown is what is wrong with it as that family's address rather than missing chains.
    const QString address = m_address->text().trimmed();
    const std::optional<ChainFamily> family = AddressValidator::familyOf(address);
    if (family == m_detectedFamily)
        return;
    m_detectedFamily = family;
    // The user's chains (a preset, or ticked by hand) stay while they suit the address; an address
    // of another family gets that family's chains.
    if (m_chainsChosenByUser && (!family || checksOnlyFamily(*family)))
        return;
    m_chainsChosenByUser = false;
    checkOnly(AddressValidator::defaultChains(address));
}

bool AddressDialog::checksOnlyFamily(ChainFamily family) const
{
    const QStringList checked = entry().chainIndexes;
    return !checked.isEmpty() && std::all_of(checked.cbegin(), checked.cend(), [family](const QString &chain) {
        return ChainRegistry::family(chain) == family;
    });
}

void AddressDialog::setDemoPortfoliosShown(bool shown)
{
    m_demoNotice->setVisible(shown);
}

void AddressDialog::filterChains(const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_chains->count(); ++row) {
        QListWidgetItem *item = m_chains->item(row);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
}

void AddressDialog::revalidate()
{
    const WatchedAddress current = entry();
    m_problem = m_list.validate(current, m_editIndex);
    // An untouched, empty dialog is not an error yet: it only keeps OK disabled.
    const bool pristine = current.address.isEmpty() && !m_chainsChosenByUser;
    const bool showProblem = !m_problem.isEmpty() && !pristine;
    m_problemLabel->setFullText(showProblem ? m_problem : QString());
    m_problemLabel->setVisible(showProblem);
    m_problemIcon->setVisible(showProblem);
    m_chainCount->setText(tr("%n chain(s) selected", nullptr, int(current.chainIndexes.size())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}
