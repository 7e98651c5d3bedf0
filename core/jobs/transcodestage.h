#pragma once

#include <deque>
#include <map>
#include <memory>

#include "core/api/apierror.h"
#include "core/jobs/exportcontext.h"
#include "core/jobs/stagebase.h"

namespace Custody::Jobs {

/// Fetches recordings in a converted format (ExportSpec::recordingFormat not
/// Native). Batch downloads cannot convert, so batches still find the
/// recordings, and each audio recording's URL then comes from
/// GET /api/v2/conversations/{cid}/recordings/{rid}?formatId=..., which
/// answers 202 while it transcodes and 200 with the media URI when done. That
/// is one request per recording at least, which is why the form warns.
///
/// Items handed over stay BATCHED in the store until their URL is known; an
/// interrupted conversion sends them back to PENDING (recover()), so they join
/// a batch again within their batch budget.
class TranscodeStage final : public StageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscodeStage)

public:
    /// 202 answers per item before it goes back for another batch.
    static constexpr int defaultMaxPolls = 12;

    TranscodeStage(ExportContext &context, QObject *parent = nullptr);
    ~TranscodeStage() override;

    /// True when the spec asks for a converted format.
    static bool isConverting(const ExportContext &context);
    /// True when a batch result of \a contentType is media the recording endpoint converts (audio).
    static bool converts(const QString &contentType);
    /// The Content-Type of files in \a format ("audio/mpeg" for MP3...); empty for Native.
    static QString contentTypeFor(Plan::RecordingFormat format);

    /// Takes BATCHED items whose URL must come from the recording endpoint.
    void enqueue(const QList<Store::ItemRecord> &items);
    /// After a crash or a stop: BATCHED items no unfinished batch stands for
    /// were being converted; they go back to PENDING.
    [[nodiscard]] bool recover();
    /// Starts requests while there is room.
    void pump();
    /// Drops every request; the items stay BATCHED until recover().
    void stop();
    /// Items queued or in flight.
    int backlog() const { return int(m_queue.size() + m_active.size()); }

    void setMaxConcurrent(int n) { m_maxConcurrent = std::max(1, n); }
    void setMaxPolls(int n) { m_maxPolls = std::max(1, n); }

Q_SIGNALS:
    void fatal(const Custody::Api::ApiError &error);

private:
    struct Active;
    void request(Store::ItemId id);
    void onAnswer(Store::ItemId id, const Api::Result<Api::ApiResponse> &result);
    void settle(Store::ItemId id);

    ExportContext &m_context;
    std::deque<Store::ItemRecord> m_queue;
    std::map<Store::ItemId, std::unique_ptr<Active>> m_active;
    int m_maxConcurrent = 8; // mostly waiting between polls; the rate limiter paces the requests
    int m_maxPolls = defaultMaxPolls;
};

} // namespace Custody::Jobs
