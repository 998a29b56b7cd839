## E-Mails des Kontoservers und die Seite hinter ihren Links.

email-greeting = Hallo { $name },
email-signature = — Userdesk
email-footer = Diese E-Mail ging an { $email }, weil eine Administratorin oder ein Administrator Ihrer Organisation sie angefordert hat.
email-ignore = Wenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren; ohne den Link ändert sich nichts.
email-expiry-days = { $days ->
    [one] Der Link funktioniert einmal, innerhalb eines Tages.
   *[other] Der Link funktioniert einmal, innerhalb von { $days } Tagen.
}
email-expiry-hours = { $hours ->
    [one] Der Link funktioniert einmal, innerhalb einer Stunde.
   *[other] Der Link funktioniert einmal, innerhalb von { $hours } Stunden.
}

email-activation-subject = Aktivieren Sie Ihr Userdesk-Konto
email-activation-intro = Ihre Organisation hat ein Userdesk-Konto für Sie angelegt. Wählen Sie ein Passwort, um es zu aktivieren:
email-activation-action = Mein Konto aktivieren

email-welcome-subject = Willkommen bei Userdesk
email-welcome-intro = Willkommen bei Userdesk. Ihr Benutzername ist { $email }. Wählen Sie hier Ihr Passwort:
email-welcome-action = Passwort wählen

email-reset-subject = Setzen Sie Ihr Userdesk-Passwort zurück
email-reset-intro = Eine Administratorin oder ein Administrator hat das Zurücksetzen Ihres Userdesk-Passworts angefordert. Wählen Sie hier ein neues:
email-reset-action = Neues Passwort wählen

sms-phone-code = { $code } ist Ihr Userdesk-Code zur Bestätigung dieser Mobilnummer. Er gilt { $minutes } Minuten.
email-phone-subject = Ihr Userdesk-Bestätigungscode
email-phone-intro = Geben Sie diesen Code ein, um die Mobilnummer { $phone } zu bestätigen:
email-phone-expiry = { $minutes ->
    [one] Der Code gilt eine Minute.
   *[other] Der Code gilt { $minutes } Minuten.
}

page-activate-title = Konto aktivieren
page-welcome-title = Passwort wählen
page-reset-title = Neues Passwort wählen
page-username = Benutzername: { $email }
page-password = Neues Passwort
page-password-hint = { $min ->
    [one] Mindestens ein Zeichen.
   *[other] Mindestens { $min } Zeichen.
}
page-confirm = Passwort wiederholen
page-submit = Passwort speichern
page-error-mismatch = Die beiden Passwörter sind verschieden.
page-link-invalid-title = Dieser Link funktioniert nicht mehr
page-link-invalid = Er ist abgelaufen, wurde schon benutzt oder durch eine neuere E-Mail ersetzt. Bitten Sie Ihre Administration um eine neue.
page-done-title = Ihr Passwort ist gesetzt
page-done = Ihr Konto ist aktiv. Melden Sie sich bei Userdesk als { $email } an.
