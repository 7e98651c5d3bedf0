#pragma once

#include <QJsonObject>

namespace Custody::Sim {

struct SimRecording;

/// The RecordingMetadata model (no media, no transcripts).
QJsonObject recordingMetadataJson(const SimRecording &recording);

} // namespace Custody::Sim
