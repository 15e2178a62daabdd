#include "api/familyprobe.h"

#include "api/balanceclient.h"

namespace {

constexpr int NotFound = 404;

/** Whether the path of a supported-chain call that ended with @p error exists on the server. */
bool pathExists(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return true;
    case ApiError::Kind::Http:
    case ApiError::Kind::Okx:
    case ApiError::Kind::RateLimit:
        // The server answered there, be it with a refusal of the credentials.
        return !FamilyProbe::isMissingPath(error);
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Config:
        return false;
    }
    return false;
}

} // namespace

FamilyProbe::FamilyProbe(const ClientConfig &config, QObject *parent)
    : QObject(parent), m_client(new BalanceClient(this)), m_config(config)
{
    // A missing path is no passing failure: one try tells. And each family is asked at its own paths.
    m_config.maxAttempts = 1;
    m_config.pathOverrides.clear();
    for (ApiFamily family : {ApiFamily::DexV6, ApiFamily::DexV5, ApiFamily::WalletV5}) {
        if (family != config.family)
            m_untried.append(family);
    }
}

bool FamilyProbe::isMissingPath(const ApiError &error)
{
    return error.httpStatus() == NotFound;
}

void FamilyProbe::start()
{
    askNext();
}

void FamilyProbe::askNext()
{
    if (m_untried.isEmpty()) {
        emit finished();
        return;
    }
    ClientConfig config = m_config;
    config.family = m_untried.takeFirst();
    m_client->setConfig(config);
    ChainsReply *reply = m_client->fetchSupportedChains();
    connect(reply, &BalanceReply::finished, this, [this, reply, family = config.family] {
        reply->deleteLater();
        if (pathExists(reply->error())) {
            m_answering = family;
            emit finished();
        } else {
            askNext();
        }
    });
}
