#include "demo/httpwire.h"

#include <QTcpSocket>

namespace HttpWire {

QByteArray head(const HttpReply &reply, qint64 contentLength, bool closeConnection)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    text += "Content-Type: application/json; charset=utf-8\r\n";
    text += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    text += closeConnection ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    for (const auto &[name, value] : reply.headers)
        text += name + ": " + value + "\r\n";
    text += "\r\n";
    return text;
}

void send(QTcpSocket *socket, const HttpReply &reply, bool closeConnection)
{
    socket->write(head(reply, reply.body.size(), closeConnection));
    socket->write(reply.body);
    // disconnectFromHost() waits until the buffered bytes are written before it closes.
    if (closeConnection)
        socket->disconnectFromHost();
}

void sendCut(QTcpSocket *socket, const HttpReply &reply, qint64 bodyBytes)
{
    socket->write(head(reply, reply.body.size(), true));
    socket->write(reply.body.left(bodyBytes));
    socket->disconnectFromHost();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: break;
    }
    // RFC 9112 allows any reason phrase; clients read the code.
    return status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "Status";
}

} // namespace HttpWire
