-- A user's history as the account server recorded it (its audit events), kept so that it can be
-- read offline. Each event is kept as the server sent it (JSON), ordered by when it reached the
-- server (nanoseconds since 1970, so that times written with and without fractions order right).
CREATE TABLE history (
    event_id    TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL,
    server_time INTEGER NOT NULL,
    event       TEXT NOT NULL
);
CREATE INDEX history_by_user ON history (user_id, server_time DESC, event_id DESC);
