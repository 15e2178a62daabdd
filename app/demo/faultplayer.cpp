#include "demo/faultplayer.h"

#include "demo/jsontext.h"
#include "demo/okxreplies.h"

#include <QTcpSocket>
#include <QTimer>

namespace FaultPlayer {

namespace {

int statusOr(const DemoFault &fault, int defaultStatus)
{
    return fault.httpStatus > 0 ? fault.httpStatus : defaultStatus;
}

HttpReply okBody(QByteArray body)
{
    HttpReply reply;
    reply.body = std::move(body);
    return reply;
}

HttpReply rateLimitReply(const DemoFault &fault)
{
    HttpReply reply = OkxReplies::failure(OkxFailure::rateLimited(statusOr(fault, 429)));
    if (fault.retryAfterSeconds >= 0)
        reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds)});
    return reply;
}

HttpReply customErrorReply(const DemoFault &fault)
{
    return OkxReplies::failure(OkxFailure{statusOr(fault, 200), fault.okxCode, fault.okxMessage});
}

QByteArray envelope(const QByteArray &dataArray)
{
    return OkxReplies::success(dataArray).body;
}

} // namespace

void play(const DemoFault &fault, const HttpReply &normal, const std::function<QByteArray()> &wrongTypesBody,
          QTcpSocket *socket)
{
    switch (fault.kind) {
    case DemoFault::Kind::HttpRateLimit: HttpWire::send(socket, rateLimitReply(fault), true); return;
    case DemoFault::Kind::OkxRateLimit:
        HttpWire::send(socket, OkxReplies::failure(OkxFailure::rateLimited(statusOr(fault, 200))), true);
        return;
    case DemoFault::Kind::ServerError:
        HttpWire::send(socket, OkxReplies::failure(OkxFailure::systemError(statusOr(fault, 500))), true);
        return;
    case DemoFault::Kind::OkxError: HttpWire::send(socket, customErrorReply(fault), true); return;
    case DemoFault::Kind::Delay: {
        // The socket is the timer's context: if the client gives up and the socket goes away,
        // the answer is simply dropped.
        QTimer::singleShot(fault.delayMs, socket, [socket, normal] {
            if (socket->state() == QAbstractSocket::ConnectedState)
                HttpWire::send(socket, normal, true);
        });
        return;
    }
    case DemoFault::Kind::MalformedJson:
        // What a misconfigured proxy in front of the API might send.
        HttpWire::send(socket, okBody("<html><body><h1>502 Bad Gateway</h1></body></html>"), true);
        return;
    case DemoFault::Kind::TruncatedJson: {
        HttpReply cut = normal;
        cut.status = statusOr(fault, 200);
        cut.body.truncate(normal.body.size() / 2);
        HttpWire::send(socket, cut, true);
        return;
    }
    case DemoFault::Kind::WrongTypes: HttpWire::send(socket, okBody(wrongTypesBody()), true); return;
    case DemoFault::Kind::HugeBody: HttpWire::send(socket, okBody(hugeBody()), true); return;
    case DemoFault::Kind::CloseMidBody: HttpWire::sendCut(socket, normal, normal.body.size() / 2); return;
    }
}

QByteArray wrongTypesBody(Endpoint endpoint, ApiFamily family)
{
    switch (endpoint) {
    case Endpoint::SupportedChains:
        return envelope(JsonText::array({JsonObjectText()
                                             .add("name", QStringLiteral("Ethereum"))
                                             .add("logoUrl", QString())
                                             .add("shortName", QStringLiteral("ETH"))
                                             .addRaw("chainIndex", "1")
                                             .toJson()}));
    case Endpoint::TotalValue:
        return envelope(JsonText::array({JsonObjectText().addRaw("totalValue", "1172.895057177065864522").toJson()}));
    case Endpoint::AllTokenBalances:
    case Endpoint::TokenBalances: break;
    }
    // Decimal strings sent as JSON numbers and the Boolean as a string: the mistakes a lax parser lets through.
    const QByteArray asset = JsonObjectText()
                                 .addRaw("chainIndex", "1")
                                 .add(ApiFamilies::tokenAddressField(family).toLatin1(), QString())
                                 .add("symbol", QStringLiteral("ETH"))
                                 .addRaw("balance", "8.135546539084933")
                                 .addRaw("tokenPrice", "3638.63")
                                 .add("isRiskToken", QStringLiteral("false"))
                                 .add("rawBalance", QString())
                                 .add("address", QStringLiteral("0xed0c6079229e2d407672a117c22b62064f4a4312"))
                                 .toJson();
    return envelope(JsonText::array({JsonObjectText().addRaw("tokenAssets", JsonText::array({asset})).toJson()}));
}

QByteArray hugeBody()
{
    constexpr ApiFamily family = ApiFamily::DexV5;
    TokenAsset asset;
    asset.chainIndex = QStringLiteral("1");
    asset.tokenContractAddress = QStringLiteral("0x6b175474e89094c44da98b954eedeac495271d0f");
    asset.symbol = QStringLiteral("DAI");
    asset.balanceText = QStringLiteral("1196.2693184870445");
    asset.tokenPriceText = QStringLiteral("1.0002");
    asset.address = QStringLiteral("0xed0c6079229e2d407672a117c22b62064f4a4312");
    const QByteArray row = OkxReplies::tokenAssetObject(asset, family);

    QByteArray rows;
    rows.reserve(OversizedBodyBytes + row.size() + 1);
    while (rows.size() < OversizedBodyBytes) {
        if (!rows.isEmpty())
            rows.append(',');
        rows.append(row);
    }
    return envelope('[' + JsonObjectText().addRaw("tokenAssets", '[' + rows + ']').toJson() + ']');
}

} // namespace FaultPlayer
