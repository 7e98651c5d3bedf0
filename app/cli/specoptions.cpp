#include "specoptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

#include "core/plan/conversationidlist.h"
#include "core/plan/relativerange.h"

namespace Custody::Cli {

namespace {

// lupdate files the tr() calls of this file under SpecOptions (where they are
// made), and the option texts are marked with the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("Custody::Cli::SpecOptions", text);
}

QCommandLineOption option(const QString &name, const char *help, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, tr(help)) : QCommandLineOption(name, tr(help), value);
}

} // namespace

void SpecOptions::addTo(QCommandLineParser &parser)
{
    m_options = {
        option(QStringLiteral("name"), QT_TRANSLATE_NOOP("Custody::Cli::SpecOptions", "Name of the export."),
            QStringLiteral("name")),
        option(QStringLiteral("dest"),
            QT_TRANSLATE_NOOP("Custody::Cli::SpecOptions", "Destination folder (local, mounted share or UNC path)."),
            QStringLiteral("folder")),
        option(QStringLiteral("from"), QT_TRANSLATE_NOOP("Custody::Cli::SpecOptions", "First local day (yyyy-MM-dd)."),
            QStringLiteral("date")),
        option(QStringLiteral("to"),
            QT_TRANSLATE_NOOP("Custody::Cli::SpecOptions", "Last local day, inclusive (yyyy-MM-dd)."),
            QStringLiteral("date")),
        option(QStringLiteral("yesterday"), QT_TRANSLATE_NOOP("Custody::Cli::SpecOptions", "Export yesterday.")),
        option(QStringLiteral("last"),
            QT_TRANSLATE_NOOP("Custody::Cli::SpecOptions", "Export the last N full days, e.g. 7d."),
            QStringLiteral("Nd")),
        option(QStringLiteral("month"),
            QT_TRANSLATE_NOOP("Custody::Cli::SpecOptions", "Export one calendar month, e.g. 2024-05."),
            QStringLiteral("yyyy-MM")),
        option(QStringLiteral("tz"),
            QT_TRANSLATE_NOOP("Custody::Cli::SpecOptions",
                "IANA time zone of the day boundaries (default: the profile's, else this computer's)."),
            QStringLiteral("zone")),
        option(QStringLiteral("ids-file"),
            QT_TRANSLATE_NOOP(
                "Custody::Cli::SpecOptions", "Export the conversations listed in this file (one id per line or CSV)."),
            QStringLiteral("file")),
        option(QStringLiteral("queue"),
            QT_TRANSLATE_NOOP("Custody::Cli::SpecOptions", "Only this queue id (repeatable)."), QStringLiteral("id")),
        option(QStringLiteral("user"),
            QT_TRANSLATE_NOOP("Custody::Cli::SpecOptions", "Only this agent's user id (repeatable)."),
            QStringLiteral("id")),
        option(QStringLiteral("direction"), QT_TRANSLATE_NOOP("Custody::Cli::SpecOptions", "Only inbound or outbound."),
            QStringLiteral("direction")),
        option(QStringLiteral("media"),
            QT_TRANSLATE_NOOP("Custody::Cli::SpecOptions",
                "Only this media type: voice, chat, email, message, callback (repeatable)."),
            QStringLiteral("type")),
        option(QStringLiteral("content"),
            QT_TRANSLATE_NOOP(
                "Custody::Cli::SpecOptions", "What to export: recordings, details or both (default both)."),
            QStringLiteral("what")),
        option(QStringLiteral("template"),
            QT_TRANSLATE_NOOP("Custody::Cli::SpecOptions",
                "File-name template (default {date}/{conversationId}/{recordingId}.{ext})."),
            QStringLiteral("template")),
    };
    parser.addOptions(m_options);
}

QStringList SpecOptions::fill(const QCommandLineParser &parser, Plan::ExportSpec *spec, const QDate &today) const
{
    QStringList problems;
    spec->name = parser.value(QStringLiteral("name"));
    spec->destinationFolder = parser.value(QStringLiteral("dest"));
    if (parser.isSet(QStringLiteral("template")))
        spec->fileNameTemplate = parser.value(QStringLiteral("template"));
    if (parser.isSet(QStringLiteral("tz")))
        spec->timeZoneId = parser.value(QStringLiteral("tz"));
    else if (spec->timeZoneId.isEmpty())
        spec->timeZoneId = QString::fromLatin1(QTimeZone::systemTimeZoneId());

    const QString content = parser.value(QStringLiteral("content"));
    if (!content.isEmpty() && content != QStringLiteral("both")) {
        spec->includeRecordings = content == QStringLiteral("recordings");
        spec->includeConversationDetails = content == QStringLiteral("details");
        if (!spec->includeRecordings && !spec->includeConversationDetails)
            problems << tr("--content must be recordings, details or both.");
    }

    if (parser.isSet(QStringLiteral("ids-file"))) {
        QFile file(parser.value(QStringLiteral("ids-file")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            problems << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
        } else {
            const Plan::ConversationIdList list = Plan::parseConversationIds(QString::fromUtf8(file.readAll()));
            for (const auto &bad : list.malformed)
                problems
                    << tr("Line %1 of %2 is not a conversation id: %3").arg(bad.line).arg(file.fileName(), bad.text);
            spec->selection = Plan::ExportSpec::Selection::ConversationIds;
            spec->conversationIds = list.ids;
        }
        return problems;
    }

    QString range;
    if (parser.isSet(QStringLiteral("yesterday")))
        range = QStringLiteral("yesterday");
    else if (parser.isSet(QStringLiteral("last")))
        range = QStringLiteral("last ") + parser.value(QStringLiteral("last"));
    else if (parser.isSet(QStringLiteral("month")))
        range = QStringLiteral("month ") + parser.value(QStringLiteral("month"));
    else if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to")))
        range = parser.value(QStringLiteral("from")) + QStringLiteral("..")
            + (parser.isSet(QStringLiteral("to")) ? parser.value(QStringLiteral("to"))
                                                  : parser.value(QStringLiteral("from")));
    if (range.isEmpty()) {
        problems << tr(
            "Choose the days to export: --from/--to, --yesterday, --last 7d, --month 2024-05 or --ids-file.");
        return problems;
    }
    const auto parsed = Plan::RelativeRange::parse(range, today);
    if (!parsed)
        problems << parsed.errorMessage();
    else
        spec->range = parsed.value();

    spec->filters.queueIds = parser.values(QStringLiteral("queue"));
    spec->filters.userIds = parser.values(QStringLiteral("user"));
    for (const QString &d : parser.values(QStringLiteral("direction"))) {
        if (const auto direction = Plan::directionFromId(d))
            spec->filters.directions.append(*direction);
        else
            problems << tr("Unknown direction \"%1\": use inbound or outbound.").arg(d);
    }
    for (const QString &m : parser.values(QStringLiteral("media"))) {
        if (const auto media = Plan::mediaTypeFromId(m))
            spec->filters.mediaTypes.append(*media);
        else
            problems << tr("Unknown media type \"%1\": use voice, chat, email, message or callback.").arg(m);
    }
    return problems;
}

} // namespace Custody::Cli
