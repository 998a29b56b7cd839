-- The account server's users. The same SQL runs on SQLite and PostgreSQL: text ids and times
-- (RFC 3339, UTC, fixed width, so text order is time order), integers for flags.
-- The whole profile is kept as JSON in `profile`; the other columns are what filters, sorting and
-- uniqueness need, with case-insensitive attributes stored lower-cased in `*_key` columns.

CREATE TABLE users (
    id                  TEXT PRIMARY KEY,
    external_id         TEXT,
    version             BIGINT NOT NULL,
    created_at          TEXT NOT NULL,
    last_modified       TEXT NOT NULL,
    user_name_key       TEXT NOT NULL UNIQUE,
    given_name_key      TEXT NOT NULL,
    family_name_key     TEXT NOT NULL,
    display_name_key    TEXT NOT NULL,
    title_key           TEXT,
    employee_number_key TEXT UNIQUE,
    active              BIGINT NOT NULL,
    account_type        TEXT NOT NULL,
    status              TEXT NOT NULL,
    language_key        TEXT,
    mobile_phone        TEXT,
    office_phone        TEXT,
    profile             TEXT NOT NULL
);

CREATE INDEX users_by_last_modified ON users (last_modified, id);
CREATE INDEX users_by_created ON users (created_at, id);
CREATE INDEX users_by_external_id ON users (external_id);
CREATE INDEX users_by_family_name ON users (family_name_key, given_name_key, id);
