// The migration ladder of the job database. Each step brings the schema one
// version up and runs inside Schema::migrate()'s single transaction. Released
// steps are never edited: a change to the schema is a new step.
//
// No table has a column for secrets (tokens, client secrets, passwords), and
// none may get one: credentials live in the system keychain only. Presigned
// download URLs are stored because a resumed export needs them before they
// expire; they must never be copied into event messages or logs.

#include <QSqlDatabase>
#include <QStringList>

#include "core/store/schema.h"

namespace Custody::Store {

namespace {

// Version 1: exports, their tasks and items, and the audit trail.
StoreStatus createVersion1(QSqlDatabase &db)
{
    return Schema::execAll(db,
        {
            QStringLiteral("CREATE TABLE exports ("
                           " id INTEGER PRIMARY KEY,"
                           " uuid TEXT NOT NULL UNIQUE,"
                           " name TEXT NOT NULL,"
                           " profile_id TEXT NOT NULL DEFAULT '',"
                           " spec_json TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " destination TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " finished_at TEXT)"),
            // paused_from remembers where a PAUSED task resumes.
            QStringLiteral("CREATE TABLE tasks ("
                           " id INTEGER PRIMARY KEY,"
                           " export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL,"
                           " window_label TEXT NOT NULL DEFAULT '',"
                           " idempotency_key TEXT NOT NULL UNIQUE,"
                           " state TEXT NOT NULL,"
                           " paused_from TEXT,"
                           " remote_id TEXT,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_attempt_at TEXT,"
                           " last_error TEXT,"
                           " last_context_id TEXT,"
                           " payload_json TEXT,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE items ("
                           " id INTEGER PRIMARY KEY,"
                           " export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,"
                           " conversation_id TEXT NOT NULL,"
                           " recording_id TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " relative_path TEXT,"
                           " size INTEGER,"
                           " sha256 TEXT,"
                           " source_job_id TEXT,"
                           " url TEXT,"
                           " url_received_at TEXT,"
                           " content_type TEXT,"
                           " batch_attempts INTEGER NOT NULL DEFAULT 0,"
                           " error TEXT,"
                           " metadata_json TEXT,"
                           " UNIQUE (export_id, conversation_id, recording_id))"),
            // The audit trail. task_id and item_id are kept as plain numbers so the trail
            // survives the rows it describes and costs no foreign-key lookups per event.
            QStringLiteral("CREATE TABLE events ("
                           " id INTEGER PRIMARY KEY,"
                           " export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,"
                           " task_id INTEGER,"
                           " item_id INTEGER,"
                           " at TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " from_state TEXT,"
                           " to_state TEXT,"
                           " message TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX tasks_export_state ON tasks (export_id, state)"),
            QStringLiteral("CREATE INDEX items_export_state ON items (export_id, state)"),
            QStringLiteral("CREATE INDEX events_export_id ON events (export_id, id)"),
        });
}

} // namespace

QList<MigrationStep> Schema::ladder()
{
    return {
        MigrationStep { 1, createVersion1 },
    };
}

} // namespace Custody::Store
