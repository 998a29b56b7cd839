## Le e-mail inviate dal server degli account e la pagina aperta dai loro link. Ognuna parte nella
## lingua del destinatario.

email-greeting = Ciao { $name },
email-signature = — Userdesk
email-footer = Questa e-mail è stata inviata a { $email } su richiesta di un amministratore della tua organizzazione.
email-ignore = Se non aspettavi questa e-mail, puoi ignorarla: non cambia nulla finché il link non viene usato.
email-expiry-days = { $days ->
    [one] Il link si può usare una sola volta, entro un giorno.
    [many] Il link si può usare una sola volta, entro { $days } di giorni.
   *[other] Il link si può usare una sola volta, entro { $days } giorni.
}
email-expiry-hours = { $hours ->
    [one] Il link si può usare una sola volta, entro un’ora.
    [many] Il link si può usare una sola volta, entro { $hours } di ore.
   *[other] Il link si può usare una sola volta, entro { $hours } ore.
}

email-activation-subject = Attiva il tuo account Userdesk
email-activation-intro = La tua organizzazione ha creato per te un account Userdesk. Scegli una password per attivarlo:
email-activation-action = Attiva il mio account

email-welcome-subject = Ti diamo il benvenuto in Userdesk
email-welcome-intro = Ti diamo il benvenuto in Userdesk. Il tuo nome utente è { $email }. Scegli qui la tua password:
email-welcome-action = Scegli la mia password

email-reset-subject = Reimposta la password di Userdesk
email-reset-intro = Un amministratore ha chiesto di reimpostare la tua password di Userdesk. Scegline una nuova qui:
email-reset-action = Scegli una nuova password

sms-phone-code = { $minutes ->
    [one] { $code } è il tuo codice Userdesk per confermare questo numero di cellulare. È valido per un minuto.
   *[other] { $code } è il tuo codice Userdesk per confermare questo numero di cellulare. È valido per { $minutes } minuti.
}
email-phone-subject = Il tuo codice di verifica Userdesk
email-phone-intro = Inserisci questo codice per confermare il numero di cellulare { $phone }:
email-phone-expiry = { $minutes ->
    [one] Il codice è valido per un minuto.
    [many] Il codice è valido per { $minutes } di minuti.
   *[other] Il codice è valido per { $minutes } minuti.
}

page-activate-title = Attiva il tuo account
page-welcome-title = Scegli la tua password
page-reset-title = Scegli una nuova password
page-username = Nome utente: { $email }
page-password = Nuova password
page-password-hint = { $min ->
    [one] Almeno un carattere.
   *[other] Almeno { $min } caratteri.
}
page-confirm = Ripeti la password
page-submit = Salva password
page-error-mismatch = Le due password non coincidono.
page-link-invalid-title = Questo link non funziona più
page-link-invalid = È scaduto, è già stato usato oppure è stato sostituito da un’e-mail più recente. Chiedi all’amministratore di inviartene una nuova.
page-done-title = La password è stata impostata
page-done = Il tuo account è attivo. Accedi a Userdesk come { $email }.
