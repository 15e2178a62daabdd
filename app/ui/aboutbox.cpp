#include "ui/aboutbox.h"

#include <QApplication>
#include <QKeySequence>
#include <QMessageBox>
#include <QUrl>

void AboutBox::show(QWidget *parent, const QUrl &host, bool demo)
{
    QMessageBox::about(
        parent, tr("About OKX Wallet Viewer"),
        tr("<h3>OKX Wallet Viewer %1</h3>"
           "<p>Shows the holdings of wallet addresses through the OKX Web3 Balance API.</p>"
           "<p>The only host this app talks to is the configured API server:<br/><b>%2</b>%3</p>"
           "<p>No telemetry: nothing else is sent anywhere.</p>"
           "<p>Free software under the MIT licence, built with Qt %4 (LGPL v3). "
           "Help → User Guide (%5) explains every menu and shows the licence.</p>")
            .arg(QApplication::applicationVersion(), host.toString().toHtmlEscaped(),
                 demo ? QStringLiteral("<br/>") + tr("(the built-in demo server on this computer)") : QString(),
                 QString::fromLatin1(qVersion()),
                 QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
}
