#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>

#include "ui/jobrow.h"
#include "ui/stateicons.h"

namespace Custody::Jobs {
class Engine;
}

namespace Custody::Ui {

class ExportListLoader;

/// The exports, one row each, newest first.
///
/// The list is read on a worker thread (ExportListLoader) and then handed to
/// views in pages through canFetchMore()/fetchMore(), so neither a long query
/// nor a huge insert ever stalls the UI thread. After that the model is fed
/// only by the Engine's signals, and those are BATCHED: changes are collected
/// and flushed at most every flushIntervalMs, with one dataChanged() per run
/// of adjacent rows, or one for every row when more than half changed.
///
/// Formatting lives here (QLocale numbers, sizes and dates); sorting and
/// filtering use the raw value under RawValueRole (see JobsFilterProxyModel).
class JobsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsTableModel)

public:
    enum Column { Name, Org, DateRange, Content, State, Progress, Throughput, Eta, Destination, Created, ColumnCount };

    enum Role {
        RawValueRole = Qt::UserRole, ///< the unformatted value, for sorting and filtering
        ExportIdRole, ///< Store::ExportId of the row (any column)
        DisplayStateRole, ///< int(JobDisplayState) (any column)
        ProgressFractionRole, ///< 0..1, or -1 while the total is unknown (Progress column)
        ProgressTextRole, ///< e.g. "1,240 / 3,112 recordings" (Progress column)
    };

    static constexpr int flushIntervalMs = 100;
    static constexpr int pageSize = 200;

    /// \a engine feeds progress; its store's file is read for the list.
    explicit JobsTableModel(Jobs::Engine *engine, QObject *parent = nullptr);
    ~JobsTableModel() override;

    /// Reads the list again in the background (rows are replaced on arrival).
    void reload();
    /// True while a (re)load is in flight.
    bool isLoading() const;

    /// Shows \a id at the top at once (e.g. right after the user created it).
    void addExport(Store::ExportId id);
    /// Removes \a id from the list (it stays in the store) and keeps it
    /// hidden on reload.
    void hideExport(Store::ExportId id);
    /// Exports never to show, by uuid (remembered by the caller across runs).
    void setHiddenExports(const QSet<QUuid> &uuids);

    /// Profile id -> name, for the Org column.
    void setOrgNames(const QHash<QString, QString> &names);
    /// Redraws the state icons for \a palette (call on QEvent::PaletteChange).
    void setPalette(const QPalette &palette);

    /// The row of \a id among the rows shown, or -1.
    int rowOf(Store::ExportId id) const;
    /// The row data of shown row \a row; asserts the row exists.
    const JobRow &jobAt(int row) const;
    /// Every loaded export, shown or still to be fetched.
    qsizetype loadedCount() const { return m_rows.size(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Applies pending engine updates now instead of on the timer (tests, shutdown).
    void flushPendingUpdates();

    /// Human forms used by the table and the details pane.
    static QString formatEta(qint64 seconds);
    static QString contentText(const JobRow &row);
    static QString contentToolTip(const JobRow &row);
    static QString rangeText(const JobRow &row);
    static QString stateText(const JobRow &row);

Q_SIGNALS:
    /// The background load finished and rows were replaced.
    void loaded();
    /// The background load failed; \a message is translated.
    void loadFailed(const QString &message);
    /// \a id reached a finished state, or paused needing the user.
    void exportStopped(Custody::Store::ExportId id, Custody::Store::ExportState state, const QString &message);

private:
    void onLoaded(const QList<JobRow> &rows);
    void onProgress(Store::ExportId id, const Jobs::ExportProgress &progress);
    void onStopped(Store::ExportId id, Store::ExportState state, const QString &message);
    void scheduleFlush();
    void flush();
    void insertAtTop(JobRow row);
    void rebuildIndex();
    QVariant displayData(const JobRow &row, int column) const;
    QVariant rawData(const JobRow &row, int column) const;
    QString progressText(const JobRow &row) const;
    double progressFraction(const JobRow &row) const;

    Jobs::Engine *m_engine;
    std::unique_ptr<ExportListLoader> m_loader;
    QList<JobRow> m_rows; // every loaded export; the first m_shown are in the model
    int m_shown = 0;
    bool m_resetting = false;
    bool m_fetching = false;
    QHash<Store::ExportId, int> m_index;
    QHash<Store::ExportId, Jobs::ExportProgress> m_pendingProgress;
    QSet<Store::ExportId> m_pendingRows; // rows changed by a stop, or unknown ids to look up
    QSet<QUuid> m_hidden;
    QHash<QString, QString> m_orgNames;
    StateIcons m_icons;
    QTimer m_flushTimer;
};

} // namespace Custody::Ui
