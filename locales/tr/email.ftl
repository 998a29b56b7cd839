# Userdesk: the e-mails and SMS the account server sends, and the password page their links open (Turkish).

## E-mails the account server sends, and the page their links open. Each goes out in the
## recipient's language.

email-greeting = Merhaba { $name },
email-signature = — Userdesk
email-footer = Bu e-posta, kuruluşunuzun bir yöneticisi istediği için { $email } adresine gönderildi.
email-ignore = Bu e-postayı beklemiyorsanız yok sayabilirsiniz; bağlantı kullanılana kadar hiçbir şey değişmez.
email-expiry-days = { $days ->
    [one] Bağlantı bir gün içinde, yalnızca bir kez çalışır.
   *[other] Bağlantı { $days } gün içinde, yalnızca bir kez çalışır.
}
email-expiry-hours = { $hours ->
    [one] Bağlantı bir saat içinde, yalnızca bir kez çalışır.
   *[other] Bağlantı { $hours } saat içinde, yalnızca bir kez çalışır.
}

email-activation-subject = Userdesk hesabınızı etkinleştirin
email-activation-intro = Kuruluşunuz sizin için bir Userdesk hesabı oluşturdu. Hesabı etkinleştirmek için bir parola belirleyin:
email-activation-action = Hesabımı etkinleştir

email-welcome-subject = Userdesk'e hoş geldiniz
email-welcome-intro = Userdesk'e hoş geldiniz. Kullanıcı adınız: { $email }. Parolanızı buradan belirleyin:
email-welcome-action = Parolamı belirle

email-reset-subject = Userdesk parolanızı sıfırlayın
email-reset-intro = Bir yönetici, Userdesk parolanızın sıfırlanmasını istedi. Yeni parolanızı buradan belirleyin:
email-reset-action = Yeni parola belirle

sms-phone-code = { $code }, bu cep telefonu numarasını onaylamak için Userdesk kodunuzdur. { $minutes } dakika geçerlidir.
email-phone-subject = Userdesk doğrulama kodunuz
email-phone-intro = { $phone } numaralı cep telefonunu onaylamak için bu kodu girin:
email-phone-expiry = { $minutes ->
    [one] Kod bir dakika geçerlidir.
   *[other] Kod { $minutes } dakika geçerlidir.
}

page-activate-title = Hesabınızı etkinleştirin
page-welcome-title = Parolanızı belirleyin
page-reset-title = Yeni parola belirleyin
page-username = Kullanıcı adı: { $email }
page-password = Yeni parola
page-password-hint = { $min ->
    [one] En az bir karakter.
   *[other] En az { $min } karakter.
}
page-confirm = Parolayı tekrarlayın
page-submit = Parolayı kaydet
page-error-mismatch = İki parola birbirinden farklı.
page-link-invalid-title = Bu bağlantı artık çalışmıyor
page-link-invalid = Bağlantının süresi dolmuş, bağlantı zaten kullanılmış veya daha yeni bir e-posta bunun yerini almış. Yöneticinizden yeni bir e-posta göndermesini isteyin.
page-done-title = Parolanız belirlendi
page-done = Hesabınız etkin. Userdesk'te { $email } olarak oturum açın.
