#include "ui/networkpage.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

#include "ui/fieldmessage.h"

namespace Custody::Ui {

using Mode = Settings::ProxySettings::Mode;

NetworkPage::NetworkPage(const Settings::ProxySettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_system(new QRadioButton(tr("Use the &system's proxy settings"), this))
    , m_none(new QRadioButton(tr("&No proxy: connect directly"), this))
    , m_manual(new QRadioButton(tr("&Manual HTTP proxy:"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_message(new FieldMessage(this))
{
    m_system->setObjectName(QStringLiteral("proxySystem"));
    m_none->setObjectName(QStringLiteral("proxyNone"));
    m_manual->setObjectName(QStringLiteral("proxyManual"));
    m_host->setObjectName(QStringLiteral("proxyHost"));
    m_port->setObjectName(QStringLiteral("proxyPort"));
    m_user->setObjectName(QStringLiteral("proxyUser"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_system);
    group->addButton(m_none);
    group->addButton(m_manual);

    switch (settings.mode) {
    case Mode::System:
        m_system->setChecked(true);
        break;
    case Mode::None:
        m_none->setChecked(true);
        break;
    case Mode::Manual:
        m_manual->setChecked(true);
        break;
    }
    m_host->setText(settings.host);
    m_host->setPlaceholderText(tr("proxy.example.com"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.port);
    m_user->setText(settings.user);
    m_user->setPlaceholderText(tr("Optional"));

    auto *note = new QLabel(tr("Proxies that ask for a password are not supported."), this);
    note->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(m_system);
    form->addRow(m_none);
    form->addRow(m_manual);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(QString(), note);
    form->addRow(QString(), m_message);

    connect(m_manual, &QRadioButton::toggled, this, &NetworkPage::updateEnabled);
    updateEnabled();
}

NetworkPage::~NetworkPage() = default;

Settings::ProxySettings NetworkPage::settings() const
{
    Settings::ProxySettings settings;
    settings.mode = m_manual->isChecked() ? Mode::Manual : m_none->isChecked() ? Mode::None : Mode::System;
    settings.host = m_host->text().trimmed();
    settings.port = static_cast<quint16>(m_port->value());
    settings.user = m_user->text().trimmed();
    return settings;
}

QStringList NetworkPage::problems() const
{
    return settings().validate();
}

void NetworkPage::showProblems(const QStringList &problems)
{
    m_message->setProblems(problems);
}

void NetworkPage::updateEnabled()
{
    const bool manual = m_manual->isChecked();
    m_host->setEnabled(manual);
    m_port->setEnabled(manual);
    m_user->setEnabled(manual);
    if (!manual)
        m_message->clear();
}

} // namespace Custody::Ui
