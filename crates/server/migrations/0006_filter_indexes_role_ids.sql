-- Filters admins and clients use often: phone numbers (prefix), account type with status.
CREATE INDEX users_by_mobile_phone ON users (mobile_phone);
CREATE INDEX users_by_office_phone ON users (office_phone);
CREATE INDEX users_by_type_status ON users (account_type, status);

-- The roles of each user as a JSON array of ids, so that the permissions of the caller of every
-- request are read without parsing the whole profile. NULL (rows written before this column) means
-- "read them from the profile".
ALTER TABLE users ADD COLUMN role_ids TEXT;
