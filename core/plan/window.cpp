#include "core/plan/window.h"

#include <QCryptographicHash>
#include <QTimeZone>

namespace Custody::Plan {

namespace {

// Length-prefixed fields cannot run into each other, whatever they contain.
QByteArray canonicalField(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return QByteArray::number(utf8.size()) + ':' + utf8 + '\n';
}

// Bumped if the key recipe changes, so old and new keys never collide.
constexpr char kKeyRecipe[] = "custody-task-key/1\n";

} // namespace

QString toGenesysTimestamp(const QDateTime &instant)
{
    return instant.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QString Window::interval() const
{
    return toGenesysTimestamp(utcStart) + u'/' + toGenesysTimestamp(utcEnd);
}

QString Window::label() const
{
    const QString day = localDate.toString(Qt::ISODate);
    if (partCount <= 1)
        return day;
    return QStringLiteral("%1_part%2of%3").arg(day).arg(part).arg(partCount);
}

qint64 Window::durationSeconds() const
{
    return utcStart.secsTo(utcEnd);
}

QString Window::idempotencyKey(const QString &orgId, const QString &kind, const QString &filtersHash) const
{
    QByteArray canonical(kKeyRecipe);
    canonical += canonicalField(orgId);
    canonical += canonicalField(kind);
    canonical += canonicalField(interval());
    canonical += canonicalField(label());
    canonical += canonicalField(filtersHash);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace Custody::Plan
