#include "api/translatabletext.h"

#include <QCoreApplication>

namespace {

/**
 * @p pattern with each "%1" to "%9" replaced by that argument, in one pass like QString::arg(a, b):
 * a "%2" inside the first argument stays as it is. Placeholders without an argument stay too.
 */
QString filled(const QString &pattern, const QStringList &arguments)
{
    QString result;
    result.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        const qsizetype number = i + 1 < pattern.size() ? pattern.at(i + 1).digitValue() : -1;
        if (c == u'%' && number >= 1 && number <= arguments.size()) {
            result += arguments.at(number - 1);
            ++i;
        } else {
            result += c;
        }
    }
    return result;
}

} // namespace

TranslatableText::TranslatableText(const char *context, const char *source,
                                   std::initializer_list<TranslatableText> arguments)
    : m_context(context), m_source(source), m_arguments(arguments)
{
}

TranslatableText TranslatableText::verbatim(const QString &text)
{
    TranslatableText result;
    result.m_verbatim = text;
    return result;
}

bool TranslatableText::isEmpty() const
{
    return m_source ? *m_source == '\0' : m_verbatim.isEmpty();
}

QString TranslatableText::toString() const
{
    if (!m_source)
        return m_verbatim;
    QStringList arguments;
    arguments.reserve(qsizetype(m_arguments.size()));
    for (const TranslatableText &argument : m_arguments)
        arguments.append(argument.toString());
    return filled(QCoreApplication::translate(m_context, m_source), arguments);
}
