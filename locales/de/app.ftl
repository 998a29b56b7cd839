# Userdesk: Texte der Desktop-App (Deutsch).
# Jede Meldung, die hier fehlt, erscheint auf Englisch (en-US/app.ftl).

app-name = Userdesk
app-tagline = Benutzerprofile, online und offline
nav-main = Hauptnavigation
nav-users = Benutzer
demo-badge = Demokonto
demo-hint = Erfundene Personen, nur auf diesem Computer gespeichert. Um mit dem Kontoserver Ihrer Organisation zu arbeiten, verlassen Sie das Demokonto unter „Mein Konto“.
cache-location = Lokaler Cache

## Users list
users-title = Benutzer
users-count = { $count ->
    [one] 1 Benutzer
   *[other] { $count } Benutzer
}
users-count-filtered = { $count ->
    [one] 1 von { $total } Benutzern
   *[other] { $count } von { $total } Benutzern
}
users-search-label = Benutzer suchen
users-search-placeholder = Nach Name, E-Mail, Ausweis-ID oder Telefon suchen
users-filters = Filter
filter-status = Status
filter-status-all = Alle Status
filter-type = Kontotyp
filter-type-all = Alle Kontotypen
filter-role = Rolle
filter-role-all = Alle Rollen
filter-group = Gruppe
filter-group-all = Alle Gruppen
filter-clear = Filter zurücksetzen
col-name = Name
col-email = E-Mail
col-badge = Ausweis-ID
col-title = Position
col-type = Kontotyp
col-status = Status
col-since = Seit
sort-ascending = Aufsteigend sortiert
sort-descending = Absteigend sortiert
users-empty = Keine passenden Benutzer
users-empty-hint = Versuchen Sie es mit weniger Buchstaben, oder setzen Sie die Filter zurück.
users-loading = Benutzer werden geladen…
users-open = Profil von { $name } öffnen

## Account types
type-super_admin = Super-Admin
type-config_admin = Konfigurations-Admin
type-internal = Intern
type-external = Extern
type-one_time_completion = Einmaliges Ausfüllen

## Statuses
status-created = Angelegt
status-invited = Eingeladen
status-active = Aktiv
status-inactive = Inaktiv

## User profile
profile-back = Zurück zu den Benutzern
profile-title = Benutzerprofil
profile-section-personal = Persönliche Angaben
profile-section-contact = Kontakt
profile-section-account = Konto
profile-section-preferences = Einstellungen
profile-more-options = Weitere Optionen
add-user = Neuen Benutzer hinzufügen
add-user-title = Neuen Benutzer hinzufügen
add-user-hint = Der neue Benutzer wird sofort auf diesem Computer gespeichert und erreicht den Server mit der nächsten Synchronisierung. Eine E-Mail wird erst gesendet, wenn Sie eine Aktivierungs-E-Mail senden.
add-user-submit = Benutzer hinzufügen
add-user-cancel = Abbrechen
dialog-close = Schließen
send-activation = Aktivierungs-E-Mail senden
send-activation-again = Einladung erneut senden
send-welcome = Willkommens-E-Mail senden
send-password-reset = Passwort-Zurücksetzung senden
email-queued = Vorgemerkt: Der Server sendet sie einmal, bei der nächsten Synchronisierung.
email-handed-over = Der Server hat sie: Die E-Mail ist unterwegs.
deactivate = Deaktivieren
deactivate-title = Dieses Konto deaktivieren?
deactivate-text = { $name } wird sofort überall abgemeldet und kann sich erst wieder anmelden, wenn das Konto reaktiviert ist. Vom Profil geht nichts verloren, und eine Reaktivierung stellt denselben Zugriff wieder her.
reactivate = Reaktivieren
profile-edit-hint = Änderungen werden gespeichert, sobald Sie ein Feld verlassen.
profile-email-hint = Diese Adresse ist auch der Benutzername: Bei der nächsten Anmeldung gilt die neue Adresse. Links in E-Mails an die alte Adresse funktionieren dann nicht mehr.
field-first-name = Vorname
field-last-name = Nachname
field-title = Position
field-badge = Ausweis-ID
field-email = E-Mail (Benutzername)
field-mobile = Mobiltelefon
field-office = Bürotelefon
field-extension = Durchwahl
field-language = Sprache
field-group = Benutzergruppe
field-account-type = Kontotyp
field-roles = Rollen
field-status = Status
field-since = Seit
field-sso = Anmeldung
field-notifications = Benachrichtigungen
field-presence = Verfügbarkeit
field-required = Pflichtfeld
value-not-set = Nicht festgelegt
phone-verified = Bestätigt
phone-unverified = Nicht bestätigt
language-system = Browser-/Systemstandard
group-default = Standardgruppe
group-manager = Gruppenleitung
group-manager-default-hint = Nur Mitglieder einer eigenen Gruppe können sie verwalten: Wählen Sie zuerst eine Gruppe.
roles-none = Keine Rollen
roles-config-admin-only = Nur Konfigurations-Admins haben Rollen
sso-yes = Single Sign-on
sso-no = Passwort
status-created-detail = Angelegt am { $when }. Die Aktivierungs-E-Mail wurde noch nicht gesendet.
status-invited-detail = Aktivierungs-E-Mail zuletzt gesendet am { $when }
status-active-detail = Aktiviert am { $when }
status-inactive-detail = Deaktiviert. Dieser Benutzer kann sich nicht anmelden.
last-active = Zuletzt aktiv { $when }
active-now = Jetzt aktiv
saving = Wird gespeichert…
saved = Gespeichert
last-saved = Zuletzt gespeichert
restore-saved = Wiederherstellen
notif-instant = Sofort
notif-hourly = Stündliche Zusammenfassung
notif-daily = Tägliche Zusammenfassung
notif-weekly = Wöchentliche Zusammenfassung
notif-never = Nie
presence-online = Online
presence-away = Abwesend
presence-busy = Beschäftigt
presence-offline = Offline

## Errors shown at a field
error-name-blank = Dieses Feld ist ein Pflichtfeld und darf nicht leer sein.
error-name-too-long = Verwenden Sie höchstens { $max } Zeichen.
error-control-character = Entfernen Sie Zeilenumbrüche und andere Steuerzeichen.
error-email-blank = Eine E-Mail-Adresse ist erforderlich.
error-email-too-long = Eine E-Mail-Adresse darf höchstens { $max } Zeichen lang sein.
error-email-invalid = Geben Sie eine E-Mail-Adresse wie name@example.com ein.
error-badge-too-long = Eine Ausweis-ID darf höchstens { $max } Zeichen lang sein.
error-badge-invalid = Eine Ausweis-ID darf nur Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten.
error-badge-taken = Diese Ausweis-ID gehört bereits einem anderen Benutzer.
error-email-taken = Diese E-Mail-Adresse gehört bereits einem anderen Benutzer.
error-title-too-long = Eine Position darf höchstens { $max } Zeichen lang sein.
error-phone-blank = Geben Sie eine Telefonnummer ein.
error-phone-country = Wählen Sie ein Land.
error-phone-invalid = Dies ist keine gültige Telefonnummer für das gewählte Land.
error-extension-invalid = Eine Durchwahl besteht aus 1 bis 8 Ziffern.
error-language-unsupported = Diese Sprache wird nicht unterstützt.
error-account-type-one-time = Ein Konto dieses Typs kann nicht zu „Einmaliges Ausfüllen“ werden.
error-account-type-unknown = Unbekannter Kontotyp.
error-roles-too-many = Ein Benutzer kann höchstens { $max } Rollen haben.
error-role-administrator-users = Die Rolle „Administrator“ verwaltet die Konfiguration, nicht die Benutzer.
error-lifecycle-sso = Benutzer, die sich per Single Sign-on anmelden, erhalten keine Aktivierungs-E-Mail.
error-lifecycle-already-active = Dieses Konto ist bereits aktiv.
error-lifecycle-inactive = Dieses Konto ist inaktiv. Reaktivieren Sie es zuerst.
error-lifecycle-already-inactive = Dieses Konto ist bereits inaktiv.
error-lifecycle-not-inactive = Nur ein inaktives Konto kann reaktiviert werden.
error-lifecycle-not-active = Dieses Konto ist noch nicht aktiv: Senden Sie stattdessen die Aktivierungs-E-Mail.
error-phone-code-wait = { $seconds ->
    [one] Gerade wurde ein Code gesendet. Einen weiteren können Sie in einer Sekunde anfordern.
   *[other] Gerade wurde ein Code gesendet. Einen weiteren können Sie in { $seconds } Sekunden anfordern.
}
error-phone-code-none = Für diese Nummer wartet kein Code. Senden Sie zuerst eine Bestätigungs-E-Mail.
error-phone-code-expired = Dieser Code ist abgelaufen. Senden Sie einen neuen.
error-phone-code-attempts = Zu viele falsche Codes. Senden Sie einen neuen.
error-phone-code-wrong = { $left ->
    [one] Dieser Code stimmt nicht. Sie haben noch einen Versuch.
   *[other] Dieser Code stimmt nicht. Sie haben noch { $left } Versuche.
}
error-phone-code-other-number = Dieser Code wurde für eine andere Nummer gesendet. Senden Sie einen neuen.
error-phone-sms-off = Dieser Server sendet keine Codes per SMS. Wählen Sie E-Mail.
error-phone-channel = Wählen Sie, wie der Code gesendet wird: per E-Mail oder per SMS.
error-phone-sms-failed = Die SMS konnte nicht gesendet werden. Versuchen Sie es erneut oder senden Sie den Code per E-Mail.
error-phone-code-today = Zu viele Versuche für diese Nummer heute. Versuchen Sie es morgen wieder.
error-phone-sends-today = Heute wurden genug Codes zur Bestätigung dieser Nummer gesendet. Versuchen Sie es morgen wieder.
error-user-not-found = Dieser Benutzer existiert nicht mehr.
error-unknown-field = Dieses Feld kann hier nicht bearbeitet werden.
error-internal = Etwas ist schiefgegangen; es wurde nichts geändert. Details stehen im Protokoll.

## Why an action is not allowed
denied-actor-inactive = Ihr Konto ist nicht aktiv.
denied-missing-permission = Sie benötigen die Berechtigung „{ $permission }“.
denied-own-account-type = Niemand kann den eigenen Kontotyp ändern.
denied-own-status = Sie können Ihr eigenes Konto nicht deaktivieren.
denied-super-admin-only = Nur ein Super-Admin kann das bei einem Super-Admin tun.
denied-roles-config-admin-only = Nur Konfigurations-Admins haben Rollen.
denied-unknown-role = Im Rollenkatalog dieses Kontos gibt es keine Rolle „{ $role }“.
denied-grant-beyond-own = Sie können die Berechtigung „{ $permission }“ nicht vergeben: Sie haben sie selbst nicht.
denied-target-holds-more = Diese Person hat die Berechtigung „{ $permission }“, die Sie nicht haben: Verwalten kann sie nur, wer jede ihrer Berechtigungen ebenfalls hat.
error-group-name-blank = Geben Sie einen Gruppennamen ein.
error-group-name-too-long = Ein Gruppenname darf höchstens { $max } Zeichen lang sein.
error-group-name-control = Ein Gruppenname darf keine Steuerzeichen enthalten.
error-group-manager-default = Nur Mitglieder einer eigenen Gruppe können deren Gruppenleitung sein.
error-group-unknown = Diese Gruppe gibt es in diesem Konto nicht (mehr). Wählen Sie eine andere.

## Sync
nav-sync = Synchronisierung
sync-online = Online
sync-offline = Offline
sync-connecting = Verbindung wird hergestellt…
sync-syncing = Wird synchronisiert…
sync-now = Jetzt synchronisieren
sync-last = Zuletzt synchronisiert { $when }
sync-never = Noch nicht synchronisiert
sync-title = Synchronisierung
sync-server = Kontoserver
sync-demo-server = der Server des Demokontos, auf diesem Computer
sync-problem-offline = Der Kontoserver ist nicht erreichbar. Ihre Änderungen sind auf diesem Computer gespeichert und werden gesendet, sobald er wieder erreichbar ist.
sync-problem-server = Beim Kontoserver ist ein Problem aufgetreten. Die Synchronisierung wird in Kürze erneut versucht.
sync-problem-incomplete = Noch konnte nicht alles gesendet werden. Die Synchronisierung wird in Kürze erneut versucht.
sync-problem-sign-in = Melden Sie sich erneut an, um mit dem Kontoserver zu synchronisieren.
permissions-changed = Ihre Berechtigungen wurden auf dem Kontoserver geändert: Die Ansichten folgen jetzt Ihren neuen Berechtigungen.
notice-dismiss = Schließen
sync-pending-title = Noch nicht gesendet
sync-pending-empty = Nichts wartet: Alle Änderungen sind beim Server angekommen.
sync-pending-offline = Wird gesendet, sobald eine Verbindung besteht
sync-made = Bearbeitet am { $when }
sync-conflicts-title = Konflikte
sync-conflicts-hint = Diese Felder wurden auf dem Server geändert, während Sie sie ebenfalls bearbeitet haben. Wählen Sie den Wert, der gelten soll.
sync-conflicts-empty = Keine Konflikte.
sync-mine = Ihr Wert
sync-theirs = Auf dem Server
sync-theirs-by = Geändert von { $who } am { $when }
sync-theirs-when = Geändert am { $when }
sync-keep-mine = Meinen behalten
sync-take-theirs = Vom Server übernehmen
sync-keep-all-mine = Alle meine Werte behalten
sync-take-all-theirs = Alle vom Server übernehmen
sync-rejected-title = Vom Server abgelehnt
sync-rejected-empty = Nichts wurde abgelehnt.
sync-rejected-not-offered = Dieser Kontoserver bietet das nicht an.
sync-rejected-deleted = Der Benutzer wurde auf dem Server gelöscht.
sync-rejected-unmergeable = Diese Änderung lässt sich nicht mit der Fassung des Benutzers auf dem Server zusammenführen ({ $reason }).
sync-fix = Korrigieren
sync-discard = Verwerfen
sync-deleted-user = Ein auf dem Server gelöschter Benutzer
sync-state-synced = Synchronisiert
sync-state-pending = Ausstehend
sync-state-conflict = Konflikt
sync-state-rejected = Abgelehnt
value-cleared = (geleert)
profile-sync-pending = Ihre Änderungen an diesem Benutzer sind auf diesem Computer gespeichert und warten darauf, an den Kontoserver gesendet zu werden.
profile-sync-conflict = Dieser Benutzer wurde auf dem Server geändert, während Sie ihn ebenfalls bearbeitet haben. Wählen Sie in der Ansicht „Synchronisierung“, welche Werte gelten sollen.
profile-sync-rejected = Der Kontoserver hat eine Änderung an diesem Benutzer abgelehnt. Den Grund finden Sie in der Ansicht „Synchronisierung“.
profile-sync-open = Synchronisierung öffnen

## Sign in
nav-sign-in = Anmelden
sign-in-title = Beim Kontoserver anmelden
sign-in-hint = Ihre Änderungen werden auf diesem Computer gespeichert. Nach der Anmeldung können Sie auch offline weiterarbeiten.
sign-in-server = Serveradresse
sign-in-insecure = Diese Adresse beginnt mit http://: Passwörter und die Daten aller Benutzer würden unverschlüsselt über das Netz gehen. Fragen Sie Ihre Administration nach der https://-Adresse des Servers.
sign-in-email = E-Mail
sign-in-password = Passwort
sign-in-submit = Anmelden
sign-in-busy = Anmeldung läuft…
sign-out = Abmelden
sign-in-refused = E-Mail-Adresse oder Passwort sind nicht richtig.
sign-in-unreachable = Der Kontoserver ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.
sign-in-not-a-server = Unter dieser Adresse antwortet kein Userdesk-Kontoserver.
sign-in-password-missing = Geben Sie Ihr Passwort ein.
sign-in-server-missing = Geben Sie die Adresse des Kontoservers Ihrer Organisation ein.
sign-in-server-invalid = Das ist keine Serveradresse. Schreiben Sie sie etwa als accounts.example.com oder https://accounts.example.com.
sign-in-demo-hint = Noch kein Kontoserver? Das Demokonto hat 500 erfundene Personen und läuft nur auf diesem Computer.
sign-in-demo-choice = Demokonto verwenden
sign-in-demo-busy = Demokonto wird geöffnet…
sign-in-other-account-pending = Hier gemachte Änderungen eines anderen Kontos warten noch auf das Senden. Melden Sie sich zuerst mit diesem Konto an.
sign-in-use-token = Stattdessen ein API-Token verwenden
sign-in-use-password = Stattdessen mit E-Mail und Passwort anmelden
sign-in-token = API-Token
sign-in-token-hint = Für einen SCIM-Server, der API-Tokens ausgibt. Das Token wird im Schlüsselbund dieses Computers gespeichert.
sign-in-token-missing = Geben Sie das API-Token ein.
sign-in-token-invalid = Ein API-Token enthält keine Leerzeichen oder Sonderzeichen. Fügen Sie es erneut ein.
sign-in-token-refused = Der Server nimmt dieses API-Token nicht an.
sign-in-not-scim = Unter dieser Adresse antwortet kein SCIM-Server.
sync-account-token = API-Token

## Telefonnummern und ihre Bestätigung
phone-country = Land
extension-needs-phone = Tragen Sie zuerst eine Bürotelefonnummer ein.
error-extension-needs-phone = Eine Durchwahl braucht eine Bürotelefonnummer.
verify-phone = Nummer bestätigen
verify-title = Mobilnummer bestätigen
verify-intro = Userdesk schickt einen 6-stelligen Code an die E-Mail-Adresse der Person. Geben Sie den Code ein, den sie dort liest, um die Nummer als bestätigt zu markieren.
verify-country-search = Länder durchsuchen
verify-send = Bestätigungs-E-Mail senden
verify-queued = Die E-Mail mit dem Code geht hinaus, sobald dieser Computer den Kontoserver erreicht.
verify-code = Bestätigungscode
verify-digit = Ziffer { $n }
verify-submit = Bestätigen
error-phone-code-format = Geben Sie die sechs Ziffern des Codes ein.
error-phone-not-synced = Diese Person ist noch nicht auf dem Kontoserver. Synchronisieren Sie zuerst, dann bestätigen Sie.
error-phone-not-offered = Dieser Kontoserver bestätigt keine Telefonnummern.
error-phone-offline = Zum Prüfen eines Codes braucht es eine Verbindung zum Kontoserver.

## Kontotyp
error-account-type-own = Niemand kann den eigenen Kontotyp ändern.
account-type-own-hint = Das ist Ihr eigenes Konto: Den eigenen Kontotyp ändert niemand.
ask-activation-title = Aktivierungs-E-Mail senden?
ask-activation-text = { $name } hat jetzt ein vollständiges Konto und muss es aktivieren. Senden Sie die Aktivierungs-E-Mail jetzt oder später über den Statusbereich.
ask-activation-send = Aktivierungs-E-Mail senden
ask-activation-later = Später erledigen

## Rollen bearbeiten
roles-edit = Rollen bearbeiten
roles-edit-title = Rollen bearbeiten
roles-own-hint = Die eigenen Rollen ändert niemand.
roles-intro = Ein Konfigurations-Admin darf alles, was eine seiner Rollen erlaubt. Wählen Sie die Rollen dieses Admins.
roles-count = { $count ->
    [one] Eine Rolle gewählt, höchstens { $max }.
   *[other] { $count } Rollen gewählt, höchstens { $max }.
}
roles-limit-reached = Eine Person kann höchstens { $max } Rollen haben: Entfernen Sie eine, um eine andere hinzuzufügen.
roles-effective = Zusammen erlauben sie
roles-save = Rollen speichern
role-built-in = Vordefiniert
roles-unknown-kept = Beibehalten, obwohl dieser Computer sie noch nicht kennt:
error-roles-config-admin-only = Nur Konfigurations-Admins haben Rollen.
error-role-unknown = Die Rolle „{ $role }“ gibt es im Katalog dieses Kontos nicht.
permission-users-view = Personen sehen
permission-users-edit = Personen bearbeiten
permission-users-create = Personen hinzufügen
permission-users-deactivate = Personen deaktivieren
permission-users-invite = Einladungen senden
permission-roles-assign = Rollen zuweisen
permission-config-manage = Konfiguration verwalten
permission-audit-view = Verlauf lesen

## Zeilenaktionen der Personenliste
row-actions-title = Aktionen
action-open = Profil öffnen
field-restricted = Eingeschränkt

## Mein Konto
nav-account = Mein Konto
account-title = Mein Konto
account-section-profile = Ihr Profil
account-username-hint = Ihre E-Mail-Adresse ist Ihr Benutzername: Bei der nächsten Anmeldung brauchen Sie die neue Adresse. Ihr Passwort bleibt gleich.
account-section-password = Passwort
account-password-hint = Um ein neues Passwort zu wählen, geben Sie Ihr jetziges an. Ihre anderen Sitzungen werden abgemeldet.
account-password-current = Aktuelles Passwort
account-password-new = Neues Passwort
account-password-repeat = Neues Passwort wiederholen
account-password-submit = Passwort ändern
account-password-busy = Wird geändert…
account-password-changed = Ihr Passwort wurde geändert. Ihre Sitzungen auf anderen Geräten wurden abgemeldet.
account-password-current-missing = Geben Sie Ihr aktuelles Passwort ein.
account-password-new-missing = Geben Sie das neue Passwort ein.
account-password-mismatch = Die beiden neuen Passwörter stimmen nicht überein.
account-password-unchanged = Das neue Passwort ist Ihr jetziges.
account-password-demo = Im Demokonto gibt es kein eigenes Passwort zu ändern.
account-password-token = Sie sind mit einem API-Token angemeldet: Hier gibt es kein eigenes Passwort zu ändern.
account-password-offline = Zum Ändern des Passworts wird der Kontoserver gebraucht, der gerade nicht erreichbar ist. Versuchen Sie es wieder, wenn Sie online sind.
account-section-preferences = Einstellungen
account-app-language = Sprache dieser App
account-app-language-hint = Wird auf diesem Computer gespeichert. „Browser-/Systemstandard“ folgt der Sprache Ihres Systems.
account-section-sign-out = Abmelden
account-sign-out-hint = Noch nicht gesendete Änderungen bleiben auf diesem Computer und gehen nach der nächsten Anmeldung an den Server.
account-username-demo = Das Demokonto meldet sich mit diesem Benutzernamen an, deshalb bleibt er, wie er ist.
account-leave-demo = Demokonto verlassen
account-leave-demo-hint = Das Demokonto bleibt auf diesem Computer. Danach können Sie sich beim Kontoserver Ihrer Organisation anmelden.
account-token-note = Mit einem API-Token angemeldet: Es gibt kein persönliches Konto.
account-no-profile = Ihr eigenes Profil ist noch nicht in der Kopie auf diesem Computer. Es erscheint nach der nächsten Synchronisierung.

## Verlauf eines Benutzers
profile-section-history = Verlauf
history-loading = Verlauf wird gelesen…
history-empty = Für diesen Benutzer wurde noch nichts aufgezeichnet.
history-offline = Offline: Das ist der Verlauf, wie dieser Computer ihn zuletzt gelesen hat.
history-waiting = Noch nicht gesendet
history-waiting-hint = Auf diesem Computer gemacht; erreicht den Server mit der nächsten Synchronisierung.
history-older = Ältere anzeigen
history-made = Gemacht { $when }
history-made-offline = Offline gemacht { $when }
history-reached = beim Server angekommen { $when }
history-you = Sie
history-someone = Jemand anderes
history-not-offered = Dieser Kontoserver führt keinen Verlauf, den Userdesk lesen kann.
history-denied = Sie dürfen den Verlauf nicht lesen: Dafür braucht es die Berechtigung, das Prüfprotokoll anzusehen.
answer-yes = Ja
answer-no = Nein
history-avatar-set = Ein Bild
history-not-set = (nicht gesetzt)
field-avatar = Profilbild
history-action-create = Hat das Konto angelegt
history-action-update = Hat das Profil geändert
history-action-deactivate = Hat das Konto deaktiviert
history-action-reactivate = Hat das Konto reaktiviert
history-action-delete = Hat das Konto gelöscht
history-action-activate = Hat das Konto aktiviert
history-action-set-password = Hat ein Passwort gesetzt
history-action-send-activation-email = Hat die Aktivierungs-E-Mail gesendet
history-action-send-welcome-email = Hat die Willkommens-E-Mail gesendet
history-action-send-password-reset-email = Hat eine E-Mail zum Zurücksetzen des Passworts gesendet
history-action-start-phone-verification = Hat einen Bestätigungscode für das Telefon gesendet
history-action-verify-phone = Hat die Mobilnummer bestätigt

## The avatar: why a picked file cannot become one.
avatar-missing = Die Datei ist nicht mehr da. Sie wurde vielleicht nach der Auswahl verschoben oder gelöscht.
avatar-not-a-file = Das ist ein Ordner. Wählen Sie ein PNG- oder JPEG-Bild.
avatar-unreadable = Diese Datei kann nicht gelesen werden. Prüfen Sie, ob Sie sie öffnen dürfen.
avatar-empty = Diese Datei ist leer.
avatar-file-too-large = Diese Datei ist zu groß: höchstens { $max } MB.
avatar-not-an-image = Diese Datei ist kein PNG- oder JPEG-Bild.
avatar-too-many-pixels = Dieses Bild ist zu groß: höchstens { $max } Megapixel.
avatar-damaged = Dieses Bild ist beschädigt oder unvollständig und kann nicht angezeigt werden.
avatar-crop-outside = Der Ausschnitt muss innerhalb des Bildes liegen.
avatar-encode-failed = Aus diesem Bild konnte kein Profilbild erstellt werden.
avatar-cannot-write = Das Profilbild konnte nicht in { $folder } geschrieben werden.
error-picture-too-long = Die Adresse eines Bildes hat höchstens { $max } Zeichen.
error-picture-not-a-url = Die Adresse eines Bildes muss eine http- oder https-URL ohne Benutzernamen und Passwort sein.
error-picture-upload = Dieses Bild ist nicht auf dem Server. Ein Profilbild wird gesetzt, indem sein Bild hochgeladen wird.
avatar-set-from-file = Ein Profilbild wird aus einer Bilddatei gesetzt: „Bild hinzufügen“ verwenden.
avatar-unavailable = Dieser Server speichert keine Bilder, daher können hier keine Profilbilder gesetzt werden. Auf einem Userdesk-Kontoserver ist das möglich.
avatar-picture-gone = Das Bild ist nicht mehr auf diesem Computer. Bitte erneut auswählen.
avatar-dialog-title = Profilbild auswählen
avatar-dialog-filter = PNG- oder JPEG-Bilder
avatar-add = Bild hinzufügen
avatar-change = Bild ändern
avatar-remove = Entfernen
avatar-drop-hint = oder ein PNG- oder JPEG-Bild hierher ziehen
avatar-drop-not-a-picture = Bitte ein PNG- oder JPEG-Bild auf das Profilbild ziehen.
avatar-editor-title = Profilbild
avatar-editor-stage = Das Bild mit dem Quadrat, das zum Profilbild wird
avatar-editor-keys = Das Quadrat ziehen oder mit den Pfeiltasten verschieben; + und − zoomen; R dreht.
avatar-zoom = Zoom
avatar-rotate = 90° drehen
avatar-preview = Vorschau
avatar-set = Als Profilbild festlegen
avatar-cancel = Abbrechen
avatar-saving = Wird gespeichert …
avatar-opening = Bild wird geöffnet …
