#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

/**
 * Writes JSON text with object keys in the order they are added. QJsonObject sorts keys
 * alphabetically, but the demo server answers in the field order of OKX's own documentation, so
 * a client never depends on one order by accident.
 */
class JsonObjectText final
{
public:
    JsonObjectText &add(QByteArrayView key, QStringView value);
    JsonObjectText &add(QByteArrayView key, bool value);
    /** Adds @p json (an already written value: object, array, number) verbatim. */
    JsonObjectText &addRaw(QByteArrayView key, QByteArrayView json);

    /** The object, braces included. */
    QByteArray toJson() const;

private:
    void appendKey(QByteArrayView key);

    /** Starts with the opening brace; toJson() adds the closing one. */
    QByteArray m_text = QByteArrayLiteral("{");
};

namespace JsonText {

/**
 * Appends @p text to @p out as a quoted JSON string: UTF-8, with quotes, backslashes and control
 * characters escaped.
 */
void appendQuoted(QByteArray &out, QStringView text);
/** @p text as a quoted JSON string (see appendQuoted()). */
QByteArray quoted(QStringView text);
/** A JSON array of already written values. */
QByteArray array(const QList<QByteArray> &values);

} // namespace JsonText
