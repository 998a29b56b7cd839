-- Every user-maintenance action, written in the same transaction as the change it records.
CREATE TABLE audit_events (
    id              TEXT PRIMARY KEY,
    actor_id        TEXT NOT NULL,
    action          TEXT NOT NULL,
    target_id       TEXT NOT NULL,
    -- JSON array of {"field", "before", "after"}.
    changes         TEXT NOT NULL,
    -- When the admin made the edit (offline edits arrive later), as the client said.
    client_time     TEXT,
    server_time     TEXT NOT NULL,
    idempotency_key TEXT
);
CREATE INDEX audit_by_target ON audit_events (target_id, server_time);
CREATE INDEX audit_by_actor ON audit_events (actor_id, server_time);
CREATE INDEX audit_by_time ON audit_events (server_time);

-- The reply to each request that carried an Idempotency-Key, stored with the change: a retry gets
-- the same reply and changes nothing.
CREATE TABLE idempotency (
    actor_id     TEXT NOT NULL,
    idem_key     TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status       BIGINT NOT NULL,
    body         TEXT NOT NULL,
    etag         TEXT,
    location     TEXT,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (actor_id, idem_key)
);
