#include "core/sim/simorg.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

#include "core/sim/simrandom.h"

namespace Custody::Sim {

namespace {

const char *const queueNames[]
    = { "Claims", "Billing", "Sales", "Support", "Retention", "Fraud", "Collections", "VIP" };
const char *const firstNames[] = { "Anna", "Ben", "Chloe", "David", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas",
    "Kim", "Lena", "Marco", "Nora", "Omar", "Paula", "Quentin", "Rosa", "Sven", "Tara", "Umut", "Vera", "Wim", "Yara" };
const char *const lastNames[] = { "Schmidt", "Dubois", "García", "de Vries", "Rossi", "Novak", "Ahmed", "Berg" };
const char *const zones[] = { "Europe/Berlin", "America/New_York", "Europe/London", "America/Chicago",
    "Australia/Sydney", "Europe/Amsterdam" };

QString isoMs(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString SimRecording::fileStateName() const
{
    switch (fileState) {
    case SimFileState::Available:
        return QStringLiteral("AVAILABLE");
    case SimFileState::Archived:
        return QStringLiteral("ARCHIVED");
    case SimFileState::Deleted:
        return QStringLiteral("DELETED");
    }
    return {};
}

QJsonObject SimConversation::toAnalyticsJson() const
{
    const bool recorded = hasRecording();
    const QDateTime queueEnd = start.addSecs(std::min<qint64>(45, start.secsTo(end) / 4));
    const QJsonObject customerSegment { { QStringLiteral("segmentStart"), isoMs(start) },
        { QStringLiteral("segmentEnd"), isoMs(end) }, { QStringLiteral("segmentType"), QStringLiteral("interact") },
        { QStringLiteral("queueId"), queueId } };
    const QJsonObject customer { { QStringLiteral("participantId"), id.left(24) + QStringLiteral("c0c0c0c0c0c0") },
        { QStringLiteral("purpose"), QStringLiteral("customer") },
        { QStringLiteral("sessions"),
            QJsonArray { QJsonObject { { QStringLiteral("mediaType"), mediaType },
                { QStringLiteral("sessionId"), id.left(24) + QStringLiteral("5e5e5e5e5e51") },
                { QStringLiteral("direction"), direction },
                { QStringLiteral("segments"), QJsonArray { customerSegment } } } } } };
    const QJsonObject acd { { QStringLiteral("participantId"), id.left(24) + QStringLiteral("acdacdacdacd") },
        { QStringLiteral("purpose"), QStringLiteral("acd") },
        { QStringLiteral("sessions"),
            QJsonArray { QJsonObject { { QStringLiteral("mediaType"), mediaType },
                { QStringLiteral("sessionId"), id.left(24) + QStringLiteral("5e5e5e5e5e52") },
                { QStringLiteral("direction"), direction },
                { QStringLiteral("segments"),
                    QJsonArray { QJsonObject { { QStringLiteral("segmentStart"), isoMs(start) },
                        { QStringLiteral("segmentEnd"), isoMs(queueEnd) },
                        { QStringLiteral("segmentType"), QStringLiteral("interact") },
                        { QStringLiteral("queueId"), queueId } } } } } } } };
    const QJsonObject agent { { QStringLiteral("participantId"), id.left(24) + QStringLiteral("a9e9a9e9a9e9") },
        { QStringLiteral("purpose"), QStringLiteral("agent") }, { QStringLiteral("userId"), userId },
        { QStringLiteral("sessions"),
            QJsonArray { QJsonObject { { QStringLiteral("mediaType"), mediaType },
                { QStringLiteral("sessionId"), id.left(24) + QStringLiteral("5e5e5e5e5e53") },
                { QStringLiteral("direction"), direction }, { QStringLiteral("recording"), recorded },
                { QStringLiteral("segments"),
                    QJsonArray { QJsonObject { { QStringLiteral("segmentStart"), isoMs(queueEnd) },
                        { QStringLiteral("segmentEnd"), isoMs(end) },
                        { QStringLiteral("segmentType"), QStringLiteral("interact") },
                        { QStringLiteral("queueId"), queueId } } } } } } } };
    return { { QStringLiteral("conversationId"), id }, { QStringLiteral("conversationStart"), isoMs(start) },
        { QStringLiteral("conversationEnd"), isoMs(end) }, { QStringLiteral("originatingDirection"), direction },
        { QStringLiteral("divisionIds"), QJsonArray { divisionId } },
        { QStringLiteral("participants"), QJsonArray { customer, acd, agent } } };
}

SimOrg::SimOrg(const SimConfig &config)
{
    SimRandom random(config.seed);
    m_id = random.uuid();
    m_divisionId = random.uuid();
    m_name = config.organizationName;
    const QString zone = config.timeZone.isEmpty() ? QString::fromLatin1(zones[random.between(0, std::size(zones) - 1)])
                                                   : config.timeZone;
    m_timeZone = QTimeZone(zone.toLatin1());
    if (!m_timeZone.isValid())
        m_timeZone = QTimeZone::utc();

    for (const char *name : queueNames)
        m_queues.append({ random.uuid(), QString::fromUtf8(name) });
    for (int i = 0; i < int(std::size(firstNames)); ++i) {
        const QString first = QString::fromUtf8(firstNames[i]);
        const QString last = QString::fromUtf8(lastNames[random.between(0, std::size(lastNames) - 1)]);
        m_users.append({ random.uuid(), first + QLatin1Char(' ') + last,
            first.toLower() + QStringLiteral(".") + QString::number(i) + QStringLiteral("@example.com") });
    }

    const QDate endDate = config.effectiveEndDate();
    const QDate firstDate = endDate.addDays(-std::max(0, config.days));
    m_first = QDateTime(firstDate, QTime(0, 0), QTimeZone::utc());
    m_end = QDateTime(endDate, QTime(0, 0), QTimeZone::utc());
    // Each day's conversations depend only on the seed and the date, so the same
    // day always holds the same conversations whatever range is configured.
    for (QDate day = firstDate; day < endDate; day = day.addDays(1))
        generateDay(config, day, SimRandom::mix(config.seed, quint64(day.toJulianDay())));
    std::sort(m_conversations.begin(), m_conversations.end(),
        [](const SimConversation &a, const SimConversation &b) { return a.start < b.start; });
    for (int i = 0; i < int(m_conversations.size()); ++i) {
        const SimConversation &c = m_conversations[size_t(i)];
        m_conversationIndex.insert(c.id, i);
        for (int r = 0; r < int(c.recordings.size()); ++r)
            m_recordingIndex.insert(c.recordings[size_t(r)].id, { i, r });
        m_longestConversationMs = std::max(m_longestConversationMs, c.start.msecsTo(c.end));
    }
}

void SimOrg::generateDay(const SimConfig &config, const QDate &day, std::uint64_t seed)
{
    SimRandom random(seed);
    for (int n = 0; n < config.conversationsPerDay; ++n) {
        SimConversation c;
        c.id = random.uuid();
        c.divisionId = m_divisionId;
        // Business hours in the org's zone carry most of the traffic.
        const qint64 secondOfDay
            = random.chance(0.8) ? random.between(8 * 3600, 18 * 3600 - 1) : random.between(0, 24 * 3600 - 1);
        const QDateTime localMidnight(day, QTime(0, 0), m_timeZone);
        c.start = localMidnight.addSecs(secondOfDay).addMSecs(random.between(0, 999)).toUTC();
        const double mediaRoll = random.uniform();
        c.mediaType = mediaRoll < 0.80 ? QStringLiteral("voice")
            : mediaRoll < 0.88         ? QStringLiteral("chat")
            : mediaRoll < 0.95         ? QStringLiteral("email")
                                       : QStringLiteral("message");
        c.direction = random.chance(0.75) ? QStringLiteral("inbound") : QStringLiteral("outbound");
        const qint64 durationSec
            = c.mediaType == QStringLiteral("voice") ? random.between(30, 20 * 60) : random.between(120, 45 * 60);
        c.end = c.start.addSecs(durationSec);
        c.queueId = m_queues[int(random.between(0, m_queues.size() - 1))].id;
        c.userId = m_users[int(random.between(0, m_users.size() - 1))].id;

        int recordingCount = 0;
        if (c.mediaType == QStringLiteral("voice")) {
            const double roll = random.uniform();
            recordingCount = roll < 0.10 ? 0 : roll < 0.75 ? 1 : roll < 0.95 ? 2 : 3;
        } else {
            recordingCount = random.chance(0.5) ? 1 : 0;
        }
        const QString media = c.mediaType == QStringLiteral("voice") ? QStringLiteral("audio")
            : c.mediaType == QStringLiteral("message")               ? QStringLiteral("messaging")
                                                                     : c.mediaType;
        for (int r = 0; r < recordingCount; ++r) {
            SimRecording recording;
            recording.id = random.uuid();
            recording.conversationId = c.id;
            recording.media = media;
            const qint64 offset = durationSec * r / std::max(1, recordingCount);
            recording.start = c.start.addSecs(offset);
            recording.end = c.start.addSecs(durationSec * (r + 1) / std::max(1, recordingCount));
            const double stateRoll = random.uniform();
            recording.fileState = stateRoll < config.deletedFraction           ? SimFileState::Deleted
                : stateRoll < config.deletedFraction + config.archivedFraction ? SimFileState::Archived
                                                                               : SimFileState::Available;
            recording.contentSeed = random.next();
            const double sizeRoll = 0.25 + 1.5 * random.uniform();
            if (config.mediaFixedBytes > 0)
                recording.nativeBytes = config.mediaFixedBytes;
            else if (media == QStringLiteral("audio"))
                recording.nativeBytes = std::max<qint64>(4096, qint64(double(config.mediaMeanBytes) * sizeRoll));
            else
                recording.nativeBytes = std::max<qint64>(1024, qint64(8192.0 * sizeRoll));
            recording.nativeBytes &= ~qint64(1); // whole 16-bit samples
            c.recordings.push_back(recording);
        }
        m_conversations.push_back(std::move(c));
    }
}

const SimConversation *SimOrg::conversation(const QString &id) const
{
    const auto it = m_conversationIndex.constFind(id);
    return it == m_conversationIndex.cend() ? nullptr : &m_conversations[size_t(*it)];
}

const SimRecording *SimOrg::recording(const QString &id) const
{
    const auto it = m_recordingIndex.constFind(id);
    if (it == m_recordingIndex.cend())
        return nullptr;
    return &m_conversations[size_t(it->first)].recordings[size_t(it->second)];
}

const SimQueue *SimOrg::queue(const QString &id) const
{
    for (const SimQueue &q : m_queues) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

const SimUser *SimOrg::user(const QString &id) const
{
    for (const SimUser &u : m_users) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

std::vector<const SimConversation *> SimOrg::overlapping(const QDateTime &start, const QDateTime &end) const
{
    std::vector<const SimConversation *> result;
    // Conversations are sorted by start; one that overlaps must have started
    // no earlier than the longest conversation before the interval.
    const QDateTime earliest = start.addMSecs(-m_longestConversationMs);
    auto it = std::lower_bound(m_conversations.begin(), m_conversations.end(), earliest,
        [](const SimConversation &c, const QDateTime &t) { return c.start < t; });
    for (; it != m_conversations.end() && it->start < end; ++it) {
        if (it->end > start)
            result.push_back(&*it);
    }
    return result;
}

QJsonObject SimOrg::summaryJson() const
{
    qint64 recordings = 0, archived = 0, deleted = 0, bytes = 0, recorded = 0;
    QHash<QString, int> byMedia;
    for (const SimConversation &c : m_conversations) {
        byMedia[c.mediaType] += 1;
        recorded += c.hasRecording() ? 1 : 0;
        for (const SimRecording &r : c.recordings) {
            ++recordings;
            archived += r.fileState == SimFileState::Archived ? 1 : 0;
            deleted += r.fileState == SimFileState::Deleted ? 1 : 0;
            bytes += r.nativeBytes;
        }
    }
    QJsonObject media;
    for (auto it = byMedia.cbegin(); it != byMedia.cend(); ++it)
        media.insert(it.key(), it.value());
    QJsonArray queues;
    for (const SimQueue &q : m_queues)
        queues.append(q.name);
    return { { QStringLiteral("organizationId"), m_id }, { QStringLiteral("name"), m_name },
        { QStringLiteral("timeZone"), QString::fromLatin1(m_timeZone.id()) },
        { QStringLiteral("firstDay"), m_first.date().toString(Qt::ISODate) },
        { QStringLiteral("endDay"), m_end.date().toString(Qt::ISODate) }, { QStringLiteral("queues"), queues },
        { QStringLiteral("users"), m_users.size() },
        { QStringLiteral("conversations"), qint64(m_conversations.size()) },
        { QStringLiteral("conversationsWithRecordings"), recorded },
        { QStringLiteral("conversationsByMediaType"), media }, { QStringLiteral("recordings"), recordings },
        { QStringLiteral("recordingsArchived"), archived }, { QStringLiteral("recordingsDeleted"), deleted },
        { QStringLiteral("recordingBytes"), QString::number(bytes) } };
}

} // namespace Custody::Sim
