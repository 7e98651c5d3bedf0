#pragma once

#include <QString>

namespace Custody {

/// The one version of Custody, taken from CMake's project(VERSION).
QString applicationVersion();

/// The application name used for settings, keychain service and paths.
QString applicationName();

/// The organisation name used for settings paths.
QString organizationName();

} // namespace Custody
