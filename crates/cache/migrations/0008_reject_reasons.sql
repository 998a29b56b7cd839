-- Why a queued entry was refused, as a code the app translates: `server` (the server refused it;
-- `error` holds what it said), `unmergeable` (`error` holds why), `deleted-on-server`,
-- `not-offered`, `group-gone`, `no-pictures`, `picture-gone`. Earlier versions kept an English
-- sentence in `error`; those sentences become their codes.
ALTER TABLE outbox ADD COLUMN reason TEXT;

UPDATE outbox SET reason = 'deleted-on-server', error = NULL
  WHERE state = 'rejected' AND error = 'the user was deleted on the server';
UPDATE outbox SET reason = 'not-offered', error = NULL
  WHERE state = 'rejected' AND error = 'this server does not offer it';
UPDATE outbox SET reason = 'group-gone', error = NULL
  WHERE state = 'rejected' AND error = 'the group is gone from the server';
UPDATE outbox SET reason = 'no-pictures', error = NULL
  WHERE state = 'rejected'
    AND error = 'this server keeps no pictures: avatars can be set on a Userdesk account server only';
UPDATE outbox SET reason = 'picture-gone', error = NULL
  WHERE state = 'rejected' AND error = 'the picture is no longer on this computer';
UPDATE outbox SET reason = 'unmergeable', error = substr(error, 19)
  WHERE state = 'rejected' AND error LIKE 'cannot be merged: %';
UPDATE outbox SET reason = 'server' WHERE state = 'rejected' AND reason IS NULL;
