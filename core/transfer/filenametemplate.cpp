#include "core/transfer/filenametemplate.h"

#include <QRegularExpression>

#include <utility>

#include "core/transfer/pathsanitizer.h"

namespace Custody::Transfer {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
    return pattern;
}

const QRegularExpression &separatorPattern()
{
    static const QRegularExpression pattern(QStringLiteral("[/\\\\]"));
    return pattern;
}

QString valueFor(const QString &name, const FileNameFields &fields)
{
    const QTimeZone zone = fields.timeZone.isValid() ? fields.timeZone : QTimeZone::utc();
    const QDateTime local = fields.conversationStart.toTimeZone(zone);
    if (name == QLatin1String("date"))
        return local.isValid() ? local.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    if (name == QLatin1String("time"))
        return local.isValid() ? local.toString(QStringLiteral("HHmmss")) : QString();
    if (name == QLatin1String("conversationId"))
        return fields.conversationId;
    if (name == QLatin1String("recordingId"))
        return fields.recordingId;
    if (name == QLatin1String("ext")) {
        QString ext = fields.ext;
        while (ext.startsWith(u'.'))
            ext.remove(0, 1);
        return ext;
    }
    if (name == QLatin1String("queue"))
        return fields.queue;
    if (name == QLatin1String("agent"))
        return fields.agent;
    if (name == QLatin1String("direction"))
        return fields.direction;
    if (name == QLatin1String("mediaType"))
        return fields.mediaType;
    // Unknown placeholders stay as written; validate() reports them.
    return u'{' + name + u'}';
}

} // namespace

QString FileNameTemplate::defaultPattern()
{
    return QStringLiteral("{date}/{conversationId}/{recordingId}.{ext}");
}

QStringList FileNameTemplate::placeholders()
{
    return {
        QStringLiteral("date"),
        QStringLiteral("time"),
        QStringLiteral("conversationId"),
        QStringLiteral("recordingId"),
        QStringLiteral("ext"),
        QStringLiteral("queue"),
        QStringLiteral("agent"),
        QStringLiteral("direction"),
        QStringLiteral("mediaType"),
    };
}

FileNameTemplate::FileNameTemplate(QString pattern)
    : m_pattern(std::move(pattern))
{
}

QStringList FileNameTemplate::validate() const
{
    QStringList problems;
    if (m_pattern.trimmed().isEmpty()) {
        problems.append(tr("The file name template is empty. Enter a template such as %1.").arg(defaultPattern()));
        return problems;
    }

    static const QRegularExpression absolute(QStringLiteral("^([/\\\\]|[A-Za-z]:)"));
    if (absolute.match(m_pattern).hasMatch())
        problems.append(tr("The file name template \"%1\" is an absolute path. Files always go inside the export "
                           "folder; remove the leading drive or slash.")
                            .arg(m_pattern));

    const QStringList segments = m_pattern.split(separatorPattern());
    for (const QString &segment : segments) {
        if (segment.trimmed() == QLatin1String("..")) {
            problems.append(tr("The file name template \"%1\" contains \"..\", which would leave the export folder. "
                               "Remove it.")
                                .arg(m_pattern));
            break;
        }
    }

    QStringList used;
    QStringList unknown;
    auto it = placeholderPattern().globalMatch(m_pattern);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        used.append(name);
        if (!placeholders().contains(name) && !unknown.contains(name))
            unknown.append(name);
    }
    for (const QString &name : std::as_const(unknown))
        problems.append(tr("The file name template uses the unknown placeholder {%1}. Known placeholders are: %2.")
                            .arg(name, u'{' + placeholders().join(QStringLiteral("}, {")) + u'}'));

    QString withoutPlaceholders = m_pattern;
    withoutPlaceholders.remove(placeholderPattern());
    if (withoutPlaceholders.contains(u'{') || withoutPlaceholders.contains(u'}'))
        problems.append(tr("The file name template \"%1\" has a brace without its partner. Write placeholders as "
                           "{name}.")
                            .arg(m_pattern));

    if (!used.contains(QLatin1String("recordingId")))
        problems.append(tr("The file name template has no {recordingId}, so recordings of the same conversation "
                           "would get the same name. Add {recordingId}."));
    if (!used.contains(QLatin1String("conversationId")))
        problems.append(tr("The file name template has no {conversationId}, so files could not be told apart by "
                           "conversation and names could collide. Add {conversationId}."));
    return problems;
}

QString FileNameTemplate::render(const FileNameFields &fields) const
{
    // Substitute per segment so a value containing a slash stays one name.
    QStringList rendered;
    const QStringList segments = m_pattern.split(separatorPattern(), Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        QString out;
        qsizetype last = 0;
        auto it = placeholderPattern().globalMatch(segment);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            out += segment.mid(last, match.capturedStart() - last);
            out += valueFor(match.captured(1), fields);
            last = match.capturedEnd();
        }
        out += segment.mid(last);
        rendered.append(PathSanitizer::segment(out));
    }
    return PathSanitizer::relativePath(rendered.join(u'/'));
}

} // namespace Custody::Transfer
