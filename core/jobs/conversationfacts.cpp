#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/jobs/exportcontext.h"

namespace Custody::Jobs {

ConversationFacts ConversationFacts::fromAnalytics(const QJsonObject &conversation)
{
    ConversationFacts facts;
    facts.conversationId = conversation.value(QStringLiteral("conversationId")).toString();
    facts.start = conversation.value(QStringLiteral("conversationStart")).toString();
    facts.direction = conversation.value(QStringLiteral("originatingDirection")).toString();
    for (const QJsonValue &p : conversation.value(QStringLiteral("participants")).toArray()) {
        const QJsonObject participant = p.toObject();
        const QString purpose = participant.value(QStringLiteral("purpose")).toString();
        if (purpose == QStringLiteral("agent") && facts.userId.isEmpty())
            facts.userId = participant.value(QStringLiteral("userId")).toString();
        for (const QJsonValue &s : participant.value(QStringLiteral("sessions")).toArray()) {
            const QJsonObject session = s.toObject();
            if (facts.mediaType.isEmpty())
                facts.mediaType = session.value(QStringLiteral("mediaType")).toString();
            // "recording" marks a session whose audio recording started.
            if (session.value(QStringLiteral("recording")).toBool())
                facts.recorded = true;
            for (const QJsonValue &g : session.value(QStringLiteral("segments")).toArray()) {
                const QString queue = g.toObject().value(QStringLiteral("queueId")).toString();
                if (facts.queueId.isEmpty() && !queue.isEmpty())
                    facts.queueId = queue;
            }
        }
    }
    return facts;
}

QString ConversationFacts::toMetadataJson() const
{
    return QString::fromUtf8(QJsonDocument(
        QJsonObject { { QStringLiteral("start"), start }, { QStringLiteral("direction"), direction },
            { QStringLiteral("mediaType"), mediaType }, { QStringLiteral("queueId"), queueId },
            { QStringLiteral("userId"),
                userId } }).toJson(QJsonDocument::Compact));
}

ConversationFacts ConversationFacts::fromMetadataJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    ConversationFacts facts;
    facts.start = o.value(QStringLiteral("start")).toString();
    facts.direction = o.value(QStringLiteral("direction")).toString();
    facts.mediaType = o.value(QStringLiteral("mediaType")).toString();
    facts.queueId = o.value(QStringLiteral("queueId")).toString();
    facts.userId = o.value(QStringLiteral("userId")).toString();
    return facts;
}

} // namespace Custody::Jobs
