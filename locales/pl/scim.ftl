# Userdesk: why a SCIM resource was refused (Polish). Shown to API clients in an
# error's "detail", and in the desktop app when the server refuses a synced change.

scim-error-required = Ten atrybut jest wymagany.
scim-error-not-a-string = Ten atrybut musi być ciągiem znaków.
scim-error-not-an-object = Ten atrybut musi być obiektem.
scim-error-not-an-array = Ten atrybut musi być tablicą.
scim-error-not-a-boolean = Ten atrybut musi mieć wartość true lub false.
scim-error-invalid-value = Ta wartość nie należy do dozwolonych wartości.

## Why a filter (or a PATCH path) could not be read; $position counts characters from 1.
filter-error-too-long = Filtr jest za długi.
filter-error-too-deep = Filtr ma zbyt głębokie zagnieżdżenie (na pozycji { $position }).
filter-error-empty = Filtr jest pusty.
filter-error-expected-attribute = Na pozycji { $position } oczekiwano nazwy atrybutu.
filter-error-expected-operator = Na pozycji { $position } oczekiwano operatora (eq, ne, co, sw, ew, gt, ge, lt, le lub pr).
filter-error-expected-value = Na pozycji { $position } oczekiwano wartości ("ciąg znaków", liczby, true, false lub null).
filter-error-bad-string = Ciąg znaków zaczynający się na pozycji { $position } nie jest zamknięty lub zawiera nieprawidłową sekwencję ucieczki.
filter-error-bad-number = Liczba na pozycji { $position } jest nieprawidłowa.
filter-error-unclosed = Nawias otwarty przed pozycją { $position } nie został zamknięty.
filter-error-trailing = Nieoczekiwany tekst na pozycji { $position }.
filter-error-nested-value-path = Filtr wartości nie może zawierać innego filtru wartości (pozycja { $position }).

## Why a PATCH was refused; $operation counts from 1.
patch-error-syntax = Żądanie PATCH nie jest prawidłowym komunikatem PatchOp (operacja { $operation }).
patch-error-value-not-object = Operacja { $operation }: bez ścieżki wartość musi być obiektem atrybutów.
patch-error-value-missing = Operacja { $operation } wymaga wartości.
patch-error-read-only = Operacja { $operation } próbuje zmienić atrybut tylko do odczytu.
patch-error-invalid-path = Operacja { $operation } ma ścieżkę, której nie można użyć.
patch-error-no-target = Operacja { $operation }: nic nie pasuje do jej ścieżki.
patch-error-remove-needs-path = Operacja { $operation }: operacja „remove” wymaga ścieżki.
patch-error-too-many-operations = { $max ->
    [one] Żądanie PATCH może zawierać najwyżej { $max } operację.
    [few] Żądanie PATCH może zawierać najwyżej { $max } operacje.
    [many] Żądanie PATCH może zawierać najwyżej { $max } operacji.
   *[other] Żądanie PATCH może zawierać najwyżej { $max } operacji.
}
patch-error-too-much-work = Operacja { $operation }: to żądanie PATCH wymagałoby zbyt dużo pracy; wyślij je jako kilka mniejszych żądań.

## Protocol errors of the account server.
scim-error-not-found = Nie ma takiego zasobu.
scim-error-version-mismatch = Zasób został zmieniony od czasu jego odczytania (jego wersja nie odpowiada już nagłówkowi If-Match).
scim-error-internal = Serwer nie mógł zrealizować żądania. Niczego nie zmieniono.
scim-error-bad-json = Treść żądania nie jest prawidłowym kodem JSON dla tego żądania.
scim-error-taken = Wartość atrybutu { $attribute } jest już używana przez innego użytkownika.
scim-error-too-many-attributes = { $max ->
    [one] Żądanie może wymieniać w attributes lub excludedAttributes najwyżej { $max } atrybut.
    [few] Żądanie może wymieniać w attributes lub excludedAttributes najwyżej { $max } atrybuty.
    [many] Żądanie może wymieniać w attributes lub excludedAttributes najwyżej { $max } atrybutów.
   *[other] Żądanie może wymieniać w attributes lub excludedAttributes najwyżej { $max } atrybutu.
}
scim-error-sort-order = sortOrder musi mieć wartość „ascending” lub „descending”.
scim-error-sort-by = Według tego atrybutu nie można sortować.
scim-error-too-large = Treść żądania jest za duża.
scim-error-method = Ta metoda nie jest tutaj dozwolona.
filter-error-unsupported-attribute = Filtr używa atrybutu { $attribute }, według którego nie można filtrować.
filter-error-wrong-type = Filtr porównuje atrybut { $attribute } z wartością niewłaściwego typu.

## Sign-in.
auth-error-credentials = Adres e-mail lub hasło jest nieprawidłowe.
auth-error-locked = Zbyt wiele nieudanych prób logowania. Spróbuj ponownie później.
auth-error-busy = Serwer sprawdza teraz wiele logowań. Spróbuj ponownie za chwilę.
auth-error-token = Najpierw się zaloguj: brak tokenu dostępu albo token wygasł lub został unieważniony.
scim-error-idempotency-reuse = Ten klucz Idempotency-Key został już użyty dla innego żądania.
scim-error-bad-id = To nie jest prawidłowy identyfikator (id).
auth-error-weak-password = { $min ->
    [one] Hasło musi mieć co najmniej { $min } znak.
    [few] Hasło musi mieć co najmniej { $min } znaki.
    [many] Hasło musi mieć co najmniej { $min } znaków.
   *[other] Hasło musi mieć co najmniej { $min } znaku.
}
auth-error-current-password = Obecne hasło jest nieprawidłowe.
auth-error-long-password = To hasło jest za długie.
scim-error-undeliverable-address = Na ten adres nie można wysłać wiadomości e-mail.
scim-error-nested-groups = Członkami mogą być tylko użytkownicy; grupy nie mogą zawierać grup.
scim-error-unknown-member = To nie jest użytkownik tego konta.
scim-error-other-group = Użytkownik { $user } należy już do grupy { $group }. Najpierw usuń go z tamtej grupy.
scim-error-bulk-too-many = { $max ->
    [one] Żądanie Bulk może zawierać najwyżej { $max } operację.
    [few] Żądanie Bulk może zawierać najwyżej { $max } operacje.
    [many] Żądanie Bulk może zawierać najwyżej { $max } operacji.
   *[other] Żądanie Bulk może zawierać najwyżej { $max } operacji.
}
scim-error-bulk-method = Metodą musi być POST, PUT, PATCH lub DELETE.
scim-error-bulk-duplicate-id = Każda operacja musi mieć własny bulkId.
scim-error-bulk-reference = Operacja odwołuje się do bulkId { $bulkId }, który niczego nie utworzył.
scim-error-bulk-circular = Operacje odwołują się do siebie nawzajem w cyklu.
scim-error-bad-time = To nie jest data i godzina (RFC 3339, np. 2026-05-13T06:42:34Z).
scim-error-no-route = Na tym serwerze nie ma takiego punktu końcowego. Sprawdź adres.
