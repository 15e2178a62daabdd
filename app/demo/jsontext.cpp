#include "demo/jsontext.h"

namespace {

/** Appends a UTF-8 text that may hold characters JSON must escape. */
void appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hexDigits[] = "0123456789abcdef";
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\')
            out.append('\\').append(c);
        else if (byte < 0x20)
            out.append("\\u00").append(hexDigits[byte >> 4]).append(hexDigits[byte & 0xf]);
        else
            out.append(c);
    }
}

} // namespace

JsonObjectText &JsonObjectText::add(QByteArrayView key, QStringView value)
{
    appendKey(key);
    JsonText::appendQuoted(m_text, value);
    return *this;
}

JsonObjectText &JsonObjectText::add(QByteArrayView key, bool value)
{
    return addRaw(key, value ? QByteArrayView("true") : QByteArrayView("false"));
}

JsonObjectText &JsonObjectText::addRaw(QByteArrayView key, QByteArrayView json)
{
    appendKey(key);
    m_text.append(json);
    return *this;
}

QByteArray JsonObjectText::toJson() const
{
    return m_text + '}';
}

void JsonObjectText::appendKey(QByteArrayView key)
{
    if (m_text.size() > 1)
        m_text.append(',');
    // Keys are the API's ASCII field names, so they need no escaping.
    m_text.append('"').append(key).append("\":");
}

namespace JsonText {

void appendQuoted(QByteArray &out, QStringView text)
{
    // The API's strings are nearly always printable ASCII: those are copied byte for byte into
    // room reserved once; anything else goes through UTF-8 conversion and escaping.
    const qsizetype start = out.size();
    out.resize(start + text.size() + 2);
    char *cursor = out.data() + start;
    *cursor++ = '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\') {
            out.truncate(start + 1);
            appendEscaped(out, text.toUtf8());
            out.append('"');
            return;
        }
        *cursor++ = char(u);
    }
    *cursor = '"';
}

QByteArray quoted(QStringView text)
{
    QByteArray json;
    appendQuoted(json, text);
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
