# Userdesk: why a SCIM resource was refused (Russian). Shown to API clients in an
# error's "detail", and in the desktop app when the server refuses a synced change.

scim-error-required = Этот атрибут обязателен.
scim-error-not-a-string = Этот атрибут должен быть строкой.
scim-error-not-an-object = Этот атрибут должен быть объектом.
scim-error-not-an-array = Этот атрибут должен быть массивом.
scim-error-not-a-boolean = Этот атрибут должен иметь значение true или false.
scim-error-invalid-value = Это значение не входит в число допустимых.

## Why a filter (or a PATCH path) could not be read; $position counts characters from 1.
filter-error-too-long = Фильтр слишком длинный.
filter-error-too-deep = Слишком глубокая вложенность фильтра (в позиции { $position }).
filter-error-empty = Фильтр пуст.
filter-error-expected-attribute = В позиции { $position } ожидалось имя атрибута.
filter-error-expected-operator = В позиции { $position } ожидался оператор (eq, ne, co, sw, ew, gt, ge, lt, le или pr).
filter-error-expected-value = В позиции { $position } ожидалось значение ("строка", число, true, false или null).
filter-error-bad-string = Строка, начинающаяся в позиции { $position }, не закрыта или содержит недопустимую управляющую последовательность.
filter-error-bad-number = Число в позиции { $position } недопустимо.
filter-error-unclosed = Скобка, открытая до позиции { $position }, не закрыта.
filter-error-trailing = Неожиданный текст в позиции { $position }.
filter-error-nested-value-path = Фильтр значений не может содержать другой фильтр значений (позиция { $position }).

## Why a PATCH was refused; $operation counts from 1.
patch-error-syntax = Запрос PATCH не является допустимым сообщением PatchOp (операция { $operation }).
patch-error-value-not-object = Операция { $operation }: без пути значение должно быть объектом с атрибутами.
patch-error-value-missing = Для операции { $operation } нужно значение.
patch-error-read-only = Операция { $operation } пытается изменить атрибут, доступный только для чтения.
patch-error-invalid-path = У операции { $operation } путь, который нельзя использовать.
patch-error-no-target = Операция { $operation }: её пути ничего не соответствует.
patch-error-remove-needs-path = Операция { $operation }: для операции «remove» нужен путь.
patch-error-too-many-operations = { $max ->
    [one] Запрос PATCH может содержать не более { $max } операции.
    [few] Запрос PATCH может содержать не более { $max } операций.
    [many] Запрос PATCH может содержать не более { $max } операций.
   *[other] Запрос PATCH может содержать не более { $max } операции.
}
patch-error-too-much-work = Операция { $operation }: этот запрос PATCH потребует слишком много работы; отправьте его в виде нескольких запросов меньшего размера.

## Protocol errors of the account server.
scim-error-not-found = Такого ресурса нет.
scim-error-version-mismatch = Ресурс был изменён после того, как Вы его прочитали (его версия больше не соответствует If-Match).
scim-error-internal = Серверу не удалось выполнить запрос. Ничего не изменено.
scim-error-bad-json = Тело запроса не является допустимым JSON для этого запроса.
scim-error-taken = Значение { $attribute } уже используется другим пользователем.
scim-error-too-many-attributes = { $max ->
    [one] В attributes или excludedAttributes запрос может указывать не более { $max } атрибута.
    [few] В attributes или excludedAttributes запрос может указывать не более { $max } атрибутов.
    [many] В attributes или excludedAttributes запрос может указывать не более { $max } атрибутов.
   *[other] В attributes или excludedAttributes запрос может указывать не более { $max } атрибута.
}
scim-error-sort-order = sortOrder должен иметь значение «ascending» или «descending».
scim-error-sort-by = По этому атрибуту нельзя сортировать.
scim-error-too-large = Тело запроса слишком велико.
scim-error-method = Этот метод здесь не разрешён.
filter-error-unsupported-attribute = Фильтр использует атрибут { $attribute }, по которому нельзя фильтровать.
filter-error-wrong-type = Фильтр сравнивает { $attribute } со значением неверного типа.

## Sign-in.
auth-error-credentials = Неверный адрес электронной почты или пароль.
auth-error-locked = Слишком много неудачных попыток входа. Повторите попытку позже.
auth-error-busy = Сервер сейчас проверяет много попыток входа. Повторите попытку чуть позже.
auth-error-token = Сначала войдите: токен доступа отсутствует, истёк или отозван.
scim-error-idempotency-reuse = Этот Idempotency-Key уже использовался для другого запроса.
scim-error-bad-id = Это недопустимый идентификатор (id).
auth-error-weak-password = { $min ->
    [one] Пароль должен содержать не менее { $min } символа.
    [few] Пароль должен содержать не менее { $min } символов.
    [many] Пароль должен содержать не менее { $min } символов.
   *[other] Пароль должен содержать не менее { $min } символа.
}
auth-error-current-password = Неверный текущий пароль.
auth-error-long-password = Этот пароль слишком длинный.
scim-error-undeliverable-address = На этот адрес невозможно отправить письмо.
scim-error-nested-groups = Участниками могут быть только пользователи; группы не могут содержать группы.
scim-error-unknown-member = Это не пользователь этой учётной записи.
scim-error-other-group = Пользователь { $user } уже состоит в группе { $group }. Сначала удалите его из той группы.
scim-error-bulk-too-many = { $max ->
    [one] Запрос Bulk может содержать не более { $max } операции.
    [few] Запрос Bulk может содержать не более { $max } операций.
    [many] Запрос Bulk может содержать не более { $max } операций.
   *[other] Запрос Bulk может содержать не более { $max } операции.
}
scim-error-bulk-method = Метод должен быть POST, PUT, PATCH или DELETE.
scim-error-bulk-duplicate-id = У каждой операции должен быть собственный bulkId.
scim-error-bulk-reference = Операция ссылается на bulkId { $bulkId }, по которому ничего не было создано.
scim-error-bulk-circular = Операции ссылаются друг на друга по кругу.
scim-error-bad-time = Это не дата и время (RFC 3339, например 2026-05-13T06:42:34Z).
scim-error-no-route = На этом сервере нет такой конечной точки. Проверьте адрес.
