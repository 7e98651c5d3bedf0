#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace Custody::Evidence {

class PartFile;

/// Streams JSON objects, one compact object per line, into a gzip file that
/// `zcat` and `gzip -d` read. Memory stays bounded: one output buffer of
/// bufferSize bytes, the current line and zlib's own state, however many lines
/// are written.
///
/// The data goes to "<path>.part"; finish() makes it durable and renames it to
/// path in one step, abort() removes it. Errors are values: a failing call
/// returns false and errorString() / errorDetail() say why.
class JsonlGzWriter final
{
    Q_DECLARE_TR_FUNCTIONS(JsonlGzWriter)
    Q_DISABLE_COPY_MOVE(JsonlGzWriter)

public:
    /// Size of the compressed output buffer.
    static constexpr qsizetype bufferSize = 64 * 1024;

    JsonlGzWriter();
    /// Aborts an unfinished file.
    ~JsonlGzWriter();

    [[nodiscard]] bool open(const QString &path);
    [[nodiscard]] bool write(const QJsonObject &object);
    [[nodiscard]] bool finish();
    void abort();

    bool isOpen() const;
    QString path() const { return m_path; }

    qint64 lineCount() const { return m_lines; }
    qint64 uncompressedBytes() const { return m_uncompressedBytes; }
    qint64 compressedBytes() const { return m_compressedBytes; }

    QString errorString() const { return m_errorString; }
    QString errorDetail() const { return m_errorDetail; }

private:
    struct Deflater;

    bool deflateInput(const QByteArray &input, int flush);
    bool fail(const QString &detail);
    bool failFromFile();
    void release();

    std::unique_ptr<Deflater> m_deflater;
    std::unique_ptr<PartFile> m_file;
    QString m_path;
    qint64 m_lines = 0;
    qint64 m_uncompressedBytes = 0;
    qint64 m_compressedBytes = 0;
    QString m_errorString;
    QString m_errorDetail;
};

} // namespace Custody::Evidence
