#include "ui/filenametemplatepanel.h"

#include <algorithm>
#include <array>

#include <QDir>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "core/transfer/filenametemplate.h"
#include "ui/fieldmessage.h"

namespace Custody::Ui {

namespace {

struct Example
{
    const char *startUtc;
    const char *conversationId;
    const char *recordingId;
    const char *queueId;
    const char *userId;
    const char *direction;
};

// Made-up but well-formed values: the preview must look like the real thing,
// including that {queue} and {agent} are ids.
constexpr std::array<Example, FileNameTemplatePanel::kPreviewCount> kExamples { {
    { "2024-03-01T08:15:42Z", "3f1c2a9e-7b4d-4e2a-9c61-0d5e8f2b7a14", "a92e61f0-54c3-4b8e-8d2f-61e9c0b7d352",
        "5e0a7c41-2f6b-4d93-8a1e-c7b4f2d90e68", "0c7d9e12-8a4f-4b6c-9e3d-2f1a5b8c7d40", "inbound" },
    { "2024-03-01T13:02:07Z", "3f1c2a9e-7b4d-4e2a-9c61-0d5e8f2b7a14", "d41b7c28-9e0a-4f6d-b3c5-8a27e1f04b96",
        "5e0a7c41-2f6b-4d93-8a1e-c7b4f2d90e68", "0c7d9e12-8a4f-4b6c-9e3d-2f1a5b8c7d40", "inbound" },
    { "2024-03-02T16:47:30Z", "b6e08d53-1c9f-4a72-8e4b-59d3a6c1f207", "7c3f9a05-e2d8-4b1a-96f4-3e0b8d5c2a71",
        "91d4b6e0-3a7c-4f25-b8e9-6c0d2a7f1e53", "e5a2c8f1-6d0b-4937-a4e6-1b9f3c7d8a02", "outbound" },
} };

} // namespace

FileNameTemplatePanel::FileNameTemplatePanel(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(Transfer::FileNameTemplate::defaultPattern(), this))
    , m_previewLabel(new QLabel(this))
    , m_message(new FieldMessage(this))
{
    setAccessibleName(tr("File names"));
    m_edit->setAccessibleName(tr("File-name template"));
    m_edit->setCursorPosition(0);
    const QString placeholders
        = QLatin1Char('{') + Transfer::FileNameTemplate::placeholders().join(QLatin1String("}, {")) + QLatin1Char('}');
    m_edit->setToolTip(tr("Where each recording is saved inside the export folder. Placeholders: %1. "
                          "A \"/\" starts a sub-folder.")
                           .arg(placeholders));
    m_previewLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_previewLabel->setAccessibleName(tr("Example file names"));
    m_previewLabel->setForegroundRole(QPalette::PlaceholderText);
    m_previewLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_message);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updatePreview();
        Q_EMIT changed();
    });
    updatePreview();
}

FileNameTemplatePanel::~FileNameTemplatePanel() = default;

QString FileNameTemplatePanel::pattern() const
{
    return m_edit->text().trimmed();
}

void FileNameTemplatePanel::setPattern(const QString &pattern)
{
    m_edit->setText(pattern);
    m_edit->setCursorPosition(0); // the start of a long template says the most
}

void FileNameTemplatePanel::setPreviewContext(const QTimeZone &zone, const QString &extension)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_extension = extension;
    updatePreview();
}

void FileNameTemplatePanel::showProblems(const QStringList &problems)
{
    m_hasProblems = !problems.isEmpty();
    m_message->setProblems(problems);
    m_previewLabel->setVisible(!m_hasProblems);
}

void FileNameTemplatePanel::updatePreview()
{
    m_preview.clear();
    const Transfer::FileNameTemplate pattern(this->pattern());
    for (const Example &example : kExamples) {
        Transfer::FileNameFields fields;
        fields.conversationStart = QDateTime::fromString(QString::fromLatin1(example.startUtc), Qt::ISODate);
        fields.timeZone = m_zone;
        fields.conversationId = QString::fromLatin1(example.conversationId);
        fields.recordingId = QString::fromLatin1(example.recordingId);
        fields.ext = m_extension;
        fields.queue = QString::fromLatin1(example.queueId);
        fields.agent = QString::fromLatin1(example.userId);
        fields.direction = QString::fromLatin1(example.direction);
        fields.mediaType = QStringLiteral("voice");
        m_preview.append(QDir::toNativeSeparators(pattern.render(fields)));
    }
    //: Above example file names rendered from the template
    m_previewLabel->setToolTip(tr("For example:") + QLatin1Char('\n') + m_preview.join(QLatin1Char('\n')));
    showPreviewText();
}

void FileNameTemplatePanel::showPreviewText()
{
    // Ids make names long; elide in the middle so the folder part and the
    // extension stay visible, and keep the whole names in the tooltip.
    const QFontMetrics metrics(m_previewLabel->font());
    const int width = std::max(1, m_previewLabel->contentsRect().width());
    QStringList lines { tr("For example:") };
    for (const QString &name : std::as_const(m_preview))
        lines.append(metrics.elidedText(name, Qt::ElideMiddle, width));
    m_previewLabel->setText(lines.join(QLatin1Char('\n')));
}

void FileNameTemplatePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showPreviewText();
}

} // namespace Custody::Ui
