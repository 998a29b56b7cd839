-- Custom user groups. A user belongs to at most one: `users.group_id` (NULL = the default group)
-- is the membership; the user's profile carries the group's name and whether they manage it.
CREATE TABLE groups (
    id               TEXT PRIMARY KEY,
    external_id      TEXT,
    version          BIGINT NOT NULL,
    created_at       TEXT NOT NULL,
    last_modified    TEXT NOT NULL,
    display_name     TEXT NOT NULL,
    display_name_key TEXT NOT NULL UNIQUE
);
CREATE INDEX groups_by_last_modified ON groups (last_modified, id);

ALTER TABLE users ADD COLUMN group_id TEXT;
CREATE INDEX users_by_group ON users (group_id, id);
