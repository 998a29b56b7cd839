# Userdesk: the desktop app's strings (Russian).
# Every message missing here appears in English (en-US/app.ftl).

app-name = Userdesk
app-tagline = Профили пользователей — в сети и без подключения
nav-main = Основная навигация
nav-users = Пользователи
demo-badge = Демонстрационная учётная запись
demo-hint = Вымышленные люди, хранятся только на этом компьютере. Чтобы работать с сервером учётных записей Вашей организации, выйдите из демонстрационной учётной записи в разделе «Моя учётная запись».
cache-location = Локальный кэш

## Users list
users-title = Пользователи
users-count = { $count ->
    [one] { $count } пользователь
    [few] { $count } пользователя
    [many] { $count } пользователей
   *[other] { $count } пользователя
}
users-count-filtered = { $total ->
    [one] { $count } из { $total } пользователя
    [few] { $count } из { $total } пользователей
    [many] { $count } из { $total } пользователей
   *[other] { $count } из { $total } пользователя
}
users-search-label = Поиск пользователей
users-search-placeholder = Поиск по имени, адресу эл. почты, номеру пропуска или телефону
users-filters = Фильтры
filter-status = Статус
filter-status-all = Все статусы
filter-type = Тип учётной записи
filter-type-all = Все типы учётных записей
filter-role = Роль
filter-role-all = Все роли
filter-group = Группа
filter-group-all = Все группы
filter-clear = Сбросить фильтры
col-name = Имя
col-email = Эл. почта
col-badge = Номер пропуска
col-title = Должность
col-type = Тип учётной записи
col-status = Статус
col-since = Дата создания
sort-ascending = Сортировка по возрастанию
sort-descending = Сортировка по убыванию
users-empty = Нет подходящих пользователей
users-empty-hint = Введите меньше букв или сбросьте фильтры.
users-loading = Загрузка пользователей…
users-open = Открыть профиль пользователя { $name }

## Account types
type-super_admin = Суперадминистратор
type-config_admin = Администратор конфигурации
type-internal = Внутренний
type-external = Внешний
type-one_time_completion = Однократное заполнение

## Statuses
status-created = Создан
status-invited = Приглашён
status-active = Активен
status-inactive = Неактивен

## User profile
profile-back = Назад к пользователям
profile-title = Профиль пользователя
profile-section-personal = Личные данные
profile-section-contact = Контакты
profile-section-account = Учётная запись
profile-section-preferences = Настройки
profile-more-options = Дополнительные параметры
add-user = Добавить пользователя
add-user-title = Новый пользователь
add-user-hint = Новый пользователь сразу сохраняется на этом компьютере и попадёт на сервер при следующей синхронизации. Письма не отправляются, пока Вы не отправите письмо для активации.
add-user-submit = Добавить пользователя
add-user-cancel = Отмена
dialog-close = Закрыть
send-activation = Отправить письмо для активации
send-activation-again = Отправить приглашение повторно
send-welcome = Отправить приветственное письмо
send-password-reset = Отправить письмо для сброса пароля
email-queued = В очереди: сервер отправит письмо один раз, при следующей синхронизации.
email-handed-over = Сервер принял письмо: оно уже в пути.
deactivate = Деактивировать
deactivate-title = Деактивировать эту учётную запись?
deactivate-text = Все сеансы пользователя { $name } будут сразу завершены на всех устройствах, и войти в систему будет невозможно, пока учётная запись не будет снова активирована. Данные профиля не теряются, а повторная активация восстанавливает прежний доступ.
reactivate = Активировать снова
profile-edit-hint = Изменения сохраняются, когда Вы покидаете поле.
profile-email-hint = Этот адрес также является именем пользователя: при следующем входе нужно указать новый адрес. Ссылки в письмах, отправленных на старый адрес, перестанут работать.
field-first-name = Имя
field-last-name = Фамилия
field-title = Должность
field-badge = Номер пропуска
field-email = Эл. почта (имя пользователя)
field-mobile = Мобильный телефон
field-office = Рабочий телефон
field-extension = Добавочный номер
field-language = Язык
field-group = Группа пользователей
field-account-type = Тип учётной записи
field-roles = Роли
field-status = Статус
field-since = Дата создания
field-sso = Вход
field-notifications = Уведомления
field-presence = Присутствие
field-required = Обязательно
value-not-set = Не задано
phone-verified = Подтверждён
phone-unverified = Не подтверждён
language-system = Язык браузера или системы
group-default = Группа по умолчанию
group-manager = Руководитель группы
group-manager-default-hint = Управлять пользовательской группой могут только её участники: сначала выберите группу.
roles-none = Нет ролей
roles-config-admin-only = Роли есть только у администраторов конфигурации
sso-yes = Единый вход
sso-no = Пароль
status-created-detail = Создан: { $when }. Письмо для активации ещё не отправлено.
status-invited-detail = Письмо для активации последний раз отправлено: { $when }
status-active-detail = Активирован: { $when }
status-inactive-detail = Деактивирован. Этот пользователь не может войти в систему.
last-active = Последняя активность: { $when }
active-now = Активен сейчас
saving = Сохранение…
saved = Сохранено
last-saved = Последнее сохранённое значение
restore-saved = Восстановить
notif-instant = Сразу
notif-hourly = Сводка раз в час
notif-daily = Ежедневная сводка
notif-weekly = Еженедельная сводка
notif-never = Никогда
presence-online = В сети
presence-away = Нет на месте
presence-busy = Занят
presence-offline = Не в сети

## Errors shown at a field
error-name-blank = Это поле обязательно и не может быть пустым.
error-name-too-long = { $max ->
    [one] Используйте не более { $max } символа.
    [few] Используйте не более { $max } символов.
    [many] Используйте не более { $max } символов.
   *[other] Используйте не более { $max } символа.
}
error-control-character = Удалите разрывы строк и другие управляющие символы.
error-email-blank = Укажите адрес электронной почты.
error-email-too-long = { $max ->
    [one] Адрес электронной почты может содержать не более { $max } символа.
    [few] Адрес электронной почты может содержать не более { $max } символов.
    [many] Адрес электронной почты может содержать не более { $max } символов.
   *[other] Адрес электронной почты может содержать не более { $max } символа.
}
error-email-invalid = Введите адрес электронной почты в виде name@example.com.
error-badge-too-long = { $max ->
    [one] Номер пропуска может содержать не более { $max } символа.
    [few] Номер пропуска может содержать не более { $max } символов.
    [many] Номер пропуска может содержать не более { $max } символов.
   *[other] Номер пропуска может содержать не более { $max } символа.
}
error-badge-invalid = Номер пропуска может содержать только буквы, цифры и символы «-», «_» и «.».
error-badge-taken = Этот номер пропуска уже принадлежит другому пользователю.
error-email-taken = Этот адрес электронной почты уже принадлежит другому пользователю.
error-title-too-long = { $max ->
    [one] Должность может содержать не более { $max } символа.
    [few] Должность может содержать не более { $max } символов.
    [many] Должность может содержать не более { $max } символов.
   *[other] Должность может содержать не более { $max } символа.
}
error-phone-blank = Введите номер телефона.
error-phone-country = Выберите страну.
error-phone-invalid = Это недопустимый номер телефона для выбранной страны.
error-extension-invalid = Добавочный номер состоит из 1–8 цифр.
error-language-unsupported = Этот язык не поддерживается.
error-account-type-one-time = Учётную запись этого типа нельзя перевести в тип «Однократное заполнение».
error-account-type-unknown = Неизвестный тип учётной записи.
error-roles-too-many = { $max ->
    [one] У пользователя может быть не более { $max } роли.
    [few] У пользователя может быть не более { $max } ролей.
    [many] У пользователя может быть не более { $max } ролей.
   *[other] У пользователя может быть не более { $max } роли.
}
error-role-administrator-users = Роль «Администратор» управляет конфигурацией, а не пользователями.
error-lifecycle-sso = Пользователи, использующие единый вход, не получают письмо для активации.
error-lifecycle-already-active = Эта учётная запись уже активна.
error-lifecycle-inactive = Эта учётная запись неактивна. Сначала активируйте её снова.
error-lifecycle-already-inactive = Эта учётная запись уже неактивна.
error-lifecycle-not-inactive = Снова активировать можно только неактивную учётную запись.
error-lifecycle-not-active = Эта учётная запись ещё не активна: вместо этого отправьте письмо для активации.
error-phone-code-wait = { $seconds ->
    [one] Код только что отправлен. Новый можно запросить через { $seconds } секунду.
    [few] Код только что отправлен. Новый можно запросить через { $seconds } секунды.
    [many] Код только что отправлен. Новый можно запросить через { $seconds } секунд.
   *[other] Код только что отправлен. Новый можно запросить через { $seconds } секунды.
}
error-phone-code-none = Для этого номера нет ожидающего кода. Сначала отправьте письмо с кодом подтверждения.
error-phone-code-expired = Срок действия кода истёк. Отправьте новый.
error-phone-code-attempts = Слишком много неверных кодов. Отправьте новый.
error-phone-code-wrong = { $left ->
    [one] Код неверный. Осталась { $left } попытка.
    [few] Код неверный. Осталось { $left } попытки.
    [many] Код неверный. Осталось { $left } попыток.
   *[other] Код неверный. Осталось { $left } попытки.
}
error-phone-code-other-number = Этот код был отправлен для другого номера. Отправьте новый.
error-phone-sms-off = Этот сервер не отправляет коды по SMS. Выберите электронную почту.
error-phone-channel = Выберите способ отправки кода: по электронной почте или по SMS.
error-phone-sms-failed = Не удалось отправить SMS. Повторите попытку или отправьте код по электронной почте.
error-phone-code-today = Слишком много попыток для этого номера за сегодня. Повторите попытку завтра.
error-phone-sends-today = Для подтверждения этого номера сегодня уже отправлено достаточно кодов. Повторите попытку завтра.
error-user-not-found = Этого пользователя больше не существует.
error-unknown-field = Это поле нельзя изменить здесь.
error-internal = Что-то пошло не так; ничего не изменено. Подробности — в журнале.

## Why an action is not allowed
denied-actor-inactive = Ваша учётная запись неактивна.
denied-missing-permission = Требуется разрешение «{ $permission }».
denied-own-account-type = Никто не может изменить тип своей учётной записи.
denied-own-status = Вы не можете деактивировать собственную учётную запись.
denied-super-admin-only = Это действие с суперадминистратором может выполнить только суперадминистратор.
denied-roles-config-admin-only = Роли есть только у администраторов конфигурации.
denied-unknown-role = В каталоге ролей этой учётной записи нет роли «{ $role }».
denied-grant-beyond-own = Вы не можете предоставить разрешение «{ $permission }»: у Вас его нет.
denied-target-holds-more = У этого пользователя есть разрешение «{ $permission }», которого нет у Вас: управлять им может только тот, у кого есть все его разрешения.
error-group-name-blank = Введите название группы.
error-group-name-too-long = { $max ->
    [one] Название группы может содержать не более { $max } символа.
    [few] Название группы может содержать не более { $max } символов.
    [many] Название группы может содержать не более { $max } символов.
   *[other] Название группы может содержать не более { $max } символа.
}
error-group-name-control = Название группы не может содержать управляющие символы.
error-group-manager-default = Руководителями пользовательской группы могут быть только её участники.
error-group-unknown = Этой группы нет (больше нет) в учётной записи. Выберите другую.

## Sync
nav-sync = Синхронизация
sync-online = В сети
sync-offline = Не в сети
sync-connecting = Подключение…
sync-syncing = Синхронизация…
sync-now = Синхронизировать
sync-last = Последняя синхронизация: { $when }
sync-never = Ещё не синхронизировано
sync-title = Синхронизация
sync-server = Сервер учётных записей
sync-demo-server = сервер демонстрационной учётной записи, на этом компьютере
sync-problem-offline = Сервер учётных записей недоступен. Ваши изменения сохранены на этом компьютере и будут отправлены, когда он снова станет доступен.
sync-problem-server = На сервере учётных записей возникла проблема. Синхронизация скоро будет повторена.
sync-problem-incomplete = Пока удалось отправить не всё. Синхронизация скоро будет повторена.
sync-problem-sign-in = Войдите снова, чтобы синхронизироваться с сервером учётных записей.
permissions-changed = То, что Вам разрешено делать, изменилось на сервере учётных записей: экраны теперь учитывают Ваши новые разрешения.
notice-dismiss = Скрыть
sync-pending-title = Ожидает отправки
sync-pending-empty = Ничего не ожидает отправки: все изменения дошли до сервера.
sync-pending-offline = Будет отправлено при подключении к сети
sync-made = Изменено: { $when }
sync-conflicts-title = Конфликты
sync-conflicts-hint = Эти поля были изменены на сервере, пока Вы тоже их редактировали. Выберите значение, которое нужно сохранить.
sync-conflicts-empty = Конфликтов нет.
sync-mine = Ваше значение
sync-theirs = На сервере
sync-theirs-by = Автор изменения: { $who }, { $when }
sync-theirs-when = Изменено: { $when }
sync-keep-mine = Оставить моё
sync-take-theirs = Принять с сервера
sync-keep-all-mine = Оставить все мои
sync-take-all-theirs = Принять все с сервера
sync-rejected-title = Отклонено сервером
sync-rejected-empty = Ничего не отклонено.
sync-rejected-deleted = Пользователь был удалён на сервере.
sync-rejected-unmergeable = Это изменение нельзя объединить с версией пользователя на сервере ({ $reason }).
sync-fix = Исправить
sync-discard = Отменить изменение
sync-deleted-user = Пользователь, удалённый на сервере
sync-state-synced = Синхронизировано
sync-state-pending = Ожидает отправки
sync-state-conflict = Конфликт
sync-state-rejected = Отклонено
value-cleared = (очищено)
profile-sync-pending = Ваши изменения этого пользователя сохранены на этом компьютере и ожидают отправки на сервер учётных записей.
profile-sync-conflict = Этот пользователь был изменён на сервере, пока Вы тоже его редактировали. Выберите значения, которые нужно сохранить, на экране «Синхронизация».
profile-sync-rejected = Сервер учётных записей отклонил изменение этого пользователя. Причина указана на экране «Синхронизация».
profile-sync-open = Открыть «Синхронизацию»

## Sign in
nav-sign-in = Вход
sign-in-title = Вход на сервер учётных записей
sign-in-hint = Ваши изменения хранятся на этом компьютере, поэтому после входа Вы сможете продолжать работу без подключения к сети.
sign-in-server = Адрес сервера
sign-in-insecure = Этот адрес начинается с http://: пароли и данные всех пользователей будут передаваться по сети без шифрования. Узнайте у администратора адрес сервера, начинающийся с https://.
sign-in-email = Эл. почта
sign-in-password = Пароль
sign-in-submit = Войти
sign-in-busy = Вход…
sign-out = Выйти
sign-in-refused = Неверный адрес электронной почты или пароль.
sign-in-unreachable = Сервер учётных записей недоступен. Проверьте адрес и подключение к сети.
sign-in-not-a-server = По этому адресу не отвечает сервер учётных записей Userdesk.
sign-in-password-missing = Введите пароль.
sign-in-server-missing = Введите адрес сервера учётных записей Вашей организации.
sign-in-server-invalid = Это не адрес сервера. Введите его в виде accounts.example.com или https://accounts.example.com.
sign-in-demo-hint = Сервера учётных записей ещё нет? Демонстрационная учётная запись содержит 500 вымышленных людей и работает только на этом компьютере.
sign-in-demo-choice = Использовать демонстрационную учётную запись
sign-in-demo-busy = Открытие демонстрационной учётной записи…
sign-in-other-account-pending = Изменения, сделанные здесь под другой учётной записью, ещё ожидают отправки. Сначала войдите под той учётной записью.
sign-in-use-token = Использовать API-токен
sign-in-use-password = Войти с адресом эл. почты и паролем
sign-in-token = API-токен
sign-in-token-hint = Для сервера SCIM, который выдаёт API-токены. Токен хранится в связке ключей этого компьютера.
sign-in-token-missing = Введите API-токен.
sign-in-token-invalid = API-токен не содержит пробелов и специальных символов. Вставьте его ещё раз.
sign-in-token-refused = Сервер не принимает этот API-токен.
sign-in-not-scim = По этому адресу не отвечает сервер SCIM.
sync-account-token = API-токен
sync-rejected-not-offered = Этот сервер учётных записей не поддерживает эту функцию.

## Phones and their verification
phone-country = Страна
extension-needs-phone = Сначала добавьте номер рабочего телефона.
error-extension-needs-phone = Для добавочного номера нужен номер рабочего телефона.
verify-phone = Подтвердить номер
verify-title = Подтверждение мобильного номера
verify-intro = Userdesk отправляет 6-значный код на адрес электронной почты пользователя. Введите код, который пользователь там увидит, чтобы отметить этот номер как подтверждённый.
verify-country-search = Поиск страны
verify-send = Отправить письмо с кодом
verify-queued = Письмо с кодом будет отправлено, как только этот компьютер подключится к серверу учётных записей.
verify-code = Код подтверждения
verify-digit = Цифра { $n }
verify-submit = Подтвердить
error-phone-code-format = Введите шесть цифр кода.
error-phone-not-synced = Этого пользователя ещё нет на сервере учётных записей. Сначала выполните синхронизацию, затем подтверждение.
error-phone-not-offered = Этот сервер учётных записей не подтверждает номера телефонов.
error-phone-offline = Для проверки кода нужно подключение к серверу учётных записей.

## Account type
error-account-type-own = Никто не может изменить тип своей учётной записи.
account-type-own-hint = Это Ваша учётная запись: никто не меняет тип своей учётной записи.
ask-activation-title = Отправить письмо для активации?
ask-activation-text = У пользователя { $name } теперь полная учётная запись, которую нужно активировать. Отправьте письмо для активации сейчас или позже из панели статуса.
ask-activation-send = Отправить письмо для активации
ask-activation-later = Сделаю это позже

## Roles editor
roles-edit = Изменить роли
roles-edit-title = Изменение ролей
roles-own-hint = Никто не меняет свои собственные роли.
roles-intro = Администратор конфигурации может делать всё, что разрешает любая из его ролей. Выберите роли этого администратора.
roles-count = { $count ->
    [one] Выбрана { $count } роль (максимум { $max }).
    [few] Выбрано { $count } роли (максимум { $max }).
    [many] Выбрано { $count } ролей (максимум { $max }).
   *[other] Выбрано { $count } роли (максимум { $max }).
}
roles-limit-reached = { $max ->
    [one] У пользователя может быть не более { $max } роли: удалите одну, чтобы добавить другую.
    [few] У пользователя может быть не более { $max } ролей: удалите одну, чтобы добавить другую.
    [many] У пользователя может быть не более { $max } ролей: удалите одну, чтобы добавить другую.
   *[other] У пользователя может быть не более { $max } роли: удалите одну, чтобы добавить другую.
}
roles-effective = Вместе эти роли разрешают
roles-save = Сохранить роли
role-built-in = Встроенная
roles-unknown-kept = Сохранены, хотя этот компьютер их пока не знает:
error-roles-config-admin-only = Роли есть только у администраторов конфигурации.
error-role-unknown = Роли «{ $role }» нет в каталоге этой учётной записи.
permission-users-view = Просмотр пользователей
permission-users-edit = Изменение пользователей
permission-users-create = Добавление пользователей
permission-users-deactivate = Деактивация пользователей
permission-users-invite = Отправка приглашений
permission-roles-assign = Назначение ролей
permission-config-manage = Управление конфигурацией
permission-audit-view = Просмотр истории

## Row actions on the Users list
row-actions-title = Действия
action-open = Открыть профиль
field-restricted = Ограничено

## My Account
nav-account = Моя учётная запись
account-title = Моя учётная запись
account-section-profile = Ваш профиль
account-username-hint = Ваш адрес электронной почты является именем пользователя: при следующем входе нужно указать новый адрес. Пароль остаётся прежним.
account-section-password = Пароль
account-password-hint = Чтобы задать новый пароль, введите текущий. Другие Ваши сеансы будут завершены.
account-password-current = Текущий пароль
account-password-new = Новый пароль
account-password-repeat = Повторите новый пароль
account-password-submit = Изменить пароль
account-password-busy = Изменение…
account-password-changed = Пароль изменён. Ваши сеансы на других устройствах завершены.
account-password-current-missing = Введите текущий пароль.
account-password-new-missing = Введите новый пароль.
account-password-mismatch = Новые пароли не совпадают.
account-password-unchanged = Новый пароль совпадает с текущим.
account-password-demo = В демонстрационной учётной записи нет Вашего пароля, который можно было бы изменить.
account-password-token = Вы вошли с API-токеном: здесь нет Вашего пароля, который можно изменить.
account-password-offline = Для смены пароля нужен сервер учётных записей, но сейчас он недоступен. Повторите попытку, когда будете в сети.
account-section-preferences = Настройки
account-app-language = Язык приложения
account-app-language-hint = Хранится на этом компьютере. «Язык браузера или системы» — язык Вашей системы.
account-section-sign-out = Выход
account-sign-out-hint = Ещё не отправленные изменения остаются на этом компьютере и попадут на сервер после повторного входа.
account-username-demo = Демонстрационная учётная запись входит с этим именем пользователя, поэтому его нельзя изменить.
account-leave-demo = Выйти из демонстрационной учётной записи
account-leave-demo-hint = Демонстрационная учётная запись останется на этом компьютере. Затем Вы сможете войти на сервер учётных записей Вашей организации.
account-token-note = Вход выполнен с API-токеном: личной учётной записи нет.
account-no-profile = Вашего профиля пока нет в копии данных на этом компьютере. Он появится после следующей синхронизации.

## A user's history
profile-section-history = История
history-loading = Загрузка истории…
history-empty = Для этого пользователя пока ничего не записано.
history-offline = Нет подключения к сети: показана история, которую этот компьютер получил в последний раз.
history-waiting = Ещё не отправлено
history-waiting-hint = Сделано на этом компьютере; попадёт на сервер при следующей синхронизации.
history-older = Показать более ранние
history-made = Сделано: { $when }
history-made-offline = Сделано без подключения к сети: { $when }
history-reached = получено сервером: { $when }
history-you = Вы
history-someone = Кто-то другой
history-not-offered = Этот сервер учётных записей не хранит историю, которую может прочитать Userdesk.
history-denied = Вы не можете просматривать историю: для этого нужно разрешение на просмотр журнала аудита.
answer-yes = Да
answer-no = Нет
history-avatar-set = Изображение
history-not-set = (не задано)
field-avatar = Фото профиля
history-action-create = Создание учётной записи
history-action-update = Изменение профиля
history-action-deactivate = Деактивация учётной записи
history-action-reactivate = Повторная активация учётной записи
history-action-delete = Удаление учётной записи
history-action-activate = Активация учётной записи
history-action-set-password = Установка пароля
history-action-send-activation-email = Отправка письма для активации
history-action-send-welcome-email = Отправка приветственного письма
history-action-send-password-reset-email = Отправка письма для сброса пароля
history-action-start-phone-verification = Отправка кода подтверждения телефона
history-action-verify-phone = Подтверждение мобильного номера

## The avatar: why a picked file cannot become one.
avatar-missing = Этого файла больше нет. Возможно, его переместили или удалили после выбора.
avatar-not-a-file = Это папка. Выберите изображение PNG или JPEG.
avatar-unreadable = Не удаётся прочитать этот файл. Проверьте, есть ли у Вас доступ к нему.
avatar-empty = Этот файл пуст.
avatar-file-too-large = Этот файл слишком большой: не более { $max } МБ.
avatar-not-an-image = Этот файл не является изображением PNG или JPEG.
avatar-too-many-pixels = Это изображение слишком большое: не более { $max } Мп.
avatar-damaged = Это изображение повреждено или неполное, и его нельзя показать.
avatar-crop-outside = Сохраняемый квадрат должен находиться внутри изображения.
avatar-encode-failed = Не удалось создать аватар из этого изображения.
avatar-cannot-write = Не удалось записать аватар в папку { $folder }.
error-picture-too-long = { $max ->
    [one] Адрес изображения может содержать не более { $max } символа.
    [few] Адрес изображения может содержать не более { $max } символов.
    [many] Адрес изображения может содержать не более { $max } символов.
   *[other] Адрес изображения может содержать не более { $max } символа.
}
error-picture-not-a-url = Адрес изображения должен быть URL-адресом http или https без имени пользователя и пароля.
error-picture-upload = Этого изображения нет на сервере. Задайте аватар, загрузив файл изображения.
avatar-set-from-file = Аватар задаётся из файла изображения: нажмите «Добавить изображение».
avatar-unavailable = Этот сервер не хранит изображения, поэтому задать аватары здесь нельзя. Их можно задать на сервере учётных записей Userdesk.
avatar-picture-gone = Этого изображения больше нет на этом компьютере. Выберите его снова.
avatar-dialog-title = Выберите фото профиля
avatar-dialog-filter = Изображения PNG или JPEG
avatar-add = Добавить изображение
avatar-change = Изменить изображение
avatar-remove = Удалить
avatar-drop-hint = или перетащите сюда изображение PNG или JPEG
avatar-drop-not-a-picture = Перетащите на аватар изображение PNG или JPEG.
avatar-editor-title = Фото профиля
avatar-editor-stage = Изображение с квадратом, который станет аватаром
avatar-editor-keys = Перетащите квадрат или перемещайте его клавишами со стрелками; + и − меняют масштаб; R поворачивает.
avatar-zoom = Масштаб
avatar-rotate = Повернуть на 90°
avatar-preview = Предпросмотр
avatar-set = Сделать аватаром
avatar-cancel = Отмена
avatar-saving = Сохранение…
avatar-opening = Открытие изображения…
