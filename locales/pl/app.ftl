# Userdesk: the desktop app's strings (Polish).
# Every message missing here appears in English (en-US/app.ftl).

app-name = Userdesk
app-tagline = Profile użytkowników w trybie online i offline
nav-main = Nawigacja główna
nav-users = Użytkownicy
demo-badge = Konto demonstracyjne
demo-hint = Fikcyjne osoby, przechowywane tylko na tym komputerze. Aby pracować z serwerem kont Twojej organizacji, opuść konto demonstracyjne w sekcji „Moje konto”.
cache-location = Lokalna pamięć podręczna

## Users list
users-title = Użytkownicy
users-count = { $count ->
    [one] { $count } użytkownik
    [few] { $count } użytkowników
    [many] { $count } użytkowników
   *[other] { $count } użytkownika
}
users-count-filtered = { $total ->
    [one] { $count } z { $total } użytkownika
    [few] { $count } z { $total } użytkowników
    [many] { $count } z { $total } użytkowników
   *[other] { $count } z { $total } użytkownika
}
users-search-label = Szukaj użytkowników
users-search-placeholder = Szukaj według imienia, nazwiska, adresu e-mail, numeru identyfikatora lub telefonu
users-filters = Filtry
filter-status = Status
filter-status-all = Wszystkie statusy
filter-type = Typ konta
filter-type-all = Wszystkie typy kont
filter-role = Rola
filter-role-all = Wszystkie role
filter-group = Grupa
filter-group-all = Wszystkie grupy
filter-clear = Wyczyść filtry
col-name = Imię i nazwisko
col-email = E-mail
col-badge = Nr identyfikatora
col-title = Stanowisko
col-type = Typ konta
col-status = Status
col-since = Data utworzenia
sort-ascending = Sortowanie rosnące
sort-descending = Sortowanie malejące
users-empty = Brak pasujących użytkowników
users-empty-hint = Wpisz mniej liter lub wyczyść filtry.
users-loading = Wczytywanie użytkowników…
users-open = Otwórz profil użytkownika { $name }

## Account types
type-super_admin = Superadministrator
type-config_admin = Administrator konfiguracji
type-internal = Wewnętrzny
type-external = Zewnętrzny
type-one_time_completion = Jednorazowe uzupełnienie

## Statuses
status-created = Utworzony
status-invited = Zaproszony
status-active = Aktywny
status-inactive = Nieaktywny

## User profile
profile-back = Wróć do listy użytkowników
profile-title = Profil użytkownika
profile-section-personal = Dane osobowe
profile-section-contact = Kontakt
profile-section-account = Konto
profile-section-preferences = Preferencje
profile-more-options = Więcej opcji
add-user = Dodaj nowego użytkownika
add-user-title = Dodaj nowego użytkownika
add-user-hint = Nowy użytkownik zostaje od razu zapisany na tym komputerze i trafi na serwer przy następnej synchronizacji. Żadna wiadomość e-mail nie zostanie wysłana, dopóki nie wyślesz e-maila aktywacyjnego.
add-user-submit = Dodaj użytkownika
add-user-cancel = Anuluj
dialog-close = Zamknij
send-activation = Wyślij e-mail aktywacyjny
send-activation-again = Wyślij zaproszenie ponownie
send-welcome = Wyślij e-mail powitalny
send-password-reset = Wyślij e-mail do resetowania hasła
email-queued = W kolejce: serwer wyśle tę wiadomość jeden raz, przy następnej synchronizacji.
email-handed-over = Serwer przyjął wiadomość: e-mail jest już w drodze.
deactivate = Dezaktywuj
deactivate-title = Dezaktywować to konto?
deactivate-text = Użytkownik { $name } zostanie natychmiast wylogowany na wszystkich urządzeniach i nie będzie mógł się zalogować, dopóki konto nie zostanie ponownie aktywowane. Żadne dane profilu nie zostaną utracone, a ponowna aktywacja przywróci ten sam dostęp.
reactivate = Aktywuj ponownie
profile-edit-hint = Zmiany są zapisywane po opuszczeniu pola.
profile-email-hint = Ten adres jest też nazwą użytkownika: przy następnym logowaniu trzeba podać nowy adres. Linki w wiadomościach wysłanych na stary adres przestaną działać.
field-first-name = Imię
field-last-name = Nazwisko
field-title = Stanowisko
field-badge = Numer identyfikatora
field-email = E-mail (nazwa użytkownika)
field-mobile = Telefon komórkowy
field-office = Telefon służbowy
field-extension = Numer wewnętrzny
field-language = Język
field-group = Grupa użytkowników
field-account-type = Typ konta
field-roles = Role
field-status = Status
field-since = Data utworzenia
field-sso = Logowanie
field-notifications = Powiadomienia
field-presence = Obecność
field-required = Wymagane
value-not-set = Nie ustawiono
phone-verified = Zweryfikowany
phone-unverified = Niezweryfikowany
language-system = Domyślny język przeglądarki/systemu
group-default = Grupa domyślna
group-manager = Menedżer grupy
group-manager-default-hint = Grupą niestandardową mogą zarządzać tylko jej członkowie: najpierw wybierz grupę.
roles-none = Brak ról
roles-config-admin-only = Role mają tylko administratorzy konfiguracji
sso-yes = Logowanie jednokrotne
sso-no = Hasło
status-created-detail = Utworzono: { $when }. E-mail aktywacyjny nie został jeszcze wysłany.
status-invited-detail = E-mail aktywacyjny wysłano ostatnio: { $when }
status-active-detail = Aktywowano: { $when }
status-inactive-detail = Dezaktywowano. Ten użytkownik nie może się zalogować.
last-active = Ostatnia aktywność: { $when }
active-now = Aktywny teraz
saving = Zapisywanie…
saved = Zapisano
last-saved = Ostatnio zapisano
restore-saved = Przywróć
notif-instant = Natychmiast
notif-hourly = Podsumowanie co godzinę
notif-daily = Podsumowanie dzienne
notif-weekly = Podsumowanie tygodniowe
notif-never = Nigdy
presence-online = Dostępny
presence-away = Zaraz wracam
presence-busy = Zajęty
presence-offline = Niedostępny

## Errors shown at a field
error-name-blank = To pole jest wymagane i nie może być puste.
error-name-too-long = { $max ->
    [one] Możesz użyć maksymalnie { $max } znaku.
    [few] Możesz użyć maksymalnie { $max } znaków.
    [many] Możesz użyć maksymalnie { $max } znaków.
   *[other] Możesz użyć maksymalnie { $max } znaku.
}
error-control-character = Usuń podziały wierszy i inne znaki sterujące.
error-email-blank = Adres e-mail jest wymagany.
error-email-too-long = { $max ->
    [one] Adres e-mail może mieć najwyżej { $max } znak.
    [few] Adres e-mail może mieć najwyżej { $max } znaki.
    [many] Adres e-mail może mieć najwyżej { $max } znaków.
   *[other] Adres e-mail może mieć najwyżej { $max } znaku.
}
error-email-invalid = Wpisz adres e-mail w postaci name@example.com.
error-badge-too-long = { $max ->
    [one] Numer identyfikatora może mieć najwyżej { $max } znak.
    [few] Numer identyfikatora może mieć najwyżej { $max } znaki.
    [many] Numer identyfikatora może mieć najwyżej { $max } znaków.
   *[other] Numer identyfikatora może mieć najwyżej { $max } znaku.
}
error-badge-invalid = Numer identyfikatora może zawierać tylko litery, cyfry oraz znaki „-”, „_” i „.”.
error-badge-taken = Ten numer identyfikatora należy już do innego użytkownika.
error-email-taken = Ten adres e-mail należy już do innego użytkownika.
error-title-too-long = { $max ->
    [one] Stanowisko może mieć najwyżej { $max } znak.
    [few] Stanowisko może mieć najwyżej { $max } znaki.
    [many] Stanowisko może mieć najwyżej { $max } znaków.
   *[other] Stanowisko może mieć najwyżej { $max } znaku.
}
error-phone-blank = Wpisz numer telefonu.
error-phone-country = Wybierz kraj.
error-phone-invalid = To nie jest prawidłowy numer telefonu dla wybranego kraju.
error-extension-invalid = Numer wewnętrzny ma od 1 do 8 cyfr.
error-language-unsupported = Ten język nie jest obsługiwany.
error-account-type-one-time = Konta tego typu nie można zmienić na Jednorazowe uzupełnienie.
error-account-type-unknown = Nieznany typ konta.
error-roles-too-many = { $max ->
    [one] Użytkownik może mieć najwyżej { $max } rolę.
    [few] Użytkownik może mieć najwyżej { $max } role.
    [many] Użytkownik może mieć najwyżej { $max } ról.
   *[other] Użytkownik może mieć najwyżej { $max } roli.
}
error-role-administrator-users = Rola „Administrator” służy do zarządzania konfiguracją, a nie użytkownikami.
error-lifecycle-sso = Użytkownicy korzystający z logowania jednokrotnego nie otrzymują e-maila aktywacyjnego.
error-lifecycle-already-active = To konto jest już aktywne.
error-lifecycle-inactive = To konto jest nieaktywne. Najpierw aktywuj je ponownie.
error-lifecycle-already-inactive = To konto jest już nieaktywne.
error-lifecycle-not-inactive = Ponownie aktywować można tylko nieaktywne konto.
error-lifecycle-not-active = To konto nie jest jeszcze aktywne: zamiast tego wyślij e-mail aktywacyjny.
error-phone-code-wait = { $seconds ->
    [one] Kod został właśnie wysłany. Kolejny możesz zamówić za sekundę.
    [few] Kod został właśnie wysłany. Kolejny możesz zamówić za { $seconds } sekundy.
    [many] Kod został właśnie wysłany. Kolejny możesz zamówić za { $seconds } sekund.
   *[other] Kod został właśnie wysłany. Kolejny możesz zamówić za { $seconds } sekundy.
}
error-phone-code-none = Dla tego numeru nie czeka żaden kod. Najpierw wyślij e-mail weryfikacyjny.
error-phone-code-expired = Ten kod wygasł. Wyślij nowy.
error-phone-code-attempts = Zbyt wiele błędnych kodów. Wyślij nowy.
error-phone-code-wrong = { $left ->
    [one] Ten kod jest nieprawidłowy. Została jeszcze jedna próba.
    [few] Ten kod jest nieprawidłowy. Zostały jeszcze { $left } próby.
    [many] Ten kod jest nieprawidłowy. Zostało jeszcze { $left } prób.
   *[other] Ten kod jest nieprawidłowy. Zostało jeszcze { $left } próby.
}
error-phone-code-other-number = Ten kod wysłano dla innego numeru. Wyślij nowy.
error-phone-sms-off = Ten serwer nie wysyła kodów SMS-em. Wybierz e-mail.
error-phone-channel = Wybierz sposób wysłania kodu: e-mailem lub SMS-em.
error-phone-sms-failed = Nie udało się wysłać SMS-a. Spróbuj ponownie lub wyślij kod e-mailem.
error-phone-code-today = Zbyt wiele prób dla tego numeru w dniu dzisiejszym. Spróbuj ponownie jutro.
error-phone-sends-today = Wysłano już dziś wystarczająco wiele kodów do weryfikacji tego numeru. Spróbuj ponownie jutro.
error-user-not-found = Ten użytkownik już nie istnieje.
error-unknown-field = Tego pola nie można tutaj edytować.
error-internal = Coś poszło nie tak; niczego nie zmieniono. Szczegóły znajdziesz w dzienniku.

## Why an action is not allowed
denied-actor-inactive = Twoje konto nie jest aktywne.
denied-missing-permission = Potrzebujesz uprawnienia „{ $permission }”.
denied-own-account-type = Nikt nie może zmienić typu własnego konta.
denied-own-status = Nie możesz dezaktywować własnego konta.
denied-super-admin-only = Tę operację na koncie superadministratora może wykonać tylko superadministrator.
denied-roles-config-admin-only = Role mają tylko administratorzy konfiguracji.
denied-unknown-role = W katalogu ról tego konta nie ma roli „{ $role }”.
denied-grant-beyond-own = Nie możesz nadać uprawnienia „{ $permission }”, ponieważ Ty go nie masz.
denied-target-holds-more = Ten użytkownik ma uprawnienie „{ $permission }”, którego Ty nie masz: zarządzać nim może tylko ktoś, kto ma wszystkie jego uprawnienia.
error-group-name-blank = Wpisz nazwę grupy.
error-group-name-too-long = { $max ->
    [one] Nazwa grupy może mieć najwyżej { $max } znak.
    [few] Nazwa grupy może mieć najwyżej { $max } znaki.
    [many] Nazwa grupy może mieć najwyżej { $max } znaków.
   *[other] Nazwa grupy może mieć najwyżej { $max } znaku.
}
error-group-name-control = Nazwa grupy nie może zawierać znaków sterujących.
error-group-manager-default = Menedżerami grupy niestandardowej mogą być tylko jej członkowie.
error-group-unknown = Tej grupy nie ma (już) w koncie. Wybierz inną.

## Sync
nav-sync = Synchronizacja
sync-online = Połączono
sync-offline = Bez połączenia
sync-connecting = Łączenie…
sync-syncing = Synchronizowanie…
sync-now = Synchronizuj teraz
sync-last = Ostatnia synchronizacja: { $when }
sync-never = Jeszcze nie zsynchronizowano
sync-title = Synchronizacja
sync-server = Serwer kont
sync-demo-server = serwer konta demonstracyjnego, na tym komputerze
sync-problem-offline = Nie można połączyć się z serwerem kont. Twoje zmiany są zapisane na tym komputerze i zostaną wysłane, gdy serwer znów będzie dostępny.
sync-problem-server = Wystąpił problem z serwerem kont. Synchronizacja zostanie wkrótce ponowiona.
sync-problem-incomplete = Nie wszystko udało się jeszcze wysłać. Synchronizacja zostanie wkrótce ponowiona.
sync-problem-sign-in = Zaloguj się ponownie, aby synchronizować dane z serwerem kont.
permissions-changed = Twoje uprawnienia zmieniły się na serwerze kont: ekrany uwzględniają teraz nowe uprawnienia.
notice-dismiss = Ukryj
sync-pending-title = Oczekujące na wysłanie
sync-pending-empty = Nic nie czeka: wszystkie zmiany dotarły na serwer.
sync-pending-offline = Zostanie wysłane po połączeniu
sync-made = Zmieniono: { $when }
sync-conflicts-title = Konflikty
sync-conflicts-hint = Te pola zmieniono na serwerze w czasie, gdy były również edytowane przez Ciebie. Wybierz wartość, którą chcesz zachować.
sync-conflicts-empty = Brak konfliktów.
sync-mine = Twoja wartość
sync-theirs = Na serwerze
sync-theirs-by = Autor zmiany: { $who }, { $when }
sync-theirs-when = Zmieniono: { $when }
sync-keep-mine = Zachowaj moją
sync-take-theirs = Przyjmij z serwera
sync-keep-all-mine = Zachowaj wszystkie moje
sync-take-all-theirs = Przyjmij wszystkie z serwera
sync-rejected-title = Odrzucone przez serwer
sync-rejected-empty = Nic nie zostało odrzucone.
sync-rejected-deleted = Użytkownik został usunięty na serwerze.
sync-rejected-unmergeable = Tej zmiany nie można scalić z wersją użytkownika zapisaną na serwerze ({ $reason }).
sync-fix = Popraw
sync-discard = Odrzuć zmianę
sync-deleted-user = Użytkownik usunięty na serwerze
sync-state-synced = Zsynchronizowano
sync-state-pending = Oczekuje
sync-state-conflict = Konflikt
sync-state-rejected = Odrzucono
value-cleared = (wyczyszczono)
profile-sync-pending = Twoje zmiany tego użytkownika są zapisane na tym komputerze i czekają na wysłanie do serwera kont.
profile-sync-conflict = Ten użytkownik został zmieniony na serwerze w czasie, gdy był również edytowany przez Ciebie. Wybierz wartości do zachowania na ekranie Synchronizacja.
profile-sync-rejected = Serwer kont odrzucił zmianę tego użytkownika. Przyczynę znajdziesz na ekranie Synchronizacja.
profile-sync-open = Otwórz Synchronizację

## Sign in
nav-sign-in = Logowanie
sign-in-title = Zaloguj się do serwera kont
sign-in-hint = Twoje zmiany są przechowywane na tym komputerze, więc po zalogowaniu możesz dalej pracować w trybie offline.
sign-in-server = Adres serwera
sign-in-insecure = Ten adres zaczyna się od http://: hasła i dane wszystkich użytkowników byłyby przesyłane przez sieć bez szyfrowania. Poproś administratora o adres serwera zaczynający się od https://.
sign-in-email = E-mail
sign-in-password = Hasło
sign-in-submit = Zaloguj się
sign-in-busy = Logowanie…
sign-out = Wyloguj się
sign-in-refused = Adres e-mail lub hasło jest nieprawidłowe.
sign-in-unreachable = Nie można połączyć się z serwerem kont. Sprawdź adres i połączenie sieciowe.
sign-in-not-a-server = Pod tym adresem nie odpowiada żaden serwer kont Userdesk.
sign-in-password-missing = Wpisz hasło.
sign-in-server-missing = Wpisz adres serwera kont Twojej organizacji.
sign-in-server-invalid = To nie jest adres serwera. Wpisz go w postaci accounts.example.com lub https://accounts.example.com.
sign-in-demo-hint = Nie masz jeszcze serwera kont? Konto demonstracyjne zawiera 500 fikcyjnych osób i działa tylko na tym komputerze.
sign-in-demo-choice = Użyj konta demonstracyjnego
sign-in-demo-busy = Otwieranie konta demonstracyjnego…
sign-in-other-account-pending = Zmiany wprowadzone tutaj z innego konta wciąż czekają na wysłanie. Najpierw zaloguj się na tamto konto.
sign-in-use-token = Użyj zamiast tego tokenu API
sign-in-use-password = Zaloguj się zamiast tego adresem e-mail i hasłem
sign-in-token = Token API
sign-in-token-hint = Dla serwera SCIM, który wydaje tokeny API. Token jest przechowywany w pęku kluczy tego komputera.
sign-in-token-missing = Wpisz token API.
sign-in-token-invalid = Token API nie zawiera spacji ani znaków specjalnych. Wklej go ponownie.
sign-in-token-refused = Serwer nie akceptuje tego tokenu API.
sign-in-not-scim = Pod tym adresem nie odpowiada żaden serwer SCIM.
sync-account-token = Token API
sync-rejected-not-offered = Ten serwer kont nie oferuje tej funkcji.

## Phones and their verification
phone-country = Kraj
extension-needs-phone = Najpierw dodaj numer telefonu służbowego.
error-extension-needs-phone = Numer wewnętrzny wymaga numeru telefonu służbowego.
verify-phone = Zweryfikuj numer
verify-title = Weryfikacja numeru komórkowego
verify-intro = Userdesk wysyła 6-cyfrowy kod na adres e-mail użytkownika. Wpisz kod, który użytkownik tam odczyta, aby oznaczyć ten numer jako zweryfikowany.
verify-country-search = Szukaj krajów
verify-send = Wyślij e-mail weryfikacyjny
verify-queued = E-mail z kodem zostanie wysłany, gdy tylko ten komputer połączy się z serwerem kont.
verify-code = Kod weryfikacyjny
verify-digit = Cyfra { $n }
verify-submit = Zweryfikuj
error-phone-code-format = Wpisz sześć cyfr kodu.
error-phone-not-synced = Tego użytkownika nie ma jeszcze na serwerze kont. Najpierw przeprowadź synchronizację, a potem weryfikację.
error-phone-not-offered = Ten serwer kont nie weryfikuje numerów telefonów.
error-phone-offline = Sprawdzenie kodu wymaga połączenia z serwerem kont.

## Account type
error-account-type-own = Nikt nie może zmienić typu własnego konta.
account-type-own-hint = To jest Twoje konto: nikt nie zmienia typu własnego konta.
ask-activation-title = Wysłać e-mail aktywacyjny?
ask-activation-text = { $name } ma teraz pełne konto i musi je aktywować. Wyślij e-mail aktywacyjny teraz lub później z panelu statusu.
ask-activation-send = Wyślij e-mail aktywacyjny
ask-activation-later = Zrobię to później

## Roles editor
roles-edit = Edytuj role
roles-edit-title = Edycja ról
roles-own-hint = Nikt nie zmienia własnych ról.
roles-intro = Administrator konfiguracji może robić wszystko, na co pozwala którakolwiek z jego ról. Wybierz role tego administratora.
roles-count = { $count ->
    [one] Wybrano { $count } rolę (maks. { $max }).
    [few] Wybrano { $count } role (maks. { $max }).
    [many] Wybrano { $count } ról (maks. { $max }).
   *[other] Wybrano { $count } roli (maks. { $max }).
}
roles-limit-reached = { $max ->
    [one] Użytkownik może mieć najwyżej { $max } rolę: usuń jedną, aby dodać inną.
    [few] Użytkownik może mieć najwyżej { $max } role: usuń jedną, aby dodać inną.
    [many] Użytkownik może mieć najwyżej { $max } ról: usuń jedną, aby dodać inną.
   *[other] Użytkownik może mieć najwyżej { $max } roli: usuń jedną, aby dodać inną.
}
roles-effective = Łącznie pozwalają na
roles-save = Zapisz role
role-built-in = Wbudowana
roles-unknown-kept = Zachowane, choć ten komputer jeszcze ich nie zna:
error-roles-config-admin-only = Role mają tylko administratorzy konfiguracji.
error-role-unknown = Roli „{ $role }” nie ma w katalogu tego konta.
permission-users-view = Wyświetlanie użytkowników
permission-users-edit = Edycja użytkowników
permission-users-create = Dodawanie użytkowników
permission-users-deactivate = Dezaktywacja użytkowników
permission-users-invite = Wysyłanie zaproszeń
permission-roles-assign = Przypisywanie ról
permission-config-manage = Zarządzanie konfiguracją
permission-audit-view = Przeglądanie historii

## Row actions on the Users list
row-actions-title = Akcje
action-open = Otwórz profil
field-restricted = Ograniczone

## My Account
nav-account = Moje konto
account-title = Moje konto
account-section-profile = Twój profil
account-username-hint = Twój adres e-mail jest nazwą użytkownika: przy następnym logowaniu trzeba podać nowy adres. Hasło pozostaje bez zmian.
account-section-password = Hasło
account-password-hint = Aby ustawić nowe hasło, podaj obecne. Pozostałe sesje zostaną wylogowane.
account-password-current = Obecne hasło
account-password-new = Nowe hasło
account-password-repeat = Powtórz nowe hasło
account-password-submit = Zmień hasło
account-password-busy = Zmienianie…
account-password-changed = Hasło zostało zmienione. Sesje na innych urządzeniach zostały wylogowane.
account-password-current-missing = Wpisz obecne hasło.
account-password-new-missing = Wpisz nowe hasło.
account-password-mismatch = Nowe hasła nie są identyczne.
account-password-unchanged = Nowe hasło jest takie samo jak obecne.
account-password-demo = Konto demonstracyjne nie ma Twojego hasła, które można by zmienić.
account-password-token = Zalogowano się tokenem API: nie ma tu Twojego hasła do zmiany.
account-password-offline = Zmiana hasła wymaga połączenia z serwerem kont, który jest teraz niedostępny. Spróbuj ponownie po połączeniu z siecią.
account-section-preferences = Preferencje
account-app-language = Język aplikacji
account-app-language-hint = Zapisywany na tym komputerze. „Domyślny język przeglądarki/systemu” oznacza język Twojego systemu.
account-section-sign-out = Wylogowanie
account-sign-out-hint = Niewysłane zmiany pozostaną na tym komputerze i trafią na serwer po ponownym zalogowaniu.
account-username-demo = Konto demonstracyjne loguje się tą nazwą użytkownika, więc nie można jej zmienić.
account-leave-demo = Opuść konto demonstracyjne
account-leave-demo-hint = Konto demonstracyjne pozostanie na tym komputerze. Następnie możesz zalogować się do serwera kont Twojej organizacji.
account-token-note = Zalogowano tokenem API: brak konta osobistego.
account-no-profile = Twojego profilu nie ma jeszcze w kopii danych na tym komputerze. Pojawi się po następnej synchronizacji.

## A user's history
profile-section-history = Historia
history-loading = Wczytywanie historii…
history-empty = Dla tego użytkownika nie zarejestrowano jeszcze żadnych zdarzeń.
history-offline = Tryb offline: to historia w postaci, w jakiej ten komputer ostatnio ją odczytał.
history-waiting = Jeszcze nie wysłano
history-waiting-hint = Wykonano na tym komputerze; trafi na serwer przy następnej synchronizacji.
history-older = Pokaż starsze
history-made = Wykonano: { $when }
history-made-offline = Wykonano w trybie offline: { $when }
history-reached = dotarło na serwer: { $when }
history-you = Ty
history-someone = Ktoś inny
history-not-offered = Ten serwer kont nie przechowuje historii, którą Userdesk mógłby odczytać.
history-denied = Nie możesz przeglądać historii: wymaga to uprawnienia do przeglądania dziennika inspekcji.
answer-yes = Tak
answer-no = Nie
history-avatar-set = Zdjęcie
history-not-set = (nie ustawiono)
field-avatar = Zdjęcie profilowe
history-action-create = Utworzenie konta
history-action-update = Zmiana profilu
history-action-deactivate = Dezaktywacja konta
history-action-reactivate = Ponowna aktywacja konta
history-action-delete = Usunięcie konta
history-action-activate = Aktywacja konta
history-action-set-password = Ustawienie hasła
history-action-send-activation-email = Wysłanie e-maila aktywacyjnego
history-action-send-welcome-email = Wysłanie e-maila powitalnego
history-action-send-password-reset-email = Wysłanie e-maila do resetowania hasła
history-action-start-phone-verification = Wysłanie kodu weryfikacji telefonu
history-action-verify-phone = Weryfikacja numeru komórkowego

## The avatar: why a picked file cannot become one.
avatar-missing = Tego pliku już nie ma. Mógł zostać przeniesiony lub usunięty po wybraniu.
avatar-not-a-file = To jest folder. Wybierz obraz PNG lub JPEG.
avatar-unreadable = Nie można odczytać tego pliku. Sprawdź, czy masz uprawnienia do jego otwarcia.
avatar-empty = Ten plik jest pusty.
avatar-file-too-large = Ten plik jest za duży: maksymalnie { $max } MB.
avatar-not-an-image = Ten plik nie jest obrazem PNG ani JPEG.
avatar-too-many-pixels = Ten obraz jest za duży: maksymalnie { $max } Mpx.
avatar-damaged = Ten obraz jest uszkodzony lub niekompletny i nie można go wyświetlić.
avatar-crop-outside = Zachowywany kwadrat musi leżeć wewnątrz zdjęcia.
avatar-encode-failed = Nie udało się utworzyć awatara z tego obrazu.
avatar-cannot-write = Nie udało się zapisać awatara w folderze { $folder }.
error-picture-too-long = { $max ->
    [one] Adres zdjęcia może mieć najwyżej { $max } znak.
    [few] Adres zdjęcia może mieć najwyżej { $max } znaki.
    [many] Adres zdjęcia może mieć najwyżej { $max } znaków.
   *[other] Adres zdjęcia może mieć najwyżej { $max } znaku.
}
error-picture-not-a-url = Adres zdjęcia musi być adresem URL http lub https bez nazwy użytkownika i hasła.
error-picture-upload = Tego zdjęcia nie ma na serwerze. Ustaw awatar, przesyłając jego obraz.
avatar-set-from-file = Awatar ustawia się z pliku obrazu: użyj przycisku „Dodaj obraz”.
avatar-unavailable = Ten serwer nie przechowuje zdjęć, więc nie można tu ustawiać awatarów. Można je ustawić na serwerze kont Userdesk.
avatar-picture-gone = Tego zdjęcia nie ma już na tym komputerze. Wybierz je ponownie.
avatar-dialog-title = Wybierz zdjęcie profilowe
avatar-dialog-filter = Obrazy PNG lub JPEG
avatar-add = Dodaj obraz
avatar-change = Zmień obraz
avatar-remove = Usuń
avatar-drop-hint = lub upuść tutaj obraz PNG lub JPEG
avatar-drop-not-a-picture = Upuść obraz PNG lub JPEG na awatar.
avatar-editor-title = Zdjęcie profilowe
avatar-editor-stage = Zdjęcie z kwadratem, który stanie się awatarem
avatar-editor-keys = Przeciągnij kwadrat lub przesuwaj go klawiszami strzałek; + i − powiększają i pomniejszają; R obraca.
avatar-zoom = Powiększenie
avatar-rotate = Obróć o 90°
avatar-preview = Podgląd
avatar-set = Ustaw jako awatar
avatar-cancel = Anuluj
avatar-saving = Zapisywanie…
avatar-opening = Otwieranie zdjęcia…
