# Userdesk : les textes de l’application de bureau (français).
# Tout message absent ici s’affiche en anglais (en-US/app.ftl), message par message.

app-name = Userdesk
app-tagline = Profils utilisateur, en ligne et hors connexion
nav-main = Navigation principale
nav-users = Utilisateurs
demo-badge = Compte de démonstration
demo-hint = Des personnes fictives, conservées uniquement sur cet ordinateur. Pour travailler avec le serveur de comptes de votre organisation, quittez le compte de démonstration dans « Mon compte ».
cache-location = Cache local

## Liste des utilisateurs
users-title = Utilisateurs
users-count = { $count ->
    [one] { $count } utilisateur
    [many] { $count } d’utilisateurs
   *[other] { $count } utilisateurs
}
users-count-filtered = { $count ->
    [one] { $count } utilisateur sur { $total }
    [many] { $count } d’utilisateurs sur { $total }
   *[other] { $count } utilisateurs sur { $total }
}
users-search-label = Rechercher des utilisateurs
users-search-placeholder = Rechercher par nom, e-mail, n° de badge ou téléphone
users-filters = Filtres
filter-status = Statut
filter-status-all = Tous les statuts
filter-type = Type de compte
filter-type-all = Tous les types de compte
filter-role = Rôle
filter-role-all = Tous les rôles
filter-group = Groupe
filter-group-all = Tous les groupes
filter-clear = Effacer les filtres
col-name = Nom
col-email = E-mail
col-badge = N° de badge
col-title = Fonction
col-type = Type de compte
col-status = Statut
col-since = Créé le
sort-ascending = Tri croissant
sort-descending = Tri décroissant
users-empty = Aucun utilisateur ne correspond
users-empty-hint = Saisissez moins de lettres ou effacez les filtres.
users-loading = Chargement des utilisateurs…
users-open = Ouvrir le profil de { $name }

## Types de compte
type-super_admin = Super-administrateur
type-config_admin = Administrateur de configuration
type-internal = Interne
type-external = Externe
type-one_time_completion = Remplissage unique

## Statuts
status-created = Créé
status-invited = Invité
status-active = Actif
status-inactive = Inactif

## Profil utilisateur
profile-back = Retour aux utilisateurs
profile-title = Profil utilisateur
profile-section-personal = Informations personnelles
profile-section-contact = Coordonnées
profile-section-account = Compte
profile-section-preferences = Préférences
profile-more-options = Plus d’options
add-user = Ajouter un utilisateur
add-user-title = Ajouter un utilisateur
add-user-hint = Le nouvel utilisateur est enregistré immédiatement sur cet ordinateur et parvient au serveur lors de la prochaine synchronisation. Aucun e-mail n’est envoyé tant que vous n’envoyez pas d’e-mail d’activation.
add-user-submit = Ajouter l’utilisateur
add-user-cancel = Annuler
dialog-close = Fermer
send-activation = Envoyer l’e-mail d’activation
send-activation-again = Renvoyer l’invitation
send-welcome = Envoyer l’e-mail de bienvenue
send-password-reset = Envoyer une réinitialisation du mot de passe
email-queued = En file d’attente : le serveur l’enverra une seule fois, lors de la prochaine synchronisation.
email-handed-over = Le serveur l’a reçu : l’e-mail est en cours d’acheminement.
deactivate = Désactiver
deactivate-title = Désactiver ce compte ?
deactivate-text = Toutes les sessions de { $name } sont fermées immédiatement, sur tous les appareils, et aucune connexion n’est possible avant la réactivation du compte. Rien n’est perdu dans le profil, et la réactivation rétablit exactement les mêmes accès.
reactivate = Réactiver
profile-edit-hint = Les modifications sont enregistrées lorsque vous quittez un champ.
profile-email-hint = Cette adresse est aussi le nom d’utilisateur : la prochaine connexion se fera avec la nouvelle adresse. Les liens des e-mails envoyés à l’ancienne adresse cesseront de fonctionner.
field-first-name = Prénom
field-last-name = Nom
field-title = Fonction
field-badge = N° de badge
field-email = E-mail (nom d’utilisateur)
field-mobile = Téléphone mobile
field-office = Téléphone du bureau
field-extension = Poste
field-language = Langue
field-group = Groupe d’utilisateurs
field-account-type = Type de compte
field-roles = Rôles
field-status = Statut
field-since = Créé le
field-sso = Connexion
field-notifications = Fréquence des notifications
field-presence = Présence
field-required = Obligatoire
value-not-set = Non défini
phone-verified = Vérifié
phone-unverified = Non vérifié
language-system = Langue par défaut du navigateur ou du système
group-default = Groupe par défaut
group-manager = Gestionnaire du groupe
group-manager-default-hint = Seuls les membres d’un groupe personnalisé peuvent le gérer : choisissez d’abord un groupe.
roles-none = Aucun rôle
roles-config-admin-only = Seuls les administrateurs de configuration ont des rôles
sso-yes = Authentification unique
sso-no = Mot de passe
status-created-detail = Créé le { $when }. L’e-mail d’activation n’a pas encore été envoyé.
status-invited-detail = Dernier envoi de l’e-mail d’activation : { $when }
status-active-detail = Activé le { $when }
status-inactive-detail = Désactivé. Cet utilisateur ne peut pas se connecter.
last-active = Dernière activité : { $when }
active-now = Actif en ce moment
saving = Enregistrement…
saved = Enregistré
last-saved = Dernière valeur enregistrée
restore-saved = Restaurer
notif-instant = Immédiatement
notif-hourly = Résumé toutes les heures
notif-daily = Résumé quotidien
notif-weekly = Résumé hebdomadaire
notif-never = Jamais
presence-online = En ligne
presence-away = Absent
presence-busy = Occupé
presence-offline = Hors ligne

## Erreurs affichées au niveau d’un champ
error-name-blank = Ce champ est obligatoire et ne peut pas être vide.
error-name-too-long = { $max ->
    [one] Utilisez { $max } caractère au maximum.
   *[other] Utilisez { $max } caractères au maximum.
}
error-control-character = Supprimez les sauts de ligne et les autres caractères de contrôle.
error-email-blank = Une adresse e-mail est obligatoire.
error-email-too-long = { $max ->
    [one] Une adresse e-mail peut comporter { $max } caractère au maximum.
   *[other] Une adresse e-mail peut comporter { $max } caractères au maximum.
}
error-email-invalid = Saisissez une adresse e-mail de la forme name@example.com.
error-badge-too-long = { $max ->
    [one] Un n° de badge peut comporter { $max } caractère au maximum.
   *[other] Un n° de badge peut comporter { $max } caractères au maximum.
}
error-badge-invalid = Un n° de badge ne peut contenir que des lettres, des chiffres et les caractères « - », « _ » et « . ».
error-badge-taken = Ce n° de badge appartient déjà à un autre utilisateur.
error-email-taken = Cette adresse e-mail appartient déjà à un autre utilisateur.
error-title-too-long = { $max ->
    [one] Une fonction peut comporter { $max } caractère au maximum.
   *[other] Une fonction peut comporter { $max } caractères au maximum.
}
error-phone-blank = Saisissez un numéro de téléphone.
error-phone-country = Choisissez un pays.
error-phone-invalid = Ce numéro de téléphone n’est pas valide pour le pays choisi.
error-extension-invalid = Un numéro de poste comporte de 1 à 8 chiffres.
error-language-unsupported = Cette langue n’est pas prise en charge.
error-account-type-one-time = Un compte de ce type ne peut pas passer au type « Remplissage unique ».
error-account-type-unknown = Type de compte inconnu.
error-roles-too-many = { $max ->
    [one] Un utilisateur peut avoir { $max } rôle au maximum.
   *[other] Un utilisateur peut avoir { $max } rôles au maximum.
}
error-role-administrator-users = Le rôle Administrateur gère la configuration, pas les utilisateurs.
error-lifecycle-sso = Les utilisateurs qui se connectent par authentification unique ne reçoivent pas d’e-mail d’activation.
error-lifecycle-already-active = Ce compte est déjà actif.
error-lifecycle-inactive = Ce compte est inactif. Réactivez-le d’abord.
error-lifecycle-already-inactive = Ce compte est déjà inactif.
error-lifecycle-not-inactive = Seul un compte inactif peut être réactivé.
error-lifecycle-not-active = Ce compte n’est pas encore actif : envoyez plutôt l’e-mail d’activation.
error-phone-code-wait = { $seconds ->
    [one] Un code vient d’être envoyé. Vous pourrez en demander un autre dans { $seconds } seconde.
    [many] Un code vient d’être envoyé. Vous pourrez en demander un autre dans { $seconds } de secondes.
   *[other] Un code vient d’être envoyé. Vous pourrez en demander un autre dans { $seconds } secondes.
}
error-phone-code-none = Aucun code n’est en attente pour ce numéro. Envoyez d’abord un e-mail de vérification.
error-phone-code-expired = Ce code a expiré. Envoyez-en un nouveau.
error-phone-code-attempts = Trop de codes erronés. Envoyez-en un nouveau.
error-phone-code-wrong = { $left ->
    [one] Ce code est incorrect. Il vous reste { $left } essai.
    [many] Ce code est incorrect. Il vous reste { $left } d’essais.
   *[other] Ce code est incorrect. Il vous reste { $left } essais.
}
error-phone-code-other-number = Ce code a été envoyé pour un autre numéro. Envoyez-en un nouveau.
error-phone-sms-off = Ce serveur n’envoie pas de codes par SMS. Choisissez l’e-mail.
error-phone-channel = Choisissez le mode d’envoi du code : par e-mail ou par SMS.
error-phone-sms-failed = Le SMS n’a pas pu être envoyé. Réessayez, ou envoyez le code par e-mail.
error-phone-code-today = Trop de tentatives pour ce numéro aujourd’hui. Réessayez demain.
error-phone-sends-today = Le nombre maximal de codes pour vérifier ce numéro a été atteint aujourd’hui. Réessayez demain.
error-user-not-found = Cet utilisateur n’existe plus.
error-unknown-field = Ce champ ne peut pas être modifié ici.
error-internal = Un problème est survenu, et rien n’a été modifié. Les détails figurent dans le journal.

## Pourquoi une action n’est pas autorisée
denied-actor-inactive = Votre compte n’est pas actif.
denied-missing-permission = Vous avez besoin de l’autorisation « { $permission } ».
denied-own-account-type = Personne ne peut modifier son propre type de compte.
denied-own-status = Vous ne pouvez pas désactiver votre propre compte.
denied-super-admin-only = Seul un super-administrateur peut effectuer cette action sur un super-administrateur.
denied-roles-config-admin-only = Seuls les administrateurs de configuration ont des rôles.
denied-unknown-role = Le catalogue des rôles de ce compte ne contient aucun rôle « { $role } ».
denied-grant-beyond-own = Vous ne pouvez pas accorder l’autorisation « { $permission } » : vous ne la possédez pas vous-même.
denied-target-holds-more = Cet utilisateur possède l’autorisation « { $permission } », que vous n’avez pas : seule une personne qui possède toutes ses autorisations peut le gérer.
error-group-name-blank = Saisissez un nom de groupe.
error-group-name-too-long = { $max ->
    [one] Un nom de groupe comporte { $max } caractère au maximum.
   *[other] Un nom de groupe comporte { $max } caractères au maximum.
}
error-group-name-control = Un nom de groupe ne peut pas contenir de caractères de contrôle.
error-group-manager-default = Seuls les membres d’un groupe personnalisé peuvent en être gestionnaires.
error-group-unknown = Ce groupe ne fait pas (ou plus) partie du compte. Choisissez-en un autre.

## Synchronisation
nav-sync = Synchronisation
sync-online = En ligne
sync-offline = Hors connexion
sync-connecting = Connexion…
sync-syncing = Synchronisation…
sync-now = Synchroniser maintenant
sync-last = Dernière synchronisation : { $when }
sync-never = Pas encore synchronisé
sync-title = Synchronisation
sync-server = Serveur de comptes
sync-demo-server = le serveur du compte de démonstration, sur cet ordinateur
sync-problem-offline = Le serveur de comptes est inaccessible. Vos modifications sont enregistrées sur cet ordinateur et seront envoyées dès qu’il sera de nouveau disponible.
sync-problem-server = Le serveur de comptes a rencontré un problème. La synchronisation sera relancée sous peu.
sync-problem-incomplete = Tout n’a pas encore pu être envoyé. La synchronisation sera relancée sous peu.
sync-problem-sign-in = Reconnectez-vous pour synchroniser avec le serveur de comptes.
permissions-changed = Les actions qui vous sont permises ici ont changé sur le serveur de comptes : les écrans suivent désormais vos nouvelles autorisations.
notice-dismiss = Ignorer
sync-pending-title = En attente d’envoi
sync-pending-empty = Rien n’est en attente : toutes les modifications sont parvenues au serveur.
sync-pending-offline = Envoi dès le retour en ligne
sync-made = Modifié le { $when }
sync-conflicts-title = Conflits
sync-conflicts-hint = Ces champs ont été modifiés sur le serveur pendant que vous les modifiiez également. Choisissez la valeur à conserver.
sync-conflicts-empty = Aucun conflit.
sync-mine = Votre valeur
sync-theirs = Sur le serveur
sync-theirs-by = Modifié par { $who }, le { $when }
sync-theirs-when = Modifié le { $when }
sync-keep-mine = Garder la mienne
sync-take-theirs = Prendre celle du serveur
sync-keep-all-mine = Garder toutes les miennes
sync-take-all-theirs = Prendre toutes celles du serveur
sync-rejected-title = Refusées par le serveur
sync-rejected-empty = Rien n’a été refusé.
sync-rejected-deleted = L’utilisateur a été supprimé sur le serveur.
sync-rejected-unmergeable = Cette modification ne peut pas être fusionnée avec la version de l’utilisateur présente sur le serveur ({ $reason }).
sync-fix = Corriger
sync-discard = Abandonner
sync-deleted-user = Un utilisateur supprimé sur le serveur
sync-state-synced = Synchronisé
sync-state-pending = En attente
sync-state-conflict = Conflit
sync-state-rejected = Refusé
value-cleared = (effacé)
profile-sync-pending = Vos modifications de cet utilisateur sont enregistrées sur cet ordinateur et attendent d’être envoyées au serveur de comptes.
profile-sync-conflict = Cet utilisateur a été modifié sur le serveur pendant que vous le modifiiez également. Choisissez les valeurs à conserver dans l’écran Synchronisation.
profile-sync-rejected = Le serveur de comptes a refusé une modification de cet utilisateur. Consultez-en la raison dans l’écran Synchronisation.
profile-sync-open = Ouvrir Synchronisation

## Connexion
nav-sign-in = Connexion
sign-in-title = Connectez-vous à votre serveur de comptes
sign-in-hint = Vos modifications sont conservées sur cet ordinateur : une fois la connexion établie, vous pouvez continuer à travailler hors connexion.
sign-in-server = Adresse du serveur
sign-in-insecure = Cette adresse commence par « http:// » : les mots de passe et les données de tous les utilisateurs circuleraient sur le réseau sans chiffrement. Demandez à votre administrateur l’adresse « https:// » du serveur.
sign-in-email = E-mail
sign-in-password = Mot de passe
sign-in-submit = Se connecter
sign-in-busy = Connexion…
sign-out = Se déconnecter
sign-in-refused = L’adresse e-mail ou le mot de passe est incorrect.
sign-in-unreachable = Le serveur de comptes est inaccessible. Vérifiez l’adresse et votre connexion réseau.
sign-in-not-a-server = Aucun serveur de comptes Userdesk ne répond à cette adresse.
sign-in-password-missing = Saisissez votre mot de passe.
sign-in-server-missing = Saisissez l’adresse du serveur de comptes de votre organisation.
sign-in-server-invalid = Ce n’est pas une adresse de serveur. Saisissez-la sous la forme accounts.example.com ou https://accounts.example.com.
sign-in-demo-hint = Pas encore de serveur de comptes ? Le compte de démonstration contient 500 personnes fictives et fonctionne uniquement sur cet ordinateur.
sign-in-demo-choice = Utiliser le compte de démonstration
sign-in-demo-busy = Ouverture du compte de démonstration…
sign-in-other-account-pending = Des modifications effectuées ici par un autre compte attendent encore d’être envoyées. Connectez-vous d’abord avec ce compte.
sign-in-use-token = Utiliser plutôt un jeton d’API
sign-in-use-password = Se connecter plutôt avec une adresse e-mail et un mot de passe
sign-in-token = Jeton d’API
sign-in-token-hint = Pour un serveur SCIM qui délivre des jetons d’API. Le jeton est conservé dans le trousseau de cet ordinateur.
sign-in-token-missing = Saisissez le jeton d’API.
sign-in-token-invalid = Un jeton d’API ne contient ni espaces ni caractères spéciaux. Collez-le de nouveau.
sign-in-token-refused = Le serveur n’accepte pas ce jeton d’API.
sign-in-not-scim = Aucun serveur SCIM ne répond à cette adresse.
sync-account-token = Jeton d’API
sync-rejected-not-offered = Ce serveur de comptes ne propose pas cette fonctionnalité.

## Téléphones et leur vérification
phone-country = Pays
extension-needs-phone = Ajoutez d’abord un numéro de téléphone du bureau.
error-extension-needs-phone = Un numéro de poste nécessite un numéro de téléphone du bureau.
verify-phone = Vérifier le numéro
verify-title = Vérifier le numéro de mobile
verify-intro = Userdesk envoie un code à 6 chiffres à l’adresse e-mail de l’utilisateur. Saisissez le code qu’il y a reçu pour marquer ce numéro comme vérifié.
verify-country-search = Rechercher un pays
verify-send = Envoyer l’e-mail de vérification
verify-queued = L’e-mail contenant le code partira dès que cet ordinateur pourra joindre le serveur de comptes.
verify-code = Code de vérification
verify-digit = Chiffre { $n }
verify-submit = Vérifier
error-phone-code-format = Saisissez les six chiffres du code.
error-phone-not-synced = Cet utilisateur n’est pas encore sur le serveur de comptes. Synchronisez d’abord, puis procédez à la vérification.
error-phone-not-offered = Ce serveur de comptes ne vérifie pas les numéros de téléphone.
error-phone-offline = La vérification d’un code nécessite une connexion au serveur de comptes.

## Type de compte
error-account-type-own = Personne ne peut modifier son propre type de compte.
account-type-own-hint = Il s’agit de votre propre compte : personne ne modifie son propre type de compte.
ask-activation-title = Envoyer l’e-mail d’activation ?
ask-activation-text = Le compte de { $name } est désormais un compte complet, qui doit être activé. Envoyez l’e-mail d’activation maintenant, ou plus tard depuis le panneau d’état.
ask-activation-send = Envoyer l’e-mail d’activation
ask-activation-later = Je le ferai plus tard

## Éditeur de rôles
roles-edit = Modifier les rôles
roles-edit-title = Modifier les rôles
roles-own-hint = Personne ne modifie ses propres rôles.
roles-intro = Un administrateur de configuration peut faire tout ce que l’un de ses rôles autorise. Choisissez les rôles de cet administrateur.
roles-count = { $count ->
    [one] { $count } rôle choisi, { $max } au maximum.
    [many] { $count } de rôles choisis, { $max } au maximum.
   *[other] { $count } rôles choisis, { $max } au maximum.
}
roles-limit-reached = { $max ->
    [one] Un utilisateur peut avoir { $max } rôle au maximum : retirez-en un pour en ajouter un autre.
   *[other] Un utilisateur peut avoir { $max } rôles au maximum : retirez-en un pour en ajouter un autre.
}
roles-effective = Ensemble, ces rôles permettent de
roles-save = Enregistrer les rôles
role-built-in = Prédéfini
roles-unknown-kept = Conservés, bien que cet ordinateur ne les connaisse pas encore :
error-roles-config-admin-only = Seuls les administrateurs de configuration ont des rôles.
error-role-unknown = Le rôle « { $role } » ne figure pas dans le catalogue de ce compte.
permission-users-view = Voir les utilisateurs
permission-users-edit = Modifier les utilisateurs
permission-users-create = Ajouter des utilisateurs
permission-users-deactivate = Désactiver des utilisateurs
permission-users-invite = Envoyer des invitations
permission-roles-assign = Attribuer des rôles
permission-config-manage = Gérer la configuration
permission-audit-view = Consulter l’historique

## Actions de ligne dans la liste des utilisateurs
row-actions-title = Actions
action-open = Ouvrir le profil
field-restricted = Restreint

## Mon compte
nav-account = Mon compte
account-title = Mon compte
account-section-profile = Votre profil
account-username-hint = Votre adresse e-mail est votre nom d’utilisateur : la prochaine connexion se fera avec la nouvelle adresse. Votre mot de passe reste le même.
account-section-password = Mot de passe
account-password-hint = Pour choisir un nouveau mot de passe, indiquez celui que vous utilisez actuellement. Vos autres sessions seront fermées.
account-password-current = Mot de passe actuel
account-password-new = Nouveau mot de passe
account-password-repeat = Confirmer le nouveau mot de passe
account-password-submit = Changer le mot de passe
account-password-busy = Modification…
account-password-changed = Votre mot de passe a été changé. Vos sessions sur les autres appareils ont été fermées.
account-password-current-missing = Saisissez votre mot de passe actuel.
account-password-new-missing = Saisissez le nouveau mot de passe.
account-password-mismatch = Les deux nouveaux mots de passe ne sont pas identiques.
account-password-unchanged = Le nouveau mot de passe est identique à l’actuel.
account-password-demo = Le compte de démonstration n’a pas de mot de passe personnel à changer.
account-password-token = La connexion s’est faite avec un jeton d’API : il n’y a ici aucun mot de passe personnel à changer.
account-password-offline = Pour changer votre mot de passe, le serveur de comptes doit être accessible, ce qui n’est pas le cas actuellement. Réessayez lorsque vous serez en ligne.
account-section-preferences = Préférences
account-app-language = Langue de cette application
account-app-language-hint = Conservée sur cet ordinateur. « Langue par défaut du navigateur ou du système » suit la langue de votre système.
account-section-sign-out = Déconnexion
account-sign-out-hint = Vos modifications non encore envoyées restent sur cet ordinateur et partiront vers le serveur lorsque vous vous reconnecterez.
account-username-demo = Le compte de démonstration se connecte avec ce nom d’utilisateur, qui ne peut donc pas être modifié.
account-leave-demo = Quitter le compte de démonstration
account-leave-demo-hint = Le compte de démonstration reste sur cet ordinateur. Vous pourrez ensuite vous connecter au serveur de comptes de votre organisation.
account-token-note = Connexion par jeton d’API : aucun compte personnel n’est associé.
account-no-profile = Votre propre profil ne figure pas encore dans la copie de cet ordinateur. Il apparaîtra après la prochaine synchronisation.

## L’historique d’un utilisateur
profile-section-history = Historique
history-loading = Lecture de l’historique…
history-empty = Rien n’a encore été enregistré pour cet utilisateur.
history-offline = Hors connexion : voici l’historique tel que cet ordinateur l’a lu la dernière fois.
history-waiting = En attente d’envoi
history-waiting-hint = Modification effectuée sur cet ordinateur ; elle parviendra au serveur lors de la prochaine synchronisation.
history-older = Afficher les entrées plus anciennes
history-made = Effectué le { $when }
history-made-offline = Effectué hors connexion le { $when }
history-reached = parvenu au serveur le { $when }
history-you = Vous
history-someone = Une autre personne
history-not-offered = Ce serveur de comptes ne conserve aucun historique lisible par Userdesk.
history-denied = Vous ne pouvez pas consulter l’historique : il faut pour cela l’autorisation de consulter le journal d’audit.
answer-yes = Oui
answer-no = Non
history-avatar-set = Une image
history-not-set = (non défini)
field-avatar = Photo de profil
history-action-create = Création du compte
history-action-update = Modification du profil
history-action-deactivate = Désactivation du compte
history-action-reactivate = Réactivation du compte
history-action-delete = Suppression du compte
history-action-activate = Activation du compte
history-action-set-password = Définition d’un mot de passe
history-action-send-activation-email = Envoi de l’e-mail d’activation
history-action-send-welcome-email = Envoi de l’e-mail de bienvenue
history-action-send-password-reset-email = Envoi d’un e-mail de réinitialisation du mot de passe
history-action-start-phone-verification = Envoi d’un code de vérification du téléphone
history-action-verify-phone = Vérification du numéro de mobile

## L’avatar : pourquoi un fichier choisi ne peut pas en devenir un.
avatar-missing = Le fichier n’existe plus. Il a peut-être été déplacé ou supprimé après avoir été choisi.
avatar-not-a-file = Il s’agit d’un dossier. Choisissez une image PNG ou JPEG.
avatar-unreadable = Ce fichier ne peut pas être lu. Vérifiez que vous disposez des droits nécessaires pour l’ouvrir.
avatar-empty = Ce fichier est vide.
avatar-file-too-large = Ce fichier est trop volumineux : { $max } Mo au maximum.
avatar-not-an-image = Ce fichier n’est pas une image PNG ou JPEG.
avatar-too-many-pixels = { $max ->
    [one] Cette image est trop grande : { $max } mégapixel au maximum.
   *[other] Cette image est trop grande : { $max } mégapixels au maximum.
}
avatar-damaged = Cette image est endommagée ou incomplète et ne peut pas être affichée.
avatar-crop-outside = Le carré à conserver doit se trouver à l’intérieur de l’image.
avatar-encode-failed = Impossible de créer l’avatar à partir de cette image.
avatar-cannot-write = Impossible d’écrire l’avatar dans { $folder }.
error-picture-too-long = { $max ->
    [one] L’adresse d’une image comporte { $max } caractère au maximum.
   *[other] L’adresse d’une image comporte { $max } caractères au maximum.
}
error-picture-not-a-url = L’adresse d’une image doit être une URL http ou https sans nom d’utilisateur ni mot de passe.
error-picture-upload = Cette image n’est pas sur le serveur. Pour définir un avatar, chargez son image.
avatar-set-from-file = Un avatar se définit à partir d’un fichier image : utilisez « Ajouter une image ».
avatar-unavailable = Ce serveur ne conserve pas d’images : les avatars ne peuvent donc pas être définis ici. Ils peuvent l’être sur un serveur de comptes Userdesk.
avatar-picture-gone = L’image ne se trouve plus sur cet ordinateur. Choisissez-la de nouveau.
avatar-dialog-title = Choisir une photo de profil
avatar-dialog-filter = Images PNG ou JPEG
avatar-add = Ajouter une image
avatar-change = Changer d’image
avatar-remove = Supprimer
avatar-drop-hint = ou déposez une image PNG ou JPEG ici
avatar-drop-not-a-picture = Déposez une image PNG ou JPEG sur l’avatar.
avatar-editor-title = Photo de profil
avatar-editor-stage = L’image, avec le carré qui deviendra l’avatar
avatar-editor-keys = Faites glisser le carré ou utilisez les touches de direction pour le déplacer ; + et − pour zoomer ; R pour faire pivoter.
avatar-zoom = Zoom
avatar-rotate = Rotation de 90°
avatar-preview = Aperçu
avatar-set = Définir comme avatar
avatar-cancel = Annuler
avatar-saving = Enregistrement…
avatar-opening = Ouverture de l’image…
