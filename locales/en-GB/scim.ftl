# Userdesk: why a SCIM resource was refused (English, United Kingdom). Shown to API clients in an
# error's "detail", and in the desktop app when the server refuses a synced change.

scim-error-required = This attribute is required.
scim-error-not-a-string = This attribute must be a string.
scim-error-not-an-object = This attribute must be an object.
scim-error-not-an-array = This attribute must be an array.
scim-error-not-a-boolean = This attribute must be true or false.
scim-error-invalid-value = This value is not one of the allowed values.

## Why a filter (or a PATCH path) could not be read; $position counts characters from 1.
filter-error-too-long = The filter is too long.
filter-error-too-deep = The filter nests too deeply (at character { $position }).
filter-error-empty = The filter is empty.
filter-error-expected-attribute = An attribute name was expected at character { $position }.
filter-error-expected-operator = An operator (eq, ne, co, sw, ew, gt, ge, lt, le or pr) was expected at character { $position }.
filter-error-expected-value = A value (a "string", a number, true, false or null) was expected at character { $position }.
filter-error-bad-string = The string starting at character { $position } is not closed or has a bad escape.
filter-error-bad-number = The number at character { $position } is not valid.
filter-error-unclosed = A bracket opened before character { $position } is not closed.
filter-error-trailing = Unexpected text at character { $position }.
filter-error-nested-value-path = A value filter cannot contain another one (character { $position }).

## Why a PATCH was refused; $operation counts from 1.
patch-error-syntax = The PATCH request is not a valid PatchOp message (operation { $operation }).
patch-error-value-not-object = Operation { $operation }: without a path, the value must be an object of attributes.
patch-error-value-missing = Operation { $operation } needs a value.
patch-error-read-only = Operation { $operation } tries to change a read-only attribute.
patch-error-invalid-path = Operation { $operation } has a path that cannot be used.
patch-error-no-target = Operation { $operation }: nothing matches its path.
patch-error-remove-needs-path = Operation { $operation }: remove needs a path.
patch-error-too-many-operations = A PATCH request may hold at most { $max } operations.
patch-error-too-much-work = Operation { $operation }: this PATCH request would take too much work; send it as several smaller requests.

## Protocol errors of the account server.
scim-error-not-found = No such resource.
scim-error-version-mismatch = The resource has been changed since you read it (its version no longer matches If-Match).
scim-error-internal = The server could not complete the request. Nothing was changed.
scim-error-bad-json = The request body is not valid JSON for this request.
scim-error-taken = The value of { $attribute } is already used by another user.
scim-error-too-many-attributes = A request may name at most { $max } attributes in attributes or excludedAttributes.
scim-error-sort-order = sortOrder must be "ascending" or "descending".
scim-error-sort-by = This attribute cannot be used to sort.
scim-error-too-large = The request body is too large.
scim-error-method = This method is not allowed here.
filter-error-unsupported-attribute = The filter uses { $attribute }, which cannot be filtered on.
filter-error-wrong-type = The filter compares { $attribute } with a value of the wrong type.

## Sign-in.
auth-error-credentials = The e-mail address or the password is wrong.
auth-error-locked = Too many failed sign-ins. Try again later.
auth-error-busy = The server is checking many sign-ins right now. Try again in a moment.
auth-error-token = Sign in first: the access token is missing, expired or revoked.
scim-error-idempotency-reuse = This Idempotency-Key has already been used for a different request.
scim-error-bad-id = This is not a valid id.
auth-error-weak-password = A password needs at least { $min } characters.
auth-error-current-password = The current password is wrong.
auth-error-long-password = This password is too long.
scim-error-undeliverable-address = No e-mail can be sent to this address.
scim-error-nested-groups = Members must be users; groups cannot contain groups.
scim-error-unknown-member = This is not a user of this account.
scim-error-other-group = { $user } already belongs to the group { $group }. Remove them there first.
scim-error-bulk-too-many = A Bulk request holds at most { $max } operations.
scim-error-bulk-method = The method must be POST, PUT, PATCH or DELETE.
scim-error-bulk-duplicate-id = Each operation needs its own bulkId.
scim-error-bulk-reference = The operation refers to bulkId { $bulkId }, which created nothing.
scim-error-bulk-circular = The operations refer to each other in a circle.
scim-error-bad-time = This is not a date and time (RFC 3339, e.g. 2026-05-13T06:42:34Z).
scim-error-no-route = There is no such endpoint on this server. Check the address.
