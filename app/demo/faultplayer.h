#pragma once

#include "api/apifamily.h"
#include "demo/demofault.h"
#include "demo/httpwire.h"

class QTcpSocket;

/**
 * Plays injected faults on the wire. Every fault ends with the connection closed, so a client
 * never reuses a connection whose state a fault has left undefined.
 */
namespace FaultPlayer {

/** Smallest body that a client must refuse as oversized (the API reference's 32 MB limit). */
constexpr qint64 OversizedBodyBytes = 32LL * 1024 * 1024 + 1;

/** Plays @p fault on @p socket for a request to @p endpoint whose normal answer is @p normal. */
void play(const DemoFault &fault, const HttpReply &normal, Endpoint endpoint, ApiFamily family, QTcpSocket *socket);

/** A valid reply to @p endpoint in which a few fields have the wrong JSON type (numbers for decimal strings …). */
QByteArray wrongTypesBody(Endpoint endpoint, ApiFamily family);
/** A valid token-list reply of more than OversizedBodyBytes bytes. */
QByteArray hugeBody(ApiFamily family);

} // namespace FaultPlayer
