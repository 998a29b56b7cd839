# Userdesk: the e-mails and SMS the account server sends, and the password page their links open (Russian).

## E-mails the account server sends, and the page their links open. Each goes out in the
## recipient's language.

email-greeting = Здравствуйте, { $name }!
email-signature = — Userdesk
email-footer = Это письмо отправлено на адрес { $email }, потому что его запросил администратор Вашей организации.
email-ignore = Если Вы не ждали этого письма, просто проигнорируйте его: пока ссылка не использована, ничего не изменится.
email-expiry-days = { $days ->
    [one] Ссылка действует один раз в течение { $days } дня.
    [few] Ссылка действует один раз в течение { $days } дней.
    [many] Ссылка действует один раз в течение { $days } дней.
   *[other] Ссылка действует один раз в течение { $days } дня.
}
email-expiry-hours = { $hours ->
    [one] Ссылка действует один раз в течение { $hours } часа.
    [few] Ссылка действует один раз в течение { $hours } часов.
    [many] Ссылка действует один раз в течение { $hours } часов.
   *[other] Ссылка действует один раз в течение { $hours } часа.
}

email-activation-subject = Активируйте учётную запись Userdesk
email-activation-intro = Ваша организация создала для Вас учётную запись Userdesk. Чтобы активировать её, задайте пароль:
email-activation-action = Активировать учётную запись

email-welcome-subject = Добро пожаловать в Userdesk
email-welcome-intro = Добро пожаловать в Userdesk. Ваше имя пользователя: { $email }. Задайте пароль здесь:
email-welcome-action = Задать пароль

email-reset-subject = Сброс пароля Userdesk
email-reset-intro = Администратор запросил сброс Вашего пароля Userdesk. Задайте новый пароль здесь:
email-reset-action = Задать новый пароль

sms-phone-code = { $code } — Ваш код Userdesk для подтверждения этого мобильного номера. Действует { $minutes } мин.
email-phone-subject = Ваш код подтверждения Userdesk
email-phone-intro = Введите этот код, чтобы подтвердить мобильный номер { $phone }:
email-phone-expiry = { $minutes ->
    [one] Код действует { $minutes } минуту.
    [few] Код действует { $minutes } минуты.
    [many] Код действует { $minutes } минут.
   *[other] Код действует { $minutes } минуты.
}

page-activate-title = Активация учётной записи
page-welcome-title = Задайте пароль
page-reset-title = Задайте новый пароль
page-username = Имя пользователя: { $email }
page-password = Новый пароль
page-password-hint = { $min ->
    [one] Не менее { $min } символа.
    [few] Не менее { $min } символов.
    [many] Не менее { $min } символов.
   *[other] Не менее { $min } символа.
}
page-confirm = Повторите пароль
page-submit = Сохранить пароль
page-error-mismatch = Пароли не совпадают.
page-link-invalid-title = Эта ссылка больше не работает
page-link-invalid = Срок её действия истёк, она уже использована или заменена более новым письмом. Попросите администратора отправить новое.
page-done-title = Пароль задан
page-done = Ваша учётная запись активна. Войдите в Userdesk как { $email }.
