// libFuzzer harness: the USD/CNY rate's readers, ExchangeRateParser (OKX's exchange-rate reply) and
// ExchangeRateCache::load (the saved rate).
//
// Each input is read as a reply body, through both of the parser's paths (in place and copied), and
// as the rate file, in a fresh folder. Beyond "no crash, no UB, no leak": the paths agree, a rate is
// only ever accepted from a 2xx reply, and an accepted rate is positive, within UsdCnyRate's limits
// and true to its text. A file that does not load is reported and left byte-identical, and nothing is
// saved over it; one that loads stores and loads back unchanged.

#include "api/balanceparser.h"
#include "api/exchangerateparser.h"
#include "storage/exchangeratecache.h"
#include "fuzzsupport.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

const QDateTime FetchedAt = QDateTime::fromMSecsSinceEpoch(1715493600123, Qt::UTC);

QString describe(const ApiError &error)
{
    return error.isError() ? error.message() : QStringLiteral("ok");
}

/** A copy of @p body whose capacity leaves the parser room to read it in place. */
QByteArray padded(const QByteArray &body)
{
    QByteArray copy;
    copy.reserve(body.size() + BalanceParser::ReadPadding);
    copy.append(body);
    return copy;
}

/** An accepted rate: positive, within the rule's limits, and the rule reads its text back the same. */
void checkRate(const UsdCnyRate &rate)
{
    OKX_FUZZ_CHECK(rate.value().sign() > 0, rate.text());
    OKX_FUZZ_CHECK(rate.text().size() <= UsdCnyRate::MaxTextLength, rate.text());
    const std::optional<UsdCnyRate> again = UsdCnyRate::fromText(rate.text(), rate.time());
    OKX_FUZZ_CHECK(again && *again == rate, rate.text());
}

void checkReply(const QByteArray &tight)
{
    const QByteArray roomy = padded(tight);
    for (int status : {200, 400, 429, 500, 503}) {
        std::optional<UsdCnyRate> rate;
        std::optional<UsdCnyRate> rateInPlace;
        const ApiError error = ExchangeRateParser::parse(status, tight, FetchedAt, &rate);
        const ApiError errorInPlace = ExchangeRateParser::parse(status, roomy, FetchedAt, &rateInPlace);
        OKX_FUZZ_CHECK(describe(error) == describe(errorInPlace), describe(error) + QStringLiteral(" / ") + describe(errorInPlace));
        OKX_FUZZ_CHECK(rate.has_value() == !error.isError() && rate == rateInPlace, describe(error));
        if (!rate)
            continue;
        OKX_FUZZ_CHECK(status == 200, QString::number(status));
        OKX_FUZZ_CHECK(rate->time() == FetchedAt, rate->text());
        checkRate(*rate);
    }
}

void checkCacheFile(const uint8_t *data, size_t size)
{
    QTemporaryDir folder;
    OKX_FUZZ_CHECK(folder.isValid(), folder.errorString());
    const ExchangeRateCache cache(folder.path());
    FuzzSupport::writeInput(cache.filePath(), data, size);

    QString notice;
    const std::optional<UsdCnyRate> rate = cache.load(&notice);
    if (!rate) {
        OKX_FUZZ_CHECK(!notice.isEmpty(), QStringLiteral("refused without a notice"));
        QString error;
        const std::optional<UsdCnyRate> good = UsdCnyRate::fromText(u"7.1543", FetchedAt);
        OKX_FUZZ_CHECK(!cache.store(*good, &error), QStringLiteral("saved over an unusable file"));
        QFile file(cache.filePath());
        OKX_FUZZ_CHECK(file.open(QIODevice::ReadOnly) && file.readAll() == FuzzSupport::bytes(data, size),
                       QStringLiteral("an unusable file was changed"));
        return;
    }
    OKX_FUZZ_CHECK(notice.isEmpty(), notice);
    checkRate(*rate);
    QString error;
    OKX_FUZZ_CHECK(cache.store(*rate, &error), error);
    const std::optional<UsdCnyRate> again = cache.load(&notice);
    OKX_FUZZ_CHECK(again && *again == *rate, notice);
}

} // namespace

OKX_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkReply(FuzzSupport::bytes(data, size));
    checkCacheFile(data, size);
    return 0;
}
