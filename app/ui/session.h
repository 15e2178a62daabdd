#pragma once

#include "api/clientconfig.h"
#include "storage/watchedaddress.h"

#include <QList>

/**
 * What one run of the window talks to: the client configuration (secrets included: never logged or
 * saved from here), whether that is the built-in demo server, and the addresses to show at start.
 */
struct Session
{
    ClientConfig config;
    bool demo = false;
    QList<WatchedAddress> addresses;
};
