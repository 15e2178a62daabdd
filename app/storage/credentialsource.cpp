#include "storage/credentialsource.h"

#include <array>

namespace {

struct Field
{
    const char *variable;
    QString Credentials::*member;
};

const std::array<Field, 4> &fields()
{
    static const std::array<Field, 4> table{{
        {"OKX_API_KEY", &Credentials::apiKey},
        {"OKX_SECRET_KEY", &Credentials::secretKey},
        {"OKX_API_PASSPHRASE", &Credentials::passphrase},
        {"OKX_PROJECT_ID", &Credentials::projectId},
    }};
    return table;
}

} // namespace

QStringList CredentialSource::environmentVariables()
{
    QStringList names;
    for (const Field &field : fields())
        names.append(QString::fromLatin1(field.variable));
    return names;
}

Credentials CredentialSource::resolve(const Credentials &stored, const QProcessEnvironment &environment)
{
    Credentials resolved = stored;
    for (const Field &field : fields()) {
        const QString value = environment.value(QString::fromLatin1(field.variable));
        if (!value.isEmpty())
            resolved.*field.member = value;
    }
    return resolved;
}

QStringList CredentialSource::overriddenBy(const QProcessEnvironment &environment)
{
    QStringList names;
    for (const Field &field : fields()) {
        const QString name = QString::fromLatin1(field.variable);
        if (!environment.value(name).isEmpty())
            names.append(name);
    }
    return names;
}
