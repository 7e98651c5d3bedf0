#include "ui/verifytask.h"

#include <QThread>

namespace Custody::Ui {

VerifyTask::VerifyTask(QObject *parent)
    : QObject(parent)
{
}

VerifyTask::~VerifyTask()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void VerifyTask::start(const QString &exportFolder)
{
    Q_ASSERT(!m_thread);
    m_cancel = false;
    m_thread.reset(QThread::create([this, exportFolder] {
        const auto onProgress = [this](qint64 files, qint64 bytes) {
            QMetaObject::invokeMethod(
                this, [this, files, bytes] { Q_EMIT progress(files, bytes); }, Qt::QueuedConnection);
        };
        Evidence::VerifyReport report = Evidence::FileVerifier::verify(exportFolder, onProgress, &m_cancel);
        QMetaObject::invokeMethod(
            this, [this, report = std::move(report)] { Q_EMIT finished(report); }, Qt::QueuedConnection);
    }));
    connect(m_thread.get(), &QThread::finished, this, [this] {
        m_thread->wait();
        m_thread.reset();
    });
    m_thread->start();
}

void VerifyTask::cancel()
{
    m_cancel = true;
}

} // namespace Custody::Ui
