#include "ui/userguide.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
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

} // namespace

UserGuide::UserGuide(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    m_text->setObjectName(QStringLiteral("userGuideText"));
    m_text->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(820, 640);
    retranslate();
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
    // The guide itself is the README, in English; the licence is plain text, which a fenced block
    // keeps line by line.
    m_text->setMarkdown(resourceText(":/doc/README.md") + QStringLiteral("\n\n## %1\n\n```\n").arg(tr("Licence"))
                        + resourceText(":/doc/LICENSE") + QStringLiteral("```\n"));
}
