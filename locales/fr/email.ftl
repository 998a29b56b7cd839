## E-mails envoyés par le serveur de comptes, et la page qu’ouvrent leurs liens. Chacun part dans la
## langue de son destinataire.

email-greeting = Bonjour { $name },
email-signature = — Userdesk
email-footer = Cet e-mail a été envoyé à { $email } à la demande d’un administrateur de votre organisation.
email-ignore = Si vous n’attendiez pas cet e-mail, vous pouvez l’ignorer : rien ne change tant que le lien n’est pas utilisé.
email-expiry-days = { $days ->
    [one] Le lien n’est utilisable qu’une seule fois, dans un délai de { $days } jour.
    [many] Le lien n’est utilisable qu’une seule fois, dans un délai de { $days } de jours.
   *[other] Le lien n’est utilisable qu’une seule fois, dans un délai de { $days } jours.
}
email-expiry-hours = { $hours ->
    [one] Le lien n’est utilisable qu’une seule fois, dans un délai de { $hours } heure.
    [many] Le lien n’est utilisable qu’une seule fois, dans un délai de { $hours } d’heures.
   *[other] Le lien n’est utilisable qu’une seule fois, dans un délai de { $hours } heures.
}

email-activation-subject = Activez votre compte Userdesk
email-activation-intro = Votre organisation a créé un compte Userdesk pour vous. Choisissez un mot de passe pour l’activer :
email-activation-action = Activer mon compte

email-welcome-subject = Bienvenue dans Userdesk
email-welcome-intro = Bienvenue dans Userdesk. Votre nom d’utilisateur est { $email }. Choisissez votre mot de passe ici :
email-welcome-action = Choisir mon mot de passe

email-reset-subject = Réinitialisez votre mot de passe Userdesk
email-reset-intro = Un administrateur a demandé la réinitialisation de votre mot de passe Userdesk. Choisissez-en un nouveau ici :
email-reset-action = Choisir un nouveau mot de passe

sms-phone-code = { $minutes ->
    [one] { $code } est votre code Userdesk pour confirmer ce numéro de mobile. Il est valable { $minutes } minute.
   *[other] { $code } est votre code Userdesk pour confirmer ce numéro de mobile. Il est valable { $minutes } minutes.
}
email-phone-subject = Votre code de vérification Userdesk
email-phone-intro = Saisissez ce code pour confirmer le numéro de mobile { $phone } :
email-phone-expiry = { $minutes ->
    [one] Le code est valable { $minutes } minute.
    [many] Le code est valable { $minutes } de minutes.
   *[other] Le code est valable { $minutes } minutes.
}

page-activate-title = Activez votre compte
page-welcome-title = Choisissez votre mot de passe
page-reset-title = Choisissez un nouveau mot de passe
page-username = Nom d’utilisateur : { $email }
page-password = Nouveau mot de passe
page-password-hint = { $min ->
    [one] Au moins { $min } caractère.
   *[other] Au moins { $min } caractères.
}
page-confirm = Confirmez le mot de passe
page-submit = Enregistrer le mot de passe
page-error-mismatch = Les deux mots de passe ne sont pas identiques.
page-link-invalid-title = Ce lien ne fonctionne plus
page-link-invalid = Il a expiré, a déjà été utilisé ou a été remplacé par un e-mail plus récent. Demandez à votre administrateur de vous en envoyer un nouveau.
page-done-title = Votre mot de passe est défini
page-done = Votre compte est actif. Connectez-vous à Userdesk en tant que { $email }.
