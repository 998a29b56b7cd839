# Userdesk: textos de la aplicación de escritorio (español).
# Todo mensaje que falte aquí aparece en inglés (en-US/app.ftl).

app-name = Userdesk
app-tagline = Perfiles de usuario, en línea y sin conexión
nav-main = Navegación principal
nav-users = Usuarios
demo-badge = Cuenta de demostración
demo-hint = Personas ficticias, guardadas solo en este equipo. Para trabajar con el servidor de cuentas de tu organización, sal de la cuenta de demostración en Mi cuenta.
cache-location = Caché local

## Lista de usuarios
users-title = Usuarios
users-count = { $count ->
    [one] { $count } usuario
    [many] { $count } usuarios
   *[other] { $count } usuarios
}
users-count-filtered = { $total ->
    [one] { $count } de { $total } usuario
    [many] { $count } de { $total } usuarios
   *[other] { $count } de { $total } usuarios
}
users-search-label = Buscar usuarios
users-search-placeholder = Buscar por nombre, correo electrónico, ID de credencial o teléfono
users-filters = Filtros
filter-status = Estado
filter-status-all = Todos los estados
filter-type = Tipo de cuenta
filter-type-all = Todos los tipos de cuenta
filter-role = Rol
filter-role-all = Todos los roles
filter-group = Grupo
filter-group-all = Todos los grupos
filter-clear = Borrar filtros
col-name = Nombre
col-email = Correo electrónico
col-badge = ID de credencial
col-title = Cargo
col-type = Tipo de cuenta
col-status = Estado
col-since = Fecha de alta
sort-ascending = Orden ascendente
sort-descending = Orden descendente
users-empty = No hay usuarios que coincidan
users-empty-hint = Prueba con menos letras o borra los filtros.
users-loading = Cargando usuarios…
users-open = Abrir el perfil de { $name }

## Tipos de cuenta
type-super_admin = Superadministrador
type-config_admin = Administrador de configuración
type-internal = Interno
type-external = Externo
type-one_time_completion = Cumplimentación única

## Estados
status-created = Creado
status-invited = Invitado
status-active = Activo
status-inactive = Inactivo

## Perfil de usuario
profile-back = Volver a Usuarios
profile-title = Perfil de usuario
profile-section-personal = Información personal
profile-section-contact = Contacto
profile-section-account = Cuenta
profile-section-preferences = Preferencias
profile-more-options = Más opciones
add-user = Agregar usuario nuevo
add-user-title = Agregar usuario nuevo
add-user-hint = El usuario nuevo se guarda de inmediato en este equipo y llega al servidor con la próxima sincronización. No se envía ningún correo hasta que envíes un correo de activación.
add-user-submit = Agregar usuario
add-user-cancel = Cancelar
dialog-close = Cerrar
send-activation = Enviar correo de activación
send-activation-again = Reenviar invitación
send-welcome = Enviar correo de bienvenida
send-password-reset = Enviar restablecimiento de contraseña
email-queued = En cola: el servidor lo enviará una sola vez, en la próxima sincronización.
email-handed-over = El servidor ya lo tiene: el correo está en camino.
deactivate = Desactivar
deactivate-title = ¿Quieres desactivar esta cuenta?
deactivate-text = La sesión de { $name } se cerrará de inmediato en todos los dispositivos y no podrá volver a iniciar sesión hasta que se reactive la cuenta. No se pierde nada del perfil, y al reactivarla recupera el mismo acceso.
reactivate = Reactivar
profile-edit-hint = Los cambios se guardan al salir de un campo.
profile-email-hint = Esta dirección también es el nombre de usuario: el próximo inicio de sesión requiere la dirección nueva. Los enlaces de los correos enviados a la dirección anterior dejan de funcionar.
field-first-name = Nombre
field-last-name = Apellidos
field-title = Cargo
field-badge = ID de credencial
field-email = Correo electrónico (nombre de usuario)
field-mobile = Teléfono móvil
field-office = Teléfono de la oficina
field-extension = Extensión
field-language = Idioma
field-group = Grupo de usuarios
field-account-type = Tipo de cuenta
field-roles = Roles
field-status = Estado
field-since = Fecha de alta
field-sso = Inicio de sesión
field-notifications = Notificaciones
field-presence = Presencia
field-required = Obligatorio
value-not-set = Sin definir
phone-verified = Verificado
phone-unverified = Sin verificar
language-system = Predeterminado del navegador o del sistema
group-default = Grupo predeterminado
group-manager = Gestor del grupo
group-manager-default-hint = Solo los miembros de un grupo personalizado pueden gestionarlo: primero elige un grupo.
roles-none = Sin roles
roles-config-admin-only = Solo los administradores de configuración tienen roles
sso-yes = Inicio de sesión único
sso-no = Contraseña
status-created-detail = Creado el { $when }. Aún no se ha enviado el correo de activación.
status-invited-detail = Último envío del correo de activación: { $when }
status-active-detail = Activado el { $when }
status-inactive-detail = Desactivado. Este usuario no puede iniciar sesión.
last-active = Última actividad: { $when }
active-now = Activo ahora
saving = Guardando…
saved = Guardado
last-saved = Último valor guardado
restore-saved = Restaurar
notif-instant = Al instante
notif-hourly = Resumen cada hora
notif-daily = Resumen diario
notif-weekly = Resumen semanal
notif-never = Nunca
presence-online = En línea
presence-away = Ausente
presence-busy = Ocupado
presence-offline = Desconectado

## Errores que se muestran en un campo
error-name-blank = Este campo es obligatorio y no puede quedar vacío.
error-name-too-long = { $max ->
    [one] Usa como máximo { $max } carácter.
    [many] Usa como máximo { $max } caracteres.
   *[other] Usa como máximo { $max } caracteres.
}
error-control-character = Quita los saltos de línea y otros caracteres de control.
error-email-blank = La dirección de correo electrónico es obligatoria.
error-email-too-long = { $max ->
    [one] Una dirección de correo electrónico puede tener como máximo { $max } carácter.
    [many] Una dirección de correo electrónico puede tener como máximo { $max } caracteres.
   *[other] Una dirección de correo electrónico puede tener como máximo { $max } caracteres.
}
error-email-invalid = Escribe una dirección de correo electrónico como name@example.com.
error-badge-too-long = { $max ->
    [one] Un ID de credencial puede tener como máximo { $max } carácter.
    [many] Un ID de credencial puede tener como máximo { $max } caracteres.
   *[other] Un ID de credencial puede tener como máximo { $max } caracteres.
}
error-badge-invalid = Un ID de credencial solo puede contener letras, dígitos, “-”, “_” y “.”.
error-badge-taken = Este ID de credencial ya pertenece a otro usuario.
error-email-taken = Esta dirección de correo electrónico ya pertenece a otro usuario.
error-title-too-long = { $max ->
    [one] Un cargo puede tener como máximo { $max } carácter.
    [many] Un cargo puede tener como máximo { $max } caracteres.
   *[other] Un cargo puede tener como máximo { $max } caracteres.
}
error-phone-blank = Escribe un número de teléfono.
error-phone-country = Elige un país.
error-phone-invalid = Este número de teléfono no es válido para el país elegido.
error-extension-invalid = Una extensión tiene de 1 a 8 dígitos.
error-language-unsupported = Este idioma no es compatible.
error-account-type-one-time = Una cuenta de este tipo no puede pasar a Cumplimentación única.
error-account-type-unknown = Tipo de cuenta desconocido.
error-roles-too-many = { $max ->
    [one] Un usuario puede tener como máximo { $max } rol.
    [many] Un usuario puede tener como máximo { $max } roles.
   *[other] Un usuario puede tener como máximo { $max } roles.
}
error-role-administrator-users = El rol Administrador gestiona la configuración, no los usuarios.
error-lifecycle-sso = Los usuarios que usan el inicio de sesión único no reciben correo de activación.
error-lifecycle-already-active = Esta cuenta ya está activa.
error-lifecycle-inactive = Esta cuenta está inactiva. Primero reactívala.
error-lifecycle-already-inactive = Esta cuenta ya está inactiva.
error-lifecycle-not-inactive = Solo se puede reactivar una cuenta inactiva.
error-lifecycle-not-active = Esta cuenta aún no está activa: en su lugar, envía el correo de activación.
error-phone-code-wait = { $seconds ->
    [one] Se acaba de enviar un código. Puedes pedir otro dentro de un segundo.
    [many] Se acaba de enviar un código. Puedes pedir otro dentro de { $seconds } segundos.
   *[other] Se acaba de enviar un código. Puedes pedir otro dentro de { $seconds } segundos.
}
error-phone-code-none = No hay ningún código pendiente para este número. Primero envía un correo de verificación.
error-phone-code-expired = Este código expiró. Envía uno nuevo.
error-phone-code-attempts = Demasiados códigos incorrectos. Envía uno nuevo.
error-phone-code-wrong = { $left ->
    [one] Este código no es correcto. Te queda un intento más.
    [many] Este código no es correcto. Te quedan { $left } intentos más.
   *[other] Este código no es correcto. Te quedan { $left } intentos más.
}
error-phone-code-other-number = Este código se envió para otro número. Envía uno nuevo.
error-phone-sms-off = Este servidor no envía códigos por SMS. Elige el correo electrónico.
error-phone-channel = Elige cómo se envía el código: por correo electrónico o por SMS.
error-phone-sms-failed = No se pudo enviar el SMS. Vuelve a intentarlo o envía el código por correo electrónico.
error-phone-code-today = Demasiados intentos para este número por hoy. Vuelve a intentarlo mañana.
error-phone-sends-today = Hoy ya se enviaron suficientes códigos para verificar este número. Vuelve a intentarlo mañana.
error-user-not-found = Este usuario ya no existe.
error-unknown-field = Este campo no se puede editar aquí.
error-internal = Algo salió mal y no se cambió nada. Encontrarás los detalles en el registro.

## Por qué no se permite una acción
denied-actor-inactive = Tu cuenta no está activa.
denied-missing-permission = Necesitas el permiso “{ $permission }”.
denied-own-account-type = Nadie puede cambiar su propio tipo de cuenta.
denied-own-status = No puedes desactivar tu propia cuenta.
denied-super-admin-only = Solo un superadministrador puede hacer esto con un superadministrador.
denied-roles-config-admin-only = Solo los administradores de configuración tienen roles.
denied-unknown-role = No existe el rol “{ $role }” en el catálogo de roles de esta cuenta.
denied-grant-beyond-own = No puedes conceder el permiso “{ $permission }”: tú no lo tienes.
denied-target-holds-more = Este usuario tiene el permiso “{ $permission }”, que tú no tienes: solo puede gestionarlo quien tenga todos los permisos que tiene este usuario.
error-group-name-blank = Escribe un nombre de grupo.
error-group-name-too-long = { $max ->
    [one] Un nombre de grupo tiene como máximo { $max } carácter.
    [many] Un nombre de grupo tiene como máximo { $max } caracteres.
   *[other] Un nombre de grupo tiene como máximo { $max } caracteres.
}
error-group-name-control = Un nombre de grupo no puede contener caracteres de control.
error-group-manager-default = Solo los miembros de un grupo personalizado pueden ser sus gestores.
error-group-unknown = Este grupo no está (o ya no está) en la cuenta. Elige otro.

## Sincronización
nav-sync = Sincronización
sync-online = Conectado
sync-offline = Sin conexión
sync-connecting = Conectando…
sync-syncing = Sincronizando…
sync-now = Sincronizar ahora
sync-last = Última sincronización: { $when }
sync-never = Aún no se ha sincronizado
sync-title = Sincronización
sync-server = Servidor de cuentas
sync-demo-server = el servidor de la cuenta de demostración, en este equipo
sync-problem-offline = No se puede conectar con el servidor de cuentas. Tus cambios están guardados en este equipo y se enviarán cuando vuelva a estar disponible.
sync-problem-server = El servidor de cuentas tuvo un problema. La sincronización se volverá a intentar en breve.
sync-problem-incomplete = Aún no se pudo enviar todo. La sincronización se volverá a intentar en breve.
sync-problem-sign-in = Vuelve a iniciar sesión para sincronizar con el servidor de cuentas.
permissions-changed = Lo que puedes hacer aquí cambió en el servidor de cuentas: las pantallas ya reflejan tus nuevos permisos.
notice-dismiss = Ocultar
sync-pending-title = Pendiente de envío
sync-pending-empty = No hay nada pendiente: todos los cambios llegaron al servidor.
sync-pending-offline = Se enviará cuando haya conexión
sync-made = Editado el { $when }
sync-conflicts-title = Conflictos
sync-conflicts-hint = Estos campos se cambiaron en el servidor mientras tú también los editabas. Elige el valor que quieres conservar.
sync-conflicts-empty = No hay conflictos.
sync-mine = Tu valor
sync-theirs = En el servidor
sync-theirs-by = Cambiado por { $who } el { $when }
sync-theirs-when = Cambiado el { $when }
sync-keep-mine = Conservar el mío
sync-take-theirs = Usar el del servidor
sync-keep-all-mine = Conservar todos los míos
sync-take-all-theirs = Usar todos los del servidor
sync-rejected-title = Rechazados por el servidor
sync-rejected-empty = No se rechazó nada.
sync-rejected-deleted = El usuario se eliminó en el servidor.
sync-rejected-unmergeable = Este cambio no se puede combinar con la versión del usuario que hay en el servidor ({ $reason }).
sync-fix = Corregir
sync-discard = Descartar
sync-deleted-user = Un usuario eliminado en el servidor
sync-state-synced = Sincronizado
sync-state-pending = Pendiente
sync-state-conflict = Conflicto
sync-state-rejected = Rechazado
value-cleared = (borrado)
profile-sync-pending = Tus cambios en este usuario están guardados en este equipo y esperan a enviarse al servidor de cuentas.
profile-sync-conflict = Este usuario se cambió en el servidor mientras tú también lo editabas. Elige los valores que quieres conservar en la pantalla Sincronización.
profile-sync-rejected = El servidor de cuentas rechazó un cambio en este usuario. Consulta el motivo en la pantalla Sincronización.
profile-sync-open = Abrir Sincronización

## Inicio de sesión
nav-sign-in = Iniciar sesión
sign-in-title = Inicia sesión en tu servidor de cuentas
sign-in-hint = Tus cambios se guardan en este equipo, así que, una vez que hayas iniciado sesión, puedes seguir trabajando sin conexión.
sign-in-server = Dirección del servidor
sign-in-insecure = Esta dirección empieza por http://: las contraseñas y los datos de todos los usuarios viajarían por la red sin cifrar. Pide a tu administrador la dirección https:// del servidor.
sign-in-email = Correo electrónico
sign-in-password = Contraseña
sign-in-submit = Iniciar sesión
sign-in-busy = Iniciando sesión…
sign-out = Cerrar sesión
sign-in-refused = La dirección de correo electrónico o la contraseña no son correctas.
sign-in-unreachable = No se puede conectar con el servidor de cuentas. Comprueba la dirección y tu conexión de red.
sign-in-not-a-server = En esta dirección no responde ningún servidor de cuentas de Userdesk.
sign-in-password-missing = Escribe tu contraseña.
sign-in-server-missing = Escribe la dirección del servidor de cuentas de tu organización.
sign-in-server-invalid = Esto no es una dirección de servidor. Escríbela así: accounts.example.com o https://accounts.example.com.
sign-in-demo-hint = ¿Aún no tienes un servidor de cuentas? La cuenta de demostración tiene 500 personas ficticias y solo funciona en este equipo.
sign-in-demo-choice = Usar la cuenta de demostración
sign-in-demo-busy = Abriendo la cuenta de demostración…
sign-in-other-account-pending = Hay cambios hechos aquí por otra cuenta que aún esperan a enviarse. Primero inicia sesión con esa cuenta.
sign-in-use-token = Usar un token de API
sign-in-use-password = Iniciar sesión con correo electrónico y contraseña
sign-in-token = Token de API
sign-in-token-hint = Para un servidor SCIM que emite tokens de API. El token se guarda en el almacén de credenciales de este equipo.
sign-in-token-missing = Escribe el token de API.
sign-in-token-invalid = Un token de API no tiene espacios ni caracteres especiales. Vuelve a pegarlo.
sign-in-token-refused = El servidor no acepta este token de API.
sign-in-not-scim = En esta dirección no responde ningún servidor SCIM.
sync-account-token = Token de API
sync-rejected-not-offered = Este servidor de cuentas no ofrece esta función.

## Teléfonos y su verificación
phone-country = País
extension-needs-phone = Primero agrega un número de teléfono de la oficina.
error-extension-needs-phone = Una extensión requiere un número de teléfono de la oficina.
verify-phone = Verificar número
verify-title = Verificar número de móvil
verify-intro = Userdesk envía un código de 6 dígitos a la dirección de correo electrónico del usuario. Escribe el código que el usuario reciba en ese correo para marcar este número como verificado.
verify-country-search = Buscar países
verify-send = Enviar correo de verificación
verify-queued = El correo con el código se enviará en cuanto este equipo se conecte con el servidor de cuentas.
verify-code = Código de verificación
verify-digit = Dígito { $n }
verify-submit = Verificar
error-phone-code-format = Escribe los seis dígitos del código.
error-phone-not-synced = Este usuario aún no está en el servidor de cuentas. Primero sincroniza y después verifica el número.
error-phone-not-offered = Este servidor de cuentas no verifica números de teléfono.
error-phone-offline = Para comprobar un código se necesita conexión con el servidor de cuentas.

## Tipo de cuenta
error-account-type-own = Nadie puede cambiar su propio tipo de cuenta.
account-type-own-hint = Esta es tu propia cuenta: nadie cambia su propio tipo de cuenta.
ask-activation-title = ¿Quieres enviar el correo de activación?
ask-activation-text = { $name } ahora tiene una cuenta completa y debe activarla. Envía el correo de activación ahora o más tarde desde el panel de estado.
ask-activation-send = Enviar correo de activación
ask-activation-later = Lo haré más tarde

## Editor de roles
roles-edit = Editar roles
roles-edit-title = Editar roles
roles-own-hint = Nadie cambia sus propios roles.
roles-intro = Un administrador de configuración puede hacer todo lo que permita cualquiera de sus roles. Elige los roles que tiene este administrador.
roles-count = { $count ->
    [one] Un rol seleccionado, como máximo { $max }.
    [many] { $count } roles seleccionados, como máximo { $max }.
   *[other] { $count } roles seleccionados, como máximo { $max }.
}
roles-limit-reached = { $max ->
    [one] Un usuario puede tener como máximo { $max } rol: quita uno para agregar otro.
    [many] Un usuario puede tener como máximo { $max } roles: quita uno para agregar otro.
   *[other] Un usuario puede tener como máximo { $max } roles: quita uno para agregar otro.
}
roles-effective = En conjunto, estos roles permiten
roles-save = Guardar roles
role-built-in = Integrado
roles-unknown-kept = Se conservan, aunque este equipo aún no los conoce:
error-roles-config-admin-only = Solo los administradores de configuración tienen roles.
error-role-unknown = El rol “{ $role }” no está en el catálogo de esta cuenta.
permission-users-view = Ver usuarios
permission-users-edit = Editar usuarios
permission-users-create = Agregar usuarios
permission-users-deactivate = Desactivar usuarios
permission-users-invite = Enviar invitaciones
permission-roles-assign = Asignar roles
permission-config-manage = Administrar la configuración
permission-audit-view = Leer el historial

## Acciones de fila en la lista de usuarios
row-actions-title = Acciones
action-open = Abrir perfil
field-restricted = Restringido

## Mi cuenta
nav-account = Mi cuenta
account-title = Mi cuenta
account-section-profile = Tu perfil
account-username-hint = Tu dirección de correo electrónico es tu nombre de usuario: el próximo inicio de sesión requiere la dirección nueva. Tu contraseña no cambia.
account-section-password = Contraseña
account-password-hint = Para elegir una contraseña nueva, indica la que tienes ahora. Se cerrarán tus demás sesiones.
account-password-current = Contraseña actual
account-password-new = Contraseña nueva
account-password-repeat = Repite la contraseña nueva
account-password-submit = Cambiar contraseña
account-password-busy = Cambiando…
account-password-changed = Se cambió tu contraseña. Se cerraron tus sesiones en otros dispositivos.
account-password-current-missing = Escribe tu contraseña actual.
account-password-new-missing = Escribe la contraseña nueva.
account-password-mismatch = Las dos contraseñas nuevas no coinciden.
account-password-unchanged = La contraseña nueva es la misma que ya tienes.
account-password-demo = La cuenta de demostración no tiene ninguna contraseña tuya que cambiar.
account-password-token = Iniciaste sesión con un token de API: aquí no hay ninguna contraseña tuya que cambiar.
account-password-offline = Para cambiar la contraseña se necesita el servidor de cuentas, y ahora no se puede conectar con él. Vuelve a intentarlo cuando tengas conexión.
account-section-preferences = Preferencias
account-app-language = Idioma de esta aplicación
account-app-language-hint = Se guarda en este equipo. “Predeterminado del navegador o del sistema” sigue el idioma de tu sistema.
account-section-sign-out = Cerrar sesión
account-sign-out-hint = Los cambios que aún no se enviaron se quedan en este equipo y se envían al servidor cuando vuelvas a iniciar sesión.
account-username-demo = La cuenta de demostración inicia sesión con este nombre de usuario, así que no se puede cambiar.
account-leave-demo = Salir de la cuenta de demostración
account-leave-demo-hint = La cuenta de demostración se queda en este equipo. Después podrás iniciar sesión en el servidor de cuentas de tu organización.
account-token-note = Sesión iniciada con un token de API: no hay ninguna cuenta personal.
account-no-profile = Tu propio perfil aún no está en la copia de este equipo. Aparecerá después de la próxima sincronización.

## El historial de un usuario
profile-section-history = Historial
history-loading = Leyendo el historial…
history-empty = Aún no se ha registrado nada para este usuario.
history-offline = Sin conexión: este es el historial tal como lo leyó este equipo la última vez.
history-waiting = Aún no enviado
history-waiting-hint = Hecho en este equipo; llegará al servidor con la próxima sincronización.
history-older = Mostrar anteriores
history-made = Realizado el { $when }
history-made-offline = Realizado sin conexión el { $when }
history-reached = llegó al servidor el { $when }
history-you = Tú
history-someone = Otra persona
history-not-offered = Este servidor de cuentas no guarda ningún historial que Userdesk pueda leer.
history-denied = No puedes leer el historial: para ello se necesita el permiso para ver el registro de auditoría.
answer-yes = Sí
answer-no = No
history-avatar-set = Una imagen
history-not-set = (sin definir)
field-avatar = Foto de perfil
history-action-create = Creación de la cuenta
history-action-update = Cambio del perfil
history-action-deactivate = Desactivación de la cuenta
history-action-reactivate = Reactivación de la cuenta
history-action-delete = Eliminación de la cuenta
history-action-activate = Activación de la cuenta
history-action-set-password = Definición de una contraseña
history-action-send-activation-email = Envío del correo de activación
history-action-send-welcome-email = Envío del correo de bienvenida
history-action-send-password-reset-email = Envío de un correo de restablecimiento de contraseña
history-action-start-phone-verification = Envío de un código de verificación del teléfono
history-action-verify-phone = Verificación del número de móvil

## El avatar: por qué un archivo elegido no puede convertirse en avatar.
avatar-missing = El archivo ya no está ahí. Puede que se haya movido o eliminado después de elegirlo.
avatar-not-a-file = Esto es una carpeta. Elige una imagen PNG o JPEG.
avatar-unreadable = No se puede leer este archivo. Comprueba que tienes permiso para abrirlo.
avatar-empty = Este archivo está vacío.
avatar-file-too-large = Este archivo es demasiado grande: el máximo es { $max } MB.
avatar-not-an-image = Este archivo no es una imagen PNG ni JPEG.
avatar-too-many-pixels = { $max ->
    [one] Esta imagen es demasiado grande: el máximo es { $max } megapíxel.
    [many] Esta imagen es demasiado grande: el máximo es { $max } megapíxeles.
   *[other] Esta imagen es demasiado grande: el máximo es { $max } megapíxeles.
}
avatar-damaged = Esta imagen está dañada o incompleta y no se puede mostrar.
avatar-crop-outside = El cuadrado que se conserva debe estar dentro de la imagen.
avatar-encode-failed = No se pudo crear el avatar a partir de esta imagen.
avatar-cannot-write = No se pudo guardar el avatar en { $folder }.
error-picture-too-long = { $max ->
    [one] La dirección de una imagen tiene como máximo { $max } carácter.
    [many] La dirección de una imagen tiene como máximo { $max } caracteres.
   *[other] La dirección de una imagen tiene como máximo { $max } caracteres.
}
error-picture-not-a-url = La dirección de una imagen debe ser una URL http o https sin nombre de usuario ni contraseña.
error-picture-upload = Esta imagen no está en el servidor. Para establecer un avatar, sube su imagen.
avatar-set-from-file = Los avatares se establecen a partir de un archivo de imagen: usa “Agregar imagen”.
avatar-unavailable = Este servidor no guarda imágenes, así que aquí no se pueden establecer avatares. Sí se pueden establecer en un servidor de cuentas de Userdesk.
avatar-picture-gone = La imagen ya no está en este equipo. Vuelve a elegirla.
avatar-dialog-title = Elegir una foto de perfil
avatar-dialog-filter = Imágenes PNG o JPEG
avatar-add = Agregar imagen
avatar-change = Cambiar imagen
avatar-remove = Quitar
avatar-drop-hint = o suelta aquí una imagen PNG o JPEG
avatar-drop-not-a-picture = Suelta una imagen PNG o JPEG sobre el avatar.
avatar-editor-title = Foto de perfil
avatar-editor-stage = La imagen, con el cuadrado que se convertirá en el avatar
avatar-editor-keys = Arrastra el cuadrado o usa las teclas de flecha para moverlo; + y − acercan y alejan; R gira la imagen.
avatar-zoom = Zoom
avatar-rotate = Girar 90°
avatar-preview = Vista previa
avatar-set = Establecer como avatar
avatar-cancel = Cancelar
avatar-saving = Guardando…
avatar-opening = Abriendo la imagen…
