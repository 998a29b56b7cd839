-- What the cache knows of each user on the account server: the server's id (any string: third-party
-- servers need not use UUIDs), the version (ETag) and the resource as last received, which is the
-- base of a three-way merge when a local edit meets a change made on the server.
CREATE TABLE server_users (
    user_id       TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    server_id     TEXT NOT NULL UNIQUE,
    version       TEXT,
    last_modified TEXT,
    resource      TEXT NOT NULL
);

-- Small facts of the sync: the pull cursor (the server's clock), the server it belongs to, the time
-- of the last sync.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
