#include "core/plan/specvalidator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include "core/plan/genesysid.h"

namespace Custody::Plan {

namespace {

// Lists of invalid ids can be thousands long after a bad paste; name a few
// and count the rest.
constexpr int kMaxNamedInvalidIds = 10;

QString dateForMessage(QDate day)
{
    //: Date format in error messages, QDate::toString syntax
    return QLocale().toString(day, QCoreApplication::translate("Custody::Plan::ExportSpec", "d MMMM yyyy"));
}

QString invalidIdMessage(const char *kindOfId, const QString &id)
{
    return QCoreApplication::translate(
        "Custody::Plan::ExportSpec", "%1 \"%2\" is not a valid id (expected a UUID such as %3).")
        .arg(QCoreApplication::translate("Custody::Plan::ExportSpec", kindOfId), id, GenesysId::example());
}

bool isAbsoluteFolder(const QString &path)
{
    // UNC shares are absolute wherever the spec is checked, also on Linux.
    static const QRegularExpression driveLetter(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    return path.startsWith(u'/') || path.startsWith(QLatin1String("\\\\")) || driveLetter.match(path).hasMatch();
}

void checkIds(const QStringList &ids, const char *kindOfId, SpecProblem::Field field, QList<SpecProblem> &problems)
{
    int invalid = 0;
    for (const QString &id : ids) {
        if (GenesysId::isValid(id))
            continue;
        if (++invalid <= kMaxNamedInvalidIds)
            problems.append({ field, invalidIdMessage(kindOfId, id) });
    }
    if (invalid > kMaxNamedInvalidIds) {
        problems.append({ field,
            QCoreApplication::translate("Custody::Plan::ExportSpec", "%n more ids are not valid either.", nullptr,
                invalid - kMaxNamedInvalidIds) });
    }
}

void checkFileNameTemplate(const QString &pattern, QList<SpecProblem> &problems)
{
    const auto add = [&problems](const QString &message) {
        problems.append({ SpecProblem::Field::FileNameTemplate, message });
    };
    if (pattern.trimmed().isEmpty()) {
        add(QCoreApplication::translate("Custody::Plan::ExportSpec", "Enter a file-name template, for example %1.")
                .arg(ExportSpec::defaultFileNameTemplate()));
        return;
    }

    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    const QStringList known = ExportSpec::fileNamePlaceholders();
    QStringList used;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QString name = it.next().captured(1);
        used.append(name);
        if (!known.contains(name)) {
            add(QCoreApplication::translate("Custody::Plan::ExportSpec",
                "The file-name template uses {%1}, which Custody does not know. Use "
                "one of: %2.")
                    .arg(name, QLatin1Char('{') + known.join(QLatin1String("}, {")) + QLatin1Char('}')));
        }
    }
    const QString literal = QString(pattern).remove(placeholder);
    if (literal.contains(u'{') || literal.contains(u'}')) {
        add(QCoreApplication::translate("Custody::Plan::ExportSpec",
            "The file-name template has a \"{\" or \"}\" without its partner. Write "
            "placeholders as {name}."));
    }
    if (!used.contains(QLatin1String("recordingId"))) {
        add(QCoreApplication::translate("Custody::Plan::ExportSpec",
            "The file-name template must contain {recordingId}; without it, two "
            "recordings could be saved under the same name."));
    }
    static const QRegularExpression parentSegment(QStringLiteral("(^|[\\\\/])\\.\\.([\\\\/]|$)"));
    if (isAbsoluteFolder(pattern) || pattern.startsWith(u'\\') || parentSegment.match(pattern).hasMatch()) {
        add(QCoreApplication::translate("Custody::Plan::ExportSpec",
            "The file-name template must stay inside the destination folder: remove "
            "leading slashes, drive letters and \"..\"."));
    }
}

void checkSelection(const ExportSpec &spec, QList<SpecProblem> &problems)
{
    if (spec.selection == ExportSpec::Selection::ConversationIds) {
        if (spec.conversationIds.isEmpty()) {
            problems.append({ SpecProblem::Field::ConversationIds,
                QCoreApplication::translate(
                    "Custody::Plan::ExportSpec", "Paste or load at least one conversation id.") });
        }
        checkIds(spec.conversationIds, QT_TRANSLATE_NOOP("Custody::Plan::ExportSpec", "Conversation id"),
            SpecProblem::Field::ConversationIds, problems);
        return;
    }

    const DateRange &range = spec.range;
    if (!range.first.isValid() || !range.last.isValid()) {
        problems.append({ SpecProblem::Field::DateRange,
            QCoreApplication::translate("Custody::Plan::ExportSpec", "Choose the first and the last day to export.") });
    } else if (range.last < range.first) {
        problems.append({ SpecProblem::Field::DateRange,
            QCoreApplication::translate("Custody::Plan::ExportSpec", "The end date (%1) is before the start date (%2).")
                .arg(dateForMessage(range.last), dateForMessage(range.first)) });
    }

    if (spec.timeZoneId.trimmed().isEmpty()) {
        problems.append({ SpecProblem::Field::TimeZone,
            QCoreApplication::translate(
                "Custody::Plan::ExportSpec", "Choose the time zone in which the days are counted.") });
    } else if (!spec.timeZone().isValid()) {
        problems.append({ SpecProblem::Field::TimeZone,
            QCoreApplication::translate("Custody::Plan::ExportSpec",
                "Unknown time zone \"%1\". Choose a zone from the list, for "
                "example Europe/Berlin.")
                .arg(spec.timeZoneId) });
    }

    checkIds(spec.filters.queueIds, QT_TRANSLATE_NOOP("Custody::Plan::ExportSpec", "Queue id"),
        SpecProblem::Field::Filters, problems);
    checkIds(spec.filters.userIds, QT_TRANSLATE_NOOP("Custody::Plan::ExportSpec", "User id"),
        SpecProblem::Field::Filters, problems);
}

} // namespace

QList<SpecProblem> SpecValidator::problems(const ExportSpec &spec)
{
    QList<SpecProblem> problems;
    if (spec.profileId.trimmed().isEmpty()) {
        problems.append({ SpecProblem::Field::Profile,
            QCoreApplication::translate(
                "Custody::Plan::ExportSpec", "Choose the organisation profile to export from.") });
    }
    if (!spec.includeConversationDetails && !spec.includeRecordings && !spec.includeRecordingBulkExport) {
        problems.append({ SpecProblem::Field::Content,
            QCoreApplication::translate(
                "Custody::Plan::ExportSpec", "Choose at least one kind of content to export.") });
    }
    if (spec.includeRecordingBulkExport) {
        if (spec.bulkExportIntegrationId.trimmed().isEmpty()) {
            problems.append({ SpecProblem::Field::BulkExport,
                QCoreApplication::translate("Custody::Plan::ExportSpec",
                    "A recording bulk export needs the id of the organisation's AWS S3 "
                    "recording bulk-actions integration. Enter it, or turn the bulk "
                    "export off.") });
        } else if (!GenesysId::isValid(spec.bulkExportIntegrationId)) {
            problems.append({ SpecProblem::Field::BulkExport,
                invalidIdMessage(
                    QT_TRANSLATE_NOOP("Custody::Plan::ExportSpec", "Integration id"), spec.bulkExportIntegrationId) });
        }
    }

    checkSelection(spec, problems);

    if (spec.destinationFolder.trimmed().isEmpty()) {
        problems.append({ SpecProblem::Field::Destination,
            QCoreApplication::translate("Custody::Plan::ExportSpec", "Choose the folder to export to.") });
    } else if (!isAbsoluteFolder(spec.destinationFolder)) {
        problems.append({ SpecProblem::Field::Destination,
            QCoreApplication::translate("Custody::Plan::ExportSpec",
                "The destination folder \"%1\" is a relative path. Choose the "
                "folder with its full path.")
                .arg(spec.destinationFolder) });
    }
    if (spec.includeRecordings)
        checkFileNameTemplate(spec.fileNameTemplate, problems);
    return problems;
}

} // namespace Custody::Plan
