#include "ui/tokenverdictsdialog.h"

#include "api/chainregistry.h"
#include "storage/verdictstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

TokenVerdictsDialog::TokenVerdictsDialog(VerdictStore *verdicts, QWidget *parent)
    : QDialog(parent)
    , m_verdicts(verdicts)
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("tokenVerdictsDialog"));
    setWindowTitle(tr("Token Verdicts"));
    m_table->setObjectName(QStringLiteral("tokenVerdictsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Chain"), tr("Token"), tr("Contract"),
                                        //: Column header: the user's verdict on a token (spam or trusted).
                                        tr("Verdict"), QString()});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ContractColumn, QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("tokenVerdictsEmpty"));
    m_empty->setText(tr("No verdicts yet. Right-click a holding to mark its token as spam or to trust it."));
    m_empty->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("tokenVerdictsProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A token marked as spam is left out of every total like a token OKX flags as risky; a "
                                "trusted token counts even when OKX flags it. Removing a verdict applies at once."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 360);

    connect(m_verdicts, &VerdictStore::changed, this, &TokenVerdictsDialog::fill);
    fill();
}

void TokenVerdictsDialog::fill()
{
    const QList<TokenVerdictEntry> entries = m_verdicts->verdicts().entries();
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const TokenVerdictEntry &entry = entries.at(row);
        const QString contract = entry.tokenContractAddress.isEmpty()
            //: The Contract cell of a chain's own coin, which has no token contract.
            ? tr("Native coin")
            : entry.tokenContractAddress;
        const QString verdict = entry.verdict == TokenVerdict::Spam ? tr("spam — marked by you") : tr("trusted by you");
        const QString texts[] = {ChainRegistry::displayName(entry.chainIndex), entry.symbol, contract, verdict};
        for (int column = 0; column < RemoveColumn; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(texts[column]));
        //: Takes the user's verdict on a token back.
        auto *remove = new QPushButton(tr("Remove"), m_table);
        remove->setObjectName(QStringLiteral("removeVerdict%1").arg(row));
        connect(remove, &QPushButton::clicked, this, [this, entry] {
            const QString problem = m_verdicts->remove(entry.chainIndex, entry.tokenContractAddress);
            m_problem->setText(problem);
            m_problem->setVisible(!problem.isEmpty());
        });
        m_table->setCellWidget(row, RemoveColumn, remove);
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!entries.isEmpty());
    m_empty->setVisible(entries.isEmpty());
}
