#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

#include <optional>

/**
 * Switches the UI language at run time: installs the app's catalogue (from :/i18n, embedded by
 * qt_add_translations) and Qt's own qtbase catalogue for the standard dialogs, and makes the
 * language's locale the default so numbers follow it. Installing a translator sends every widget a
 * LanguageChange event; widgets retranslate themselves there.
 */
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    enum class Language { English, Chinese };
    Q_ENUM(Language)

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /** "en" or "zh" (also "zh_CN", "zh-Hans" …); nothing for anything else. */
    static std::optional<Language> fromCode(const QString &code);
    static QString code(Language language);
    /** Chinese when the system's UI language is Chinese, else English. */
    static Language systemLanguage();
    /** The locale numbers and dates use in @p language. */
    static QLocale localeOf(Language language);

    Language language() const { return m_language; }
    /** Loads and installs the catalogues of @p language; false when the app's own catalogue is missing. */
    bool setLanguage(Language language);

private:
    QTranslator m_app;
    QTranslator m_qt;
    Language m_language = Language::English;
};
