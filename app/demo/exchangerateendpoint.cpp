#include "demo/exchangerateendpoint.h"

#include "demo/jsontext.h"
#include "demo/okxfailure.h"
#include "demo/okxreplies.h"

QString ExchangeRateEndpoint::demoUsdCny()
{
    return QStringLiteral("7.1543");
}

HttpReply ExchangeRateEndpoint::answer(const QByteArray &method, const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    if (method != "GET")
        return OkxReplies::failure(OkxFailure::methodNotAllowed());
    for (const auto &[name, value] : headers) {
        Q_UNUSED(value);
        if (name.toUpper().startsWith("OK-ACCESS-"))
            return OkxReplies::failure(OkxFailure::credentialsOnPublicEndpoint());
    }
    return OkxReplies::success(JsonText::array({JsonObjectText().add("usdCny", m_usdCny).toJson()}));
}

QByteArray ExchangeRateEndpoint::wrongTypesBody()
{
    // The rate as a JSON number: a double would round it, so a strict client refuses it.
    return OkxReplies::success(JsonText::array({JsonObjectText().addRaw("usdCny", "7.1543").toJson()})).body;
}
