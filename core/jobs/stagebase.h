#pragma once

#include <QObject>
#include <QString>

#include "core/store/storeresult.h"

namespace Custody::Jobs {

/// What every stage of an export run shares: the signals the run listens to,
/// and the one way a stage reports that the job store failed.
class StageBase : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageBase)

public:
    explicit StageBase(QObject *parent = nullptr);

Q_SIGNALS:
    /// Something moved on: the run pumps the stages and updates its progress.
    void progressed();
    /// The job store failed; \a message is for the user. The run stops.
    void storeFailed(const QString &message);

protected:
    /// True when \a status is ok; otherwise emits storeFailed() and returns false.
    bool check(const Store::StoreStatus &status);
};

} // namespace Custody::Jobs
