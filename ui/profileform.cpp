#include "ui/profileform.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QTimeZone>

#include "core/api/region.h"

namespace Custody::Ui {

namespace {

QWidget *row(QWidget *parent, QWidget *first, QWidget *second)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(first);
    layout->addWidget(second, 1);
    return widget;
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_useRegion(new QRadioButton(tr("&Region:"), this))
    , m_region(new QComboBox(this))
    , m_useGateway(new QRadioButton(tr("Custom &base URL:"), this))
    , m_gateway(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_useKeychain(new QRadioButton(tr("The system &keychain (recommended)"), this))
    , m_useEnvironment(new QRadioButton(tr("An en&vironment variable:"), this))
    , m_variable(new QLineEdit(this))
    , m_timeZone(new QComboBox(this))
{
    setAccessibleName(tr("Organisation profile"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_region->setObjectName(QStringLiteral("profileRegion"));
    m_gateway->setObjectName(QStringLiteral("profileGateway"));
    m_clientId->setObjectName(QStringLiteral("profileClientId"));
    m_variable->setObjectName(QStringLiteral("profileSecretVariable"));
    m_timeZone->setObjectName(QStringLiteral("profileTimeZone"));

    for (const Api::Region &region : Api::allRegions()) {
        //: A Genesys Cloud region in the list: its location, then its domain
        m_region->addItem(tr("%1 — %2").arg(region.location, region.domain), region.domain);
    }
    m_region->setAccessibleName(tr("Region"));
    m_gateway->setPlaceholderText(tr("https://gateway.example.com"));
    m_gateway->setAccessibleName(tr("Custom base URL"));
    m_clientId->setPlaceholderText(tr("From the OAuth client in Genesys Cloud Admin"));
    m_variable->setPlaceholderText(tr("e.g. CUSTODY_SECRET_PROD"));
    m_variable->setAccessibleName(tr("Environment variable name"));

    //: The default time zone of a profile: use the computer's
    m_timeZone->addItem(tr("System time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id), id);

    auto *location = new QButtonGroup(this);
    location->addButton(m_useRegion);
    location->addButton(m_useGateway);
    auto *secretSource = new QButtonGroup(this);
    secretSource->addButton(m_useKeychain);
    secretSource->addButton(m_useEnvironment);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_useRegion, m_region);
    form->addRow(m_useGateway, m_gateway);
    form->addRow(tr("OAuth &client ID:"), m_clientId);
    //: Where the OAuth client secret is kept
    form->addRow(tr("Client secret from:"), m_useKeychain);
    form->addRow(QString(), row(this, m_useEnvironment, m_variable));
    form->addRow(tr("Default &time zone:"), m_timeZone);

    const auto changed = [this] {
        updateEnabled();
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_name, &QLineEdit::textEdited, this, changed);
    connect(m_gateway, &QLineEdit::textEdited, this, changed);
    connect(m_clientId, &QLineEdit::textEdited, this, changed);
    connect(m_variable, &QLineEdit::textEdited, this, changed);
    connect(m_region, &QComboBox::currentIndexChanged, this, changed);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, changed);
    connect(m_useRegion, &QRadioButton::toggled, this, changed);
    connect(m_useKeychain, &QRadioButton::toggled, this, changed);

    setProfile(Profiles::OrgProfile {});
}

ProfileForm::~ProfileForm() = default;

void ProfileForm::setProfile(const Profiles::OrgProfile &profile)
{
    m_loading = true;
    m_profile = profile;
    m_name->setText(profile.name);
    (profile.usesGateway() ? m_useGateway : m_useRegion)->setChecked(true);
    const int regionIndex = m_region->findData(profile.regionDomain);
    m_region->setCurrentIndex(std::max(regionIndex, 0));
    m_gateway->setText(profile.gatewayUrl.toString());
    m_clientId->setText(profile.clientId);
    (profile.secretSource.isKeychain() ? m_useKeychain : m_useEnvironment)->setChecked(true);
    m_variable->setText(profile.secretSource.variableName());
    const int zoneIndex = profile.timeZone.isEmpty() ? 0 : m_timeZone->findData(profile.timeZone);
    m_timeZone->setCurrentIndex(std::max(zoneIndex, 0));
    updateEnabled();
    m_loading = false;
}

Profiles::OrgProfile ProfileForm::profile() const
{
    Profiles::OrgProfile profile = m_profile;
    profile.name = m_name->text().trimmed();
    if (m_useGateway->isChecked()) {
        profile.regionDomain.clear();
        profile.gatewayUrl = QUrl(m_gateway->text().trimmed(), QUrl::StrictMode);
    } else {
        profile.regionDomain = m_region->currentData().toString();
        profile.gatewayUrl = QUrl();
    }
    profile.clientId = m_clientId->text().trimmed();
    profile.secretSource = m_useKeychain->isChecked()
        ? Secrets::SecretSource::keychain()
        : Secrets::SecretSource::environmentVariable(m_variable->text().trimmed());
    profile.timeZone = m_timeZone->currentData().toByteArray();
    return profile;
}

void ProfileForm::useEnvironmentVariable()
{
    m_useEnvironment->setChecked(true);
    m_variable->setFocus(Qt::OtherFocusReason);
}

void ProfileForm::updateEnabled()
{
    m_region->setEnabled(m_useRegion->isChecked());
    m_gateway->setEnabled(m_useGateway->isChecked());
    m_variable->setEnabled(m_useEnvironment->isChecked());
}

} // namespace Custody::Ui
