# Userdesk: warum eine SCIM-Ressource abgelehnt wurde (Deutsch). Wird API-Clients im „detail“
# eines Fehlers angezeigt und in der Desktop-App, wenn der Server eine synchronisierte Änderung ablehnt.

scim-error-required = Dieses Attribut ist erforderlich.
scim-error-not-a-string = Dieses Attribut muss eine Zeichenkette sein.
scim-error-not-an-object = Dieses Attribut muss ein Objekt sein.
scim-error-not-an-array = Dieses Attribut muss ein Array sein.
scim-error-not-a-boolean = Dieses Attribut muss true oder false sein.
scim-error-invalid-value = Dieser Wert gehört nicht zu den zulässigen Werten.

## Warum ein Filter (oder ein PATCH-Pfad) nicht gelesen werden konnte; $position zählt die Zeichen ab 1.
filter-error-too-long = Der Filter ist zu lang.
filter-error-too-deep = Der Filter ist zu tief verschachtelt (an Position { $position }).
filter-error-empty = Der Filter ist leer.
filter-error-expected-attribute = An Position { $position } wurde ein Attributname erwartet.
filter-error-expected-operator = An Position { $position } wurde ein Operator erwartet (eq, ne, co, sw, ew, gt, ge, lt, le oder pr).
filter-error-expected-value = An Position { $position } wurde ein Wert erwartet (eine "Zeichenkette" in Anführungszeichen, eine Zahl, true, false oder null).
filter-error-bad-string = Die Zeichenkette ab Position { $position } ist nicht geschlossen oder enthält eine ungültige Escape-Sequenz.
filter-error-bad-number = Die Zahl an Position { $position } ist ungültig.
filter-error-unclosed = Eine vor Position { $position } geöffnete Klammer wird nicht geschlossen.
filter-error-trailing = Unerwarteter Text an Position { $position }.
filter-error-nested-value-path = Ein Wertfilter darf keinen weiteren Wertfilter enthalten (Position { $position }).

## Warum ein PATCH abgelehnt wurde; $operation zählt ab 1.
patch-error-syntax = Die PATCH-Anfrage ist keine gültige PatchOp-Nachricht (Operation { $operation }).
patch-error-value-not-object = Operation { $operation }: Ohne Pfad muss der Wert ein Objekt aus Attributen sein.
patch-error-value-missing = Operation { $operation } braucht einen Wert.
patch-error-read-only = Operation { $operation } versucht, ein schreibgeschütztes Attribut zu ändern.
patch-error-invalid-path = Operation { $operation } hat einen Pfad, der nicht verwendet werden kann.
patch-error-no-target = Operation { $operation }: Zu ihrem Pfad passt nichts.
patch-error-remove-needs-path = Operation { $operation }: „remove“ braucht einen Pfad.
patch-error-too-many-operations = { $max ->
    [one] Eine PATCH-Anfrage darf höchstens eine Operation enthalten.
   *[other] Eine PATCH-Anfrage darf höchstens { $max } Operationen enthalten.
}
patch-error-too-much-work = Operation { $operation }: Diese PATCH-Anfrage wäre zu aufwendig; senden Sie sie als mehrere kleinere Anfragen.

## Protokollfehler des Kontoservers.
scim-error-not-found = Diese Ressource gibt es nicht.
scim-error-version-mismatch = Die Ressource wurde geändert, seit Sie sie gelesen haben (ihre Version stimmt nicht mehr mit If-Match überein).
scim-error-internal = Der Server konnte die Anfrage nicht abschließen. Es wurde nichts geändert.
scim-error-bad-json = Der Anfragetext ist für diese Anfrage kein gültiges JSON.
scim-error-taken = Der Wert von { $attribute } wird bereits von einem anderen Benutzer verwendet.
scim-error-too-many-attributes = { $max ->
    [one] Eine Anfrage darf in attributes oder excludedAttributes höchstens ein Attribut nennen.
   *[other] Eine Anfrage darf in attributes oder excludedAttributes höchstens { $max } Attribute nennen.
}
scim-error-sort-order = sortOrder muss „ascending“ oder „descending“ sein.
scim-error-sort-by = Nach diesem Attribut kann nicht sortiert werden.
scim-error-too-large = Der Anfragetext ist zu groß.
scim-error-method = Diese Methode ist hier nicht zulässig.
filter-error-unsupported-attribute = Der Filter verwendet { $attribute }; nach diesem Attribut kann nicht gefiltert werden.
filter-error-wrong-type = Der Filter vergleicht { $attribute } mit einem Wert des falschen Typs.

## Anmeldung.
auth-error-credentials = E-Mail-Adresse oder Passwort ist falsch.
auth-error-locked = Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es später erneut.
auth-error-busy = Der Server prüft gerade sehr viele Anmeldungen. Versuchen Sie es gleich noch einmal.
auth-error-token = Melden Sie sich zuerst an: Das Zugriffstoken fehlt, ist abgelaufen oder wurde widerrufen.
scim-error-idempotency-reuse = Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet.
scim-error-bad-id = Das ist keine gültige ID.
auth-error-weak-password = Ein Passwort braucht mindestens { $min } Zeichen.
auth-error-current-password = Das aktuelle Passwort ist falsch.
auth-error-long-password = Dieses Passwort ist zu lang.
scim-error-undeliverable-address = An diese Adresse kann keine E-Mail gesendet werden.
scim-error-nested-groups = Mitglieder müssen Benutzer sein; Gruppen können keine Gruppen enthalten.
scim-error-unknown-member = Das ist kein Benutzer dieses Kontos.
scim-error-other-group = { $user } gehört bereits zur Gruppe { $group }. Entfernen Sie die Mitgliedschaft dort zuerst.
scim-error-bulk-too-many = { $max ->
    [one] Eine Bulk-Anfrage enthält höchstens eine Operation.
   *[other] Eine Bulk-Anfrage enthält höchstens { $max } Operationen.
}
scim-error-bulk-method = Die Methode muss POST, PUT, PATCH oder DELETE sein.
scim-error-bulk-duplicate-id = Jede Operation braucht eine eigene bulkId.
scim-error-bulk-reference = Die Operation verweist auf die bulkId { $bulkId }, mit der nichts angelegt wurde.
scim-error-bulk-circular = Die Operationen verweisen im Kreis aufeinander.
scim-error-bad-time = Das ist keine Datums- und Uhrzeitangabe (RFC 3339, z. B. 2026-05-13T06:42:34Z).
scim-error-no-route = Diesen Endpunkt gibt es auf diesem Server nicht. Prüfen Sie die Adresse.
