#include "storage/credentialsource.h"

#include <QTest>

/** Which environment variables override the stored credentials, and in which order they win. */
class tst_CredentialSource final : public QObject
{
    Q_OBJECT

private slots:
    void storedValuesStandWithoutVariables();
    void variablesOverrideStoredValues();
    void okxsOwnPassphraseNameIsRead();
    void theAppsPassphraseNameWinsOverOkxs();
};

namespace {

Credentials stored()
{
    Credentials credentials;
    credentials.apiKey = QStringLiteral("stored-key");
    credentials.secretKey = QStringLiteral("stored-secret");
    credentials.passphrase = QStringLiteral("stored-passphrase");
    return credentials;
}

} // namespace

void tst_CredentialSource::storedValuesStandWithoutVariables()
{
    QProcessEnvironment environment;
    // Set but empty is not set.
    environment.insert(QStringLiteral("OKX_API_KEY"), QString());
    QCOMPARE(CredentialSource::resolve(stored(), environment), stored());
    QVERIFY(CredentialSource::overriddenBy(environment).isEmpty());
}

void tst_CredentialSource::variablesOverrideStoredValues()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OKX_API_KEY"), QStringLiteral("env-key"));
    environment.insert(QStringLiteral("OKX_API_PASSPHRASE"), QStringLiteral("env-passphrase"));
    const Credentials resolved = CredentialSource::resolve(stored(), environment);
    QCOMPARE(resolved.apiKey, QStringLiteral("env-key"));
    QCOMPARE(resolved.secretKey, QStringLiteral("stored-secret"));
    QCOMPARE(resolved.passphrase, QStringLiteral("env-passphrase"));
    QCOMPARE(CredentialSource::overriddenBy(environment), (QStringList{"OKX_API_KEY", "OKX_API_PASSPHRASE"}));
}

void tst_CredentialSource::okxsOwnPassphraseNameIsRead()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OKX_PASSPHRASE"), QStringLiteral("okx-passphrase"));
    QCOMPARE(CredentialSource::resolve(stored(), environment).passphrase, QStringLiteral("okx-passphrase"));
    QCOMPARE(CredentialSource::overriddenBy(environment), QStringList{"OKX_PASSPHRASE"});
}

void tst_CredentialSource::theAppsPassphraseNameWinsOverOkxs()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("OKX_PASSPHRASE"), QStringLiteral("okx-passphrase"));
    environment.insert(QStringLiteral("OKX_API_PASSPHRASE"), QStringLiteral("app-passphrase"));
    QCOMPARE(CredentialSource::resolve(stored(), environment).passphrase, QStringLiteral("app-passphrase"));
    QCOMPARE(CredentialSource::overriddenBy(environment), QStringList{"OKX_API_PASSPHRASE"});
}

QTEST_GUILESS_MAIN(tst_CredentialSource)
#include "tst_credentialsource.moc"
