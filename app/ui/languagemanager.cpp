#include "ui/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

std::optional<LanguageManager::Language> LanguageManager::fromCode(const QString &code)
{
    const QString lower = code.toLower();
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")) || lower.startsWith(QLatin1String("en-")))
        return Language::English;
    if (lower == QLatin1String("zh") || lower.startsWith(QLatin1String("zh_")) || lower.startsWith(QLatin1String("zh-")))
        return Language::Chinese;
    return std::nullopt;
}

QString LanguageManager::code(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

LanguageManager::Language LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

QLocale LanguageManager::localeOf(Language language)
{
    return language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                         : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool LanguageManager::setLanguage(Language language)
{
    const QLocale locale = localeOf(language);
    // The locale first: widgets read it while handling the LanguageChange the translators send.
    QLocale::setDefault(locale);
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);

    const bool loaded = m_app.load(locale, QStringLiteral("okxviewer"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (loaded)
        QCoreApplication::installTranslator(&m_app);
    // Qt's own strings (standard buttons, file dialogs) are English at the source.
    if (language != Language::English
        && m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);

    m_language = language;
    return loaded;
}
