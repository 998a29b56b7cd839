# Userdesk: perché una risorsa SCIM è stata rifiutata (italiano). Mostrato ai client dell’API nel campo
# "detail" di un errore, e nell’app desktop quando il server rifiuta una modifica sincronizzata.

scim-error-required = Questo attributo è obbligatorio.
scim-error-not-a-string = Questo attributo deve essere una stringa.
scim-error-not-an-object = Questo attributo deve essere un oggetto.
scim-error-not-an-array = Questo attributo deve essere un array.
scim-error-not-a-boolean = Questo attributo deve essere true o false.
scim-error-invalid-value = Questo valore non è tra quelli consentiti.

## Perché non è stato possibile leggere un filtro (o un percorso PATCH); $position conta i caratteri a partire da 1.
filter-error-too-long = Il filtro è troppo lungo.
filter-error-too-deep = Il filtro ha troppi livelli di annidamento (al carattere { $position }).
filter-error-empty = Il filtro è vuoto.
filter-error-expected-attribute = Al carattere { $position } era previsto il nome di un attributo.
filter-error-expected-operator = Al carattere { $position } era previsto un operatore (eq, ne, co, sw, ew, gt, ge, lt, le o pr).
filter-error-expected-value = Al carattere { $position } era previsto un valore (una "stringa", un numero, true, false o null).
filter-error-bad-string = La stringa che inizia al carattere { $position } non è chiusa o contiene una sequenza di escape non valida.
filter-error-bad-number = Il numero al carattere { $position } non è valido.
filter-error-unclosed = Una parentesi aperta prima del carattere { $position } non è stata chiusa.
filter-error-trailing = Testo imprevisto al carattere { $position }.
filter-error-nested-value-path = Un filtro di valore non può contenerne un altro (carattere { $position }).

## Perché un PATCH è stato rifiutato; $operation conta a partire da 1.
patch-error-syntax = La richiesta PATCH non è un messaggio PatchOp valido (operazione { $operation }).
patch-error-value-not-object = Operazione { $operation }: senza percorso, il valore deve essere un oggetto di attributi.
patch-error-value-missing = L’operazione { $operation } richiede un valore.
patch-error-read-only = L’operazione { $operation } tenta di modificare un attributo di sola lettura.
patch-error-invalid-path = L’operazione { $operation } ha un percorso che non può essere usato.
patch-error-no-target = Operazione { $operation }: nulla corrisponde al suo percorso.
patch-error-remove-needs-path = Operazione { $operation }: remove richiede un percorso.
patch-error-too-many-operations = { $max ->
    [one] Una richiesta PATCH può contenere al massimo { $max } operazione.
   *[other] Una richiesta PATCH può contenere al massimo { $max } operazioni.
}
patch-error-too-much-work = Operazione { $operation }: questa richiesta PATCH richiederebbe troppo lavoro; inviala suddivisa in più richieste più piccole.

## Errori di protocollo del server degli account.
scim-error-not-found = Risorsa inesistente.
scim-error-version-mismatch = La risorsa è stata modificata dopo che l’hai letta (la sua versione non corrisponde più a If-Match).
scim-error-internal = Il server non è riuscito a completare la richiesta. Non è stato modificato nulla.
scim-error-bad-json = Il corpo della richiesta non è un JSON valido per questa richiesta.
scim-error-taken = Il valore di { $attribute } è già usato da un altro utente.
scim-error-too-many-attributes = { $max ->
    [one] Una richiesta può indicare al massimo { $max } attributo in attributes o excludedAttributes.
   *[other] Una richiesta può indicare al massimo { $max } attributi in attributes o excludedAttributes.
}
scim-error-sort-order = sortOrder deve essere "ascending" o "descending".
scim-error-sort-by = Questo attributo non può essere usato per l’ordinamento.
scim-error-too-large = Il corpo della richiesta è troppo grande.
scim-error-method = Questo metodo non è consentito qui.
filter-error-unsupported-attribute = Il filtro usa { $attribute }, su cui non è possibile filtrare.
filter-error-wrong-type = Il filtro confronta { $attribute } con un valore di tipo errato.

## Accesso.
auth-error-credentials = L’indirizzo e-mail o la password sono errati.
auth-error-locked = Troppi tentativi di accesso non riusciti. Riprova più tardi.
auth-error-busy = Il server sta verificando molti accessi in questo momento. Riprova tra poco.
auth-error-token = Accedi prima: il token di accesso manca, è scaduto o è stato revocato.
scim-error-idempotency-reuse = Questa Idempotency-Key è già stata usata per una richiesta diversa.
scim-error-bad-id = Questo identificatore (id) non è valido.
auth-error-weak-password = { $min ->
    [one] Una password deve contenere almeno un carattere.
   *[other] Una password deve contenere almeno { $min } caratteri.
}
auth-error-current-password = La password attuale è errata.
auth-error-long-password = Questa password è troppo lunga.
scim-error-undeliverable-address = Non è possibile inviare e-mail a questo indirizzo.
scim-error-nested-groups = I membri devono essere utenti; i gruppi non possono contenere gruppi.
scim-error-unknown-member = Questo non è un utente di questo account.
scim-error-other-group = { $user } appartiene già al gruppo { $group }. Rimuovi prima l’utente da quel gruppo.
scim-error-bulk-too-many = { $max ->
    [one] Una richiesta Bulk può contenere al massimo { $max } operazione.
   *[other] Una richiesta Bulk può contenere al massimo { $max } operazioni.
}
scim-error-bulk-method = Il metodo deve essere POST, PUT, PATCH o DELETE.
scim-error-bulk-duplicate-id = Ogni operazione deve avere un proprio bulkId.
scim-error-bulk-reference = L’operazione fa riferimento al bulkId { $bulkId }, che non ha creato nulla.
scim-error-bulk-circular = Le operazioni fanno riferimento l’una all’altra in modo circolare.
scim-error-bad-time = Questa non è una data e ora valida (RFC 3339, ad es. 2026-05-13T06:42:34Z).
scim-error-no-route = Questo endpoint non esiste su questo server. Controlla l’indirizzo.
