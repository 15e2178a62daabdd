#include "ui/settingsdialog.h"

#include "api/balanceclient.h"
#include "api/familyprobe.h"
#include "api/ratelimiter.h"
#include "storage/appsettings.h"
#include "storage/credentialsource.h"
#include "storage/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace {

QLineEdit *secretField(QWidget *parent, const char *objectName)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(objectName));
    field->setEchoMode(QLineEdit::Password);
    // Secrets must not travel through the clipboard by accident, nor into input-method history.
    field->setContextMenuPolicy(Qt::NoContextMenu);
    field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    return field;
}

QLabel *noticeLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

bool isLoopback(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

/** The family's name in sentences about it. */
QString familyTitle(ApiFamily family)
{
    switch (family) {
    case ApiFamily::DexV6: return SettingsDialog::tr("DEX API v6");
    case ApiFamily::DexV5: return SettingsDialog::tr("DEX API v5");
    case ApiFamily::WalletV5: return SettingsDialog::tr("Wallet API v5");
    }
    return {};
}

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, SecretStore &secrets, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_secrets(secrets)
{
    buildUi();
    loadValues();
    // The secrets may still be on their way from the keychain: fill the fields the user has not touched.
    connect(&m_secrets, &SecretStore::loaded, this, [this] {
        const Credentials &stored = m_secrets.secrets();
        for (const auto &[field, value] : {std::pair{m_apiKey, stored.apiKey}, std::pair{m_secretKey, stored.secretKey},
                                            std::pair{m_passphrase, stored.passphrase}}) {
            if (!field->isModified())
                field->setText(value);
        }
        updateStorageNotice();
    });
    connect(&m_secrets, &SecretStore::keychainUnavailable, this, &SettingsDialog::updateStorageNotice);
    updateStorageNotice();
    forgetTestResult();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::buildUi()
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_apiKey = secretField(this, "apiKeyEdit");
    m_secretKey = secretField(this, "secretKeyEdit");
    m_passphrase = secretField(this, "passphraseEdit");
    m_projectId = new QLineEdit(this);
    m_projectId->setObjectName(QStringLiteral("projectIdEdit"));
    m_projectId->setPlaceholderText(tr("Optional; the Wallet API needs it"));
    m_environmentNotice = noticeLabel(this, "environmentNotice");
    m_storageNotice = noticeLabel(this, "storageNotice");
    m_ownerOnlyFile = new QCheckBox(this);
    m_ownerOnlyFile->setObjectName(QStringLiteral("ownerOnlyFileCheck"));
    m_ownerOnlyFile->setText(tr("Keep them in a file only I can read"));
    m_ownerOnlyFile->setToolTip(QDir::toNativeSeparators(m_secrets.ownerOnlyFilePath()));

    auto *credentials = new QGroupBox(tr("OKX API key"), this);
    auto *credentialsForm = new QFormLayout(credentials);
    credentialsForm->addRow(tr("API &key:"), m_apiKey);
    credentialsForm->addRow(tr("&Secret key:"), m_secretKey);
    credentialsForm->addRow(tr("Pass&phrase:"), m_passphrase);
    credentialsForm->addRow(tr("P&roject ID:"), m_projectId);
    credentialsForm->addRow(m_environmentNotice);
    credentialsForm->addRow(m_storageNotice);
    credentialsForm->addRow(m_ownerOnlyFile);

    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrlProblem = noticeLabel(this, "baseUrlProblem");
    m_family = new QComboBox(this);
    m_family->setObjectName(QStringLiteral("familyCombo"));
    m_family->addItem(tr("DEX API v6 (default)"), ApiFamilies::name(ApiFamily::DexV6));
    m_family->addItem(tr("DEX API v5 (older)"), ApiFamilies::name(ApiFamily::DexV5));
    m_family->addItem(tr("Wallet API v5 (needs a project ID)"), ApiFamilies::name(ApiFamily::WalletV5));
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("rateSpin"));
    // 0 is "no limit", as on the command line; below it the lowest real limit.
    m_rate->setRange(0, RateLimiter::MaxRequestsPerSecond);
    m_rate->setDecimals(2);
    m_rate->setSingleStep(0.5);
    //: Shown in the rate limit box when it is 0
    m_rate->setSpecialValueText(tr("No limit"));
    //: Unit after the requests-per-second number
    m_rate->setSuffix(tr(" requests/s"));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 300);
    //: Unit after the timeout in seconds
    m_timeout->setSuffix(tr(" s"));
    m_autoRefresh = new QComboBox(this);
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshCombo"));
    for (int minutes : AppSettings::autoRefreshChoices())
        m_autoRefresh->addItem(minutes == 0 ? tr("Off") : tr("Every %n minute(s)", nullptr, minutes), minutes);

    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->addItem(tr("US Dollar (USD)"), FiatCurrencies::code(FiatCurrency::Usd));
    m_currency->addItem(tr("Chinese Yuan (CNY)"), FiatCurrencies::code(FiatCurrency::Cny));
    m_rateUrl = new QLineEdit(this);
    m_rateUrl->setObjectName(QStringLiteral("rateUrlEdit"));
    //: Tooltip of the exchange rate host field.
    m_rateUrl->setToolTip(tr("Where OKX's public USD/CNY rate is asked for; no key is sent there."));
    m_rateUrlProblem = noticeLabel(this, "rateUrlProblem");

    m_colorScheme = new QComboBox(this);
    m_colorScheme->setObjectName(QStringLiteral("colorSchemeCombo"));
    //: Color scheme: follow the desktop's light or dark setting.
    m_colorScheme->addItem(tr("System"), int(AppSettings::ColorScheme::System));
    m_colorScheme->addItem(tr("Light"), int(AppSettings::ColorScheme::Light));
    m_colorScheme->addItem(tr("Dark"), int(AppSettings::ColorScheme::Dark));

    auto *connection = new QGroupBox(tr("Connection"), this);
    auto *connectionForm = new QFormLayout(connection);
    connectionForm->addRow(tr("&Base URL:"), m_baseUrl);
    connectionForm->addRow(QString(), m_baseUrlProblem);
    connectionForm->addRow(tr("API &family:"), m_family);
    connectionForm->addRow(tr("&Rate limit:"), m_rate);
    connectionForm->addRow(tr("&Timeout:"), m_timeout);
    connectionForm->addRow(tr("&Auto-refresh:"), m_autoRefresh);

    // The scheme beside the currency, not in a group of its own: the dialog must fit a 700-pixel-high screen.
    //: Settings: the window's colours, light or dark.
    auto *schemeLabel = new QLabel(tr("Color sch&eme:"), this);
    schemeLabel->setBuddy(m_colorScheme);
    auto *valuesRow = new QHBoxLayout;
    valuesRow->addWidget(m_currency, 1);
    valuesRow->addSpacing(12);
    valuesRow->addWidget(schemeLabel);
    valuesRow->addWidget(m_colorScheme, 1);

    //: Settings: how the window shows things (currency, colours).
    auto *display = new QGroupBox(tr("Display"), this);
    auto *displayForm = new QFormLayout(display);
    //: Settings: the currency every value in the window is shown in.
    auto *valuesLabel = new QLabel(tr("Show &values in:"), this);
    valuesLabel->setBuddy(m_currency);
    displayForm->addRow(valuesLabel, valuesRow);
    //: Settings: the host OKX's USD/CNY exchange rate is fetched from.
    displayForm->addRow(tr("E&xchange rate host:"), m_rateUrl);
    displayForm->addRow(QString(), m_rateUrlProblem);

    m_testButton = new QPushButton(tr("Test &Connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setAutoDefault(false);
    m_testResult = noticeLabel(this, "testResultLabel");
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The groups scroll on a screen too low for them all; Save and Cancel stay in view.
    auto *groups = new QWidget(this);
    auto *groupsLayout = new QVBoxLayout(groups);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->addWidget(credentials);
    groupsLayout->addWidget(connection);
    groupsLayout->addLayout(testRow);
    groupsLayout->addWidget(display);
    groupsLayout->addWidget(buildWatchGroup());
    groupsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidget(groups);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As large as the groups want where the screen allows, so a scroll bar shows only where it must.
    const int scrollBar = scroll->verticalScrollBar()->sizeHint().width();
    scroll->setMinimumWidth(groups->minimumSizeHint().width() + scrollBar);
    const int room = screen()->availableSize().height() - m_buttons->sizeHint().height() - 120;
    scroll->setMinimumHeight(qMax(200, qMin(groups->sizeHint().height(), room)));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    // Every value a connection test goes by; forgetTestResult() also revalidates the base URL.
    for (QLineEdit *field : {m_apiKey, m_secretKey, m_passphrase, m_projectId, m_baseUrl})
        connect(field, &QLineEdit::textChanged, this, &SettingsDialog::forgetTestResult);
    connect(m_rateUrl, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_family, &QComboBox::currentIndexChanged, this, &SettingsDialog::forgetTestResult);
    connect(m_timeout, &QSpinBox::valueChanged, this, &SettingsDialog::forgetTestResult);
    connect(m_ownerOnlyFile, &QCheckBox::toggled, this, &SettingsDialog::ownerOnlyFileToggled);
}

QWidget *SettingsDialog::buildWatchGroup()
{
    m_closeChoice = new QComboBox(this);
    m_closeChoice->setObjectName(QStringLiteral("closeChoiceCombo"));
    m_closeChoice->addItem(tr("Ask"), int(AppSettings::CloseWhileWatching::Ask));
    m_closeChoice->addItem(tr("Keep watching in the tray"), int(AppSettings::CloseWhileWatching::KeepWatching));
    m_closeChoice->addItem(tr("Quit"), int(AppSettings::CloseWhileWatching::Quit));

    m_threshold = new QLineEdit(this);
    m_threshold->setObjectName(QStringLiteral("thresholdEdit"));
    m_thresholdUnit = new QComboBox(this);
    m_thresholdUnit->setObjectName(QStringLiteral("thresholdUnitCombo"));
    //: Value-move notifications: none
    m_thresholdUnit->addItem(tr("Off"), int(NotificationRules::ThresholdUnit::Off));
    //: Unit of the value-move threshold
    m_thresholdUnit->addItem(tr("% of its value"), int(NotificationRules::ThresholdUnit::Percent));
    //: Unit of the value-move threshold
    m_thresholdUnit->addItem(tr("USD"), int(NotificationRules::ThresholdUnit::Usd));
    auto *thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(m_threshold, 1);
    thresholdRow->addWidget(m_thresholdUnit);

    m_newTokens = new QCheckBox(tr("Notify when an address holds a &new token"), this);
    m_newTokens->setObjectName(QStringLiteral("newTokensCheck"));
    m_failureMinutes = new QSpinBox(this);
    m_failureMinutes->setObjectName(QStringLiteral("failureMinutesSpin"));
    m_failureMinutes->setRange(0, NotificationRules::MaxFailureMinutes);
    //: Shown in the failure-notification box when it is 0
    m_failureMinutes->setSpecialValueText(tr("Never"));
    //: Unit after the number of minutes
    m_failureMinutes->setSuffix(tr(" min"));
    m_noTrayNotice = noticeLabel(this, "noTrayNotice");
    m_noTrayNotice->setText(tr("There is no system tray here: closing the window quits, and nothing is notified."));
    m_noTrayNotice->setVisible(!QSystemTrayIcon::isSystemTrayAvailable());

    auto *group = new QGroupBox(tr("Watching in the background"), this);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&When the window is closed during auto-refresh:"), m_closeChoice);
    form->addRow(tr("Notify when a value &moves by more than:"), thresholdRow);
    form->addRow(m_newTokens);
    form->addRow(tr("Notify when refreshes fai&l for:"), m_failureMinutes);
    form->addRow(m_noTrayNotice);
    // The label's mnemonic goes to the threshold's field, not to the row's layout.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(thresholdRow)))
        label->setBuddy(m_threshold);
    connect(m_threshold, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_thresholdUnit, &QComboBox::currentIndexChanged, this, [this] {
        m_threshold->setEnabled(m_thresholdUnit->currentData().toInt() != int(NotificationRules::ThresholdUnit::Off));
        revalidate();
    });
    return group;
}

std::optional<Decimal> SettingsDialog::enteredThreshold() const
{
    std::optional<Decimal> threshold = Decimal::parse(m_threshold->text().trimmed());
    if (threshold && threshold->isNegative())
        return std::nullopt;
    return threshold;
}

void SettingsDialog::loadValues()
{
    const Credentials &stored = m_secrets.secrets();
    m_apiKey->setText(stored.apiKey);
    m_secretKey->setText(stored.secretKey);
    m_passphrase->setText(stored.passphrase);
    m_projectId->setText(m_settings.projectId());
    m_baseUrl->setText(m_settings.baseUrl().toString());
    m_rateUrl->setText(m_settings.exchangeRateUrl().toString());
    m_family->setCurrentIndex(std::max(0, m_family->findData(ApiFamilies::name(m_settings.apiFamily()))));
    m_rate->setValue(m_settings.requestsPerSecond());
    m_timeout->setValue(m_settings.timeoutSeconds());
    m_autoRefresh->setCurrentIndex(std::max(0, m_autoRefresh->findData(m_settings.autoRefreshMinutes())));
    m_closeChoice->setCurrentIndex(std::max(0, m_closeChoice->findData(int(m_settings.closeWhileWatching()))));
    m_colorScheme->setCurrentIndex(std::max(0, m_colorScheme->findData(int(m_settings.colorScheme()))));
    const NotificationRules rules = m_settings.notificationRules();
    m_threshold->setText(rules.valueThreshold.toPlainString());
    m_thresholdUnit->setCurrentIndex(std::max(0, m_thresholdUnit->findData(int(rules.thresholdUnit))));
    m_threshold->setEnabled(rules.thresholdUnit != NotificationRules::ThresholdUnit::Off);
    m_newTokens->setChecked(rules.newTokens);
    m_failureMinutes->setValue(rules.failureMinutes);
    const QSignalBlocker blocker(m_ownerOnlyFile);
    m_ownerOnlyFile->setChecked(m_secrets.usesOwnerOnlyFile());

    const QStringList overrides = CredentialSource::overriddenBy();
    m_environmentNotice->setVisible(!overrides.isEmpty());
    //: %1 lists environment variable names such as OKX_API_KEY
    m_environmentNotice->setText(tr("Set in the environment, %1 take precedence over the values here.")
                                     .arg(overrides.join(QLatin1String(", "))));
}

ClientConfig SettingsDialog::enteredConfig() const
{
    ClientConfig config;
    config.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    config.exchangeRateUrl = QUrl(m_rateUrl->text().trimmed(), QUrl::StrictMode);
    config.family = ApiFamilies::fromName(m_family->currentData().toString()).value_or(ApiFamily::DexV6);
    config.credentials = CredentialSource::resolve(
        Credentials{m_apiKey->text(), m_secretKey->text(), m_passphrase->text(), m_projectId->text().trimmed()});
    config.requestsPerSecond = m_rate->value();
    config.timeoutMs = m_timeout->value() * 1000;
    return config;
}

void SettingsDialog::testConnection()
{
    stopTest();
    if (!m_client)
        m_client = new BalanceClient(this);
    ClientConfig config = enteredConfig();
    // One try: the user is waiting for a yes or no, not for a backoff schedule.
    config.maxAttempts = 1;
    m_client->setConfig(config);

    m_testResult->setText(tr("Asking %1 for its supported chains…").arg(config.baseUrl.host()));
    m_testButton->setEnabled(false);
    ChainsReply *reply = m_client->fetchSupportedChains();
    m_testReply = reply;
    connect(reply, &BalanceReply::finished, this, [this, reply, config] {
        reply->deleteLater();
        m_testReply = nullptr;
        const ApiError error = reply->error();
        if (!error.isError()) {
            showTestResult(true, tr("Connected: OKX answered with %n supported chain(s).", nullptr,
                                    int(reply->chains().size())));
        } else if (FamilyProbe::isMissingPath(error)) {
            findAnsweringFamily(config);
        } else if (error.missingSetting() == ApiError::MissingSetting::ProjectId) {
            //: %1 says that the chosen API needs a project ID; the field for it is above this text
            showTestResult(false, tr("%1 Enter it above.").arg(error.message()));
        } else {
            showTestResult(false, error.message());
        }
    });
}

void SettingsDialog::findAnsweringFamily(const ClientConfig &config)
{
    const QString missing = familyTitle(config.family);
    //: %1 is the API family chosen, e.g. DEX API v5
    m_testResult->setText(tr("This server has no %1 (HTTP 404); asking it for the other API families…").arg(missing));
    m_probe = new FamilyProbe(config, this);
    connect(m_probe, &FamilyProbe::finished, this, [this, missing] {
        const std::optional<ApiFamily> answering = m_probe->answeringFamily();
        m_probe->deleteLater();
        m_probe = nullptr;
        if (answering) {
            //: %1 is the API family chosen, %2 another one that the same server answers on
            showTestResult(false, tr("This server has no %1 (HTTP 404); %2 answers: choose it under API family.")
                                      .arg(missing, familyTitle(*answering)));
        } else {
            //: %1 is the API family chosen
            showTestResult(false, tr("This server has no %1 (HTTP 404), nor any other API family: check the base URL.")
                                      .arg(missing));
        }
    });
    m_probe->start();
}

void SettingsDialog::stopTest()
{
    if (m_testReply) {
        disconnect(m_testReply, nullptr, this, nullptr);
        m_testReply->abort();
        m_testReply->deleteLater();
        m_testReply = nullptr;
    }
    // Its own client goes with it, and with that its request in flight.
    delete m_probe;
}

void SettingsDialog::forgetTestResult()
{
    // A result says how the values it was made with did: once one changes, it no longer applies.
    stopTest();
    m_testResult->setText(tr("Checks the key and the address by asking OKX for its supported chains."));
    revalidate();
}

void SettingsDialog::setCurrency(FiatCurrency currency)
{
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(FiatCurrencies::code(currency))));
}

FiatCurrency SettingsDialog::chosenCurrency() const
{
    return FiatCurrencies::fromCode(m_currency->currentData().toString()).value_or(FiatCurrency::Usd);
}

void SettingsDialog::accept()
{
    const ClientConfig config = enteredConfig();
    if (!AppSettings::isUsableBaseUrl(config.baseUrl) || !AppSettings::isUsableBaseUrl(config.exchangeRateUrl)
        || !m_buttons->button(QDialogButtonBox::Save)->isEnabled())
        return;
    m_settings.setBaseUrl(config.baseUrl);
    m_settings.setExchangeRateUrl(config.exchangeRateUrl);
    m_settings.setApiFamily(config.family);
    m_settings.setProjectId(m_projectId->text());
    m_settings.setRequestsPerSecond(m_rate->value());
    m_settings.setTimeoutSeconds(m_timeout->value());
    m_settings.setAutoRefreshMinutes(m_autoRefresh->currentData().toInt());
    m_settings.setCloseWhileWatching(AppSettings::CloseWhileWatching(m_closeChoice->currentData().toInt()));
    m_settings.setColorScheme(AppSettings::ColorScheme(m_colorScheme->currentData().toInt()));
    NotificationRules rules;
    rules.thresholdUnit = NotificationRules::ThresholdUnit(m_thresholdUnit->currentData().toInt());
    // Off keeps the last threshold, however it reads, for when value moves are told again.
    rules.valueThreshold = enteredThreshold().value_or(m_settings.notificationRules().valueThreshold);
    rules.newTokens = m_newTokens->isChecked();
    rules.failureMinutes = m_failureMinutes->value();
    m_settings.setNotificationRules(rules);

    const bool useFile = m_ownerOnlyFile->isChecked();
    const bool storageChanged = useFile != m_secrets.usesOwnerOnlyFile();
    m_settings.setSecretsInOwnerOnlyFile(useFile);
    // A failure keeps the changes pending; the window saves again and says why in its message bar.
    m_settings.sync();
    m_secrets.setUseOwnerOnlyFile(useFile);
    // Untouched fields are not saved back: the keychain's answer may not even have arrived yet.
    const bool secretsEdited = m_apiKey->isModified() || m_secretKey->isModified() || m_passphrase->isModified();
    if (secretsEdited || storageChanged)
        m_secrets.save(Credentials{m_apiKey->text(), m_secretKey->text(), m_passphrase->text(), QString()});
    QDialog::accept();
}

void SettingsDialog::updateStorageNotice()
{
    QString text;
    switch (m_secrets.storage()) {
    case SecretStore::Storage::Keychain:
        text = tr("The API key, secret key and passphrase are kept in the system keychain.");
        break;
    case SecretStore::Storage::SessionOnly:
        text = m_secrets.lastError().isEmpty()
            ? tr("No keychain is available: the API key, secret key and passphrase are kept for this session only.")
            : m_secrets.lastError();
        break;
    case SecretStore::Storage::OwnerOnlyFile:
        text = tr("The API key, secret key and passphrase are kept in %1, readable only by you.")
                   .arg(QDir::toNativeSeparators(m_secrets.ownerOnlyFilePath()));
        break;
    }
    m_storageNotice->setText(text);
    m_ownerOnlyFile->setVisible(m_secrets.storage() != SecretStore::Storage::Keychain || m_secrets.usesOwnerOnlyFile());
}

void SettingsDialog::ownerOnlyFileToggled(bool checked)
{
    if (!checked || m_secrets.usesOwnerOnlyFile())
        return;
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        this, tr("Keep the Secrets in a File?"),
        tr("The API key, secret key and passphrase will be written unencrypted to\n%1\n\nOnly your user account can "
           "read that file, but so can anything running as you, and it may end up in backups. Choose this only if "
           "no keychain can be set up.\n\nKeep the secrets in this file?")
            .arg(QDir::toNativeSeparators(m_secrets.ownerOnlyFilePath())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        const QSignalBlocker blocker(m_ownerOnlyFile);
        m_ownerOnlyFile->setChecked(false);
    }
}

void SettingsDialog::revalidate()
{
    const QUrl url(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    const bool usable = AppSettings::isUsableBaseUrl(url);
    const bool thresholdUsable = !m_threshold->isEnabled() || enteredThreshold().has_value();
    QString problem;
    if (!usable)
        problem = tr("Enter an http or https address with a host name, such as https://web3.okx.com.");
    else if (url.scheme() == QLatin1String("http") && !isLoopback(url))
        problem = tr("Plain http sends the passphrase unencrypted: use https unless this is a local server.");
    m_baseUrlProblem->setText(problem);
    m_baseUrlProblem->setVisible(!problem.isEmpty());
    const bool rateUrlUsable = AppSettings::isUsableBaseUrl(QUrl(m_rateUrl->text().trimmed(), QUrl::StrictMode));
    m_rateUrlProblem->setText(rateUrlUsable ? QString()
                                            : tr("Enter an http or https address with a host name, such as https://www.okx.com."));
    m_rateUrlProblem->setVisible(!rateUrlUsable);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(usable && rateUrlUsable && thresholdUsable);
    m_testButton->setEnabled(usable && !m_testReply && !m_probe);
}

void SettingsDialog::showTestResult(bool ok, const QString &message)
{
    m_testResult->setText(message);
    revalidate();
    emit connectionTested(ok, message);
}
