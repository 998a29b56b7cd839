-- Sign-in: password hashes (argon2id PHC strings), sessions whose tokens are stored only as
-- SHA-256 hashes, and failed sign-ins for throttling.

CREATE TABLE credentials (
    user_id       TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    password_hash TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE sessions (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    access_hash     TEXT NOT NULL UNIQUE,
    refresh_hash    TEXT NOT NULL UNIQUE,
    access_expires  TEXT NOT NULL,
    refresh_expires TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    revoked         BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- A refresh token that was rotated away; presenting it again means it was stolen.
CREATE TABLE spent_refresh_tokens (
    refresh_hash TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL
);

CREATE TABLE sign_in_failures (
    login_key    TEXT PRIMARY KEY,
    failures     BIGINT NOT NULL,
    locked_until TEXT
);
