-- Local edits waiting to reach the server, in the order they were made. Each is written in the same
-- transaction as the edit itself: once the app says "saved", the edit is also queued.
CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Sent as the request's Idempotency-Key: a retry is done once.
    id           TEXT NOT NULL UNIQUE,
    user_id      TEXT NOT NULL,
    field        TEXT NOT NULL,
    -- The SCIM PATCH operation (JSON).
    operation    TEXT NOT NULL,
    -- The server version the edit was made on (If-Match), when the user came from the server.
    base_version TEXT,
    -- When the admin made it (sent as Userdesk-Client-Time).
    made_at      TEXT NOT NULL,
    -- pending | rejected | stale (the server changed meanwhile: to be merged)
    state        TEXT NOT NULL DEFAULT 'pending',
    attempts     INTEGER NOT NULL DEFAULT 0,
    error        TEXT
);
CREATE INDEX outbox_by_user ON outbox (user_id, state);
