// The words and number formats of the jobs table, kept apart from the model's mechanics.
#include "ui/jobstablemodel.h"

#include <QLocale>

namespace Custody::Ui {

QVariant JobsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name", "column: export name");
    case Org:
        return tr("Organisation", "column");
    case DateRange:
        return tr("Dates", "column: the days exported");
    case Content:
        return tr("Content", "column: recordings and/or conversation records");
    case State:
        return tr("State", "column: export state");
    case Progress:
        return tr("Progress", "column");
    case Throughput:
        return tr("Speed", "column: download speed");
    case Eta:
        return tr("Time left", "column: estimated time to finish");
    case Destination:
        return tr("Destination", "column: folder the export writes into");
    case Created:
        return tr("Created", "column: when the export was created");
    default:
        return {};
    }
}

QString JobsTableModel::progressText(const JobRow &row) const
{
    const QLocale locale;
    const qint64 total = row.filesTotal();
    if (total > 0) {
        const QString counts = tr("%1 / %2 recordings", "progress: files done / files in the export")
                                   .arg(locale.toString(row.filesDone()), locale.toString(total));
        return row.filesFailed() > 0
            ? tr("%1, %2 failed", "progress: counts, then failed files").arg(counts, locale.toString(row.filesFailed()))
            : counts;
    }
    if (row.summary.state == Store::ExportState::Running && row.live) {
        if (row.live->windowsTotal > 0)
            return tr("Finding conversations: %1 / %2 windows")
                .arg(locale.toString(row.live->windowsDone), locale.toString(row.live->windowsTotal));
        return tr("Connecting…");
    }
    if (row.summary.state == Store::ExportState::Cancelled || row.summary.state == Store::ExportState::Failed)
        return tr("Nothing exported", "progress of a stopped export");
    if (Store::isFinished(row.summary.state))
        return row.recordings ? tr("No recordings found", "progress of a finished export") : tr("Done", "progress");
    return tr("Not started", "progress");
}

QString JobsTableModel::formatEta(qint64 seconds)
{
    if (seconds < 0)
        return tr("—", "time left unknown");
    if (seconds < 60)
        return tr("under a minute");
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return tr("%1 min", "time left").arg(minutes);
    return tr("%1 h %2 min", "time left").arg(minutes / 60).arg(minutes % 60);
}

QString JobsTableModel::contentText(const JobRow &row)
{
    // Short, for the table; contentToolTip() spells it out.
    QStringList parts;
    if (row.recordings)
        parts << tr("Recordings", "export content");
    if (row.conversationRecords)
        parts << tr("records", "export content: conversation records, after another item");
    if (row.bulkExport)
        parts << tr("S3 bulk", "export content: bulk export to the org's S3 bucket");
    if (!row.recordings && !parts.isEmpty())
        parts.first()[0] = parts.first().at(0).toUpper();
    return parts.join(tr(" + ", "export content separator"));
}

QString JobsTableModel::contentToolTip(const JobRow &row)
{
    QStringList parts;
    if (row.recordings)
        parts << tr("Call recordings, downloaded with SHA-256 hashes");
    if (row.conversationRecords)
        parts << tr("Conversation records (analytics details, JSONL)");
    if (row.bulkExport)
        parts << tr("Recording bulk export into the organisation's S3 bucket");
    return parts.join(QLatin1Char('\n'));
}

QString JobsTableModel::rangeText(const JobRow &row)
{
    if (row.conversationIdCount >= 0)
        return tr("%n listed conversation(s)", "", static_cast<int>(row.conversationIdCount));
    if (!row.range.isValid())
        return {};
    const QLocale locale;
    if (row.range.first == row.range.last)
        return locale.toString(row.range.first, QLocale::ShortFormat);
    return tr("%1 – %2", "date range: first day – last day")
        .arg(locale.toString(row.range.first, QLocale::ShortFormat),
            locale.toString(row.range.last, QLocale::ShortFormat));
}

QString JobsTableModel::stateText(const JobRow &row)
{
    switch (displayState(row)) {
    case JobDisplayState::Queued:
        return tr("Queued", "export state");
    case JobDisplayState::Submitting:
        return tr("Submitting", "export state");
    case JobDisplayState::Processing:
        return tr("Processing", "export state");
    case JobDisplayState::Downloading:
        return tr("Downloading", "export state");
    case JobDisplayState::Fulfilled:
        return tr("Completed", "export state");
    case JobDisplayState::Attention:
        return row.summary.state == Store::ExportState::CompletedWithErrors
            ? tr("Completed with errors", "export state")
            : tr("Needs attention", "export state");
    case JobDisplayState::Failed:
        return tr("Failed", "export state");
    case JobDisplayState::Paused:
        return tr("Paused", "export state");
    case JobDisplayState::Cancelled:
        return tr("Cancelled", "export state");
    }
    return {};
}

} // namespace Custody::Ui
