#include "storage/credentialsource.h"

#include <array>

namespace {

struct Field
{
    const char *variable;
    QString Credentials::*member;
    /** Another name for the variable, read when it is not set (OKX's own tools use it); or null. */
    const char *alias = nullptr;
};

const std::array<Field, 4> &fields()
{
    static const std::array<Field, 4> table{{
        {"OKX_API_KEY", &Credentials::apiKey},
        {"OKX_SECRET_KEY", &Credentials::secretKey},
        {"OKX_API_PASSPHRASE", &Credentials::passphrase, "OKX_PASSPHRASE"},
        {"OKX_PROJECT_ID", &Credentials::projectId},
    }};
    return table;
}

/** The variable of @p field that @p environment sets (not empty): its own name first; else empty. */
QString setVariable(const Field &field, const QProcessEnvironment &environment)
{
    for (const char *name : {field.variable, field.alias}) {
        if (name && !environment.value(QString::fromLatin1(name)).isEmpty())
            return QString::fromLatin1(name);
    }
    return {};
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
        const QString variable = setVariable(field, environment);
        if (!variable.isEmpty())
            resolved.*field.member = environment.value(variable);
    }
    return resolved;
}

QStringList CredentialSource::overriddenBy(const QProcessEnvironment &environment)
{
    QStringList names;
    for (const Field &field : fields()) {
        const QString variable = setVariable(field, environment);
        if (!variable.isEmpty())
            names.append(variable);
    }
    return names;
}
