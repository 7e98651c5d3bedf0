#include "core/plan/relativerange.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Custody::Plan {

namespace {

using Result = ParseResult<DateRange>;

DateRange wholeMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return DateRange { first, first.addMonths(1).addDays(-1) };
}

QString unknownFormMessage(const QString &text)
{
    return QCoreApplication::translate("Custody::Plan::RelativeRange",
        "\"%1\" is not a date range. Use today, yesterday, last 7d, last-week, "
        "last-month, month 2024-05 or 2024-03-01..2024-03-14.")
        .arg(text);
}

QString badDateMessage(const QString &text)
{
    return QCoreApplication::translate(
        "Custody::Plan::RelativeRange", "\"%1\" is not a date. Write dates as YYYY-MM-DD, e.g. 2024-03-01.")
        .arg(text);
}

Result lastDays(const QString &count, QDate today)
{
    bool ok = false;
    const int days = count.toInt(&ok);
    if (!ok || days < 1 || days > RelativeRange::kMaxLastDays) {
        return Result::failure(QCoreApplication::translate(
            "Custody::Plan::RelativeRange", "The number of days in \"last Nd\" must be between 1 and %1.")
                                   .arg(RelativeRange::kMaxLastDays));
    }
    return Result::success(DateRange { today.addDays(-days), today.addDays(-1) });
}

Result explicitRange(const QString &firstText, const QString &lastText)
{
    const QDate first = QDate::fromString(firstText, Qt::ISODate);
    if (!first.isValid())
        return Result::failure(badDateMessage(firstText));
    const QDate last = QDate::fromString(lastText, Qt::ISODate);
    if (!last.isValid())
        return Result::failure(badDateMessage(lastText));
    if (last < first) {
        return Result::failure(QCoreApplication::translate(
            "Custody::Plan::RelativeRange", "The end date %1 is before the start date %2. Swap them.")
                                   .arg(lastText, firstText));
    }
    return Result::success(DateRange { first, last });
}

} // namespace

ParseResult<DateRange> RelativeRange::parse(const QString &text, QDate today)
{
    Q_ASSERT(today.isValid());
    const QString input = text.simplified().toLower();

    if (input == u"today")
        return Result::success(DateRange::singleDay(today));
    if (input == u"yesterday")
        return Result::success(DateRange::singleDay(today.addDays(-1)));
    if (input == u"last-week" || input == u"last week") {
        const QDate mondayThisWeek = today.addDays(1 - today.dayOfWeek());
        return Result::success(DateRange { mondayThisWeek.addDays(-7), mondayThisWeek.addDays(-1) });
    }
    if (input == u"last-month" || input == u"last month") {
        const QDate previous = today.addMonths(-1);
        return Result::success(wholeMonth(previous.year(), previous.month()));
    }

    static const QRegularExpression lastN(QStringLiteral("^last[ -]?(\\d+) ?d(ays?)?$"));
    if (const QRegularExpressionMatch match = lastN.match(input); match.hasMatch())
        return lastDays(match.captured(1), today);

    static const QRegularExpression month(QStringLiteral("^month (\\d{4})-(\\d{2})$"));
    if (const QRegularExpressionMatch match = month.match(input); match.hasMatch()) {
        const int year = match.captured(1).toInt();
        const int monthNumber = match.captured(2).toInt();
        if (monthNumber < 1 || monthNumber > 12 || year < 1) {
            return Result::failure(QCoreApplication::translate(
                "Custody::Plan::RelativeRange", "\"%1\" is not a month. Write months as YYYY-MM, e.g. 2024-05.")
                                       .arg(text.simplified()));
        }
        return Result::success(wholeMonth(year, monthNumber));
    }

    static const QRegularExpression range(QStringLiteral("^(\\S+) ?\\.\\. ?(\\S+)$"));
    if (const QRegularExpressionMatch match = range.match(input); match.hasMatch())
        return explicitRange(match.captured(1), match.captured(2));

    static const QRegularExpression singleDay(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (singleDay.match(input).hasMatch()) {
        const QDate day = QDate::fromString(input, Qt::ISODate);
        if (!day.isValid())
            return Result::failure(badDateMessage(input));
        return Result::success(DateRange::singleDay(day));
    }

    return Result::failure(unknownFormMessage(text.simplified()));
}

} // namespace Custody::Plan
