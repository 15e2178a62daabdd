#include "api/okxsigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

QByteArray OkxSigner::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray OkxSigner::prehash(QByteArrayView timestamp, QByteArrayView method, QByteArrayView requestPath,
                              QByteArrayView body)
{
    QByteArray text;
    text.reserve(timestamp.size() + method.size() + requestPath.size() + body.size());
    text.append(timestamp).append(method).append(requestPath).append(body);
    return text;
}

QByteArray OkxSigner::sign(QByteArrayView timestamp, QByteArrayView method, QByteArrayView requestPath,
                           QByteArrayView body, QByteArrayView secretKey)
{
    return QMessageAuthenticationCode::hash(prehash(timestamp, method, requestPath, body), secretKey.toByteArray(),
                                            QCryptographicHash::Sha256)
        .toBase64();
}

OkxSigner::HeaderList OkxSigner::headers(const Credentials &credentials, QByteArrayView timestamp,
                                         QByteArrayView method, QByteArrayView requestPath, QByteArrayView body)
{
    HeaderList list{
        {QByteArrayLiteral("OK-ACCESS-KEY"), credentials.apiKey.toUtf8()},
        {QByteArrayLiteral("OK-ACCESS-SIGN"),
         sign(timestamp, method, requestPath, body, credentials.secretKey.toUtf8())},
        {QByteArrayLiteral("OK-ACCESS-TIMESTAMP"), timestamp.toByteArray()},
        {QByteArrayLiteral("OK-ACCESS-PASSPHRASE"), credentials.passphrase.toUtf8()},
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
    };
    if (!credentials.projectId.isEmpty())
        list.append({QByteArrayLiteral("OK-ACCESS-PROJECT"), credentials.projectId.toUtf8()});
    return list;
}
