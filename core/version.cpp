#include "core/version.h"

#include <custody/version.h>

namespace Custody {

QString applicationVersion()
{
    return QStringLiteral(CUSTODY_VERSION_STRING);
}

QString applicationName()
{
    return QStringLiteral("Custody");
}

QString organizationName()
{
    return QStringLiteral("Custody");
}

} // namespace Custody
