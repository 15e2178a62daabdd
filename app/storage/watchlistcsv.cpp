#include "storage/watchlistcsv.h"

#include "export/csvreader.h"
#include "export/csvwriter.h"
#include "export/formulaguard.h"

#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace {

constexpr QChar ChainSeparator = u';';

AddressBatch::Line refused(int number, const QString &reason)
{
    return {number, {}, AddressBatch::Line::Verdict::Refused, reason};
}

} // namespace

QStringList WatchListCsv::header()
{
    // A machine schema: fixed and English whatever the UI language, hence no tr().
    return {QStringLiteral("address"), QStringLiteral("chains"), QStringLiteral("label")};
}

bool WatchListCsv::write(QIODevice *device, const QList<WatchedAddress> &entries, QString *error)
{
    CsvWriter csv(device);
    for (const QString &title : header())
        csv.addText(title);
    csv.endRow();
    for (const WatchedAddress &entry : entries) {
        csv.addText(entry.address);
        csv.addText(entry.chainIndexes.join(ChainSeparator));
        csv.addText(entry.label);
        csv.endRow();
    }
    if (csv.flush())
        return true;
    if (error)
        *error = csv.errorString();
    return false;
}

QList<AddressBatch::Line> WatchListCsv::read(QByteArrayView bytes)
{
    if (bytes.size() > MaxFileBytes) {
        //: %L1 is a size in MiB
        return {refused(1, tr("the file is larger than %L1 MiB, far more than a watch list takes").arg(MaxFileBytes / (1024 * 1024)))};
    }
    // The decoder drops a UTF-8 byte-order mark, which spreadsheets write.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {refused(1, tr("the file is not UTF-8 text"))};

    // Room for the formula guard's mark: a label of the longest length, guarded, reads back.
    CsvReader reader(text, MaxFieldLength + 1);
    QStringList fields;
    if (!reader.next(&fields) || fields != header()) {
        if (!reader.error().isEmpty())
            return {refused(reader.line(), reader.error())};
        //: Keep the header as it is: it is the file's machine-readable first line
        return {refused(std::max(reader.line(), 1), tr("the first line must be the header address,chains,label"))};
    }

    QList<AddressBatch::Line> lines;
    while (reader.next(&fields)) {
        if (lines.size() == AddressBatch::MaxLines) {
            //: %1 is the most addresses read from one file
            lines.append(refused(reader.line(), tr("more than %1 addresses in one file").arg(AddressBatch::MaxLines)));
            return lines;
        }
        if (fields.size() != 3) {
            //: %1 is the number of fields on the line
            lines.append(refused(reader.line(), tr("expected 3 fields (address,chains,label), found %1").arg(fields.size())));
            return lines;
        }
        WatchedAddress entry;
        entry.address = FormulaGuard::unguarded(fields.at(0));
        const QString chains = FormulaGuard::unguarded(fields.at(1));
        if (!chains.isEmpty())
            entry.chainIndexes = chains.split(ChainSeparator);
        entry.label = FormulaGuard::unguarded(fields.at(2));
        if (entry.label.size() > MaxFieldLength) {
            //: %1 is a number of characters
            lines.append(refused(reader.line(), tr("the label is longer than %1 characters").arg(MaxFieldLength)));
            return lines;
        }
        lines.append({reader.line(), std::move(entry), AddressBatch::Line::Verdict::Add, QString()});
    }
    if (!reader.error().isEmpty())
        lines.append(refused(reader.line(), reader.error()));
    return lines;
}

std::optional<QList<AddressBatch::Line>> WatchListCsv::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is the file, %2 the system's reason
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // One byte more than allowed is enough to know the file is too large, whatever its size says
    // (a FIFO or /dev/stdin has none).
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return read(bytes);
}
