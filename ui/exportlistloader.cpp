#include "ui/exportlistloader.h"

#include <QThread>

#include <variant>

#include "core/store/jobstore.h"

namespace Custody::Ui {

namespace {

/// Runs on the worker thread: everything here uses only its own store.
std::variant<QList<JobRow>, QString> readAll(const QString &path)
{
    Store::JobStore store;
    const auto opened = store.open(path);
    if (!opened.ok())
        return opened.error().userMessage();
    const auto list = store.listExports();
    if (!list.ok())
        return list.error().userMessage();
    QList<JobRow> rows;
    rows.reserve(list.value().size());
    for (const Store::ExportSummary &summary : list.value()) {
        const auto record = store.exportById(summary.id);
        if (!record.ok())
            continue; // removed meanwhile
        rows.append(jobRowFromRecord(record.value(), summary.items));
    }
    return rows;
}

} // namespace

ExportListLoader::ExportListLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
{
}

ExportListLoader::~ExportListLoader()
{
    if (m_thread)
        m_thread->wait();
}

void ExportListLoader::load()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    startThread();
}

void ExportListLoader::startThread()
{
    m_loading = true;
    m_thread.reset(QThread::create([this, path = m_path] {
        auto result = readAll(path);
        // Posted to this object's (the UI) thread; dropped if it is gone.
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result)] {
                m_loading = false;
                if (const auto *rows = std::get_if<QList<JobRow>>(&result))
                    Q_EMIT loaded(*rows);
                else
                    Q_EMIT failed(std::get<QString>(result));
            },
            Qt::QueuedConnection);
    }));
    connect(m_thread.get(), &QThread::finished, this, &ExportListLoader::onThreadFinished);
    m_thread->start(QThread::LowPriority);
}

void ExportListLoader::onThreadFinished()
{
    m_thread->wait();
    m_thread.reset();
    if (m_again) {
        m_again = false;
        startThread();
    }
}

} // namespace Custody::Ui
