-- The local cache of the account's users. Every profile field has a column; `*_key` columns hold
-- the case-folded forms used for uniqueness and sorting, so every sort can walk an index.

CREATE TABLE users (
    rowid                  INTEGER PRIMARY KEY,
    id                     TEXT NOT NULL UNIQUE,
    email                  TEXT NOT NULL,
    email_key              TEXT NOT NULL UNIQUE,
    first_name             TEXT NOT NULL,
    last_name              TEXT NOT NULL,
    first_name_key         TEXT NOT NULL,
    last_name_key          TEXT NOT NULL,
    title                  TEXT,
    -- '0' || lower(title), or '1' when empty: ascending puts people without a title last.
    title_sort             TEXT NOT NULL,
    badge_id               TEXT,
    badge_key              TEXT UNIQUE,
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

-- One index per sort order of the Users list, each ending with the filter columns: a page of a
-- filtered, sorted list (even 20,000 rows deep) is found from the index alone.
CREATE INDEX users_sort_name       ON users (last_name_key, first_name_key, status_rank, account_type_rank, group_id);
CREATE INDEX users_sort_first_name ON users (first_name_key, last_name_key, status_rank, account_type_rank, group_id);
CREATE INDEX users_sort_email      ON users (email_key, status_rank, account_type_rank, group_id);
CREATE INDEX users_sort_title      ON users (title_sort, status_rank, account_type_rank, group_id);
CREATE INDEX users_sort_badge      ON users (badge_sort, status_rank, account_type_rank, group_id);
CREATE INDEX users_sort_created    ON users (created_at, status_rank, account_type_rank, group_id);
CREATE INDEX users_sort_status     ON users (status_rank, last_name_key, first_name_key, account_type_rank, group_id);
CREATE INDEX users_sort_type       ON users (account_type_rank, last_name_key, first_name_key, status_rank, group_id);
CREATE INDEX users_by_group        ON users (group_id);

CREATE TABLE roles (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    permissions TEXT NOT NULL, -- JSON array of permission names
    built_in    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE user_roles (
    role_id    TEXT NOT NULL,
    user_rowid INTEGER NOT NULL REFERENCES users (rowid) ON DELETE CASCADE,
    PRIMARY KEY (role_id, user_rowid)
) WITHOUT ROWID;
CREATE INDEX user_roles_by_user ON user_roles (user_rowid);

-- Search as you type. The indexed text is prepared in Rust (see search.rs): names, e-mail, badge,
-- phone digits; ideographic names also split per character so any part of them can be found.
-- Prefix indexes make the first keystrokes of a search ("a", "an", "and") read one doclist
-- instead of merging every term that starts with them.
CREATE VIRTUAL TABLE users_fts USING fts5 (
    terms,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2 3'
);

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
