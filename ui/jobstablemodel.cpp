#include "ui/jobstablemodel.h"

#include <QLocale>

#include <algorithm>
#include <limits>

#include "core/jobs/engine.h"
#include "core/store/jobstore.h"
#include "ui/exportlistloader.h"

namespace Custody::Ui {

JobsTableModel::JobsTableModel(Jobs::Engine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
    , m_loader(std::make_unique<ExportListLoader>(engine->store()->path()))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &JobsTableModel::flush);
    connect(m_loader.get(), &ExportListLoader::loaded, this, &JobsTableModel::onLoaded);
    connect(m_loader.get(), &ExportListLoader::failed, this, &JobsTableModel::loadFailed);
    connect(m_engine, &Jobs::Engine::progressChanged, this, &JobsTableModel::onProgress);
    connect(m_engine, &Jobs::Engine::stopped, this, &JobsTableModel::onStopped);
}

JobsTableModel::~JobsTableModel() = default;

void JobsTableModel::reload()
{
    m_loader->load();
}

bool JobsTableModel::isLoading() const
{
    return m_loader->isLoading();
}

void JobsTableModel::onLoaded(const QList<JobRow> &rows)
{
    // Keep what the engine told us about running exports: the store knows
    // only the state, not the speed or the ETA.
    QHash<Store::ExportId, JobRow> previous;
    for (const JobRow &row : std::as_const(m_rows))
        previous.insert(row.summary.id, row);
    // Exports added while the list was read are newer than all of it: keep them on top.
    QSet<Store::ExportId> loadedIds;
    for (const JobRow &row : rows)
        loadedIds.insert(row.summary.id);
    QList<JobRow> added;
    for (const JobRow &row : std::as_const(m_rows))
        if (!loadedIds.contains(row.summary.id))
            added.append(row);
    // Views and QAbstractItemModelTester may call fetchMore() from their
    // modelReset handlers; no rows may be inserted until the reset is over.
    m_resetting = true;
    beginResetModel();
    m_rows = added;
    m_rows.reserve(added.size() + rows.size());
    for (const JobRow &row : rows) {
        if (m_hidden.contains(row.summary.uuid))
            continue;
        m_rows.append(row);
        const auto old = previous.constFind(row.summary.id);
        if (old != previous.cend()) {
            m_rows.last().live = old->live;
            m_rows.last().message = old->message;
            if (old->live) // the engine spoke after the store was read, or will again
                m_rows.last().summary.state = old->summary.state;
        }
    }
    m_shown = static_cast<int>(std::min<qsizetype>(std::max<qsizetype>(pageSize, added.size()), m_rows.size()));
    rebuildIndex();
    endResetModel();
    m_resetting = false;
    Q_EMIT loaded();
    if (!m_pendingProgress.isEmpty() || !m_pendingRows.isEmpty())
        scheduleFlush();
}

void JobsTableModel::addExport(Store::ExportId id)
{
    if (m_index.contains(id))
        return;
    if (auto row = loadJobRow(*m_engine->store(), id))
        insertAtTop(std::move(*row));
}

void JobsTableModel::hideExport(Store::ExportId id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return;
    const int row = *it;
    m_hidden.insert(m_rows.at(row).summary.uuid);
    if (row < m_shown) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        --m_shown;
        rebuildIndex();
        endRemoveRows();
    } else {
        m_rows.removeAt(row);
        rebuildIndex();
    }
}

void JobsTableModel::setHiddenExports(const QSet<QUuid> &uuids)
{
    m_hidden = uuids;
}

void JobsTableModel::setOrgNames(const QHash<QString, QString> &names)
{
    m_orgNames = names;
    if (m_shown > 0)
        Q_EMIT dataChanged(index(0, Org), index(m_shown - 1, Org), { Qt::DisplayRole, RawValueRole });
}

void JobsTableModel::setPalette(const QPalette &palette)
{
    m_icons.setPalette(palette);
    if (m_shown > 0)
        Q_EMIT dataChanged(index(0, State), index(m_shown - 1, State), { Qt::DecorationRole });
}

int JobsTableModel::rowOf(Store::ExportId id) const
{
    const int row = m_index.value(id, -1);
    return row < m_shown ? row : -1;
}

const JobRow &JobsTableModel::jobAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_shown);
    return m_rows.at(row);
}

int JobsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int JobsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool JobsTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && !m_fetching && m_shown < m_rows.size();
}

void JobsTableModel::fetchMore(const QModelIndex &parent)
{
    // Listeners of rowsAboutToBeInserted may call fetchMore() again; that
    // nested call must not insert the same page a second time.
    if (parent.isValid() || m_resetting || m_fetching)
        return;
    const int count = static_cast<int>(std::min<qsizetype>(pageSize, m_rows.size() - m_shown));
    if (count <= 0)
        return;
    m_fetching = true;
    beginInsertRows({}, m_shown, m_shown + count - 1);
    m_shown += count;
    endInsertRows();
    m_fetching = false;
}

void JobsTableModel::insertAtTop(JobRow row)
{
    if (m_hidden.contains(row.summary.uuid) || m_index.contains(row.summary.id))
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(std::move(row));
    ++m_shown;
    rebuildIndex();
    endInsertRows();
}

void JobsTableModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).summary.id, i);
}

void JobsTableModel::onProgress(Store::ExportId id, const Jobs::ExportProgress &progress)
{
    m_pendingProgress.insert(id, progress);
    scheduleFlush();
}

void JobsTableModel::onStopped(Store::ExportId id, Store::ExportState state, const QString &message)
{
    // Apply the stop to the pending snapshot too, so a progress update that
    // is still queued cannot bring back a running state.
    const auto pending = m_pendingProgress.find(id);
    if (pending != m_pendingProgress.end())
        pending->state = state;
    const auto it = m_index.constFind(id);
    if (it != m_index.cend()) {
        JobRow &row = m_rows[*it];
        row.summary.state = state;
        row.message = message;
        if (row.live) {
            row.live->state = state;
            row.live->bytesPerSecond = 0;
            row.live->etaSeconds = -1;
        }
    }
    m_pendingRows.insert(id);
    scheduleFlush();
    Q_EMIT exportStopped(id, state, message);
}

void JobsTableModel::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void JobsTableModel::flushPendingUpdates()
{
    m_flushTimer.stop();
    flush();
}

void JobsTableModel::flush()
{
    QList<int> changed;
    changed.reserve(m_pendingProgress.size() + m_pendingRows.size());
    auto touch = [&](int row) {
        if (row < m_shown)
            changed.append(row);
    };
    QList<Store::ExportId> unknown;
    for (auto it = m_pendingProgress.cbegin(); it != m_pendingProgress.cend(); ++it) {
        const auto found = m_index.constFind(it.key());
        if (found == m_index.cend()) {
            unknown.append(it.key());
            continue;
        }
        JobRow &row = m_rows[*found];
        row.live = it.value();
        row.summary.state = it.value().state;
        if (!it.value().message.isEmpty())
            row.message = it.value().message;
        touch(*found);
    }
    for (const Store::ExportId id : std::as_const(m_pendingRows)) {
        const auto found = m_index.constFind(id);
        if (found == m_index.cend())
            unknown.append(id);
        else
            touch(*found);
    }
    QHash<Store::ExportId, Jobs::ExportProgress> unknownProgress;
    for (const Store::ExportId id : std::as_const(unknown))
        if (m_pendingProgress.contains(id))
            unknownProgress.insert(id, m_pendingProgress.value(id));
    m_pendingProgress.clear();
    m_pendingRows.clear();

    if (!changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
        const QList<int> roles { Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, RawValueRole, DisplayStateRole,
            ProgressFractionRole, ProgressTextRole };
        if (changed.size() * 2 > m_shown) {
            Q_EMIT dataChanged(index(0, 0), index(m_shown - 1, ColumnCount - 1), roles);
        } else {
            // Only the live columns change; one signal per run of adjacent rows.
            int start = changed.first();
            int previous = start;
            for (int i = 1; i <= changed.size(); ++i) {
                if (i < changed.size() && changed.at(i) == previous + 1) {
                    previous = changed.at(i);
                    continue;
                }
                Q_EMIT dataChanged(index(start, State), index(previous, Eta), roles);
                if (i < changed.size())
                    start = previous = changed.at(i);
            }
        }
    }

    if (m_loader->isLoading()) {
        // The list being loaded will contain them; look again when it lands.
        for (const Store::ExportId id : std::as_const(unknown)) {
            if (unknownProgress.contains(id))
                m_pendingProgress.insert(id, unknownProgress.value(id));
            else
                m_pendingRows.insert(id);
        }
        return;
    }
    for (const Store::ExportId id : std::as_const(unknown)) {
        auto row = loadJobRow(*m_engine->store(), id);
        if (!row)
            continue;
        if (unknownProgress.contains(id)) {
            row->live = unknownProgress.value(id);
            row->summary.state = row->live->state;
        }
        insertAtTop(std::move(*row));
    }
}

QVariant JobsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case RawValueRole:
        return rawData(row, column);
    case ExportIdRole:
        return row.summary.id;
    case DisplayStateRole:
        return static_cast<int>(displayState(row));
    case ProgressFractionRole:
        return column == Progress ? QVariant(progressFraction(row)) : QVariant();
    case ProgressTextRole:
        return column == Progress ? QVariant(progressText(row)) : QVariant();
    case Qt::DecorationRole:
        return column == State ? QVariant(m_icons.icon(displayState(row))) : QVariant();
    case Qt::ToolTipRole:
        if (column == State)
            return row.message.isEmpty() ? stateText(row) : tr("%1: %2").arg(stateText(row), row.message);
        if (column == Destination)
            return row.summary.destination;
        if (column == Content)
            return contentToolTip(row);
        if (column == Name)
            return tr("Export %1").arg(row.summary.uuid.toString(QUuid::WithoutBraces));
        return {};
    case Qt::AccessibleTextRole:
        return column == Progress ? QVariant(progressText(row)) : displayData(row, column);
    case Qt::TextAlignmentRole:
        if (column == Throughput || column == Eta)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant JobsTableModel::displayData(const JobRow &row, int column) const
{
    const QLocale locale;
    const bool running = row.summary.state == Store::ExportState::Running && row.live;
    switch (column) {
    case Name:
        return row.summary.name;
    case Org:
        return m_orgNames.value(row.profileId, row.profileId);
    case DateRange:
        return rangeText(row);
    case Content:
        return contentText(row);
    case State:
        return stateText(row);
    case Progress:
        return progressText(row);
    case Throughput:
        return running && row.live->bytesPerSecond > 0
            ? tr("%1/s", "download speed").arg(locale.formattedDataSize(row.live->bytesPerSecond, 1))
            : QString();
    case Eta:
        return running ? formatEta(row.live->etaSeconds) : QString();
    case Destination:
        return row.summary.destination;
    case Created:
        return locale.toString(row.summary.createdAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant JobsTableModel::rawData(const JobRow &row, int column) const
{
    const bool running = row.summary.state == Store::ExportState::Running && row.live;
    switch (column) {
    case Name:
        return row.summary.name;
    case Org:
        return m_orgNames.value(row.profileId, row.profileId);
    case DateRange:
        return row.conversationIdCount >= 0 ? QVariant(QDate()) : QVariant(row.range.first);
    case Content:
        return contentText(row);
    case State:
        return static_cast<int>(displayState(row));
    case Progress:
        return progressFraction(row);
    case Throughput:
        return running ? row.live->bytesPerSecond : qint64 { 0 };
    case Eta:
        return running && row.live->etaSeconds >= 0 ? row.live->etaSeconds : std::numeric_limits<qint64>::max();
    case Destination:
        return row.summary.destination;
    case Created:
        return row.summary.createdAt;
    default:
        return {};
    }
}

double JobsTableModel::progressFraction(const JobRow &row) const
{
    const qint64 total = row.filesTotal();
    if (total > 0)
        return std::clamp(double(row.filesDone() + row.filesFailed()) / double(total), 0.0, 1.0);
    if (row.summary.state == Store::ExportState::Completed
        || row.summary.state == Store::ExportState::CompletedWithErrors)
        return 1.0;
    return row.summary.state == Store::ExportState::Running ? -1.0 : 0.0;
}

} // namespace Custody::Ui
