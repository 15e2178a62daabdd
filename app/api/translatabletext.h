#pragma once

#include <QString>

#include <initializer_list>
#include <vector>

/**
 * A sentence kept as its untranslated source text and its arguments, and translated only when
 * shown, so that text made before a language switch is shown in the new language. Arguments are
 * texts of their own: translatable ones, or verbatim ones (a field path, a number, or text from
 * outside the app such as OKX's msg or the network layer's reason, which no catalogue holds).
 */
class TranslatableText final
{
public:
    /** The empty text. */
    TranslatableText() = default;
    /**
     * @p source in the translation context @p context, both string literals that outlive the text
     * (mark them with QT_TRANSLATE_NOOP so lupdate finds them); "%1" to "%9" in it stand for
     * @p arguments in order.
     */
    TranslatableText(const char *context, const char *source, std::initializer_list<TranslatableText> arguments = {});

    /** @p text, shown as it is in every language. */
    static TranslatableText verbatim(const QString &text);

    bool isEmpty() const;
    /** The text in the language of the translators installed now, its arguments filled in. */
    QString toString() const;

private:
    const char *m_context = nullptr;
    const char *m_source = nullptr;
    QString m_verbatim;
    // std::vector rather than QList: only the standard container may hold the class being defined.
    std::vector<TranslatableText> m_arguments;
};
