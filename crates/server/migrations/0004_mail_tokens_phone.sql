-- E-mails leave through an outbox written in the same transaction as the change that causes them;
-- a delivery worker (in any replica) claims each one, sends it and marks it sent.
CREATE TABLE mail_outbox (
    id              TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL,
    kind            TEXT NOT NULL,
    recipient       TEXT NOT NULL,
    sender          TEXT NOT NULL,
    -- The whole RFC 5322 message, rendered when it was queued.
    message         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    claimed_until   TEXT,
    sent_at         TEXT,
    last_error      TEXT
);
CREATE INDEX mail_outbox_pending ON mail_outbox (sent_at, next_attempt_at);

-- Links in activation, welcome and password-reset e-mails: single use, expiring, stored only as
-- SHA-256 hashes of the token.
CREATE TABLE email_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
);
CREATE INDEX email_tokens_by_user ON email_tokens (user_id, purpose);

-- One pending mobile-number verification per user: the code is stored salted and hashed.
CREATE TABLE phone_verifications (
    user_id      TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    phone        TEXT NOT NULL,
    code_salt    TEXT NOT NULL,
    code_hash    TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    attempts     BIGINT NOT NULL DEFAULT 0,
    last_sent_at TEXT NOT NULL
);
