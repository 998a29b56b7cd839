# Userdesk : pourquoi une ressource SCIM a été refusée (français). Affiché aux clients de l’API dans le
# champ "detail" d’une erreur, et dans l’application de bureau lorsque le serveur refuse une modification synchronisée.

scim-error-required = Cet attribut est obligatoire.
scim-error-not-a-string = Cet attribut doit être une chaîne de caractères.
scim-error-not-an-object = Cet attribut doit être un objet.
scim-error-not-an-array = Cet attribut doit être un tableau.
scim-error-not-a-boolean = Cet attribut doit valoir true ou false.
scim-error-invalid-value = Cette valeur ne fait pas partie des valeurs autorisées.

## Pourquoi un filtre (ou un chemin PATCH) n’a pas pu être lu ; $position compte les caractères à partir de 1.
filter-error-too-long = Le filtre est trop long.
filter-error-too-deep = Le filtre comporte trop de niveaux d’imbrication (au caractère { $position }).
filter-error-empty = Le filtre est vide.
filter-error-expected-attribute = Un nom d’attribut était attendu au caractère { $position }.
filter-error-expected-operator = Un opérateur (eq, ne, co, sw, ew, gt, ge, lt, le ou pr) était attendu au caractère { $position }.
filter-error-expected-value = Une valeur (une "chaîne", un nombre, true, false ou null) était attendue au caractère { $position }.
filter-error-bad-string = La chaîne qui commence au caractère { $position } n’est pas fermée ou contient une séquence d’échappement incorrecte.
filter-error-bad-number = Le nombre situé au caractère { $position } n’est pas valide.
filter-error-unclosed = Une parenthèse ou un crochet ouvert avant le caractère { $position } n’est pas fermé.
filter-error-trailing = Texte inattendu au caractère { $position }.
filter-error-nested-value-path = Un filtre de valeur ne peut pas en contenir un autre (caractère { $position }).

## Pourquoi un PATCH a été refusé ; $operation compte à partir de 1.
patch-error-syntax = La requête PATCH n’est pas un message PatchOp valide (opération { $operation }).
patch-error-value-not-object = Opération { $operation } : sans chemin, la valeur doit être un objet d’attributs.
patch-error-value-missing = L’opération { $operation } nécessite une valeur.
patch-error-read-only = L’opération { $operation } tente de modifier un attribut en lecture seule.
patch-error-invalid-path = L’opération { $operation } comporte un chemin inutilisable.
patch-error-no-target = Opération { $operation } : rien ne correspond à son chemin.
patch-error-remove-needs-path = Opération { $operation } : remove nécessite un chemin.
patch-error-too-many-operations = { $max ->
    [one] Une requête PATCH peut contenir { $max } opération au maximum.
   *[other] Une requête PATCH peut contenir { $max } opérations au maximum.
}
patch-error-too-much-work = Opération { $operation } : cette requête PATCH demanderait trop de travail ; envoyez-la sous forme de plusieurs requêtes plus petites.

## Erreurs de protocole du serveur de comptes.
scim-error-not-found = Cette ressource n’existe pas.
scim-error-version-mismatch = La ressource a été modifiée depuis que vous l’avez lue (sa version ne correspond plus à If-Match).
scim-error-internal = Le serveur n’a pas pu traiter la requête. Rien n’a été modifié.
scim-error-bad-json = Le corps de la requête n’est pas un JSON valide pour cette requête.
scim-error-taken = La valeur de { $attribute } est déjà utilisée par un autre utilisateur.
scim-error-too-many-attributes = { $max ->
    [one] Une requête peut nommer { $max } attribut au maximum dans attributes ou excludedAttributes.
   *[other] Une requête peut nommer { $max } attributs au maximum dans attributes ou excludedAttributes.
}
scim-error-sort-order = sortOrder doit valoir "ascending" ou "descending".
scim-error-sort-by = Cet attribut ne peut pas servir au tri.
scim-error-too-large = Le corps de la requête est trop volumineux.
scim-error-method = Cette méthode n’est pas autorisée ici.
filter-error-unsupported-attribute = Le filtre utilise { $attribute }, sur lequel il est impossible de filtrer.
filter-error-wrong-type = Le filtre compare { $attribute } à une valeur d’un type incorrect.

## Connexion.
auth-error-credentials = L’adresse e-mail ou le mot de passe est incorrect.
auth-error-locked = Trop d’échecs de connexion. Réessayez plus tard.
auth-error-busy = Le serveur vérifie de nombreuses connexions en ce moment. Réessayez dans un instant.
auth-error-token = Connectez-vous d’abord : le jeton d’accès est manquant, expiré ou révoqué.
scim-error-idempotency-reuse = Cette Idempotency-Key a déjà été utilisée pour une autre requête.
scim-error-bad-id = Cet identifiant (id) n’est pas valide.
auth-error-weak-password = { $min ->
    [one] Un mot de passe doit comporter au moins { $min } caractère.
   *[other] Un mot de passe doit comporter au moins { $min } caractères.
}
auth-error-current-password = Le mot de passe actuel est incorrect.
auth-error-long-password = Ce mot de passe est trop long.
scim-error-undeliverable-address = Aucun e-mail ne peut être envoyé à cette adresse.
scim-error-nested-groups = Les membres doivent être des utilisateurs : un groupe ne peut pas contenir de groupes.
scim-error-unknown-member = Ce n’est pas un utilisateur de ce compte.
scim-error-other-group = { $user } appartient déjà au groupe { $group }. Retirez d’abord cet utilisateur de ce groupe.
scim-error-bulk-too-many = { $max ->
    [one] Une requête Bulk contient { $max } opération au maximum.
   *[other] Une requête Bulk contient { $max } opérations au maximum.
}
scim-error-bulk-method = La méthode doit être POST, PUT, PATCH ou DELETE.
scim-error-bulk-duplicate-id = Chaque opération doit avoir son propre bulkId.
scim-error-bulk-reference = L’opération fait référence au bulkId { $bulkId }, qui n’a rien créé.
scim-error-bulk-circular = Les opérations font référence les unes aux autres en boucle.
scim-error-bad-time = Ce n’est pas une date et heure valide (RFC 3339, par ex. 2026-05-13T06:42:34Z).
scim-error-no-route = Ce point de terminaison n’existe pas sur ce serveur. Vérifiez l’adresse.
