## E-mails que o servidor de contas envia e a página que os links deles abrem. Cada um é enviado no
## idioma do destinatário.

email-greeting = Olá, { $name },
email-signature = — Userdesk
email-footer = Este e-mail foi enviado para { $email } porque um administrador da sua organização solicitou o envio.
email-ignore = Se você não esperava este e-mail, pode ignorá-lo; nada muda enquanto o link não for usado.
email-expiry-days = { $days ->
    [one] O link pode ser usado uma única vez, dentro de { $days } dia.
    [many] O link pode ser usado uma única vez, dentro de { $days } dias.
   *[other] O link pode ser usado uma única vez, dentro de { $days } dias.
}
email-expiry-hours = { $hours ->
    [one] O link pode ser usado uma única vez, dentro de { $hours } hora.
    [many] O link pode ser usado uma única vez, dentro de { $hours } horas.
   *[other] O link pode ser usado uma única vez, dentro de { $hours } horas.
}

email-activation-subject = Ative sua conta do Userdesk
email-activation-intro = Sua organização criou uma conta do Userdesk para você. Escolha uma senha para ativá-la:
email-activation-action = Ativar minha conta

email-welcome-subject = Boas-vindas ao Userdesk
email-welcome-intro = Boas-vindas ao Userdesk. Seu nome de usuário é { $email }. Escolha sua senha aqui:
email-welcome-action = Escolher minha senha

email-reset-subject = Redefina sua senha do Userdesk
email-reset-intro = Um administrador solicitou a redefinição da sua senha do Userdesk. Escolha uma nova aqui:
email-reset-action = Escolher uma nova senha

sms-phone-code = { $code } é o seu código do Userdesk para confirmar este número de celular. Válido por { $minutes } min.
email-phone-subject = Seu código de verificação do Userdesk
email-phone-intro = Digite este código para confirmar o número de celular { $phone }:
email-phone-expiry = { $minutes ->
    [one] O código é válido por { $minutes } minuto.
    [many] O código é válido por { $minutes } minutos.
   *[other] O código é válido por { $minutes } minutos.
}

page-activate-title = Ative sua conta
page-welcome-title = Escolha sua senha
page-reset-title = Escolha uma nova senha
page-username = Nome de usuário: { $email }
page-password = Nova senha
page-password-hint = { $min ->
    [one] Pelo menos { $min } caractere.
    [many] Pelo menos { $min } caracteres.
   *[other] Pelo menos { $min } caracteres.
}
page-confirm = Repita a senha
page-submit = Salvar senha
page-error-mismatch = As duas senhas são diferentes.
page-link-invalid-title = Este link não funciona mais
page-link-invalid = Ele expirou, já foi usado ou foi substituído por um e-mail mais recente. Peça ao seu administrador que envie um novo.
page-done-title = Sua senha foi definida
page-done = Sua conta está ativa. Entre no Userdesk como { $email }.
