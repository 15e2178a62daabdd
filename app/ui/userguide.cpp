#include "ui/userguide.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString resourceText(const char *path)
{
    QFile file(QString::fromLatin1(path));
    // Built into the binary by qt_add_resources: it opens unless the build is broken.
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

/**
 * The README's parts for users (how to use the window and the command line, privacy), not those
 * for developers: the lines between each "<!-- user-guide" marker and the next "<!-- /user-guide".
 */
QString userParts(const QString &readme)
{
    QStringList kept;
    bool inside = false;
    const QStringList lines = readme.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("<!-- user-guide")))
            inside = true;
        else if (line.startsWith(QLatin1String("<!-- /user-guide")))
            inside = false;
        else if (inside)
            kept << line;
    }
    return kept.join(u'\n');
}

} // namespace

UserGuide::UserGuide(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    m_text->setObjectName(QStringLiteral("userGuideText"));
    m_text->setOpenExternalLinks(true);
    // A cursor that the keys move, as in any reader: the arrows, Page Up/Down, Ctrl+Home/End.
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(820, 640);
    retranslate();
}

void UserGuide::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The keys scroll the text (Ctrl+Home, the arrows), not the Close button; Esc still closes.
    m_text->setFocus();
}

void UserGuide::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void UserGuide::retranslate()
{
    setWindowTitle(tr("OKX Wallet Viewer User Guide"));
    // The guide is the README's part for users, in English: a translated line says so first.
    // The licence is plain text, which a fenced block keeps line by line.
    // (The language switch makes its locale the default one.)
    const QString note = QLocale().language() == QLocale::English
        ? QString()
        : QStringLiteral("*%1*\n\n").arg(tr("This guide is written in English."));
    m_text->setMarkdown(note + userParts(resourceText(":/doc/README.md"))
                        + QStringLiteral("\n\n## %1\n\n```\n").arg(tr("Licence")) + resourceText(":/doc/LICENSE")
                        + QStringLiteral("```\n"));
}
