#include "demo/okxfailure.h"

OkxFailure OkxFailure::missingHeader(const QString &code, const QString &header)
{
    return {401, code, QStringLiteral("Request header %1 can not be empty.").arg(header)};
}

OkxFailure OkxFailure::wrongPassphrase()
{
    return {401, QStringLiteral("50105"), QStringLiteral("Request header OK-ACCESS-PASSPHRASE incorrect.")};
}

OkxFailure OkxFailure::invalidKey()
{
    return {401, QStringLiteral("50111"), QStringLiteral("Invalid OK-ACCESS-KEY.")};
}

OkxFailure OkxFailure::invalidTimestamp()
{
    return {401, QStringLiteral("50112"), QStringLiteral("Invalid OK-ACCESS-TIMESTAMP.")};
}

OkxFailure OkxFailure::invalidSignature()
{
    return {401, QStringLiteral("50113"), QStringLiteral("Invalid Sign.")};
}

OkxFailure OkxFailure::invalidProject()
{
    return {401, QStringLiteral("50014"), QStringLiteral("Request header OK-ACCESS-PROJECT is empty or invalid.")};
}

OkxFailure OkxFailure::parameterEmpty(const QString &parameter)
{
    return {400, QStringLiteral("50014"), QStringLiteral("Parameter %1 can not be empty.").arg(parameter)};
}

OkxFailure OkxFailure::parameterError(const QString &parameter)
{
    return {400, QStringLiteral("51000"), QStringLiteral("Parameter %1 error").arg(parameter)};
}

OkxFailure OkxFailure::incorrectBody()
{
    return {200, QStringLiteral("81001"), QStringLiteral("Incorrect parameter: request body missing or not JSON")};
}

OkxFailure OkxFailure::chainNotSupported()
{
    return {200, QStringLiteral("81104"), QStringLiteral("Chain not support")};
}

OkxFailure OkxFailure::addressNotLowerCase()
{
    return {200, QStringLiteral("81106"), QStringLiteral("Address must be lower case")};
}

OkxFailure OkxFailure::rateLimited(int httpStatus)
{
    return {httpStatus, QStringLiteral("50011"), QStringLiteral("Too Many Requests")};
}

OkxFailure OkxFailure::systemError(int httpStatus)
{
    return {httpStatus, QStringLiteral("50026"), QStringLiteral("System error. Try again later.")};
}

OkxFailure OkxFailure::credentialsOnPublicEndpoint()
{
    return {400, QStringLiteral("50000"), QStringLiteral("OK-ACCESS-* headers are not accepted on a public endpoint.")};
}

OkxFailure OkxFailure::notFound()
{
    return {404, QStringLiteral("404"), QStringLiteral("Not Found")};
}

OkxFailure OkxFailure::methodNotAllowed()
{
    return {405, QStringLiteral("405"), QStringLiteral("Method Not Allowed")};
}
