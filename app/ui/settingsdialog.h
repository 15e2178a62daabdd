#pragma once

#include "money/fiatcurrency.h"

#include "api/clientconfig.h"
#include "money/decimal.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class AppSettings;
class BalanceClient;
class ChainsReply;
class FamilyProbe;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SecretStore;

/**
 * The connection settings: API key, secret key and passphrase (kept by SecretStore, shown as
 * password fields), project id, base URL, API path family, requests per second, timeout and the
 * auto-refresh interval (kept by AppSettings); the colour scheme; and watching in the background:
 * what closing the window does while auto-refresh is on, and when to notify (NotificationRules).
 *
 * "Test connection" asks the supported-chain endpoint with the values as entered (environment
 * variables still override them, as they will in use) and shows the answer in the dialog; when the
 * chosen API family answers HTTP 404, it asks the other families and says which one answers.
 * Changing any value the test went by puts the neutral hint back in place of the answer. Where no
 * keychain answers, the dialog says the secrets last only for this session and offers, after an
 * explicit warning, to keep them in a file only the user can read.
 *
 * Accepting writes the settings and starts saving the secrets (SecretStore::saved() follows).
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /** @p settings and @p secrets must outlive the dialog. */
    SettingsDialog(AppSettings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /** The client configuration the fields describe (credentials as resolved with the environment). */
    ClientConfig enteredConfig() const;
    /** Shows @p currency as the currency values are in (the window's, chosen or by language). */
    void setCurrency(FiatCurrency currency);
    /** The currency chosen in the dialog. */
    FiatCurrency chosenCurrency() const;

public slots:
    /** Asks the supported-chain endpoint; the result appears in the dialog and in connectionTested(). */
    void testConnection();
    void accept() override;

signals:
    /** A connection test ended; @p message is what the dialog shows. */
    void connectionTested(bool ok, const QString &message);

private:
    void buildUi();
    /** The group of watching in the background (close to tray, notifications). */
    QWidget *buildWatchGroup();
    /** The threshold as entered, when it is a non-negative decimal. */
    std::optional<Decimal> enteredThreshold() const;
    void loadValues();
    void updateStorageNotice();
    void ownerOnlyFileToggled(bool checked);
    void revalidate();
    /** After the chosen family of @p config answered 404: asks the others and shows which answers. */
    void findAnsweringFamily(const ClientConfig &config);
    /** Stops the test in flight, if any, without a result. */
    void stopTest();
    /** Stops any test and shows the hint instead of its result. */
    void forgetTestResult();
    void showTestResult(bool ok, const QString &message);

    AppSettings &m_settings;
    SecretStore &m_secrets;
    BalanceClient *m_client = nullptr;
    QPointer<ChainsReply> m_testReply;
    QPointer<FamilyProbe> m_probe;

    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_secretKey = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_projectId = nullptr;
    QLabel *m_environmentNotice = nullptr;
    QLabel *m_storageNotice = nullptr;
    QCheckBox *m_ownerOnlyFile = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_baseUrlProblem = nullptr;
    QComboBox *m_family = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_autoRefresh = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_colorScheme = nullptr;
    QLineEdit *m_rateUrl = nullptr;
    QLabel *m_rateUrlProblem = nullptr;
    QComboBox *m_closeChoice = nullptr;
    QLineEdit *m_threshold = nullptr;
    QComboBox *m_thresholdUnit = nullptr;
    QCheckBox *m_newTokens = nullptr;
    QSpinBox *m_failureMinutes = nullptr;
    QLabel *m_noTrayNotice = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
