#include "core/evidence/jsonlgzwriter.h"

#include <QDir>
#include <QJsonDocument>

#include <vector>

#include <zlib.h>

#include "core/evidence/partfile.h"

namespace Custody::Evidence {

namespace {

// 15 bits of window plus 16 asks zlib for a gzip header and trailer instead
// of a raw zlib stream, so standard tools can read the file.
constexpr int gzipWindowBits = 15 + 16;
constexpr int defaultMemLevel = 8;

} // namespace

struct JsonlGzWriter::Deflater
{
    z_stream stream {};
    std::vector<unsigned char> out = std::vector<unsigned char>(static_cast<size_t>(bufferSize));
    bool initialised = false;

    ~Deflater()
    {
        if (initialised)
            deflateEnd(&stream);
    }
};

JsonlGzWriter::JsonlGzWriter() = default;

JsonlGzWriter::~JsonlGzWriter()
{
    if (isOpen())
        abort();
}

bool JsonlGzWriter::isOpen() const
{
    return m_file && m_file->isOpen();
}

bool JsonlGzWriter::fail(const QString &detail)
{
    m_errorDetail = detail;
    m_errorString = tr("Custody could not write the compressed file %1. Check that the folder is writable and the "
                       "disk is not full, then run the export again.")
                        .arg(QDir::toNativeSeparators(m_path));
    abort();
    return false;
}

bool JsonlGzWriter::failFromFile()
{
    m_errorDetail = m_file->errorDetail();
    m_errorString = m_file->errorString();
    abort();
    return false;
}

void JsonlGzWriter::release()
{
    m_deflater.reset();
    m_file.reset();
}

bool JsonlGzWriter::open(const QString &path)
{
    if (isOpen())
        abort();
    m_path = path;
    m_lines = 0;
    m_uncompressedBytes = 0;
    m_compressedBytes = 0;
    m_errorString.clear();
    m_errorDetail.clear();

    m_deflater = std::make_unique<Deflater>();
    const int rc = deflateInit2(
        &m_deflater->stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, gzipWindowBits, defaultMemLevel, Z_DEFAULT_STRATEGY);
    if (rc != Z_OK)
        return fail(QStringLiteral("deflateInit2 failed: %1").arg(rc));
    m_deflater->initialised = true;

    m_file = std::make_unique<PartFile>();
    if (!m_file->open(path))
        return failFromFile();
    return true;
}

bool JsonlGzWriter::deflateInput(const QByteArray &input, int flush)
{
    z_stream &stream = m_deflater->stream;
    // zlib takes a non-const pointer but does not write through next_in.
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    stream.avail_in = static_cast<uInt>(input.size());
    int rc = Z_OK;
    do {
        stream.next_out = m_deflater->out.data();
        stream.avail_out = static_cast<uInt>(m_deflater->out.size());
        rc = deflate(&stream, flush);
        if (rc == Z_STREAM_ERROR)
            return fail(QStringLiteral("deflate failed: %1").arg(rc));
        const qint64 produced = static_cast<qint64>(m_deflater->out.size()) - stream.avail_out;
        if (produced > 0) {
            if (!m_file->write(reinterpret_cast<const char *>(m_deflater->out.data()), produced))
                return failFromFile();
            m_compressedBytes += produced;
        }
        // With Z_FINISH keep going until the trailer is out; otherwise stop
        // once zlib has consumed the input and has room left over.
    } while (flush == Z_FINISH ? rc != Z_STREAM_END : stream.avail_out == 0);
    return true;
}

bool JsonlGzWriter::write(const QJsonObject &object)
{
    if (!isOpen()) {
        m_errorDetail = QStringLiteral("write to a closed JSONL writer");
        m_errorString = tr("Custody tried to write to a file that is not open. This is a bug; please report it.");
        return false;
    }
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    line.append('\n');
    if (!deflateInput(line, Z_NO_FLUSH))
        return false;
    ++m_lines;
    m_uncompressedBytes += line.size();
    return true;
}

bool JsonlGzWriter::finish()
{
    if (!isOpen()) {
        m_errorDetail = QStringLiteral("finish of a closed JSONL writer");
        m_errorString = tr("Custody tried to finish a file that is not open. This is a bug; please report it.");
        return false;
    }
    if (!deflateInput(QByteArray(), Z_FINISH))
        return false;
    if (!m_file->commit())
        return failFromFile();
    release();
    return true;
}

void JsonlGzWriter::abort()
{
    if (m_file)
        m_file->abort();
    release();
}

} // namespace Custody::Evidence
