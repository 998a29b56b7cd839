-- The account's custom groups, as the server's /Groups lists them (id and display name), for the
-- profile's group picker and the Add-user form.
CREATE TABLE groups (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);
