#pragma once

#include <QJsonObject>
#include <QString>

namespace Custody::Sim {

struct SimRecording;

/// The RecordingMetadata model (no media, no transcripts).
QJsonObject recordingMetadataJson(const SimRecording &recording);

/// The view permissions of which batch downloads and the recordings
/// endpoints need any one (genesys-api.md 2.1 and 4.1), for SimContext::api.
QString recordingViewPermissions();

} // namespace Custody::Sim
