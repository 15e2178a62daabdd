#pragma once

#include "api/apifamily.h"
#include "demo/demofault.h"
#include "demo/httpwire.h"

#include <functional>

class QTcpSocket;

/**
 * Plays injected faults on the wire. Every fault ends with the connection closed, so a client
 * never reuses a connection whose state a fault has left undefined.
 */
namespace FaultPlayer {

/** Smallest body that a client must refuse as oversized (the API reference's 32 MB limit). */
constexpr qint64 OversizedBodyBytes = 32LL * 1024 * 1024 + 1;

/**
 * Plays @p fault on @p socket for a request whose normal answer is @p normal; @p wrongTypesBody makes
 * the endpoint's reply with wrong JSON types, called only for that fault.
 */
void play(const DemoFault &fault, const HttpReply &normal, const std::function<QByteArray()> &wrongTypesBody,
          QTcpSocket *socket);

/** A valid reply to @p endpoint in which a few fields have the wrong JSON type (numbers for decimal strings …). */
QByteArray wrongTypesBody(Endpoint endpoint, ApiFamily family);
/**
 * A valid token-list reply of more than OversizedBodyBytes bytes, sent whatever the endpoint: a client
 * must refuse it for its size before reading a byte of it.
 */
QByteArray hugeBody();

} // namespace FaultPlayer
