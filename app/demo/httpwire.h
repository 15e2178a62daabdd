#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

class QTcpSocket;

/** One HTTP answer of the demo server, before it is written to the wire. */
struct HttpReply
{
    int status = 200;
    QByteArray body;
    /** Headers besides Content-Type, Content-Length and Connection. */
    QList<QPair<QByteArray, QByteArray>> headers;
};

/**
 * Writes raw HTTP/1.1 responses. The demo server writes its answers itself rather than through
 * QHttpServerResponder, because its faults need what a responder cannot do: any status, a
 * Content-Length that the body does not honour, and closing the connection mid-body.
 */
namespace HttpWire {

/** The status line and headers of @p reply announcing @p contentLength body bytes. */
QByteArray head(const HttpReply &reply, qint64 contentLength, bool closeConnection);

/** Writes @p reply whole; with @p closeConnection, closes the connection once it is sent. */
void send(QTcpSocket *socket, const HttpReply &reply, bool closeConnection);

/** Writes the head of @p reply and only the first @p bodyBytes of its body, then closes the connection. */
void sendCut(QTcpSocket *socket, const HttpReply &reply, qint64 bodyBytes);

/** The reason phrase of @p status ("Too Many Requests"). */
QByteArray reasonPhrase(int status);

} // namespace HttpWire
