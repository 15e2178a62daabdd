#pragma once

#include "api/credentials.h"

#include <QProcessEnvironment>
#include <QStringList>

/**
 * Where the credentials a client uses come from: the stored ones (SecretStore for the three
 * secrets, AppSettings for the project id), each field overridden by its environment variable
 * when that is set and not empty. The passphrase is also read from OKX_PASSPHRASE, the name OKX's
 * own tools use; OKX_API_PASSPHRASE wins when both are set. The command line and the window resolve
 * them the same way.
 */
namespace CredentialSource {

/** OKX_API_KEY, OKX_SECRET_KEY, OKX_API_PASSPHRASE, OKX_PROJECT_ID. */
QStringList environmentVariables();

/** @p stored with every field whose variable is set in @p environment replaced by its value. */
Credentials resolve(const Credentials &stored,
                    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

/** The variables (OKX_PASSPHRASE included) whose values resolve() takes from @p environment, in order. */
QStringList overriddenBy(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace CredentialSource
