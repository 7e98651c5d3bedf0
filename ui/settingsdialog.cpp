#include "ui/settingsdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "ui/behaviourpage.h"
#include "ui/networkpage.h"
#include "ui/profilespage.h"
#include "ui/transferspage.h"

namespace Custody::Ui {

SettingsDialog::SettingsDialog(const QString &profileStorePath, Secrets::CredentialStore &credentials,
    QSettings &settings, QWidget *parent, QNetworkAccessManager *nam)
    : QDialog(parent)
    , m_settings(settings)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Custody Settings"));
    const Settings::AppSettings loaded = Settings::AppSettings::load(settings);
    m_profiles = new ProfilesPage(profileStorePath, credentials, nam, m_pages);
    m_transfers = new TransfersPage(loaded.transfers, m_pages);
    m_behaviour = new BehaviourPage(loaded.behaviour, m_pages);
    m_network = new NetworkPage(loaded.proxy, m_pages);

    // Same order as Page.
    //: Settings page: the Genesys Cloud organisations Custody exports from
    m_pageList->addItem(tr("Organisations"));
    //: Settings page: downloads
    m_pageList->addItem(tr("Transfers"));
    //: Settings page: tray, notifications, language
    m_pageList->addItem(tr("Behaviour"));
    //: Settings page: proxy
    m_pageList->addItem(tr("Network"));
    for (QWidget *page : { static_cast<QWidget *>(m_profiles), static_cast<QWidget *>(m_transfers),
             static_cast<QWidget *>(m_behaviour), static_cast<QWidget *>(m_network) })
        m_pages->addWidget(page);
    m_pageList->setObjectName(QStringLiteral("settingsPages"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setFixedWidth(m_pageList->sizeHintForColumn(0) + 4 * m_pageList->frameWidth() + 24);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(0);

    auto *buttons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    // Enter in a profile field must not close the dialog.
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Ok)->setDefault(false);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(860, 620);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(static_cast<int>(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

Settings::AppSettings SettingsDialog::enteredSettings() const
{
    return { m_transfers->settings(), m_behaviour->settings(), m_network->settings() };
}

bool SettingsDialog::apply()
{
    if (!m_transfers->problems().isEmpty()) {
        showPage(Page::Transfers);
        return false;
    }
    if (const QStringList problems = m_network->problems(); !problems.isEmpty()) {
        m_network->showProblems(problems);
        showPage(Page::Network);
        return false;
    }
    if (!m_profiles->commitPending()) {
        showPage(Page::Profiles);
        return false;
    }
    const Settings::AppSettings entered = enteredSettings();
    entered.save(m_settings);
    entered.proxy.applyProxy();
    Q_EMIT settingsApplied(entered);
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace Custody::Ui
