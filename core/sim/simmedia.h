#pragma once

#include <QString>

#include <cstdint>

namespace Custody::Sim {

class SimContext;
struct SimRecording;

/// The bytes of one recording in one format, generated on demand for any
/// byte range, so a multi-gigabyte recording never sits in memory.
/// Native audio is a real, playable WAV (8 kHz, 16-bit mono); converted
/// formats start with their container's magic bytes but carry generated
/// bytes, not encoded audio. Text media (chat, email, messaging) is a
/// transcript of generated lines.
class SimMediaBody final
{
public:
    enum class Kind { Wav, Opaque, Text };

    /// \a formatId is empty for the native format, else a Genesys formatId
    /// (WAV, WEBM, WAV_ULAW, OGG_VORBIS, OGG_OPUS, MP3).
    SimMediaBody(const SimRecording &recording, const QString &formatId);

    qint64 size() const { return m_size; }
    QString contentType() const { return m_contentType; }
    QString extension() const { return m_extension; }
    /// Writes bytes [offset, offset + length) into \a out.
    void fill(qint64 offset, char *out, qint64 length) const;

    /// Whether \a formatId is one the recordings endpoints accept.
    static bool isKnownFormat(const QString &formatId);

private:
    void fillBlock(qint64 block, char *out) const;

    Kind m_kind = Kind::Opaque;
    qint64 m_size = 0;
    std::uint64_t m_seed = 0;
    QString m_contentType;
    QString m_extension;
    QByteArray m_header;
};

/// Presigned media URLs: no bearer token, an expiry and a signature, like
/// the storage URLs Genesys Cloud hands out.
QString presignedMediaUrl(
    const SimContext &context, const SimRecording &recording, const QString &formatId, qint64 expiresAtSecs);
/// The URL lifetime in force: the fault override, else the org setting.
int mediaUrlTtlSeconds(SimContext &context);

} // namespace Custody::Sim
