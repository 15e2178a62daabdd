#include "clientconfigs.h"

#include "demo/localokxserver.h"

ClientConfig fastDemoClientConfig(const QUrl &baseUrl)
{
    ClientConfig config;
    config.baseUrl = baseUrl;
    // The demo server serves the USD/CNY rate too: a test never reaches OKX's exchange site.
    config.exchangeRateUrl = baseUrl;
    config.credentials = LocalOkxServer::demoCredentials();
    config.requestsPerSecond = 0;
    config.timeoutMs = 2000;
    config.maxAttempts = 3;
    config.backoffBaseMs = 10;
    config.backoffCapMs = 2000;
    return config;
}
