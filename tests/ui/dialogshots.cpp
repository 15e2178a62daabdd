// okx-dialog-shots: shows the add-address dialog (with an invalid address typed) and the settings
// dialog, and saves the whole screen after each, for looking at them under Xvfb:
//   xvfb-run -a -s "-screen 0 1600x1000x24" okx-dialog-shots en|zh OUTPUT_DIR
// Uses a temporary watch list and settings, never the user's.

#include "storage/appsettings.h"
#include "storage/secretstore.h"
#include "storage/watchlist.h"
#include "ui/addressdialog.h"
#include "ui/languagemanager.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

bool shoot(QWidget &dialog, const QString &path)
{
    dialog.show();
    dialog.move(dialog.screen()->geometry().center() - dialog.rect().center());
    QTest::qWait(800);
    return dialog.screen()->grabWindow(0).save(path);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("okx-dialog-shots"));
    if (argc != 3) {
        std::fprintf(stderr, "usage: okx-dialog-shots en|zh OUTPUT_DIR\n");
        return 2;
    }
    const QString code = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    LanguageManager languages;
    languages.setLanguage(code == u"zh" ? LanguageManager::Language::Chinese : LanguageManager::Language::English);
    QTemporaryDir dir;
    WatchList list(dir.path());
    list.add(WatchedAddress{QStringLiteral("0x8eb0d387cda4b61c85d7a39ed90b9f6ed5280f81"), QStringLiteral("Multi-chain"), {QStringLiteral("1")}});

    AddressDialog add(list);
    add.findChild<QLineEdit *>(QStringLiteral("labelEdit"))->setText(QStringLiteral("Cold wallet"));
    add.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setText(QStringLiteral("0x8eb0d387cda4b61c85d7a39ed90b9f6ed5280"));
    bool ok = shoot(add, out.filePath(QStringLiteral("add-address-invalid-%1.png").arg(code)));
    add.hide();

    AppSettings settings(dir.filePath(QStringLiteral("settings.json")));
    SecretStore secrets(QStringLiteral("okx-dialog-shots"), dir.path());
    SettingsDialog settingsDialog(settings, secrets);
    ok = shoot(settingsDialog, out.filePath(QStringLiteral("settings-%1.png").arg(code))) && ok;
    return ok ? 0 : 1;
}
