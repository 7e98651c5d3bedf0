#include "ui/contentpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "core/plan/genesysid.h"
#include "core/plan/planner.h"
#include "ui/fieldmessage.h"

namespace Custody::Ui {

namespace {

constexpr int kIndent = 24;

} // namespace

ContentPanel::ContentPanel(QWidget *parent)
    : QWidget(parent)
    , m_recordings(new QCheckBox(tr("&Recordings", "export content: audio files"), this))
    , m_format(new QComboBox(this))
    , m_formatHint(new QLabel(this))
    , m_details(new QCheckBox(tr("Conversation &details", "export content: analytics records"), this))
    , m_bulk(new QCheckBox(tr("Recording &bulk export to the organisation's S3 bucket"), this))
    , m_integration(new QLineEdit(this))
    , m_contentMessage(new FieldMessage(this))
    , m_bulkMessage(new FieldMessage(this))
{
    setAccessibleName(tr("Content"));
    m_recordings->setToolTip(tr("Download the recording files of each conversation into the destination folder."));
    m_details->setToolTip(tr("Save the conversation records (participants, segments, queues) as compressed JSON "
                             "lines."));
    m_bulk->setToolTip(tr("Ask Genesys Cloud to copy the recordings into the organisation's own S3 bucket. This "
                          "runs as a separate, slow job on the Genesys side."));

    const std::pair<Plan::RecordingFormat, QString> formats[] = {
        { Plan::RecordingFormat::Native, tr("Native (as recorded)") },
        { Plan::RecordingFormat::Wav, QStringLiteral("WAV") },
        { Plan::RecordingFormat::WavUlaw, QStringLiteral("WAV (µ-law)") },
        { Plan::RecordingFormat::Mp3, QStringLiteral("MP3") },
        { Plan::RecordingFormat::OggOpus, QStringLiteral("Ogg Opus") },
        { Plan::RecordingFormat::OggVorbis, QStringLiteral("Ogg Vorbis") },
        { Plan::RecordingFormat::Webm, QStringLiteral("WebM") },
    };
    for (const auto &[format, label] : formats)
        m_format->addItem(label, int(format));
    m_format->setAccessibleName(tr("Recording format"));
    m_formatHint->setWordWrap(true);
    m_formatHint->setForegroundRole(QPalette::PlaceholderText);

    m_integration->setPlaceholderText(Plan::GenesysId::example());
    m_integration->setAccessibleName(tr("S3 integration id"));
    m_integration->setToolTip(tr("The id of the organisation's AWS S3 recording bulk-actions integration "
                                 "(Admin > Integrations)."));

    auto *formatRow = new QFormLayout;
    formatRow->setContentsMargins(kIndent, 0, 0, 0);
    formatRow->addRow(tr("&Format:", "recording file format"), m_format);
    formatRow->addRow(m_formatHint);
    auto *bulkRow = new QFormLayout;
    bulkRow->setContentsMargins(kIndent, 0, 0, 0);
    bulkRow->addRow(tr("&Integration id:"), m_integration);
    bulkRow->addRow(m_bulkMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_recordings);
    layout->addLayout(formatRow);
    layout->addWidget(m_details);
    layout->addWidget(m_bulk);
    layout->addLayout(bulkRow);
    layout->addWidget(m_contentMessage);
    layout->addStretch(1);

    for (QCheckBox *box : { m_recordings, m_details, m_bulk }) {
        connect(box, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            Q_EMIT changed();
        });
    }
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        Q_EMIT changed();
    });
    connect(m_integration, &QLineEdit::textChanged, this, &ContentPanel::changed);
    setFrom(Plan::ExportSpec());
}

ContentPanel::~ContentPanel() = default;

void ContentPanel::readInto(Plan::ExportSpec &spec) const
{
    spec.includeRecordings = m_recordings->isChecked();
    spec.includeConversationDetails = m_details->isChecked();
    spec.includeRecordingBulkExport = m_bulk->isChecked();
    spec.recordingFormat = format();
    spec.bulkExportIntegrationId = m_bulk->isChecked() ? m_integration->text().trimmed() : QString();
}

void ContentPanel::setFrom(const Plan::ExportSpec &spec)
{
    m_recordings->setChecked(spec.includeRecordings);
    m_details->setChecked(spec.includeConversationDetails);
    m_bulk->setChecked(spec.includeRecordingBulkExport);
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(spec.recordingFormat))));
    m_integration->setText(spec.bulkExportIntegrationId);
    updateEnabled();
}

Plan::RecordingFormat ContentPanel::format() const
{
    return Plan::RecordingFormat(m_format->currentData().toInt());
}

QString ContentPanel::likelyExtension() const
{
    switch (format()) {
    case Plan::RecordingFormat::Wav:
    case Plan::RecordingFormat::WavUlaw:
        return QStringLiteral("wav");
    case Plan::RecordingFormat::Mp3:
        return QStringLiteral("mp3");
    case Plan::RecordingFormat::Webm:
        return QStringLiteral("webm");
    case Plan::RecordingFormat::OggOpus:
    case Plan::RecordingFormat::OggVorbis:
    case Plan::RecordingFormat::Native:
        break;
    }
    return QStringLiteral("ogg");
}

QString ContentPanel::formatHint() const
{
    return m_formatHint->text();
}

void ContentPanel::showProblems(const QStringList &contentProblems, const QStringList &bulkProblems)
{
    m_contentMessage->setProblems(contentProblems);
    m_bulkMessage->setProblems(bulkProblems);
}

void ContentPanel::updateEnabled()
{
    m_format->setEnabled(m_recordings->isChecked());
    m_integration->setEnabled(m_bulk->isChecked());
    // The cost difference is large enough that people must see it before choosing.
    if (format() == Plan::RecordingFormat::Native) {
        m_formatHint->setText(tr("Fastest: recordings are fetched in batches of up to %1 per API call, in the "
                                 "format they were recorded in.")
                                  .arg(Plan::Planner::kDefaultBatchSize));
    } else {
        m_formatHint->setText(tr("Converted formats cost one API call per recording, so large exports take much "
                                 "longer than with the native format."));
    }
}

} // namespace Custody::Ui
