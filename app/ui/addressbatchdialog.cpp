#include "ui/addressbatchdialog.h"

#include "api/addressvalidator.h"
#include "api/chainregistry.h"
#include "storage/pastedaddresses.h"
#include "storage/watchlist.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

/** Long enough to let a paste or a run of typing finish, short enough to feel immediate. */
constexpr int RecheckDelayMs = 150;

/** The family and chains a line's address is watched on, shortly: "EVM (25 chains)", "Solana". */
QString chainsText(const WatchedAddress &entry)
{
    const std::optional<ChainFamily> family = AddressValidator::familyOf(entry.address);
    if (!family)
        //: In the preview's chains column: the address names no family of chains
        return AddressBatchDialog::tr("—");
    if (entry.chainIndexes.size() == 1)
        return ChainRegistry::displayName(entry.chainIndexes.constFirst());
    //: %1 is a family of address formats (EVM …), %n the number of its chains
    return AddressBatchDialog::tr("%1 (%n chains)", nullptr, int(entry.chainIndexes.size()))
        .arg(AddressValidator::familyName(*family));
}

QString chainNames(const QStringList &chainIndexes)
{
    QStringList names;
    for (const QString &chain : chainIndexes)
        names.append(ChainRegistry::displayName(chain));
    return names.join(QLatin1String(", "));
}

} // namespace

AddressBatchDialog::AddressBatchDialog(const WatchList &list, QWidget *parent)
    : QDialog(parent), m_list(list)
{
    buildUi();
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(RecheckDelayMs);
    connect(&m_recheck, &QTimer::timeout, this, &AddressBatchDialog::updatePreview);
    connect(m_text, &QPlainTextEdit::textChanged, &m_recheck, qOverload<>(&QTimer::start));
    updatePreview();
}

AddressBatchDialog::~AddressBatchDialog() = default;

void AddressBatchDialog::buildUi()
{
    setWindowTitle(tr("Add Watched Addresses"));
    setObjectName(QStringLiteral("addressBatchDialog"));

    auto *intro = new QLabel(tr("Paste addresses, one a line. A label may follow a comma or a tab. Each address is "
                                "watched on every chain of its kind (EVM, Solana, Tron or Bitcoin)."),
                             this);
    intro->setWordWrap(true);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("pasteEdit"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(false);
    //: An example of the pasted list's form; keep the addresses as they are
    m_text->setPlaceholderText(tr("0xEd0C6079229E2d407672a117c22b62064f4a4312, Cold wallet\n"
                                  "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));
    intro->setBuddy(m_text);

    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setAlternatingRowColors(true);
    m_preview->setColumnCount(ColumnCount);
    //: Column titles of the preview of pasted addresses
    m_preview->setHeaderLabels({tr("Line"), tr("Address"), tr("Chains"), tr("Label"), tr("Status")});
    m_preview->header()->setStretchLastSection(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_preview, 3);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(900, 560);
    // Ready for Ctrl+V as soon as it opens: pasting is what the dialog is for.
    m_text->setFocus();
}

void AddressBatchDialog::updatePreview()
{
    m_recheck.stop();
    m_batch = AddressBatch(PastedAddresses::read(m_text->toPlainText()), m_list);

    const QIcon refusedIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon skippedIcon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    QList<QTreeWidgetItem *> items;
    items.reserve(m_batch.lines().size());
    for (const AddressBatch::Line &line : m_batch.lines()) {
        auto *item = new QTreeWidgetItem;
        item->setData(LineColumn, Qt::DisplayRole, line.number);
        item->setText(AddressColumn, line.entry.address);
        item->setText(ChainsColumn, chainsText(line.entry));
        item->setToolTip(ChainsColumn, chainNames(line.entry.chainIndexes));
        item->setText(LabelColumn, line.entry.label);
        switch (line.verdict) {
        case AddressBatch::Line::Verdict::Add:
            //: Status of a pasted line that will be added
            item->setText(StatusColumn, tr("To add"));
            break;
        case AddressBatch::Line::Verdict::Duplicate:
            //: Status of a pasted line that is not added; %1 says why ("already watched as …", "repeats line 2")
            item->setText(StatusColumn, tr("Skipped: %1").arg(line.reason));
            item->setIcon(StatusColumn, skippedIcon);
            break;
        case AddressBatch::Line::Verdict::Refused:
            //: Status of a pasted line that cannot be added; %1 is the reason
            item->setText(StatusColumn, tr("Refused: %1").arg(line.reason));
            item->setIcon(StatusColumn, refusedIcon);
            break;
        }
        item->setToolTip(StatusColumn, item->text(StatusColumn));
        items.append(item);
    }
    m_preview->clear();
    m_preview->addTopLevelItems(items);
    for (int column : {LineColumn, AddressColumn, ChainsColumn, LabelColumn})
        m_preview->resizeColumnToContents(column);

    const int toAdd = m_batch.count(AddressBatch::Line::Verdict::Add);
    //: Summary of the preview; the parts after the first are left out when zero
    QString summary = tr("%n address(es) to add", nullptr, toAdd);
    if (const int skipped = m_batch.count(AddressBatch::Line::Verdict::Duplicate))
        summary += tr(", %n skipped", nullptr, skipped);
    if (const int refused = m_batch.count(AddressBatch::Line::Verdict::Refused))
        summary += tr(", %n refused", nullptr, refused);
    m_summary->setText(summary);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add %n Address(es)", nullptr, toAdd));
    ok->setEnabled(toAdd > 0);
}

void AddressBatchDialog::accept()
{
    if (m_recheck.isActive())
        updatePreview();
    if (m_batch.count(AddressBatch::Line::Verdict::Add) > 0)
        QDialog::accept();
}
