#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include "core/jobs/remotejob.h"

namespace Custody::Jobs {

/// One analytics conversation-details job: submit the query (or pick up a
/// job submitted before a restart), poll until FULFILLED, then page through
/// the results by cursor. Each page is handed out with page() and must be
/// persisted by the receiver before it returns; the next page is fetched
/// only after that.
class AnalyticsDetailsJob final : public RemoteJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsDetailsJob)

public:
    /// \a existingJobId, when set, is polled instead of submitting again.
    AnalyticsDetailsJob(
        Api::ApiClient *client, const QJsonObject &query, const QString &existingJobId, QObject *parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    /// Reads these conversations (at most 100) with the synchronous multi-get
    /// instead of running a job: for exports of conversations named by id.
    void setConversationIds(const QStringList &ids) { m_ids = ids; }
    int pagesFetched() const { return m_pages; }
    qint64 conversationsFetched() const { return m_conversations; }

    /// Codes set on error().code when the remote job itself ended badly, so
    /// the caller can resubmit or split the window.
    static constexpr auto failedCode = "analytics.job.failed";
    static constexpr auto expiredCode = "analytics.job.expired";

Q_SIGNALS:
    /// The remote job is FULFILLED and paging starts from the first page:
    /// anything kept from an earlier, interrupted paging must be discarded.
    void pagingStarted();
    void page(const QJsonArray &conversations, bool lastPage);

protected:
    void doStart() override;

private:
    void submit();
    void poll();
    void fetchPage(const QString &cursor);
    void failRemote(const QString &code, const QString &message);
    void lookUp();

    QJsonObject m_query;
    QStringList m_ids;
    int m_pageSize = 1000;
    int m_pages = 0;
    qint64 m_conversations = 0;
};

} // namespace Custody::Jobs
