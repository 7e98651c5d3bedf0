#include "core/evidence/manifestreader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

#include <functional>
#include <utility>

namespace Custody::Evidence {

namespace {

constexpr qint64 readChunkBytes = 64 * 1024;

/// Splits RFC 4180 text into records, fed in chunks of any size.
class CsvTokenizer final
{
public:
    struct Record
    {
        QStringList fields;
        qint64 line = 0;
        QString error; ///< untranslated reason, empty when well-formed
    };
    using Sink = std::function<void(Record &&)>;

    explicit CsvTokenizer(Sink sink)
        : m_sink(std::move(sink))
    {
    }

    void feed(const QString &text)
    {
        for (const QChar c : text)
            consume(c);
    }

    void finish()
    {
        if (m_state == State::Quoted && m_record.error.isEmpty())
            m_record.error = QStringLiteral("a quoted field is not closed before the end of the file");
        if (m_state != State::RecordStart || !m_record.fields.isEmpty())
            endRecord();
    }

private:
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted };

    void consume(QChar c)
    {
        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (c == u'\n') {
                ++m_line;
                return;
            }
        }
        if (c == u'\n')
            ++m_line;

        switch (m_state) {
        case State::RecordStart:
            m_record.line = m_line - (c == u'\n' ? 1 : 0);
            if (c == u'\r' || c == u'\n') {
                // A blank line: not a record.
                m_skipLineFeed = c == u'\r';
                return;
            }
            m_state = State::FieldStart;
            [[fallthrough]];
        case State::FieldStart:
            if (c == u'"') {
                m_state = State::Quoted;
            } else if (c == u',') {
                endField();
            } else if (c == u'\r' || c == u'\n') {
                endLine(c);
            } else {
                m_field.append(c);
                m_state = State::Unquoted;
            }
            return;
        case State::Unquoted:
            if (c == u',') {
                endField();
                m_state = State::FieldStart;
            } else if (c == u'\r' || c == u'\n') {
                endLine(c);
            } else {
                if (c == u'"' && m_record.error.isEmpty())
                    m_record.error = QStringLiteral("a quote inside a field that does not start with a quote");
                m_field.append(c);
            }
            return;
        case State::Quoted:
            if (c == u'"')
                m_state = State::QuoteInQuoted;
            else
                m_field.append(c);
            return;
        case State::QuoteInQuoted:
            if (c == u'"') {
                m_field.append(c);
                m_state = State::Quoted;
            } else if (c == u',') {
                endField();
                m_state = State::FieldStart;
            } else if (c == u'\r' || c == u'\n') {
                endLine(c);
            } else {
                if (m_record.error.isEmpty())
                    m_record.error = QStringLiteral("text after the closing quote of a field");
                m_field.append(c);
                m_state = State::Unquoted;
            }
            return;
        }
    }

    void endField() { m_record.fields.append(std::exchange(m_field, QString())); }

    void endLine(QChar c)
    {
        m_skipLineFeed = c == u'\r';
        endRecord();
    }

    void endRecord()
    {
        endField();
        m_sink(std::exchange(m_record, Record()));
        m_state = State::RecordStart;
    }

    Sink m_sink;
    State m_state = State::RecordStart;
    Record m_record;
    QString m_field;
    qint64 m_line = 1;
    bool m_skipLineFeed = false;
};

QDateTime parseTime(const QString &text, bool *ok)
{
    if (text.isEmpty()) {
        *ok = true;
        return {};
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    *ok = time.isValid();
    return time.toUTC();
}

} // namespace

ManifestReadResult ManifestReader::readCsv(const QString &path)
{
    ManifestReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errorDetail = QStringLiteral("open %1: %2").arg(path, file.errorString());
        result.errorString = tr("Custody could not open the manifest %1. Check that the folder holds an export and "
                                "that you may read it.")
                                 .arg(QDir::toNativeSeparators(path));
        return result;
    }

    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    const QStringList required = ManifestEntry::csvColumns();
    QHash<QString, qsizetype> column;
    bool headerSeen = false;
    bool headerUsable = false;

    const auto problem = [&result](qint64 line, const QString &message) {
        result.problems.append({ line, message });
    };

    const auto onRecord = [&](CsvTokenizer::Record &&record) {
        if (!headerSeen) {
            headerSeen = true;
            if (!record.fields.isEmpty() && record.fields.first().startsWith(QChar(0xFEFF)))
                record.fields.first().remove(0, 1);
            for (qsizetype i = 0; i < record.fields.size(); ++i)
                column.insert(record.fields.at(i).trimmed(), i);
            QStringList missing;
            for (const QString &name : required) {
                if (!column.contains(name))
                    missing.append(name);
            }
            headerUsable = missing.isEmpty();
            if (!headerUsable) {
                result.errorDetail = QStringLiteral("header lacks columns: %1").arg(missing.join(u','));
                result.errorString = tr("The manifest %1 is not a Custody manifest: its first line lacks the "
                                        "columns %2. Check that you chose the right folder.")
                                         .arg(QDir::toNativeSeparators(path), missing.join(QStringLiteral(", ")));
            }
            return;
        }
        if (!headerUsable)
            return;
        if (!record.error.isEmpty()) {
            problem(record.line,
                tr("Line %1 of the manifest is malformed (%2); it was skipped.").arg(record.line).arg(record.error));
            return;
        }
        if (record.fields.size() != column.size()) {
            problem(record.line,
                tr("Line %1 of the manifest has %2 fields instead of %3; it was skipped.")
                    .arg(record.line)
                    .arg(record.fields.size())
                    .arg(column.size()));
            return;
        }
        const auto field = [&](const char *name) {
            return record.fields.at(column.value(QLatin1String(name)));
        };

        ManifestEntry entry;
        entry.conversationId = field("conversationId");
        entry.recordingId = field("recordingId");
        entry.queue = field("queue");
        entry.agent = field("agent");
        entry.direction = field("direction");
        entry.mediaType = field("mediaType");
        entry.relativePath = field("relativePath");
        entry.sha256 = field("sha256").toLower();
        entry.sourceJobId = field("sourceJobId");
        bool sizeOk = false;
        entry.size = field("size").toLongLong(&sizeOk);
        bool startOk = false;
        entry.startTime = parseTime(field("startTime"), &startOk);
        bool downloadedOk = false;
        entry.downloadedAt = parseTime(field("downloadedAt"), &downloadedOk);

        QStringList bad;
        if (entry.relativePath.isEmpty())
            bad.append(QStringLiteral("relativePath"));
        if (!sizeOk || entry.size < 0)
            bad.append(QStringLiteral("size"));
        if (!sha256Hex.match(entry.sha256).hasMatch())
            bad.append(QStringLiteral("sha256"));
        if (!startOk)
            bad.append(QStringLiteral("startTime"));
        if (!downloadedOk)
            bad.append(QStringLiteral("downloadedAt"));
        if (!bad.isEmpty()) {
            problem(record.line,
                tr("Line %1 of the manifest has an invalid %2; it was skipped.")
                    .arg(record.line)
                    .arg(bad.join(QStringLiteral(", "))));
            return;
        }
        result.entries.append(std::move(entry));
    };

    CsvTokenizer tokenizer(onRecord);
    QStringDecoder decoder(QStringDecoder::Utf8);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(readChunkBytes);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
            result.errorDetail = QStringLiteral("read %1: %2").arg(path, file.errorString());
            result.errorString = tr("Custody could not read the manifest %1. Check the disk or network share and "
                                    "try again.")
                                     .arg(QDir::toNativeSeparators(path));
            return result;
        }
        tokenizer.feed(decoder.decode(chunk));
    }
    tokenizer.feed(decoder(QByteArray()));
    tokenizer.finish();

    if (!headerSeen) {
        result.errorDetail = QStringLiteral("empty manifest %1").arg(path);
        result.errorString
            = tr("The manifest %1 is empty. Check that the export finished.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    if (decoder.hasError())
        problem(
            0, tr("The manifest %1 is not valid UTF-8; some text may be wrong.").arg(QDir::toNativeSeparators(path)));
    result.readable = headerUsable;
    return result;
}

} // namespace Custody::Evidence
