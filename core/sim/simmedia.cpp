#include "core/sim/simmedia.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <httplib.h>

#include <array>
#include <cmath>
#include <cstring>

#include "core/sim/simcontext.h"
#include "core/sim/simorg.h"
#include "core/sim/simrandom.h"
#include "core/sim/simroutes.h"

namespace Custody::Sim {

namespace {

constexpr qint64 blockSize = 4096;
constexpr int sampleRate = 8000;
constexpr qint64 wavHeaderSize = 44;
constexpr qint64 textLineLength = 80;

const std::array<qint16, sampleRate> &toneTable()
{
    // One second of a 440 Hz tone: 440 whole periods, so the table repeats cleanly.
    static const auto table = [] {
        std::array<qint16, sampleRate> t {};
        for (int i = 0; i < sampleRate; ++i)
            t[size_t(i)] = qint16(std::lround(3000.0 * std::sin(2.0 * M_PI * 440.0 * i / sampleRate)));
        return t;
    }();
    return table;
}

void putLe(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

QByteArray wavHeader(qint64 totalSize)
{
    const auto dataSize = quint32(totalSize - wavHeaderSize);
    QByteArray h;
    h.append("RIFF");
    putLe(h, quint32(totalSize - 8), 4);
    h.append("WAVEfmt ");
    putLe(h, 16, 4);
    putLe(h, 1, 2); // PCM
    putLe(h, 1, 2); // mono
    putLe(h, sampleRate, 4);
    putLe(h, sampleRate * 2, 4);
    putLe(h, 2, 2);
    putLe(h, 16, 2);
    h.append("data");
    putLe(h, dataSize, 4);
    return h;
}

QByteArray signingKey(const SimContext &context)
{
    return QByteArray::number(SimRandom::mix(context.config.seed, 0x5167), 16);
}

QString signature(const SimContext &context, const QString &recordingId, const QString &format, qint64 expires)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(signingKey(context));
    hash.addData(QStringLiteral("|%1|%2|%3").arg(recordingId, format).arg(expires).toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(40));
}

void sendStorageError(
    const httplib::Request &req, httplib::Response &res, int status, const char *code, const char *message)
{
    // cpp-httplib 0.11 would cut an error body to the request's Range too; a
    // storage host sends the whole error document. The request object is not
    // const inside the server, only in the handler's signature.
    const_cast<httplib::Request &>(req).ranges.clear();
    // Storage answers in S3's XML, not in the API's ErrorBody.
    res.status = status;
    res.set_content(std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>") + code + "</Code><Message>"
            + message + "</Message></Error>",
        "application/xml");
}

} // namespace

SimMediaBody::SimMediaBody(const SimRecording &recording, const QString &formatId)
    : m_seed(recording.contentSeed)
{
    const QString format = formatId.toUpper();
    if (recording.media != QStringLiteral("audio")) {
        m_kind = Kind::Text;
        m_size = recording.nativeBytes;
        m_contentType = recording.media == QStringLiteral("email") ? QStringLiteral("message/rfc822")
                                                                   : QStringLiteral("text/plain");
        m_extension = recording.media == QStringLiteral("email") ? QStringLiteral("eml") : QStringLiteral("txt");
        return;
    }
    if (format.isEmpty() || format == QStringLiteral("WAV") || format == QStringLiteral("NONE")) {
        m_kind = Kind::Wav;
        m_size = recording.nativeBytes;
        m_contentType = QStringLiteral("audio/wav");
        m_extension = QStringLiteral("wav");
        m_header = wavHeader(m_size);
        return;
    }
    struct Converted
    {
        const char *id;
        double ratio;
        const char *type;
        const char *ext;
        QByteArray magic;
    };
    static const Converted table[] = {
        { "WAV_ULAW", 0.5, "audio/wav", "wav", QByteArray("RIFF") },
        { "WEBM", 0.2, "audio/webm", "webm", QByteArray::fromHex("1A45DFA3") },
        { "OGG_VORBIS", 0.18, "audio/ogg", "ogg", QByteArray("OggS") },
        { "OGG_OPUS", 0.15, "audio/ogg", "opus", QByteArray("OggS") },
        { "MP3", 0.25, "audio/mpeg", "mp3", QByteArray("ID3\x04", 4) },
    };
    for (const Converted &c : table) {
        if (format == QLatin1String(c.id)) {
            m_kind = Kind::Opaque;
            m_size = std::max<qint64>(1024, qint64(double(recording.nativeBytes) * c.ratio));
            m_contentType = QString::fromLatin1(c.type);
            m_extension = QString::fromLatin1(c.ext);
            m_header = c.magic;
            m_seed = SimRandom::mix(recording.contentSeed, SimRandom::hashString(format));
            return;
        }
    }
}

bool SimMediaBody::isKnownFormat(const QString &formatId)
{
    static const QStringList known = { QStringLiteral("WAV"), QStringLiteral("WEBM"), QStringLiteral("WAV_ULAW"),
        QStringLiteral("OGG_VORBIS"), QStringLiteral("OGG_OPUS"), QStringLiteral("MP3"), QStringLiteral("NONE") };
    return known.contains(formatId.toUpper());
}

void SimMediaBody::fillBlock(qint64 block, char *out) const
{
    const qint64 start = block * blockSize;
    SimRandom random(SimRandom::mix(m_seed, quint64(block)));
    switch (m_kind) {
    case Kind::Wav: {
        const auto &tone = toneTable();
        // Block starts and the header size are even, so samples never straddle blocks.
        for (qint64 i = 0; i < blockSize; i += 2) {
            if (start + i < wavHeaderSize) {
                out[i] = out[i + 1] = 0; // the header, written below
                continue;
            }
            const qint64 sample = (start + i - wavHeaderSize) / 2;
            const int noise = int(random.next() % 257) - 128;
            const auto value = qint16(tone[size_t(sample % sampleRate)] + noise);
            out[i] = char(value & 0xFF);
            out[i + 1] = char((value >> 8) & 0xFF);
        }
        break;
    }
    case Kind::Opaque:
        for (qint64 i = 0; i < blockSize; i += 8) {
            const std::uint64_t v = random.next();
            std::memcpy(out + i, &v, 8);
        }
        break;
    case Kind::Text: {
        static const char *const speakers[] = { "Agent", "Customer" };
        static const char *const words[] = { "claim", "policy", "number", "thank", "you", "please", "confirm",
            "address", "payment", "today", "account", "reference", "yes", "no" };
        for (qint64 line = start / textLineLength; line * textLineLength < start + blockSize; ++line) {
            SimRandom lineRandom(SimRandom::mix(m_seed, quint64(line) ^ 0x7E47));
            QByteArray text
                = QByteArray("[") + QByteArray::number(line).rightJustified(6, '0') + "] " + speakers[line % 2] + ":";
            while (text.size() < textLineLength - 1)
                text += QByteArray(" ") + words[lineRandom.next() % std::size(words)];
            text.truncate(textLineLength - 1);
            text += '\n';
            for (qint64 i = 0; i < textLineLength; ++i) {
                const qint64 pos = line * textLineLength + i - start;
                if (pos >= 0 && pos < blockSize)
                    out[pos] = text[i];
            }
        }
        break;
    }
    }
    // The container header overrides the first bytes of the first block.
    if (block == 0)
        std::memcpy(out, m_header.constData(), size_t(std::min<qint64>(m_header.size(), blockSize)));
}

void SimMediaBody::fill(qint64 offset, char *out, qint64 length) const
{
    std::array<char, blockSize> buffer {};
    qint64 done = 0;
    while (done < length) {
        const qint64 position = offset + done;
        const qint64 block = position / blockSize;
        const qint64 within = position % blockSize;
        fillBlock(block, buffer.data());
        const qint64 n = std::min(blockSize - within, length - done);
        std::memcpy(out + done, buffer.data() + within, size_t(n));
        done += n;
    }
}

QString presignedMediaUrl(
    const SimContext &context, const SimRecording &recording, const QString &formatId, qint64 expiresAtSecs)
{
    const QString format = formatId.isEmpty() ? QStringLiteral("NATIVE") : formatId.toUpper();
    const SimMediaBody body(recording, formatId);
    return QStringLiteral("%1/media/%2.%3?conversationId=%4&format=%5&expires=%6&signature=%7")
        .arg(context.baseUrl(), recording.id, body.extension(), recording.conversationId, format)
        .arg(expiresAtSecs)
        .arg(signature(context, recording.id, format, expiresAtSecs));
}

int mediaUrlTtlSeconds(SimContext &context)
{
    const int fault = context.faults.urlTtlSeconds();
    return fault > 0 ? fault : context.config.urlTtlMinutes * 60;
}

void registerMediaRoutes(httplib::Server &server, SimContext &context)
{
    server.Get(R"(/media/([0-9a-f-]+)\.(\w+))", [&context](const httplib::Request &req, httplib::Response &res) {
        context.stats.countMediaRequest();
        const auto finish = [&] {
            context.stats.countRequest(QStringLiteral("GET /media"), res.status, {});
        };
        const QString recordingId = pathParam(req, 1);
        const QString format = queryParam(req, "format");
        bool ok = false;
        const qint64 expires = queryParam(req, "expires").toLongLong(&ok);
        if (!ok || queryParam(req, "signature") != signature(context, recordingId, format, expires)) {
            sendStorageError(req, res, 403, "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.");
            return finish();
        }
        if (QDateTime::currentSecsSinceEpoch() >= expires) {
            context.stats.countMediaExpired();
            sendStorageError(req, res, 403, "AccessDenied", "Request has expired");
            return finish();
        }
        const SimRecording *recording = context.org.recording(recordingId);
        if (!recording) {
            sendStorageError(req, res, 404, "NoSuchKey", "The specified key does not exist.");
            return finish();
        }
        auto body = std::make_shared<SimMediaBody>(*recording, format == QStringLiteral("NATIVE") ? QString() : format);
        if (req.ranges.size() == 1 && req.ranges.front().first >= 0 && req.ranges.front().first >= body->size()) {
            // A range that starts past the end, as a resuming client with a
            // complete part asks for: 416 with the full length, as S3 answers.
            sendStorageError(req, res, 416, "InvalidRange", "The requested range is not satisfiable");
            res.set_header("Content-Range", "bytes */" + std::to_string(body->size()));
            return finish();
        }
        // A cut connection stops somewhere in the middle of what was asked for.
        const bool cut = context.faults.rollMediaCut();
        std::string etag(1, '"');
        etag += signature(context, recordingId, format, 0).left(16).toStdString();
        etag += '"';
        res.set_header("ETag", etag);
        res.set_header("Accept-Ranges", "bytes");
        res.set_content_provider(size_t(body->size()), body->contentType().toStdString(),
            [&context, body, cut, served = qint64(0)](size_t offset, size_t length, httplib::DataSink &sink) mutable {
                constexpr size_t chunk = 64 * 1024;
                std::array<char, chunk> buffer {};
                size_t n = std::min(length, chunk);
                if (cut) {
                    n = std::min(n, size_t(std::max<qint64>(512, body->size() / 4)));
                    if (served >= body->size() / 2) {
                        context.stats.countMediaCut();
                        return false; // drops the connection mid-body
                    }
                }
                body->fill(qint64(offset), buffer.data(), qint64(n));
                if (!sink.write(buffer.data(), n))
                    return false;
                served += qint64(n);
                context.stats.addBytesServed(qint64(n));
                return true;
            });
        finish();
    });
}

} // namespace Custody::Sim
