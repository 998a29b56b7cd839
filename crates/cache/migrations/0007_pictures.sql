-- Avatar pictures, by the URI a profile names them with: an http(s) URL of a server's picture,
-- fetched for offline viewing, or `urn:userdesk:picture:<content name>` for one set here and not
-- yet taken by the server. Only pictures the avatar pipeline wrote are kept (PNG or JPEG, 256 or
-- 64 px, no metadata), never a file's or a server's bytes as they came.
CREATE TABLE pictures (
    uri        TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    bytes      BLOB NOT NULL,
    stored_at  TEXT NOT NULL
);

-- Pictures a server named that could not be fetched or were refused (not an image, too large):
-- not asked for again, so one bad address costs one request.
CREATE TABLE refused_pictures (
    uri       TEXT PRIMARY KEY,
    reason    TEXT NOT NULL,
    tried_at  TEXT NOT NULL
);
