#include "ui/exportdialog.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

/**
 * @p preferred when it is an absolute path to a folder that exists, else the documents folder if it
 * exists, else home: a relative name would land wherever the app was started from, and a missing
 * folder would fail the export.
 */
QString startFolder(const QString &preferred)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    for (const QString &folder : {preferred, documents}) {
        if (!folder.isEmpty() && QDir::isAbsolutePath(folder) && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::homePath();
}

} // namespace

ExportDialog::ExportDialog(int viewRows, int allRows, int allRowsWithRisk, const QString &directory, QWidget *parent)
    : QDialog(parent)
    , m_allRows(allRows)
    , m_allRowsWithRisk(allRowsWithRisk)
    , m_view(new QRadioButton(tr("The current view: %n row(s), as filtered and sorted", nullptr, viewRows), this))
    , m_all(new QRadioButton(this))
    , m_risk(new QCheckBox(tr("Include tokens OKX flags as risky (airdrops, honeypots)"), this))
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export CSV"));
    m_view->setObjectName(QStringLiteral("exportCurrentView"));
    m_all->setObjectName(QStringLiteral("exportAllAddresses"));
    m_risk->setObjectName(QStringLiteral("exportIncludeRisk"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_view->setChecked(true);

    const QString fileName = QStringLiteral("okx-holdings-%1.csv")
                                 .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    m_path->setText(QDir(startFolder(directory)).filePath(fileName));
    m_path->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *form = new QFormLayout;
    auto *choices = new QVBoxLayout;
    choices->addWidget(m_view);
    choices->addWidget(m_all);
    auto *riskRow = new QHBoxLayout;
    // Indented under "Every address", the choice it belongs to.
    riskRow->addSpacing(fontMetrics().averageCharWidth() * 3);
    riskRow->addWidget(m_risk, 1);
    choices->addLayout(riskRow);
    form->addRow(tr("Export:"), choices);
    form->addRow(tr("File:"), pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateChoices);
    connect(m_all, &QRadioButton::toggled, this, &ExportDialog::updateChoices);
    connect(m_risk, &QCheckBox::toggled, this, &ExportDialog::updateChoices);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateChoices();
}

ExportDialog::Scope ExportDialog::scope() const
{
    return m_all->isChecked() ? Scope::AllAddresses : Scope::CurrentView;
}

void ExportDialog::accept()
{
    const QFileInfo target(filePath());
    if (target.exists()) {
        //: %1 is a file path
        const QString question = tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(target.filePath()));
        const QMessageBox::StandardButton answer = QMessageBox::question(
            this, tr("Replace file?"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::accept();
}

bool ExportDialog::includeRiskTokens() const
{
    return m_risk->isChecked();
}

QString ExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export CSV"), filePath(),
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::updateChoices()
{
    m_all->setText(tr("Every address: %n row(s)", nullptr, m_risk->isChecked() ? m_allRowsWithRisk : m_allRows));
    m_risk->setEnabled(m_all->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!filePath().isEmpty());
}
