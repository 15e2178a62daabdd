#pragma once

#include <QUrl>

/** An http URL on 127.0.0.1 where nothing listens: a port just freed. A connection there is refused at once. */
QUrl closedPortUrl();
