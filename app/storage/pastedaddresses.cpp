#include "storage/pastedaddresses.h"

#include "api/addressvalidator.h"

#include <algorithm>

namespace {

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool isSeparator(QChar c)
{
    return c == u',' || c == u'\t';
}

} // namespace

QList<AddressBatch::Line> PastedAddresses::read(const QString &text)
{
    QList<AddressBatch::Line> lines;
    int number = 0;
    int read = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        // LF, CRLF or a lone CR: what Unix, Windows and old Mac applications copy.
        const qsizetype end = std::find_if(text.cbegin() + start, text.cend(), isLineEnd) - text.cbegin();
        const QStringView content = QStringView(text).mid(start, end - start);
        start = end + (QStringView(text).mid(end, 2) == QLatin1String("\r\n") ? 2 : 1);
        ++number;
        if (content.trimmed().isEmpty())
            continue;
        if (++read > AddressBatch::MaxLines) {
            //: %1 is the most lines read at once
            lines.append({number, {}, AddressBatch::Line::Verdict::Refused,
                          tr("more than %1 lines: add the rest in another step").arg(AddressBatch::MaxLines)});
            break;
        }
        const qsizetype separator = std::find_if(content.cbegin(), content.cend(), isSeparator) - content.cbegin();
        WatchedAddress entry;
        entry.address = content.left(separator).trimmed().toString();
        entry.label = content.mid(std::min(separator + 1, content.size())).trimmed().toString();
        entry.chainIndexes = AddressValidator::defaultChains(entry.address);
        lines.append({number, std::move(entry), AddressBatch::Line::Verdict::Add, QString()});
    }
    return lines;
}
