#pragma once

#include "api/clientconfig.h"

#include <QList>
#include <QObject>

#include <optional>

class ApiError;
class BalanceClient;

/**
 * Finds the API path family a server answers on, for when the configured one answered HTTP 404
 * (the server has no such paths): asks the supported-chain endpoint in each other family, in the
 * order DEX v6, DEX v5, Wallet v5, and stops at the first whose path exists, whether or not it
 * accepts the credentials there. A family the configuration cannot ask (wallet-v5 without a
 * project id) counts as not answering.
 */
class FamilyProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FamilyProbe)

public:
    /** Probes with @p config (one try per family), leaving out its own family. */
    explicit FamilyProbe(const ClientConfig &config, QObject *parent = nullptr);

    /** Whether @p error says that the server has no such path (HTTP 404). */
    static bool isMissingPath(const ApiError &error);

    /** Asks the families one by one; finished() follows. */
    void start();
    /** The first family that answered, once finished(); nullopt when none did. */
    std::optional<ApiFamily> answeringFamily() const { return m_answering; }

signals:
    void finished();

private:
    void askNext();

    BalanceClient *m_client;
    ClientConfig m_config;
    QList<ApiFamily> m_untried;
    std::optional<ApiFamily> m_answering;
};
