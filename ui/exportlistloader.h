#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

#include "ui/jobrow.h"

class QThread;

namespace Custody::Ui {

/// Reads the list of exports on a worker thread, through a JobStore of its
/// own on the same file, so the UI thread never waits for the GROUP BY over
/// every item nor behind the engine's writes (WAL lets the reader run
/// alongside). One load at a time; a load() while one runs is remembered and
/// run after it.
class ExportListLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportListLoader)

public:
    /// \a databasePath is the engine's store file.
    explicit ExportListLoader(const QString &databasePath, QObject *parent = nullptr);
    /// Waits for a load in flight (a short wait, only at shutdown).
    ~ExportListLoader() override;

    void load();
    /// True from load() until loaded() or failed() of the last requested load.
    bool isLoading() const { return m_loading || m_again; }

Q_SIGNALS:
    /// Every export, newest first.
    void loaded(const QList<Custody::Ui::JobRow> &rows);
    /// The list could not be read; \a message is translated.
    void failed(const QString &message);

private:
    void startThread();
    void onThreadFinished();

    QString m_path;
    std::unique_ptr<QThread> m_thread;
    bool m_again = false;
    bool m_loading = false;
};

} // namespace Custody::Ui
