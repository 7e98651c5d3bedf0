#include "ui/rangesummary.h"

#include "core/plan/planner.h"

namespace Custody::Ui {

namespace {

constexpr qint64 kSecondsPerHour = 3600;
constexpr qint64 kSecondsPerDay = 24 * kSecondsPerHour;
// More unusual days than this are counted, not listed.
constexpr int kMaxNamedOddDays = 2;

} // namespace

QString RangeSummary::span(const Plan::DateRange &range, const QLocale &locale)
{
    //: Date format for a full date in the range summary, QDate::toString syntax
    const QString full = tr("d MMMM yyyy");
    const QString last = locale.toString(range.last, full);
    if (range.first == range.last)
        return last;
    if (range.first.year() == range.last.year() && range.first.month() == range.last.month()) {
        //: Days within one month: %1 first day number, %2 last date with month and year
        return tr("%1–%2").arg(locale.toString(range.first.day()), last);
    }
    if (range.first.year() == range.last.year()) {
        //: Date format for the first date of a range within one year (no year), QDate::toString syntax
        const QString noYear = tr("d MMMM");
        //: Dates in different months: %1 first date without year, %2 last date
        return tr("%1 – %2").arg(locale.toString(range.first, noYear), last);
    }
    //: Dates in different years: %1 first date, %2 last date
    return tr("%1 – %2").arg(locale.toString(range.first, full), last);
}

QString RangeSummary::text(const Plan::DateRange &range, const QTimeZone &zone, const QLocale &locale)
{
    if (!range.isValid())
        return tr("No days chosen yet. Drag across the days to export, or pick a preset.");
    if (!zone.isValid())
        return tr("Choose a time zone to count the days in.");

    const QList<Plan::Window> windows = Plan::Planner::windows(range, zone);
    QStringList oddDays;
    int oddCount = 0;
    for (const Plan::Window &window : windows) {
        const qint64 seconds = window.durationSeconds();
        if (seconds == kSecondsPerDay)
            continue;
        if (++oddCount > kMaxNamedOddDays)
            continue;
        //: A day whose length is not 24 hours: %1 the date, %2 its length in hours
        oddDays.append(tr("%1 has %2 hours")
                           .arg(locale.toString(window.localDate, tr("d MMMM")),
                               locale.toString(double(seconds) / kSecondsPerHour, 'g', 3)));
    }

    //: Range summary: %1 "N days", %2 the dates, %3 time zone id, %4 "N windows"
    // The singular is spelled out because no English numerus translation is
    // loaded; "%n days" still gets every plural form of other languages.
    const int days = int(range.dayCount());
    const int windowCount = int(windows.size());
    const QString dayText = days == 1 ? tr("1 day") : tr("%n days", "number of days chosen", days);
    const QString windowText
        = windowCount == 1 ? tr("1 window") : tr("%n windows", "API query windows, one per day", windowCount);
    QString text = tr("%1, %2, %3; %4").arg(dayText, span(range, locale), QString::fromLatin1(zone.id()), windowText);
    if (oddCount > 0) {
        if (oddCount > kMaxNamedOddDays)
            oddDays.append(tr("%n more", "more days of unusual length", oddCount - kMaxNamedOddDays));
        //: Appended to the range summary: %1 a list of days that are not 24 hours long
        text += QLatin1Char(' ') + tr("(clock change: %1)").arg(oddDays.join(QLatin1String("; ")));
    }
    return text;
}

} // namespace Custody::Ui
