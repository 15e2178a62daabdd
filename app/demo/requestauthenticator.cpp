#include "demo/requestauthenticator.h"

#include "api/okxsigner.h"

#include <QRegularExpression>

namespace {

/** The value of header @p name (HTTP header names are case-insensitive), or empty. */
QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

void RequestAuthenticator::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
}

void RequestAuthenticator::setRequireProject(bool required)
{
    m_requireProject = required;
}

std::optional<OkxFailure> RequestAuthenticator::check(const SignedRequest &request, const QDateTime &now,
                                                      bool familyRequiresProject) const
{
    const QByteArray key = headerValue(request.headers, "OK-ACCESS-KEY");
    const QByteArray passphrase = headerValue(request.headers, "OK-ACCESS-PASSPHRASE");
    const QByteArray signature = headerValue(request.headers, "OK-ACCESS-SIGN");
    const QByteArray timestamp = headerValue(request.headers, "OK-ACCESS-TIMESTAMP");
    const QByteArray project = headerValue(request.headers, "OK-ACCESS-PROJECT");

    if (key.isEmpty())
        return OkxFailure::missingHeader(QStringLiteral("50103"), QStringLiteral("OK-ACCESS-KEY"));
    if (passphrase.isEmpty())
        return OkxFailure::missingHeader(QStringLiteral("50104"), QStringLiteral("OK-ACCESS-PASSPHRASE"));
    if (signature.isEmpty())
        return OkxFailure::missingHeader(QStringLiteral("50106"), QStringLiteral("OK-ACCESS-SIGN"));
    if (timestamp.isEmpty())
        return OkxFailure::missingHeader(QStringLiteral("50107"), QStringLiteral("OK-ACCESS-TIMESTAMP"));
    if (!equalsInConstantTime(key, m_credentials.apiKey.toUtf8()))
        return OkxFailure::invalidKey();
    if (!equalsInConstantTime(passphrase, m_credentials.passphrase.toUtf8()))
        return OkxFailure::wrongPassphrase();

    const QDateTime sentAt = parseTimestamp(timestamp);
    if (!sentAt.isValid() || qAbs(now.msecsTo(sentAt)) > MaxClockSkewMs)
        return OkxFailure::invalidTimestamp();

    if (familyRequiresProject || m_requireProject) {
        const bool projectKnown = m_credentials.projectId.isEmpty()
            ? !project.isEmpty()
            : equalsInConstantTime(project, m_credentials.projectId.toUtf8());
        if (!projectKnown)
            return OkxFailure::invalidProject();
    }

    const QByteArray expected = OkxSigner::sign(timestamp, request.method, request.requestPath, request.body,
                                                m_credentials.secretKey.toUtf8());
    if (!equalsInConstantTime(signature, expected))
        return OkxFailure::invalidSignature();
    return std::nullopt;
}

bool RequestAuthenticator::equalsInConstantTime(QByteArrayView a, QByteArrayView b)
{
    // The lengths are no secret (a Base64 SHA-256 is always 44 bytes); the contents are.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QDateTime RequestAuthenticator::parseTimestamp(const QByteArray &text)
{
    // Stricter than Qt's ISO parser on purpose: OKX wants exactly this shape, so a client that
    // sends seconds only or a "+00:00" offset should find out here rather than in production.
    static const QRegularExpression shape(
        QStringLiteral(R"(^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z$)"));
    const QString string = QString::fromLatin1(text);
    if (!shape.match(string).hasMatch())
        return {};
    return QDateTime::fromString(string, Qt::ISODateWithMs);
}
