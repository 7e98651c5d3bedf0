#include "core/settings/transfersettings.h"

#include <QSettings>

#include <algorithm>

#include "core/transfer/filenametemplate.h"

namespace Custody::Settings {

namespace {

const QString kMaxDownloadsKey = QStringLiteral("transfers/maxDownloads");
const QString kBandwidthKey = QStringLiteral("transfers/bandwidthBytesPerSecond");
const QString kDestinationKey = QStringLiteral("transfers/defaultDestination");
const QString kTemplateKey = QStringLiteral("transfers/defaultTemplate");

} // namespace

TransferSettings::TransferSettings()
    : defaultTemplate(Transfer::FileNameTemplate::defaultPattern())
{
}

TransferSettings TransferSettings::load(const QSettings &settings)
{
    TransferSettings result;
    bool ok = false;
    const int downloads = settings.value(kMaxDownloadsKey).toInt(&ok);
    if (ok)
        result.maxDownloads = std::clamp(downloads, kMinDownloads, kMaxDownloads);
    const qint64 bandwidth = settings.value(kBandwidthKey).toLongLong(&ok);
    if (ok)
        result.bandwidthBytesPerSecond = std::max<qint64>(0, bandwidth);
    result.defaultDestination = settings.value(kDestinationKey).toString();
    // An unusable pattern would fail every new export; the default never does.
    const QString pattern = settings.value(kTemplateKey).toString();
    if (!pattern.isEmpty() && Transfer::FileNameTemplate(pattern).isValid())
        result.defaultTemplate = pattern;
    return result;
}

void TransferSettings::save(QSettings &settings) const
{
    settings.setValue(kMaxDownloadsKey, maxDownloads);
    settings.setValue(kBandwidthKey, bandwidthBytesPerSecond);
    settings.setValue(kDestinationKey, defaultDestination);
    settings.setValue(kTemplateKey, defaultTemplate);
}

} // namespace Custody::Settings
