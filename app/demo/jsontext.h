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

    QByteArray m_members;
};

namespace JsonText {

/** @p text as a quoted JSON string, UTF-8, with quotes, backslashes and control characters escaped. */
QByteArray quoted(QStringView text);
/** A JSON array of already written values. */
QByteArray array(const QList<QByteArray> &values);

} // namespace JsonText
