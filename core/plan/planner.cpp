#include "core/plan/planner.h"

#include <QCryptographicHash>
#include <QStringList>

#include "core/plan/exportfilters.h"

namespace Custody::Plan {

namespace {

// UTC offsets have never exceeded 15 hours (and Apia skipped a whole day), so
// 48 hours either side of UTC midnight brackets the local start of any day.
constexpr qint64 kSearchMarginSecs = 48 * 3600;

QDate localDate(qint64 secsSinceEpoch, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, zone).date();
}

QString sortedJoined(QStringList values)
{
    for (QString &value : values)
        value = value.trimmed().toLower();
    values.sort();
    values.removeDuplicates();
    return values.join(u',');
}

} // namespace

QDateTime Planner::startOfDay(QDate date, const QTimeZone &zone)
{
    if (!date.isValid() || !zone.isValid())
        return {};
    // Search instead of asking for local midnight: how a QDateTime resolves a
    // time in a DST gap differs between Qt versions, and midnight itself lies
    // in a gap in zones such as America/Santiago.
    const qint64 utcMidnight = QDateTime(date, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    qint64 before = utcMidnight - kSearchMarginSecs; // local date is earlier than `date`
    qint64 atOrAfter = utcMidnight + kSearchMarginSecs; // local date is `date` or later
    while (atOrAfter - before > 1) {
        const qint64 middle = before + (atOrAfter - before) / 2;
        if (localDate(middle, zone) >= date)
            atOrAfter = middle;
        else
            before = middle;
    }
    return QDateTime::fromSecsSinceEpoch(atOrAfter, QTimeZone::utc());
}

QList<Window> Planner::windows(const DateRange &range, const QTimeZone &zone)
{
    QList<Window> result;
    if (!range.isValid() || !zone.isValid())
        return result;
    result.reserve(range.dayCount());
    QDateTime start = startOfDay(range.first, zone);
    for (QDate day = range.first; day <= range.last; day = day.addDays(1)) {
        const QDateTime end = startOfDay(day.addDays(1), zone);
        if (end > start) {
            Window window;
            window.index = static_cast<int>(result.size());
            window.localDate = day;
            window.utcStart = start;
            window.utcEnd = end;
            result.append(window);
        }
        start = end;
    }
    return result;
}

QList<Window> Planner::windows(const ExportSpec &spec)
{
    if (spec.selection != ExportSpec::Selection::DateRange)
        return {};
    return windows(spec.range, spec.timeZone());
}

QList<Window> Planner::split(const Window &window)
{
    const qint64 halfSecs = window.durationSeconds() / 2;
    if (halfSecs < 1)
        return { window };
    const QDateTime middle = window.utcStart.addSecs(halfSecs);

    Window first = window;
    first.utcEnd = middle;
    first.part = 2 * window.part - 1;
    first.partCount = 2 * window.partCount;

    Window second = window;
    second.utcStart = middle;
    second.part = 2 * window.part;
    second.partCount = 2 * window.partCount;
    return { first, second };
}

QString Planner::filtersHash(const ExportSpec &spec)
{
    QStringList directions;
    for (const Direction direction : spec.filters.directions)
        directions.append(directionId(direction));
    QStringList mediaTypes;
    for (const MediaType type : spec.filters.mediaTypes)
        mediaTypes.append(mediaTypeId(type));

    // The selection mode is part of the string so an id list never hashes
    // like a range whose filters happen to be empty.
    const bool byIds = spec.selection == ExportSpec::Selection::ConversationIds;
    QStringList canonical;
    canonical << QStringLiteral("custody-filters/1")
              << QStringLiteral("selection=%1").arg(byIds ? QStringLiteral("ids") : QStringLiteral("range"))
              << QStringLiteral("recordingsOnly=%1").arg(spec.onlyConversationsWithRecordings() ? 1 : 0);
    if (byIds) {
        canonical << QStringLiteral("conversations=") + sortedJoined(spec.conversationIds);
    } else {
        canonical << QStringLiteral("queues=") + sortedJoined(spec.filters.queueIds)
                  << QStringLiteral("users=") + sortedJoined(spec.filters.userIds)
                  << QStringLiteral("directions=") + sortedJoined(directions)
                  << QStringLiteral("mediaTypes=") + sortedJoined(mediaTypes);
    }
    const QByteArray utf8 = canonical.join(u'\n').toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex());
}

} // namespace Custody::Plan
