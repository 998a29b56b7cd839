-- Avatar pictures, by content name (the SHA-256 of the bytes and the extension): only what the
-- avatar pipeline wrote (PNG or JPEG, 256 or 64 px, no metadata). A name is one picture forever,
-- so a picture is stored once however many users show it.
CREATE TABLE avatars (
    name       TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    bytes      BYTEA NOT NULL,
    created_at TEXT NOT NULL
);
