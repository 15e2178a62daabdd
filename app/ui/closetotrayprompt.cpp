#include "ui/closetotrayprompt.h"

#include "storage/appsettings.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

CloseToTrayPrompt::Outcome CloseToTrayPrompt::decide(AppSettings &settings, QWidget *parent)
{
    switch (settings.closeWhileWatching()) {
    case AppSettings::CloseWhileWatching::KeepWatching: return Outcome::KeepWatching;
    case AppSettings::CloseWhileWatching::Quit: return Outcome::Quit;
    case AppSettings::CloseWhileWatching::Ask: break;
    }

    QMessageBox box(QMessageBox::Question, tr("Keep Watching in the Tray?"),
                    tr("Auto-refresh is on. The app can keep refreshing from the system tray after the window "
                       "closes, and tell you when a value moves, a new token appears or refreshes keep "
                       "failing."),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("closeToTrayBox"));
    QPushButton *keep = box.addButton(tr("&Keep Watching"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepWatchingButton"));
    QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    auto *remember = new QCheckBox(tr("&Don't ask again (Settings can change it)"), &box);
    remember->setObjectName(QStringLiteral("dontAskAgainCheck"));
    remember->setChecked(true);
    box.setCheckBox(remember);
    box.exec();

    const QAbstractButton *clicked = box.clickedButton();
    if (clicked != keep && clicked != quit)
        return Outcome::StayOpen;
    const bool keepWatching = clicked == keep;
    if (remember->isChecked()) {
        settings.setCloseWhileWatching(keepWatching ? AppSettings::CloseWhileWatching::KeepWatching
                                                    : AppSettings::CloseWhileWatching::Quit);
        // A failure keeps it pending; the window's next save reports it.
        settings.sync();
    }
    return keepWatching ? Outcome::KeepWatching : Outcome::Quit;
}
