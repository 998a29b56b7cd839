## E-mails the account server sends, and the page their links open. Each goes out in the
## recipient's language.

email-greeting = Hello { $name },
email-signature = — Userdesk
email-footer = This e-mail was sent to { $email } because an administrator of your organisation asked for it.
email-ignore = If you did not expect this e-mail, you can ignore it; nothing changes until the link is used.
email-expiry-days = { $days ->
    [one] The link works once, within one day.
   *[other] The link works once, within { $days } days.
}
email-expiry-hours = { $hours ->
    [one] The link works once, within one hour.
   *[other] The link works once, within { $hours } hours.
}

email-activation-subject = Activate your Userdesk account
email-activation-intro = Your organisation has created a Userdesk account for you. Choose a password to activate it:
email-activation-action = Activate my account

email-welcome-subject = Welcome to Userdesk
email-welcome-intro = Welcome to Userdesk. Your username is { $email }. Choose your password here:
email-welcome-action = Choose my password

email-reset-subject = Reset your Userdesk password
email-reset-intro = An administrator has asked for your Userdesk password to be reset. Choose a new one here:
email-reset-action = Choose a new password

sms-phone-code = { $code } is your Userdesk code to confirm this mobile number. It works for { $minutes } minutes.
email-phone-subject = Your Userdesk verification code
email-phone-intro = Enter this code to confirm the mobile number { $phone }:
email-phone-expiry = { $minutes ->
    [one] The code works for one minute.
   *[other] The code works for { $minutes } minutes.
}

page-activate-title = Activate your account
page-welcome-title = Choose your password
page-reset-title = Choose a new password
page-username = Username: { $email }
page-password = New password
page-password-hint = { $min ->
    [one] At least one character.
   *[other] At least { $min } characters.
}
page-confirm = Repeat the password
page-submit = Save password
page-error-mismatch = The two passwords differ.
page-link-invalid-title = This link no longer works
page-link-invalid = It has expired, has already been used, or a newer e-mail has replaced it. Ask your administrator to send a new one.
page-done-title = Your password is set
page-done = Your account is active. Sign in to Userdesk as { $email }.
