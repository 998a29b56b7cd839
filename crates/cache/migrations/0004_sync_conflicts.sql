-- no-transaction
-- Uniqueness of e-mail addresses and badge IDs belongs to the account server: the cache checks it
-- when an admin types a value (users.rs), but must still be able to hold the server's state while a
-- local edit waits, and a pull that swaps two badges. So the users table is rebuilt without those
-- UNIQUE constraints (SQLite cannot drop them in place), keeping every rowid and so the search index.
-- Also: conflicts between queued edits and changes made on the server, for the admin to resolve.
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;

CREATE TABLE users_new (
    rowid                  INTEGER PRIMARY KEY,
    id                     TEXT NOT NULL UNIQUE,
    email                  TEXT NOT NULL,
    email_key              TEXT NOT NULL,
    first_name             TEXT NOT NULL,
    last_name              TEXT NOT NULL,
    first_name_key         TEXT NOT NULL,
    last_name_key          TEXT NOT NULL,
    title                  TEXT,
    -- '0' || lower(title), or '1' when empty: ascending puts people without a title last.
    title_sort             TEXT NOT NULL,
    badge_id               TEXT,
    badge_key              TEXT,
    badge_sort             TEXT NOT NULL,
    mobile_phone           TEXT,
    mobile_verified        INTEGER NOT NULL DEFAULT 0,
    office_phone           TEXT,
    office_extension       TEXT,
    language               TEXT,
    group_id               TEXT,
    group_name             TEXT,
    group_manager          INTEGER NOT NULL DEFAULT 0,
    account_type           TEXT NOT NULL CHECK (account_type IN
                               ('super_admin', 'config_admin', 'internal', 'external', 'one_time_completion')),
    status                 TEXT NOT NULL CHECK (status IN ('created', 'invited', 'active', 'inactive')),
    -- The product's order of types and statuses (not the alphabet's), for sorting and filtering.
    account_type_rank      INTEGER NOT NULL,
    status_rank            INTEGER NOT NULL,
    single_sign_on         INTEGER NOT NULL DEFAULT 0,
    invited_at             TEXT,
    activated_at           TEXT,
    last_active_at         TEXT,
    created_at             TEXT NOT NULL,
    avatar                 TEXT,
    notification_frequency TEXT NOT NULL,
    presence               TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    -- What search matches (see search.rs) and the held role ids (a JSON array). Triggers below
    -- keep the search index and user_roles in step, so a write is one statement.
    search_terms           TEXT NOT NULL,
    role_ids               TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO users_new SELECT * FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;

CREATE INDEX users_sort_name       ON users (last_name_key, first_name_key, status_rank, account_type_rank, group_id);
CREATE INDEX users_sort_first_name ON users (first_name_key, last_name_key, status_rank, account_type_rank, group_id);
CREATE INDEX users_sort_email      ON users (email_key, status_rank, account_type_rank, group_id);
CREATE INDEX users_sort_title      ON users (title_sort, status_rank, account_type_rank, group_id);
CREATE INDEX users_sort_badge      ON users (badge_sort, status_rank, account_type_rank, group_id);
CREATE INDEX users_sort_created    ON users (created_at, status_rank, account_type_rank, group_id);
CREATE INDEX users_sort_status     ON users (status_rank, last_name_key, first_name_key, account_type_rank, group_id);
CREATE INDEX users_sort_type       ON users (account_type_rank, last_name_key, first_name_key, status_rank, group_id);
CREATE INDEX users_by_group        ON users (group_id);
CREATE INDEX users_by_badge_key ON users (badge_key) WHERE badge_key IS NOT NULL;

CREATE TRIGGER users_after_insert AFTER INSERT ON users BEGIN
    INSERT INTO users_fts (rowid, terms) VALUES (new.rowid, new.search_terms);
    INSERT INTO user_roles (role_id, user_rowid) SELECT value, new.rowid FROM json_each(new.role_ids);
END;

CREATE TRIGGER users_after_update AFTER UPDATE OF search_terms, role_ids ON users BEGIN
    DELETE FROM users_fts WHERE rowid = old.rowid;
    INSERT INTO users_fts (rowid, terms) VALUES (new.rowid, new.search_terms);
    DELETE FROM user_roles WHERE user_rowid = old.rowid;
    INSERT INTO user_roles (role_id, user_rowid) SELECT value, new.rowid FROM json_each(new.role_ids);
END;

CREATE TRIGGER users_after_delete AFTER DELETE ON users BEGIN
    DELETE FROM users_fts WHERE rowid = old.rowid;
END;

-- A queued edit met a different value on the server for the same attribute. Both values (JSON, as
-- SCIM has them at the attribute), the value both started from, and who changed theirs and when,
-- as far as the server tells. The edits themselves stay in the outbox in state 'conflict'.
CREATE TABLE conflicts (
    user_id        TEXT NOT NULL,
    field          TEXT NOT NULL,
    base           TEXT NOT NULL,
    mine           TEXT NOT NULL,
    theirs         TEXT NOT NULL,
    theirs_version TEXT,
    theirs_at      TEXT,
    theirs_by      TEXT,
    found_at       TEXT NOT NULL,
    PRIMARY KEY (user_id, field)
);

-- When an edit was last sent without an answer coming back: until one does, it may or may not
-- have reached the server (conflicts.rs tells from the server's resource).
ALTER TABLE outbox ADD COLUMN sent_at TEXT;
-- edit (a PATCH operation), create (the new user's resource, POSTed with its externalId) or
-- action (an e-mail or a phone verification the server sends, once, after the edits before it).
ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'edit';

-- Edits once parked as outdated are merged on their next attempt now.
UPDATE outbox SET state = 'pending' WHERE state = 'stale';

PRAGMA foreign_key_check;
COMMIT;
PRAGMA foreign_keys = ON;
