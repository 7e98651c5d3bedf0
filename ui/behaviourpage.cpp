#include "ui/behaviourpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>

#include "ui/fieldmessage.h"

namespace Custody::Ui {

BehaviourPage::BehaviourPage(const Settings::BehaviourSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_initialLanguage(settings.language)
    , m_tray(new QCheckBox(tr("&Keep running in the system tray when the window is closed, so exports go on"), this))
    , m_notifications(new QCheckBox(tr("Show a &notification when an export finishes or needs attention"), this))
    , m_language(new QComboBox(this))
    , m_restartNote(new FieldMessage(this))
{
    m_tray->setObjectName(QStringLiteral("keepRunningInTray"));
    m_tray->setChecked(settings.keepRunningInTray);
    m_notifications->setObjectName(QStringLiteral("notifications"));
    m_notifications->setChecked(settings.notifications);

    m_language->setObjectName(QStringLiteral("language"));
    //: Interface language: follow the operating system
    m_language->addItem(tr("System"), QString());
    // Each language in its own words, so a reader can find theirs.
    //: The English language, in English
    m_language->addItem(tr("English"), QStringLiteral("en"));
    //: The German language, in German: keep "Deutsch"
    m_language->addItem(tr("Deutsch"), QStringLiteral("de"));
    //: The French language, in French: keep "Français"
    m_language->addItem(tr("Français"), QStringLiteral("fr"));
    //: The Spanish language, in Spanish: keep "Español"
    m_language->addItem(tr("Español"), QStringLiteral("es"));
    //: The Dutch language, in Dutch: keep "Nederlands"
    m_language->addItem(tr("Nederlands"), QStringLiteral("nl"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_restartNote->setInformation(
            languageChanged() ? tr("Custody shows the new language after it is restarted.") : QString());
    });

    auto *form = new QFormLayout(this);
    form->addRow(m_tray);
    form->addRow(m_notifications);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
}

BehaviourPage::~BehaviourPage() = default;

Settings::BehaviourSettings BehaviourPage::settings() const
{
    Settings::BehaviourSettings settings;
    settings.keepRunningInTray = m_tray->isChecked();
    settings.notifications = m_notifications->isChecked();
    settings.language = m_language->currentData().toString();
    return settings;
}

bool BehaviourPage::languageChanged() const
{
    return m_language->currentData().toString() != m_initialLanguage;
}

} // namespace Custody::Ui
