# Userdesk: the e-mails and SMS the account server sends, and the password page their links open (Polish).

## E-mails the account server sends, and the page their links open. Each goes out in the
## recipient's language.

email-greeting = Witaj, { $name }!
email-signature = — Userdesk
email-footer = Ta wiadomość została wysłana na adres { $email }, ponieważ poprosił o to administrator Twojej organizacji.
email-ignore = Jeśli ta wiadomość jest dla Ciebie nieoczekiwana, możesz ją zignorować; dopóki link nie zostanie użyty, nic się nie zmieni.
email-expiry-days = { $days ->
    [one] Link działa jednokrotnie, w ciągu jednego dnia.
    [few] Link działa jednokrotnie, w ciągu { $days } dni.
    [many] Link działa jednokrotnie, w ciągu { $days } dni.
   *[other] Link działa jednokrotnie, w ciągu { $days } dnia.
}
email-expiry-hours = { $hours ->
    [one] Link działa jednokrotnie, w ciągu godziny.
    [few] Link działa jednokrotnie, w ciągu { $hours } godzin.
    [many] Link działa jednokrotnie, w ciągu { $hours } godzin.
   *[other] Link działa jednokrotnie, w ciągu { $hours } godziny.
}

email-activation-subject = Aktywuj swoje konto Userdesk
email-activation-intro = Twoja organizacja utworzyła dla Ciebie konto Userdesk. Aby je aktywować, ustaw hasło:
email-activation-action = Aktywuj moje konto

email-welcome-subject = Witamy w Userdesk
email-welcome-intro = Witamy w Userdesk. Twoja nazwa użytkownika to { $email }. Ustaw hasło tutaj:
email-welcome-action = Ustaw hasło

email-reset-subject = Zresetuj hasło do Userdesk
email-reset-intro = Administrator poprosił o zresetowanie Twojego hasła do Userdesk. Ustaw nowe hasło tutaj:
email-reset-action = Ustaw nowe hasło

sms-phone-code = { $code } to Twój kod Userdesk do potwierdzenia tego numeru komórkowego. Ważny przez { $minutes } min.
email-phone-subject = Twój kod weryfikacyjny Userdesk
email-phone-intro = Wpisz ten kod, aby potwierdzić numer komórkowy { $phone }:
email-phone-expiry = { $minutes ->
    [one] Kod jest ważny przez minutę.
    [few] Kod jest ważny przez { $minutes } minuty.
    [many] Kod jest ważny przez { $minutes } minut.
   *[other] Kod jest ważny przez { $minutes } minuty.
}

page-activate-title = Aktywuj swoje konto
page-welcome-title = Ustaw hasło
page-reset-title = Ustaw nowe hasło
page-username = Nazwa użytkownika: { $email }
page-password = Nowe hasło
page-password-hint = { $min ->
    [one] Co najmniej { $min } znak.
    [few] Co najmniej { $min } znaki.
    [many] Co najmniej { $min } znaków.
   *[other] Co najmniej { $min } znaku.
}
page-confirm = Powtórz hasło
page-submit = Zapisz hasło
page-error-mismatch = Hasła się różnią.
page-link-invalid-title = Ten link już nie działa
page-link-invalid = Link wygasł, został już użyty lub zastąpił go nowszy e-mail. Poproś administratora o wysłanie nowego.
page-done-title = Hasło zostało ustawione
page-done = Twoje konto jest aktywne. Zaloguj się do Userdesk jako { $email }.
