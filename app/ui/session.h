#pragma once

#include "api/clientconfig.h"
#include "storage/watchedaddress.h"

#include <QList>

class NotificationSink;
class SecretStore;
class VerdictStore;
class WatchList;

/**
 * What one run of the window talks to: the client configuration (secrets included: never logged or
 * saved from here), whether that is the built-in demo server, the addresses to show, and the
 * stores the window shares with the rest of the app (not owned; null when there are none).
 */
struct Session
{
    /** What the window talks to now: the demo server's configuration in demo mode, else ownConfig. */
    ClientConfig config;
    /**
     * The user's own configuration, credentials possibly incomplete: what the window talks to once
     * demo mode ends (the user's first address, or real credentials). Outside demo mode the window
     * takes config as it.
     */
    ClientConfig ownConfig;
    /**
     * The built-in demo server is the host, for the demo portfolios only: the user's own addresses
     * are never fetched from it.
     */
    bool demo = false;
    /** Shown for this session only (--address), besides the watch list. */
    QList<WatchedAddress> addresses;
    /** Shown only while in demo mode (the demo server's portfolios); labels untranslated (DemoData). */
    QList<WatchedAddress> demoAddresses;
    /** The user's watch list; null shows only the addresses above. Must outlive the window. */
    WatchList *watchList = nullptr;
    /** The user's token verdicts (spam, trusted); null offers none. Must outlive the window. */
    VerdictStore *verdicts = nullptr;
    /** The keychain store the Settings dialog edits; null makes the window create its own. */
    SecretStore *secrets = nullptr;
    /**
     * Where watch notifications go in place of the system tray (tests, where there is no tray); the
     * window then keeps watching when closed, as with a tray. Null: the tray's icon where there is
     * one, else no notifications. Must outlive the window.
     */
    NotificationSink *notifications = nullptr;
};
