#include "ui/transferspage.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

#include "core/transfer/filenametemplate.h"
#include "ui/fieldmessage.h"

namespace Custody::Ui {

namespace {

constexpr double kMaxMegabytesPerSecond = 10000.0;

} // namespace

TransfersPage::TransfersPage(const Settings::TransferSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_downloads(new QSpinBox(this))
    , m_bandwidth(new QDoubleSpinBox(this))
    , m_destination(new QLineEdit(this))
    , m_template(new QLineEdit(this))
    , m_templateMessage(new FieldMessage(this))
{
    m_downloads->setObjectName(QStringLiteral("maxDownloads"));
    m_downloads->setRange(Settings::TransferSettings::kMinDownloads, Settings::TransferSettings::kMaxDownloads);
    m_downloads->setValue(settings.maxDownloads);

    m_bandwidth->setObjectName(QStringLiteral("bandwidth"));
    m_bandwidth->setRange(0.0, kMaxMegabytesPerSecond);
    m_bandwidth->setDecimals(1);
    m_bandwidth->setSingleStep(1.0);
    //: Unit of the bandwidth cap
    m_bandwidth->setSuffix(tr(" MB/s"));
    //: Bandwidth cap of 0: no limit
    m_bandwidth->setSpecialValueText(tr("Unlimited"));
    m_bandwidth->setValue(static_cast<double>(settings.bandwidthBytesPerSecond) / kBytesPerMegabyte);

    m_destination->setObjectName(QStringLiteral("defaultDestination"));
    m_destination->setText(QDir::toNativeSeparators(settings.defaultDestination));
    m_destination->setPlaceholderText(tr("Chosen for each export"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setAccessibleName(tr("Choose the default destination folder"));
    connect(choose, &QPushButton::clicked, this, &TransfersPage::chooseDestination);
    auto *destinationRow = new QWidget(this);
    auto *destinationLayout = new QHBoxLayout(destinationRow);
    destinationLayout->setContentsMargins(0, 0, 0, 0);
    destinationLayout->addWidget(m_destination, 1);
    destinationLayout->addWidget(choose);

    m_template->setObjectName(QStringLiteral("defaultTemplate"));
    m_template->setText(settings.defaultTemplate);
    m_template->setToolTip(
        tr("Placeholders: %1")
            .arg(u'{' + Transfer::FileNameTemplate::placeholders().join(QStringLiteral("}, {")) + u'}'));
    connect(m_template, &QLineEdit::textChanged, this, &TransfersPage::showProblems);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Concurrent downloads:"), m_downloads);
    form->addRow(tr("&Bandwidth limit:"), m_bandwidth);
    auto *destinationLabel = new QLabel(tr("Default &destination:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);
    form->addRow(tr("Default file &names:"), m_template);
    form->addRow(QString(), m_templateMessage);
    showProblems();
}

TransfersPage::~TransfersPage() = default;

Settings::TransferSettings TransfersPage::settings() const
{
    Settings::TransferSettings settings;
    settings.maxDownloads = m_downloads->value();
    settings.bandwidthBytesPerSecond = std::llround(m_bandwidth->value() * kBytesPerMegabyte);
    settings.defaultDestination = QDir::fromNativeSeparators(m_destination->text().trimmed());
    settings.defaultTemplate = m_template->text().trimmed();
    return settings;
}

QStringList TransfersPage::problems() const
{
    return Transfer::FileNameTemplate(m_template->text().trimmed()).validate();
}

void TransfersPage::chooseDestination()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Default Destination Folder"), QDir::fromNativeSeparators(m_destination->text()));
    if (!folder.isEmpty())
        m_destination->setText(QDir::toNativeSeparators(folder));
}

void TransfersPage::showProblems()
{
    const QStringList problems = this->problems();
    if (problems.isEmpty())
        m_templateMessage->setInformation(
            tr("Example: %1")
                .arg(QDir::toNativeSeparators(
                    Transfer::FileNameTemplate(m_template->text().trimmed())
                        .render({ QDateTime(QDate(2024, 3, 14), QTime(9, 30)), QTimeZone::utc(),
                            QStringLiteral("c0ffee00-1234"), QStringLiteral("5e11-ab"), QStringLiteral("ogg"),
                            tr("Claims"), tr("Agent Smith"), QStringLiteral("inbound"), QStringLiteral("audio") }))));
    else
        m_templateMessage->setProblems(problems);
}

} // namespace Custody::Ui
