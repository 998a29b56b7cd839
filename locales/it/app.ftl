# Userdesk: i testi dell’app desktop (italiano).
# Ogni messaggio che manca qui viene mostrato in inglese (en-US/app.ftl), messaggio per messaggio.

app-name = Userdesk
app-tagline = Profili utente, online e offline
nav-main = Navigazione principale
nav-users = Utenti
demo-badge = Account demo
demo-hint = Persone fittizie, conservate solo su questo computer. Per lavorare con il server degli account della tua organizzazione, esci dall’account demo in “Il mio account”.
cache-location = Cache locale

## Elenco degli utenti
users-title = Utenti
users-count = { $count ->
    [one] { $count } utente
    [many] { $count } di utenti
   *[other] { $count } utenti
}
users-count-filtered = { $count ->
    [one] { $count } utente su { $total }
    [many] { $count } di utenti su { $total }
   *[other] { $count } utenti su { $total }
}
users-search-label = Cerca utenti
users-search-placeholder = Cerca per nome, e-mail, numero di badge o telefono
users-filters = Filtri
filter-status = Stato
filter-status-all = Tutti gli stati
filter-type = Tipo di account
filter-type-all = Tutti i tipi di account
filter-role = Ruolo
filter-role-all = Tutti i ruoli
filter-group = Gruppo
filter-group-all = Tutti i gruppi
filter-clear = Cancella filtri
col-name = Nome
col-email = E-mail
col-badge = N. badge
col-title = Qualifica
col-type = Tipo di account
col-status = Stato
col-since = Creato il
sort-ascending = Ordine crescente
sort-descending = Ordine decrescente
users-empty = Nessun utente corrispondente
users-empty-hint = Prova con meno lettere o cancella i filtri.
users-loading = Caricamento degli utenti…
users-open = Apri il profilo di { $name }

## Tipi di account
type-super_admin = Super amministratore
type-config_admin = Amministratore della configurazione
type-internal = Interno
type-external = Esterno
type-one_time_completion = Compilazione una tantum

## Stati
status-created = Creato
status-invited = Invitato
status-active = Attivo
status-inactive = Inattivo

## Profilo utente
profile-back = Torna agli utenti
profile-title = Profilo utente
profile-section-personal = Dati personali
profile-section-contact = Contatti
profile-section-account = Account
profile-section-preferences = Preferenze
profile-more-options = Altre opzioni
add-user = Aggiungi nuovo utente
add-user-title = Aggiungi nuovo utente
add-user-hint = Il nuovo utente viene salvato subito su questo computer e arriva al server con la prossima sincronizzazione. Nessuna e-mail viene inviata finché non invii un’e-mail di attivazione.
add-user-submit = Aggiungi utente
add-user-cancel = Annulla
dialog-close = Chiudi
send-activation = Invia e-mail di attivazione
send-activation-again = Invia di nuovo l’invito
send-welcome = Invia e-mail di benvenuto
send-password-reset = Invia reimpostazione password
email-queued = In coda: il server la invierà una sola volta, alla prossima sincronizzazione.
email-handed-over = Il server l’ha ricevuta: l’e-mail è in fase di recapito.
deactivate = Disattiva
deactivate-title = Disattivare questo account?
deactivate-text = Tutte le sessioni di { $name } vengono chiuse subito, su ogni dispositivo, e non sarà possibile accedere finché l’account non verrà riattivato. Del profilo non va perso nulla, e la riattivazione ripristina esattamente gli stessi accessi.
reactivate = Riattiva
profile-edit-hint = Le modifiche vengono salvate quando esci da un campo.
profile-email-hint = Questo indirizzo è anche il nome utente: il prossimo accesso richiederà il nuovo indirizzo. I link nelle e-mail inviate al vecchio indirizzo smetteranno di funzionare.
field-first-name = Nome
field-last-name = Cognome
field-title = Qualifica
field-badge = Numero di badge
field-email = E-mail (nome utente)
field-mobile = Cellulare
field-office = Telefono dell’ufficio
field-extension = Interno
field-language = Lingua
field-group = Gruppo di utenti
field-account-type = Tipo di account
field-roles = Ruoli
field-status = Stato
field-since = Creato il
field-sso = Accesso
field-notifications = Notifiche
field-presence = Presenza
field-required = Obbligatorio
value-not-set = Non impostato
phone-verified = Verificato
phone-unverified = Non verificato
language-system = Lingua predefinita del browser o del sistema
group-default = Gruppo predefinito
group-manager = Responsabile del gruppo
group-manager-default-hint = Solo i membri di un gruppo personalizzato possono gestirlo: scegli prima un gruppo.
roles-none = Nessun ruolo
roles-config-admin-only = Solo gli amministratori della configurazione hanno ruoli
sso-yes = Single Sign-On (SSO)
sso-no = Password
status-created-detail = Creato il { $when }. L’e-mail di attivazione non è ancora stata inviata.
status-invited-detail = Ultimo invio dell’e-mail di attivazione: { $when }
status-active-detail = Attivato il { $when }
status-inactive-detail = Disattivato. Questo utente non può accedere.
last-active = Ultima attività: { $when }
active-now = Attivo ora
saving = Salvataggio…
saved = Salvato
last-saved = Ultimo valore salvato
restore-saved = Ripristina
notif-instant = Immediatamente
notif-hourly = Riepilogo orario
notif-daily = Riepilogo giornaliero
notif-weekly = Riepilogo settimanale
notif-never = Mai
presence-online = Online
presence-away = Assente
presence-busy = Occupato
presence-offline = Offline

## Errori mostrati accanto a un campo
error-name-blank = Questo campo è obbligatorio e non può essere vuoto.
error-name-too-long = { $max ->
    [one] Usa al massimo { $max } carattere.
   *[other] Usa al massimo { $max } caratteri.
}
error-control-character = Rimuovi le interruzioni di riga e gli altri caratteri di controllo.
error-email-blank = L’indirizzo e-mail è obbligatorio.
error-email-too-long = { $max ->
    [one] Un indirizzo e-mail può contenere al massimo { $max } carattere.
   *[other] Un indirizzo e-mail può contenere al massimo { $max } caratteri.
}
error-email-invalid = Inserisci un indirizzo e-mail come name@example.com.
error-badge-too-long = { $max ->
    [one] Un numero di badge può contenere al massimo { $max } carattere.
   *[other] Un numero di badge può contenere al massimo { $max } caratteri.
}
error-badge-invalid = Un numero di badge può contenere solo lettere, cifre e i caratteri “-”, “_” e “.”.
error-badge-taken = Questo numero di badge appartiene già a un altro utente.
error-email-taken = Questo indirizzo e-mail appartiene già a un altro utente.
error-title-too-long = { $max ->
    [one] Una qualifica può contenere al massimo { $max } carattere.
   *[other] Una qualifica può contenere al massimo { $max } caratteri.
}
error-phone-blank = Inserisci un numero di telefono.
error-phone-country = Scegli un paese.
error-phone-invalid = Questo non è un numero di telefono valido per il paese scelto.
error-extension-invalid = Un interno è composto da 1 a 8 cifre.
error-language-unsupported = Questa lingua non è supportata.
error-account-type-one-time = Un account di questo tipo non può diventare di tipo “Compilazione una tantum”.
error-account-type-unknown = Tipo di account sconosciuto.
error-roles-too-many = { $max ->
    [one] Un utente può avere al massimo { $max } ruolo.
   *[other] Un utente può avere al massimo { $max } ruoli.
}
error-role-administrator-users = Il ruolo Amministratore gestisce la configurazione, non gli utenti.
error-lifecycle-sso = Gli utenti che accedono con Single Sign-On non ricevono l’e-mail di attivazione.
error-lifecycle-already-active = Questo account è già attivo.
error-lifecycle-inactive = Questo account è inattivo. Prima riattivalo.
error-lifecycle-already-inactive = Questo account è già inattivo.
error-lifecycle-not-inactive = Solo un account inattivo può essere riattivato.
error-lifecycle-not-active = Questo account non è ancora attivo: invia invece l’e-mail di attivazione.
error-phone-code-wait = { $seconds ->
    [one] È appena stato inviato un codice. Potrai chiederne un altro tra un secondo.
    [many] È appena stato inviato un codice. Potrai chiederne un altro tra { $seconds } di secondi.
   *[other] È appena stato inviato un codice. Potrai chiederne un altro tra { $seconds } secondi.
}
error-phone-code-none = Nessun codice in attesa per questo numero. Invia prima un’e-mail di verifica.
error-phone-code-expired = Questo codice è scaduto. Inviane uno nuovo.
error-phone-code-attempts = Troppi codici errati. Inviane uno nuovo.
error-phone-code-wrong = { $left ->
    [one] Questo codice non è corretto. Ti resta un solo tentativo.
    [many] Questo codice non è corretto. Ti restano { $left } di tentativi.
   *[other] Questo codice non è corretto. Ti restano { $left } tentativi.
}
error-phone-code-other-number = Questo codice è stato inviato per un altro numero. Inviane uno nuovo.
error-phone-sms-off = Questo server non invia codici tramite SMS. Scegli l’e-mail.
error-phone-channel = Scegli come inviare il codice: tramite e-mail o SMS.
error-phone-sms-failed = Non è stato possibile inviare l’SMS. Riprova o invia il codice tramite e-mail.
error-phone-code-today = Troppi tentativi per questo numero oggi. Riprova domani.
error-phone-sends-today = Oggi sono già stati inviati abbastanza codici per verificare questo numero. Riprova domani.
error-user-not-found = Questo utente non esiste più.
error-unknown-field = Questo campo non può essere modificato qui.
error-internal = Si è verificato un problema e non è stato modificato nulla. I dettagli sono nel log.

## Perché un’azione non è consentita
denied-actor-inactive = Il tuo account non è attivo.
denied-missing-permission = Ti serve l’autorizzazione “{ $permission }”.
denied-own-account-type = Nessuno può modificare il proprio tipo di account.
denied-own-status = Non puoi disattivare il tuo account.
denied-super-admin-only = Solo un super amministratore può eseguire questa operazione su un super amministratore.
denied-roles-config-admin-only = Solo gli amministratori della configurazione hanno ruoli.
denied-unknown-role = Nel catalogo dei ruoli di questo account non esiste il ruolo “{ $role }”.
denied-grant-beyond-own = Non puoi concedere l’autorizzazione “{ $permission }”: tu non la possiedi.
denied-target-holds-more = Questo utente ha l’autorizzazione “{ $permission }”, che tu non hai: può gestirlo solo chi possiede tutte le sue autorizzazioni.
error-group-name-blank = Inserisci un nome per il gruppo.
error-group-name-too-long = { $max ->
    [one] Un nome di gruppo può contenere al massimo { $max } carattere.
   *[other] Un nome di gruppo può contenere al massimo { $max } caratteri.
}
error-group-name-control = Un nome di gruppo non può contenere caratteri di controllo.
error-group-manager-default = Solo i membri di un gruppo personalizzato possono esserne responsabili.
error-group-unknown = Questo gruppo non fa (più) parte dell’account. Scegline un altro.

## Sincronizzazione
nav-sync = Sincronizzazione
sync-online = Online
sync-offline = Offline
sync-connecting = Connessione in corso…
sync-syncing = Sincronizzazione in corso…
sync-now = Sincronizza ora
sync-last = Ultima sincronizzazione: { $when }
sync-never = Non ancora sincronizzato
sync-title = Sincronizzazione
sync-server = Server degli account
sync-demo-server = il server dell’account demo, su questo computer
sync-problem-offline = Il server degli account non è raggiungibile. Le tue modifiche sono salvate su questo computer e verranno inviate quando tornerà disponibile.
sync-problem-server = Si è verificato un problema sul server degli account. La sincronizzazione verrà ritentata a breve.
sync-problem-incomplete = Non è stato ancora possibile inviare tutto. La sincronizzazione verrà ritentata a breve.
sync-problem-sign-in = Accedi di nuovo per sincronizzare con il server degli account.
permissions-changed = Sul server degli account sono cambiate le operazioni che puoi eseguire qui: le schermate ora seguono le tue nuove autorizzazioni.
notice-dismiss = Ignora
sync-pending-title = In attesa di invio
sync-pending-empty = Nulla in attesa: tutte le modifiche sono arrivate al server.
sync-pending-offline = Invio alla riconnessione
sync-made = Modificato il { $when }
sync-conflicts-title = Conflitti
sync-conflicts-hint = Questi campi sono stati modificati sul server mentre li modificavi anche tu. Scegli il valore da mantenere.
sync-conflicts-empty = Nessun conflitto.
sync-mine = Il tuo valore
sync-theirs = Sul server
sync-theirs-by = Modificato da { $who }, il { $when }
sync-theirs-when = Modificato il { $when }
sync-keep-mine = Mantieni il mio
sync-take-theirs = Usa quello del server
sync-keep-all-mine = Mantieni tutti i miei
sync-take-all-theirs = Usa tutti quelli del server
sync-rejected-title = Rifiutate dal server
sync-rejected-empty = Non è stato rifiutato nulla.
sync-rejected-deleted = L’utente è stato eliminato sul server.
sync-rejected-unmergeable = Questa modifica non può essere unita alla versione dell’utente presente sul server ({ $reason }).
sync-fix = Correggi
sync-discard = Scarta
sync-deleted-user = Un utente eliminato sul server
sync-state-synced = Sincronizzato
sync-state-pending = In sospeso
sync-state-conflict = Conflitto
sync-state-rejected = Rifiutato
value-cleared = (cancellato)
profile-sync-pending = Le tue modifiche a questo utente sono salvate su questo computer e attendono di essere inviate al server degli account.
profile-sync-conflict = Questo utente è stato modificato sul server mentre lo modificavi anche tu. Scegli i valori da mantenere nella schermata Sincronizzazione.
profile-sync-rejected = Il server degli account ha rifiutato una modifica a questo utente. Scopri il motivo nella schermata Sincronizzazione.
profile-sync-open = Apri Sincronizzazione

## Accesso
nav-sign-in = Accedi
sign-in-title = Accedi al server degli account
sign-in-hint = Le tue modifiche vengono conservate su questo computer: dopo il primo accesso puoi continuare a lavorare anche offline.
sign-in-server = Indirizzo del server
sign-in-insecure = Questo indirizzo inizia con “http://”: le password e i dati di tutti gli utenti transiterebbero in rete senza crittografia. Chiedi all’amministratore l’indirizzo “https://” del server.
sign-in-email = E-mail
sign-in-password = Password
sign-in-submit = Accedi
sign-in-busy = Accesso in corso…
sign-out = Esci
sign-in-refused = L’indirizzo e-mail o la password non sono corretti.
sign-in-unreachable = Il server degli account non è raggiungibile. Controlla l’indirizzo e la connessione di rete.
sign-in-not-a-server = A questo indirizzo non risponde nessun server degli account Userdesk.
sign-in-password-missing = Inserisci la password.
sign-in-server-missing = Inserisci l’indirizzo del server degli account della tua organizzazione.
sign-in-server-invalid = Questo non è l’indirizzo di un server. Scrivilo nella forma accounts.example.com o https://accounts.example.com.
sign-in-demo-hint = Non hai ancora un server degli account? L’account demo contiene 500 persone fittizie e funziona solo su questo computer.
sign-in-demo-choice = Usa l’account demo
sign-in-demo-busy = Apertura dell’account demo…
sign-in-other-account-pending = Alcune modifiche fatte qui da un altro account sono ancora in attesa di invio. Accedi prima con quell’account.
sign-in-use-token = Usa invece un token API
sign-in-use-password = Accedi invece con e-mail e password
sign-in-token = Token API
sign-in-token-hint = Per un server SCIM che rilascia token API. Il token viene conservato nel portachiavi di questo computer.
sign-in-token-missing = Inserisci il token API.
sign-in-token-invalid = Un token API non contiene spazi né caratteri speciali. Incollalo di nuovo.
sign-in-token-refused = Il server non accetta questo token API.
sign-in-not-scim = A questo indirizzo non risponde nessun server SCIM.
sync-account-token = Token API
sync-rejected-not-offered = Questo server degli account non offre questa funzione.

## I telefoni e la loro verifica
phone-country = Paese
extension-needs-phone = Aggiungi prima un numero di telefono dell’ufficio.
error-extension-needs-phone = Un interno richiede un numero di telefono dell’ufficio.
verify-phone = Verifica numero
verify-title = Verifica numero di cellulare
verify-intro = Userdesk invia un codice di 6 cifre all’indirizzo e-mail dell’utente. Inserisci il codice ricevuto dall’utente per contrassegnare questo numero come verificato.
verify-country-search = Cerca paesi
verify-send = Invia e-mail di verifica
verify-queued = L’e-mail con il codice partirà non appena questo computer raggiungerà il server degli account.
verify-code = Codice di verifica
verify-digit = Cifra { $n }
verify-submit = Verifica
error-phone-code-format = Inserisci le sei cifre del codice.
error-phone-not-synced = Questo utente non è ancora sul server degli account. Prima sincronizza, poi esegui la verifica.
error-phone-not-offered = Questo server degli account non verifica i numeri di telefono.
error-phone-offline = Per controllare un codice serve una connessione al server degli account.

## Tipo di account
error-account-type-own = Nessuno può modificare il proprio tipo di account.
account-type-own-hint = Questo è il tuo account: nessuno può modificare il proprio tipo di account.
ask-activation-title = Inviare l’e-mail di attivazione?
ask-activation-text = L’account di { $name } ora è un account completo e deve essere attivato. Invia l’e-mail di attivazione ora, oppure più tardi dal pannello dello stato.
ask-activation-send = Invia e-mail di attivazione
ask-activation-later = Lo farò più tardi

## Editor dei ruoli
roles-edit = Modifica ruoli
roles-edit-title = Modifica ruoli
roles-own-hint = Nessuno può modificare i propri ruoli.
roles-intro = Un amministratore della configurazione può fare tutto ciò che consente almeno uno dei suoi ruoli. Scegli i ruoli di questo amministratore.
roles-count = { $count ->
    [one] Un ruolo scelto, al massimo { $max }.
    [many] { $count } di ruoli scelti, al massimo { $max }.
   *[other] { $count } ruoli scelti, al massimo { $max }.
}
roles-limit-reached = { $max ->
    [one] Un utente può avere al massimo { $max } ruolo: rimuovine uno per aggiungerne un altro.
   *[other] Un utente può avere al massimo { $max } ruoli: rimuovine uno per aggiungerne un altro.
}
roles-effective = Insieme questi ruoli consentono di
roles-save = Salva ruoli
role-built-in = Predefinito
roles-unknown-kept = Mantenuti, anche se questo computer non li conosce ancora:
error-roles-config-admin-only = Solo gli amministratori della configurazione hanno ruoli.
error-role-unknown = Il ruolo “{ $role }” non è nel catalogo di questo account.
permission-users-view = Vedere gli utenti
permission-users-edit = Modificare gli utenti
permission-users-create = Aggiungere utenti
permission-users-deactivate = Disattivare utenti
permission-users-invite = Inviare inviti
permission-roles-assign = Assegnare ruoli
permission-config-manage = Gestire la configurazione
permission-audit-view = Leggere la cronologia

## Azioni sulle righe dell’elenco utenti
row-actions-title = Azioni
action-open = Apri profilo
field-restricted = Limitato

## Il mio account
nav-account = Il mio account
account-title = Il mio account
account-section-profile = Il tuo profilo
account-username-hint = Il tuo indirizzo e-mail è il tuo nome utente: il prossimo accesso richiederà il nuovo indirizzo. La password resta la stessa.
account-section-password = Password
account-password-hint = Per scegliere una nuova password, inserisci quella attuale. Le tue altre sessioni verranno chiuse.
account-password-current = Password attuale
account-password-new = Nuova password
account-password-repeat = Ripeti la nuova password
account-password-submit = Cambia password
account-password-busy = Modifica in corso…
account-password-changed = La password è stata cambiata. Le tue sessioni sugli altri dispositivi sono state chiuse.
account-password-current-missing = Inserisci la password attuale.
account-password-new-missing = Inserisci la nuova password.
account-password-mismatch = Le due nuove password non coincidono.
account-password-unchanged = La nuova password è uguale a quella attuale.
account-password-demo = Nell’account demo non c’è una password personale da cambiare.
account-password-token = L’accesso è stato effettuato con un token API: qui non c’è una tua password da cambiare.
account-password-offline = Per cambiare la password serve il server degli account, che ora non è raggiungibile. Riprova quando sarai online.
account-section-preferences = Preferenze
account-app-language = Lingua di questa app
account-app-language-hint = Salvata su questo computer. “Lingua predefinita del browser o del sistema” segue la lingua del tuo sistema.
account-section-sign-out = Esci
account-sign-out-hint = Le modifiche non ancora inviate restano su questo computer e arriveranno al server dopo il prossimo accesso.
account-username-demo = L’account demo accede con questo nome utente, che quindi non può essere modificato.
account-leave-demo = Esci dall’account demo
account-leave-demo-hint = L’account demo resta su questo computer. Potrai quindi accedere al server degli account della tua organizzazione.
account-token-note = Accesso con token API: non c’è un account personale.
account-no-profile = Il tuo profilo non è ancora nella copia di questo computer. Comparirà dopo la prossima sincronizzazione.

## La cronologia di un utente
profile-section-history = Cronologia
history-loading = Lettura della cronologia…
history-empty = Per questo utente non è ancora stato registrato nulla.
history-offline = Offline: questa è la cronologia come l’ha letta questo computer l’ultima volta.
history-waiting = Da inviare
history-waiting-hint = Modifica fatta su questo computer; arriverà al server con la prossima sincronizzazione.
history-older = Mostra meno recenti
history-made = Eseguito il { $when }
history-made-offline = Eseguito offline il { $when }
history-reached = arrivato al server il { $when }
history-you = Tu
history-someone = Un’altra persona
history-not-offered = Questo server degli account non conserva una cronologia leggibile da Userdesk.
history-denied = Non puoi leggere la cronologia: serve l’autorizzazione per visualizzare il registro di controllo.
answer-yes = Sì
answer-no = No
history-avatar-set = Un’immagine
history-not-set = (non impostato)
field-avatar = Immagine del profilo
history-action-create = Creazione dell’account
history-action-update = Modifica del profilo
history-action-deactivate = Disattivazione dell’account
history-action-reactivate = Riattivazione dell’account
history-action-delete = Eliminazione dell’account
history-action-activate = Attivazione dell’account
history-action-set-password = Impostazione di una password
history-action-send-activation-email = Invio dell’e-mail di attivazione
history-action-send-welcome-email = Invio dell’e-mail di benvenuto
history-action-send-password-reset-email = Invio di un’e-mail di reimpostazione della password
history-action-start-phone-verification = Invio di un codice di verifica del telefono
history-action-verify-phone = Verifica del numero di cellulare

## L’avatar: perché un file scelto non può diventarlo.
avatar-missing = Il file non c’è più. Potrebbe essere stato spostato o eliminato dopo essere stato scelto.
avatar-not-a-file = Questa è una cartella. Scegli un’immagine PNG o JPEG.
avatar-unreadable = Impossibile leggere questo file. Verifica di avere i permessi per aprirlo.
avatar-empty = Questo file è vuoto.
avatar-file-too-large = Questo file è troppo grande: al massimo { $max } MB.
avatar-not-an-image = Questo file non è un’immagine PNG o JPEG.
avatar-too-many-pixels = Questa immagine è troppo grande: al massimo { $max } megapixel.
avatar-damaged = Questa immagine è danneggiata o incompleta e non può essere visualizzata.
avatar-crop-outside = Il quadrato da mantenere deve trovarsi all’interno dell’immagine.
avatar-encode-failed = Impossibile creare l’avatar da questa immagine.
avatar-cannot-write = Impossibile scrivere l’avatar in { $folder }.
error-picture-too-long = { $max ->
    [one] L’indirizzo di un’immagine può contenere al massimo { $max } carattere.
   *[other] L’indirizzo di un’immagine può contenere al massimo { $max } caratteri.
}
error-picture-not-a-url = L’indirizzo di un’immagine deve essere un URL http o https senza nome utente né password.
error-picture-upload = Questa immagine non è sul server. Imposta un avatar caricandone l’immagine.
avatar-set-from-file = Un avatar si imposta da un file di immagine: usa “Aggiungi immagine”.
avatar-unavailable = Questo server non conserva immagini, quindi qui non è possibile impostare avatar. Si possono impostare su un server degli account Userdesk.
avatar-picture-gone = L’immagine non è più su questo computer. Sceglila di nuovo.
avatar-dialog-title = Scegli un’immagine del profilo
avatar-dialog-filter = Immagini PNG o JPEG
avatar-add = Aggiungi immagine
avatar-change = Cambia immagine
avatar-remove = Rimuovi
avatar-drop-hint = oppure trascina qui un’immagine PNG o JPEG
avatar-drop-not-a-picture = Trascina un’immagine PNG o JPEG sull’avatar.
avatar-editor-title = Immagine del profilo
avatar-editor-stage = L’immagine, con il quadrato che diventerà l’avatar
avatar-editor-keys = Trascina il quadrato o usa i tasti freccia per spostarlo; + e − per lo zoom; R per ruotare.
avatar-zoom = Zoom
avatar-rotate = Ruota di 90°
avatar-preview = Anteprima
avatar-set = Imposta come avatar
avatar-cancel = Annulla
avatar-saving = Salvataggio…
avatar-opening = Apertura dell’immagine…
