# Userdesk: the desktop app's strings (English, United States).
# Every message id here must exist; other locales fall back to these, message by message.

app-name = Userdesk
app-tagline = User profiles, online and offline
nav-main = Main navigation
nav-users = Users
demo-badge = Demo account
demo-hint = No account server is configured. You are working on demo data stored on this computer.
cache-location = Local cache

## Users list
users-title = Users
users-count = { $count ->
    [one] 1 user
   *[other] { $count } users
}
users-count-filtered = { $count ->
    [one] 1 of { $total } users
   *[other] { $count } of { $total } users
}
users-search-label = Search users
users-search-placeholder = Search by name, e-mail, badge ID or phone
users-filters = Filters
filter-status = Status
filter-status-all = All statuses
filter-type = Account type
filter-type-all = All account types
filter-role = Role
filter-role-all = All roles
filter-group = Group
filter-group-all = All groups
filter-clear = Clear filters
col-name = Name
col-email = E-mail
col-badge = Badge ID
col-title = Title
col-type = Account type
col-status = Status
col-since = Since
sort-ascending = Sorted ascending
sort-descending = Sorted descending
users-empty = No users match
users-empty-hint = Try fewer letters, or clear the filters.
users-loading = Loading users…
users-open = Open profile of { $name }

## Account types
type-super_admin = Super admin
type-config_admin = Config admin
type-internal = Internal
type-external = External
type-one_time_completion = One-time completion

## Statuses
status-created = Created
status-invited = Invited
status-active = Active
status-inactive = Inactive

## User profile
profile-back = Back to users
profile-title = User profile
profile-section-personal = Personal information
profile-section-contact = Contact
profile-section-account = Account
profile-section-preferences = Preferences
profile-more-options = More options
profile-edit-hint = Changes are saved when you leave a field.
field-first-name = First name
field-last-name = Last name
field-title = Title
field-badge = Badge ID
field-email = E-mail (username)
field-mobile = Mobile phone
field-office = Office phone
field-extension = Extension
field-language = Language
field-group = User group
field-account-type = Account type
field-roles = Roles
field-status = Status
field-since = Since
field-sso = Sign-in
field-notifications = Notifications
field-presence = Presence
field-required = Required
value-not-set = Not set
phone-verified = Verified
phone-unverified = Not verified
language-system = Browser/system default
group-default = Default group
group-manager = Group manager
roles-none = No roles
roles-config-admin-only = Only Config admins have roles
sso-yes = Single sign-on
sso-no = Password
status-created-detail = Created { $when }. The activation e-mail has not been sent.
status-invited-detail = Activation e-mail last sent { $when }
status-active-detail = Activated { $when }
status-inactive-detail = Deactivated. This user cannot sign in.
last-active = Last active { $when }
active-now = Active now
saving = Saving…
saved = Saved
last-saved = Last saved
restore-saved = Restore
notif-instant = Instantly
notif-hourly = Hourly digest
notif-daily = Daily digest
notif-weekly = Weekly digest
notif-never = Never
presence-online = Online
presence-away = Away
presence-busy = Busy
presence-offline = Offline

## Errors shown at a field
error-name-blank = This field is required and cannot be blank.
error-name-too-long = Use at most { $max } characters.
error-control-character = Remove line breaks and other control characters.
error-email-blank = An e-mail address is required.
error-email-too-long = An e-mail address can have at most { $max } characters.
error-email-invalid = Enter an e-mail address like name@example.com.
error-badge-too-long = A badge ID can have at most { $max } characters.
error-badge-invalid = A badge ID may contain only letters, digits, “-”, “_” and “.”.
error-badge-taken = This badge ID already belongs to another user.
error-email-taken = This e-mail address already belongs to another user.
error-title-too-long = A title can have at most { $max } characters.
error-phone-blank = Enter a phone number.
error-phone-country = Choose a country.
error-phone-invalid = This is not a valid phone number for the chosen country.
error-extension-invalid = An extension is 1 to 8 digits.
error-language-unsupported = This language is not supported.
error-account-type-one-time = An account of this type cannot become One-time completion.
error-account-type-unknown = Unknown account type.
error-roles-too-many = A user can have at most { $max } roles.
error-role-administrator-users = The Administrator role manages configuration, not users.
error-lifecycle-sso = Users who sign in with single sign-on get no activation e-mail.
error-lifecycle-already-active = This account is already active.
error-lifecycle-inactive = This account is inactive. Reactivate it first.
error-lifecycle-already-inactive = This account is already inactive.
error-lifecycle-not-inactive = Only an inactive account can be reactivated.
error-lifecycle-not-active = This account is not active yet: send the activation e-mail instead.
error-phone-code-wait = { $seconds ->
    [one] A code was just sent. You can ask for another in one second.
   *[other] A code was just sent. You can ask for another in { $seconds } seconds.
}
error-phone-code-none = No code is waiting for this number. Send a verification e-mail first.
error-phone-code-expired = This code has expired. Send a new one.
error-phone-code-attempts = Too many wrong codes. Send a new one.
error-phone-code-wrong = { $left ->
    [one] This code is not right. One more try is left.
   *[other] This code is not right. { $left } more tries are left.
}
error-phone-code-other-number = This code was sent for another number. Send a new one.
error-user-not-found = This user no longer exists.
error-unknown-field = This field cannot be edited here.
error-internal = Something went wrong, and nothing was changed. Details are in the log.

## Why an action is not allowed
denied-actor-inactive = Your account is not active.
denied-missing-permission = You need the “{ $permission }” permission.
denied-own-account-type = Nobody can change their own account type.
denied-own-status = You cannot deactivate your own account.
denied-super-admin-only = Only a Super admin can do this to a Super admin.
denied-roles-config-admin-only = Only Config admins have roles.
denied-unknown-role = There is no role “{ $role }” in this account's role catalog.
denied-grant-beyond-own = You cannot grant the “{ $permission }” permission: you do not have it yourself.
error-group-name-blank = Enter a group name.
error-group-name-too-long = A group name has at most { $max } characters.
error-group-name-control = A group name cannot contain control characters.
error-group-manager-default = Only members of a custom group can be its managers.
