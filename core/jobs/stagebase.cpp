#include "core/jobs/stagebase.h"

namespace Custody::Jobs {

StageBase::StageBase(QObject *parent)
    : QObject(parent)
{
}

bool StageBase::check(const Store::StoreStatus &status)
{
    if (status.ok())
        return true;
    Q_EMIT storeFailed(status.error().userMessage());
    return false;
}

} // namespace Custody::Jobs
