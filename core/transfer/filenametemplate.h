#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace Custody::Transfer {

/// What a file name may be built from: one recording of one conversation.
struct FileNameFields
{
    QDateTime conversationStart; ///< any time spec; shown in timeZone
    QTimeZone timeZone; ///< the export's time zone; UTC when invalid
    QString conversationId;
    QString recordingId;
    QString ext; ///< "wav", "ogg", … (a leading dot is ignored)
    QString queue;
    QString agent;
    QString direction;
    QString mediaType;
};

/// A user-editable pattern for where each recording goes inside the export
/// folder, such as "{date}/{conversationId}/{recordingId}.{ext}".
///
/// Placeholders: {date} (yyyy-MM-dd of the conversation start in the export's
/// time zone), {time} (HHmmss), {conversationId}, {recordingId}, {ext},
/// {queue}, {agent}, {direction}, {mediaType}.
class FileNameTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(FileNameTemplate)

public:
    /// "{date}/{conversationId}/{recordingId}.{ext}"
    static QString defaultPattern();
    /// Every placeholder name, without braces.
    static QStringList placeholders();

    explicit FileNameTemplate(QString pattern = defaultPattern());

    QString pattern() const { return m_pattern; }

    /// Translated descriptions of everything wrong with the pattern; empty
    /// when it can be used.
    QStringList validate() const;
    bool isValid() const { return validate().isEmpty(); }

    /// The relative path for \a fields: placeholders replaced, each segment
    /// made portable by PathSanitizer (so a value such as a queue named
    /// "Claims/EU" can never add a folder), and the whole kept short enough.
    QString render(const FileNameFields &fields) const;

private:
    QString m_pattern;
};

} // namespace Custody::Transfer
