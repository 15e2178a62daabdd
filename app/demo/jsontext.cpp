#include "demo/jsontext.h"

JsonObjectText &JsonObjectText::add(QByteArrayView key, QStringView value)
{
    return addRaw(key, JsonText::quoted(value));
}

JsonObjectText &JsonObjectText::add(QByteArrayView key, bool value)
{
    return addRaw(key, value ? QByteArrayView("true") : QByteArrayView("false"));
}

JsonObjectText &JsonObjectText::addRaw(QByteArrayView key, QByteArrayView json)
{
    appendKey(key);
    m_members.append(json);
    return *this;
}

QByteArray JsonObjectText::toJson() const
{
    return '{' + m_members + '}';
}

void JsonObjectText::appendKey(QByteArrayView key)
{
    if (!m_members.isEmpty())
        m_members.append(',');
    // Keys are the API's ASCII field names, so they need no escaping.
    m_members.append('"').append(key).append("\":");
}

namespace JsonText {

QByteArray quoted(QStringView text)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    QByteArray json;
    json.reserve(utf8.size() + 2);
    json.append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            json.append('\\').append(c);
        } else if (byte < 0x20) {
            json.append("\\u00").append(hexDigits[byte >> 4]).append(hexDigits[byte & 0xf]);
        } else {
            json.append(c);
        }
    }
    json.append('"');
    return json;
}

QByteArray array(const QList<QByteArray> &values)
{
    qsizetype size = 2 + values.size();
    for (const QByteArray &value : values)
        size += value.size();
    QByteArray json;
    json.reserve(size);
    json.append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            json.append(',');
        json.append(values.at(i));
    }
    json.append(']');
    return json;
}

} // namespace JsonText
