#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

#include "core/evidence/fileverifier.h"

class QThread;

namespace Custody::Ui {

/// Runs Evidence::FileVerifier on a worker thread: verifying rehashes every
/// file of an export (gigabytes of plain file reading), which must never
/// happen on the UI thread. Progress and the report arrive as queued signals.
class VerifyTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyTask)

public:
    explicit VerifyTask(QObject *parent = nullptr);
    /// Cancels a verification in flight and waits for the worker to stop
    /// (it checks the flag between 1 MiB chunks, so this is brief).
    ~VerifyTask() override;

    /// Verifies \a exportFolder against its manifest.csv.
    void start(const QString &exportFolder);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(qint64 filesDone, qint64 bytesDone);
    void finished(const Custody::Evidence::VerifyReport &report);

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel { false };
};

} // namespace Custody::Ui
