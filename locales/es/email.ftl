## Correos que envía el servidor de cuentas y la página que abren sus enlaces. Cada uno se envía en
## el idioma del destinatario.

email-greeting = Hola, { $name }:
email-signature = — Userdesk
email-footer = Este correo se envió a { $email } porque lo solicitó un administrador de tu organización.
email-ignore = Si no esperabas este correo, puedes ignorarlo; no cambiará nada mientras no se use el enlace.
email-expiry-days = { $days ->
    [one] El enlace solo se puede usar una vez, en un plazo de un día.
    [many] El enlace solo se puede usar una vez, en un plazo de { $days } días.
   *[other] El enlace solo se puede usar una vez, en un plazo de { $days } días.
}
email-expiry-hours = { $hours ->
    [one] El enlace solo se puede usar una vez, en un plazo de una hora.
    [many] El enlace solo se puede usar una vez, en un plazo de { $hours } horas.
   *[other] El enlace solo se puede usar una vez, en un plazo de { $hours } horas.
}

email-activation-subject = Activa tu cuenta de Userdesk
email-activation-intro = Tu organización creó una cuenta de Userdesk para ti. Elige una contraseña para activarla:
email-activation-action = Activar mi cuenta

email-welcome-subject = Te damos la bienvenida a Userdesk
email-welcome-intro = Te damos la bienvenida a Userdesk. Tu nombre de usuario es { $email }. Elige tu contraseña aquí:
email-welcome-action = Elegir mi contraseña

email-reset-subject = Restablece tu contraseña de Userdesk
email-reset-intro = Un administrador solicitó restablecer tu contraseña de Userdesk. Elige una nueva aquí:
email-reset-action = Elegir una contraseña nueva

sms-phone-code = { $code } es tu código de Userdesk para confirmar este número de móvil. Válido durante { $minutes } min.
email-phone-subject = Tu código de verificación de Userdesk
email-phone-intro = Escribe este código para confirmar el número de móvil { $phone }:
email-phone-expiry = { $minutes ->
    [one] El código es válido durante un minuto.
    [many] El código es válido durante { $minutes } minutos.
   *[other] El código es válido durante { $minutes } minutos.
}

page-activate-title = Activa tu cuenta
page-welcome-title = Elige tu contraseña
page-reset-title = Elige una contraseña nueva
page-username = Nombre de usuario: { $email }
page-password = Contraseña nueva
page-password-hint = { $min ->
    [one] Al menos un carácter.
    [many] Al menos { $min } caracteres.
   *[other] Al menos { $min } caracteres.
}
page-confirm = Repite la contraseña
page-submit = Guardar contraseña
page-error-mismatch = Las dos contraseñas no coinciden.
page-link-invalid-title = Este enlace ya no funciona
page-link-invalid = Expiró, ya se usó o lo reemplazó un correo más reciente. Pide a tu administrador que te envíe uno nuevo.
page-done-title = Se estableció tu contraseña
page-done = Tu cuenta está activa. Inicia sesión en Userdesk como { $email }.
