# Userdesk: the desktop app's strings (English, United Kingdom).
# Every message id here must exist; other locales fall back to these, message by message.

app-name = Userdesk
app-tagline = User profiles, online and offline
nav-main = Main navigation
nav-users = Users
demo-badge = Demo account
demo-hint = Made-up people, kept on this computer only. To work with your organisation's account server, leave the demo account under My Account.
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
add-user = Add new user
add-user-title = Add new user
add-user-hint = The new user is saved on this computer at once and reaches the server with the next sync. No e-mail is sent until you send an activation e-mail.
add-user-submit = Add user
add-user-cancel = Cancel
dialog-close = Close
send-activation = Send activation e-mail
send-activation-again = Resend invitation
send-welcome = Send welcome e-mail
send-password-reset = Send password reset
email-queued = Queued: the server sends it once, at the next sync.
email-handed-over = The server has it: the e-mail is on its way.
deactivate = Deactivate
deactivate-title = Deactivate this account?
deactivate-text = { $name } is signed out everywhere at once and cannot sign in until the account is reactivated. Nothing of the profile is lost, and reactivating restores the same access.
reactivate = Reactivate
profile-edit-hint = Changes are saved when you leave a field.
profile-email-hint = This address is also the username: the next sign-in needs the new address. Links in e-mails sent to the old address stop working.
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
group-manager-default-hint = Only members of a custom group can manage it: choose a group first.
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
error-badge-invalid = A badge ID may contain only letters, digits, ‘-’, ‘_’ and ‘.’.
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
    [one] A code has just been sent. You can ask for another in one second.
   *[other] A code has just been sent. You can ask for another in { $seconds } seconds.
}
error-phone-code-none = No code is waiting for this number. Send a verification e-mail first.
error-phone-code-expired = This code has expired. Send a new one.
error-phone-code-attempts = Too many wrong codes. Send a new one.
error-phone-code-wrong = { $left ->
    [one] This code is not right. One more try is left.
   *[other] This code is not right. { $left } more tries are left.
}
error-phone-code-other-number = This code was sent for another number. Send a new one.
error-phone-sms-off = This server does not send codes by SMS. Choose e-mail.
error-phone-channel = Choose how the code is sent: by e-mail or by SMS.
error-phone-sms-failed = The SMS could not be sent. Try again, or send the code by e-mail.
error-phone-code-today = Too many tries for this number today. Try again tomorrow.
error-phone-sends-today = Enough codes have been sent to verify this number today. Try again tomorrow.
error-user-not-found = This user no longer exists.
error-unknown-field = This field cannot be edited here.
error-internal = Something went wrong, and nothing was changed. Details are in the log.

## Why an action is not allowed
denied-actor-inactive = Your account is not active.
denied-missing-permission = You need the ‘{ $permission }’ permission.
denied-own-account-type = Nobody can change their own account type.
denied-own-status = You cannot deactivate your own account.
denied-super-admin-only = Only a Super admin can do this to a Super admin.
denied-roles-config-admin-only = Only Config admins have roles.
denied-unknown-role = There is no role ‘{ $role }’ in this account's role catalogue.
denied-grant-beyond-own = You cannot grant the ‘{ $permission }’ permission: you do not have it yourself.
denied-target-holds-more = This user holds the ‘{ $permission }’ permission, which you do not have: only someone who holds every permission they do can manage them.
error-group-name-blank = Enter a group name.
error-group-name-too-long = A group name has at most { $max } characters.
error-group-name-control = A group name cannot contain control characters.
error-group-manager-default = Only members of a custom group can be its managers.
error-group-unknown = This group is not in the account (any more). Choose another.

## Sync
nav-sync = Sync
sync-online = Online
sync-offline = Offline
sync-connecting = Connecting…
sync-syncing = Syncing…
sync-now = Sync now
sync-last = Last sync { $when }
sync-never = Not synced yet
sync-title = Sync
sync-server = Account server
sync-demo-server = the demo account's server, on this computer
sync-problem-offline = The account server cannot be reached. Your edits are saved on this computer and will be sent when it is back.
sync-problem-server = The account server had a problem. Syncing will be tried again shortly.
sync-problem-incomplete = Not everything could be sent yet. Syncing will be tried again shortly.
sync-problem-sign-in = Sign in again to sync with the account server.
permissions-changed = What you may do here has changed on the account server: the screens now follow your new permissions.
notice-dismiss = Dismiss
sync-pending-title = Waiting to be sent
sync-pending-empty = Nothing is waiting: every edit has reached the server.
sync-pending-offline = Will be sent when online
sync-made = Edited { $when }
sync-conflicts-title = Conflicts
sync-conflicts-hint = These fields were changed on the server while you edited them too. Choose the value to keep.
sync-conflicts-empty = No conflicts.
sync-mine = Your value
sync-theirs = On the server
sync-theirs-by = Changed by { $who }, { $when }
sync-theirs-when = Changed { $when }
sync-keep-mine = Keep mine
sync-take-theirs = Take theirs
sync-keep-all-mine = Keep all mine
sync-take-all-theirs = Take all theirs
sync-rejected-title = Refused by the server
sync-rejected-empty = Nothing was refused.
sync-rejected-deleted = The user was deleted on the server.
sync-rejected-unmergeable = This edit cannot be merged with the server’s version of the user ({ $reason }).
sync-fix = Fix
sync-discard = Discard
sync-deleted-user = A user deleted on the server
sync-state-synced = Synced
sync-state-pending = Pending
sync-state-conflict = Conflict
sync-state-rejected = Refused
value-cleared = (cleared)
profile-sync-pending = Your edits of this user are saved on this computer and wait to be sent to the account server.
profile-sync-conflict = This user was changed on the server while you edited it too. Choose the values to keep on the Sync screen.
profile-sync-rejected = The account server refused an edit of this user. See why on the Sync screen.
profile-sync-open = Open Sync

## Sign in
nav-sign-in = Sign in
sign-in-title = Sign in to your account server
sign-in-hint = Your edits are kept on this computer, so you can keep working offline once you have signed in.
sign-in-server = Server address
sign-in-insecure = This address starts with http://: passwords and every user's data would cross the network unencrypted. Ask your administrator for the server's https:// address.
sign-in-email = E-mail
sign-in-password = Password
sign-in-submit = Sign in
sign-in-busy = Signing in…
sign-out = Sign out
sign-in-refused = The e-mail address or the password is not right.
sign-in-unreachable = The account server cannot be reached. Check the address and your network.
sign-in-not-a-server = No Userdesk account server answers at this address.
sign-in-password-missing = Enter your password.
sign-in-server-missing = Enter the address of your organisation's account server.
sign-in-server-invalid = This is not a server address. Type it like accounts.example.com or https://accounts.example.com.
sign-in-demo-hint = No account server yet? The demo account has 500 made-up people and runs on this computer only.
sign-in-demo-choice = Use the demo account
sign-in-demo-busy = Opening the demo account…
sign-in-other-account-pending = Edits made here by another account still wait to be sent. Sign in as that account first.
sign-in-use-token = Use an API token instead
sign-in-use-password = Sign in with e-mail and password instead
sign-in-token = API token
sign-in-token-hint = For a SCIM server that gives out API tokens. The token is kept in this computer's keychain.
sign-in-token-missing = Enter the API token.
sign-in-token-invalid = An API token has no spaces or special characters. Paste it again.
sign-in-token-refused = The server does not accept this API token.
sign-in-not-scim = No SCIM server answers at this address.
sync-account-token = API token
sync-rejected-not-offered = This account server does not offer it.

## Phones and their verification
phone-country = Country
extension-needs-phone = Add an office phone number first.
error-extension-needs-phone = An extension needs an office phone number.
verify-phone = Verify number
verify-title = Verify mobile number
verify-intro = Userdesk sends a 6-digit code to the user's e-mail address. Enter the code they read there to mark this number verified.
verify-country-search = Search countries
verify-send = Send verification e-mail
verify-queued = The e-mail with the code goes out as soon as this computer reaches the account server.
verify-code = Verification code
verify-digit = Digit { $n }
verify-submit = Verify
error-phone-code-format = Enter the six digits of the code.
error-phone-not-synced = This user is not on the account server yet. Sync first, then verify.
error-phone-not-offered = This account server does not verify phone numbers.
error-phone-offline = Checking a code needs a connection to the account server.

## Account type
error-account-type-own = Nobody can change their own account type.
account-type-own-hint = This is your own account: nobody changes their own account type.
ask-activation-title = Send the activation e-mail?
ask-activation-text = { $name } now has a full account and must activate it. Send the activation e-mail now, or later from the status panel.
ask-activation-send = Send activation e-mail
ask-activation-later = I'll do it later

## Roles editor
roles-edit = Edit roles
roles-edit-title = Edit roles
roles-own-hint = Nobody changes their own roles.
roles-intro = A Config admin may do whatever any of their roles allows. Choose the roles this admin holds.
roles-count = { $count ->
    [one] One role chosen, at most { $max }.
   *[other] { $count } roles chosen, at most { $max }.
}
roles-limit-reached = A user can hold at most { $max } roles: remove one to add another.
roles-effective = Together these allow
roles-save = Save roles
role-built-in = Built-in
roles-unknown-kept = Kept, though this computer does not know them yet:
error-roles-config-admin-only = Only Config admins have roles.
error-role-unknown = The role ‘{ $role }’ is not in this account's catalogue.
permission-users-view = See users
permission-users-edit = Edit users
permission-users-create = Add users
permission-users-deactivate = Deactivate users
permission-users-invite = Send invitations
permission-roles-assign = Assign roles
permission-config-manage = Manage configuration
permission-audit-view = Read the history

## Row actions on the Users list
row-actions-title = Actions
action-open = Open profile
field-restricted = Restricted

## My Account
nav-account = My Account
account-title = My Account
account-section-profile = Your profile
account-username-hint = Your e-mail address is your username: the next sign-in needs the new address. Your password stays the same.
account-section-password = Password
account-password-hint = To choose a new password, give the one you have now. Your other sessions are signed out.
account-password-current = Current password
account-password-new = New password
account-password-repeat = New password again
account-password-submit = Change password
account-password-busy = Changing…
account-password-changed = Your password has been changed. Your sessions on other devices have been signed out.
account-password-current-missing = Enter your current password.
account-password-new-missing = Enter the new password.
account-password-mismatch = The two new passwords are not the same.
account-password-unchanged = The new password is the one you have now.
account-password-demo = The demo account has no password of yours to change.
account-password-token = You signed in with an API token: there is no password of yours to change here.
account-password-offline = Changing your password needs the account server, which cannot be reached now. Try again when you are online.
account-section-preferences = Preferences
account-app-language = Language of this app
account-app-language-hint = Kept on this computer. ‘Browser/system default’ follows the language of your system.
account-section-sign-out = Sign out
account-sign-out-hint = Your edits that are not sent yet stay on this computer and go to the server after you sign in again.
account-username-demo = The demo account signs in with this username, so it stays as it is.
account-leave-demo = Leave the demo account
account-leave-demo-hint = The demo account stays on this computer. You can then sign in to your organisation's account server.
account-token-note = Signed in with an API token: there is no personal account.
account-no-profile = Your own profile is not in this computer's copy yet. It appears after the next sync.

## A user's history
profile-section-history = History
history-loading = Reading the history…
history-empty = Nothing has been recorded for this user yet.
history-offline = Offline: this is the history as this computer last read it.
history-waiting = Not sent yet
history-waiting-hint = Made on this computer; it reaches the server with the next sync.
history-older = Show older
history-made = Made { $when }
history-made-offline = Made offline { $when }
history-reached = reached the server { $when }
history-you = You
history-someone = Someone else
history-not-offered = This account server keeps no history that Userdesk can read.
history-denied = You may not read the history: that needs the permission to view the audit trail.
answer-yes = Yes
answer-no = No
history-avatar-set = A picture
history-not-set = (not set)
field-avatar = Profile picture
history-action-create = Created the account
history-action-update = Changed the profile
history-action-deactivate = Deactivated the account
history-action-reactivate = Reactivated the account
history-action-delete = Deleted the account
history-action-activate = Activated the account
history-action-set-password = Set a password
history-action-send-activation-email = Sent the activation e-mail
history-action-send-welcome-email = Sent the welcome e-mail
history-action-send-password-reset-email = Sent a password reset e-mail
history-action-start-phone-verification = Sent a phone verification code
history-action-verify-phone = Verified the mobile number

## The avatar: why a picked file cannot become one.
avatar-missing = The file is not there any more. It may have been moved or deleted after it was chosen.
avatar-not-a-file = This is a folder. Choose a PNG or JPEG image.
avatar-unreadable = This file cannot be read. Check that you may open it.
avatar-empty = This file is empty.
avatar-file-too-large = This file is too large: at most { $max } MB.
avatar-not-an-image = This file is not a PNG or JPEG image.
avatar-too-many-pixels = This image is too large: at most { $max } megapixels.
avatar-damaged = This image is damaged or incomplete and cannot be shown.
avatar-crop-outside = The square to keep must lie inside the picture.
avatar-encode-failed = The avatar could not be made from this image.
avatar-cannot-write = The avatar could not be written to { $folder }.
error-picture-too-long = A picture's address is at most { $max } characters.
error-picture-not-a-url = A picture's address must be an http or https URL without a user name or password.
error-picture-upload = This picture is not on the server. Set an avatar by uploading its image.
avatar-set-from-file = An avatar is set from an image file: use ‘Add image’.
avatar-unavailable = This server keeps no pictures, so avatars cannot be set here. They can be set on a Userdesk account server.
avatar-picture-gone = The picture is no longer on this computer. Choose it again.
avatar-dialog-title = Choose a profile picture
avatar-dialog-filter = PNG or JPEG images
avatar-add = Add image
avatar-change = Change image
avatar-remove = Remove
avatar-drop-hint = or drop a PNG or JPEG image here
avatar-drop-not-a-picture = Drop a PNG or JPEG image on the avatar.
avatar-editor-title = Profile picture
avatar-editor-stage = The picture, with the square that becomes the avatar
avatar-editor-keys = Drag the square or use the arrow keys to move it; + and − zoom; R rotates.
avatar-zoom = Zoom
avatar-rotate = Rotate 90°
avatar-preview = Preview
avatar-set = Set as avatar
avatar-cancel = Cancel
avatar-saving = Saving…
avatar-opening = Opening the picture…
