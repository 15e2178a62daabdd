#include "api/exchangerateparser.h"

#include "api/balanceparser.h"
#include "api/translatabletext.h"

namespace ExchangeRateParser {

ApiError parse(int httpStatus, const QByteArray &body, const QDateTime &time, std::optional<UsdCnyRate> *rate)
{
    rate->reset();
    const ApiResult<QString> text = BalanceParser::parseEntryText(httpStatus, body, "usdCny");
    if (!text.ok())
        return text.error;
    QString reason;
    *rate = UsdCnyRate::fromText(text.value, time, &reason);
    if (!*rate) {
        // The reason comes translated from UsdCnyRate; the sentence around it is translated when shown.
        //: %1 says why the rate is refused
        return ApiError::malformed(TranslatableText("ExchangeRateParser", QT_TRANSLATE_NOOP("ExchangeRateParser", "data[0].usdCny: %1"),
                                                    {TranslatableText::verbatim(reason)}));
    }
    return {};
}

} // namespace ExchangeRateParser
