-- A sent e-mail's message held its link or code in clear text: once delivered, only the envelope
-- (who, what kind, when) is kept.
UPDATE mail_outbox SET message = '' WHERE sent_at IS NOT NULL;

-- Failed sign-ins are counted per login and client address together (and per client address
-- alone), each count forgotten a day after its last failure. `login` names the login a count
-- belongs to, so that a new password clears every count of it; counts of the earlier kind go.
DELETE FROM sign_in_failures;
ALTER TABLE sign_in_failures ADD COLUMN login TEXT;
ALTER TABLE sign_in_failures ADD COLUMN last_failure_at TEXT;
CREATE INDEX sign_in_failures_by_login ON sign_in_failures (login);
