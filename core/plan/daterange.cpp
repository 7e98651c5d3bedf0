#include "core/plan/daterange.h"

namespace Custody::Plan {

bool DateRange::isValid() const
{
    return first.isValid() && last.isValid() && first <= last;
}

qint64 DateRange::dayCount() const
{
    return isValid() ? first.daysTo(last) + 1 : 0;
}

bool DateRange::contains(QDate day) const
{
    return isValid() && day.isValid() && first <= day && day <= last;
}

QString DateRange::toString() const
{
    return first.toString(Qt::ISODate) + QStringLiteral("..") + last.toString(Qt::ISODate);
}

DateRange DateRange::singleDay(QDate day)
{
    return DateRange { day, day };
}

} // namespace Custody::Plan
