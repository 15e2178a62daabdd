#pragma once

#include "api/clientconfig.h"

#include <QUrl>

/**
 * A client configuration for the local demo server (the Balance API and the USD/CNY rate alike)
 * that keeps tests fast: its credentials, no client-side rate limit, 2 s timeouts, 3 attempts with
 * 10 ms…2 s backoff. Tests that need other limits change the fields they care about.
 */
ClientConfig fastDemoClientConfig(const QUrl &baseUrl);
