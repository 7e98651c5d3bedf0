#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <vector>

#include "core/sim/simconfig.h"

namespace Custody::Sim {

struct SimQueue
{
    QString id;
    QString name;
};

struct SimUser
{
    QString id;
    QString name;
    QString email;
};

enum class SimFileState { Available, Archived, Deleted };

struct SimRecording
{
    QString id;
    QString conversationId;
    QString media; ///< audio, chat, email or messaging (the Recording model's values)
    QDateTime start;
    QDateTime end;
    SimFileState fileState = SimFileState::Available;
    qint64 nativeBytes = 0;
    std::uint64_t contentSeed = 0;

    QString fileStateName() const;
};

struct SimConversation
{
    QString id;
    QDateTime start;
    QDateTime end;
    QString direction; ///< inbound or outbound
    QString mediaType; ///< voice, chat, email or message (analytics values)
    QString queueId;
    QString userId;
    QString divisionId;
    std::vector<SimRecording> recordings;

    bool hasRecording() const { return !recordings.empty(); }
    /// The AnalyticsConversation shape returned by detail jobs.
    QJsonObject toAnalyticsJson() const;
};

/// The simulated organisation: a pure function of the seed and the configured
/// days, generated once and immutable afterwards (safe to read from any thread).
class SimOrg final
{
public:
    explicit SimOrg(const SimConfig &config);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    QString divisionId() const { return m_divisionId; }
    QTimeZone timeZone() const { return m_timeZone; }
    const QList<SimQueue> &queues() const { return m_queues; }
    const QList<SimUser> &users() const { return m_users; }
    const std::vector<SimConversation> &conversations() const { return m_conversations; }
    QDateTime firstDay() const { return m_first; }
    QDateTime endDay() const { return m_end; }

    const SimConversation *conversation(const QString &id) const;
    const SimRecording *recording(const QString &id) const;
    const SimQueue *queue(const QString &id) const;
    const SimUser *user(const QString &id) const;

    /// Conversations whose lifetime overlaps [start, end), in start order.
    std::vector<const SimConversation *> overlapping(const QDateTime &start, const QDateTime &end) const;

    /// Totals for --describe and the demo summary.
    QJsonObject summaryJson() const;

private:
    void generateDay(const SimConfig &config, const QDate &day, std::uint64_t seed);

    QString m_id;
    QString m_name;
    QString m_divisionId;
    QTimeZone m_timeZone;
    QDateTime m_first;
    QDateTime m_end;
    QList<SimQueue> m_queues;
    QList<SimUser> m_users;
    std::vector<SimConversation> m_conversations;
    QHash<QString, int> m_conversationIndex;
    QHash<QString, QPair<int, int>> m_recordingIndex;
    qint64 m_longestConversationMs = 0;
};

} // namespace Custody::Sim
