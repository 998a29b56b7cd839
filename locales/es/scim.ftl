# Userdesk: por qué se rechazó un recurso SCIM (español). Se muestra a los clientes de la API en el
# "detail" de un error, y en la aplicación de escritorio cuando el servidor rechaza un cambio sincronizado.

scim-error-required = Este atributo es obligatorio.
scim-error-not-a-string = Este atributo debe ser una cadena.
scim-error-not-an-object = Este atributo debe ser un objeto.
scim-error-not-an-array = Este atributo debe ser una matriz.
scim-error-not-a-boolean = Este atributo debe ser true o false.
scim-error-invalid-value = Este valor no es uno de los valores permitidos.

## Por qué no se pudo leer un filtro (o una ruta de PATCH); $position cuenta los caracteres desde 1.
filter-error-too-long = El filtro es demasiado largo.
filter-error-too-deep = El filtro tiene demasiados niveles de anidamiento (en el carácter { $position }).
filter-error-empty = El filtro está vacío.
filter-error-expected-attribute = Se esperaba un nombre de atributo en el carácter { $position }.
filter-error-expected-operator = Se esperaba un operador (eq, ne, co, sw, ew, gt, ge, lt, le o pr) en el carácter { $position }.
filter-error-expected-value = Se esperaba un valor (una "cadena", un número, true, false o null) en el carácter { $position }.
filter-error-bad-string = La cadena que empieza en el carácter { $position } no está cerrada o tiene una secuencia de escape incorrecta.
filter-error-bad-number = El número del carácter { $position } no es válido.
filter-error-unclosed = Un paréntesis o corchete abierto antes del carácter { $position } no está cerrado.
filter-error-trailing = Texto inesperado en el carácter { $position }.
filter-error-nested-value-path = Un filtro de valor no puede contener otro filtro de valor (carácter { $position }).

## Por qué se rechazó un PATCH; $operation cuenta desde 1.
patch-error-syntax = La solicitud PATCH no es un mensaje PatchOp válido (operación { $operation }).
patch-error-value-not-object = Operación { $operation }: sin ruta, el valor debe ser un objeto de atributos.
patch-error-value-missing = La operación { $operation } necesita un valor.
patch-error-read-only = La operación { $operation } intenta cambiar un atributo de solo lectura.
patch-error-invalid-path = La operación { $operation } tiene una ruta que no se puede usar.
patch-error-no-target = Operación { $operation }: nada coincide con su ruta.
patch-error-remove-needs-path = Operación { $operation }: “remove” necesita una ruta.
patch-error-too-many-operations = { $max ->
    [one] Una solicitud PATCH puede contener como máximo { $max } operación.
    [many] Una solicitud PATCH puede contener como máximo { $max } operaciones.
   *[other] Una solicitud PATCH puede contener como máximo { $max } operaciones.
}
patch-error-too-much-work = Operación { $operation }: esta solicitud PATCH requeriría demasiado trabajo; envíala como varias solicitudes más pequeñas.

## Errores de protocolo del servidor de cuentas.
scim-error-not-found = No existe ese recurso.
scim-error-version-mismatch = El recurso cambió desde que lo leíste (su versión ya no coincide con If-Match).
scim-error-internal = El servidor no pudo completar la solicitud. No se cambió nada.
scim-error-bad-json = El cuerpo de la solicitud no es un JSON válido para esta solicitud.
scim-error-taken = El valor de { $attribute } ya lo usa otro usuario.
scim-error-too-many-attributes = { $max ->
    [one] Una solicitud puede indicar como máximo { $max } atributo en attributes o excludedAttributes.
    [many] Una solicitud puede indicar como máximo { $max } atributos en attributes o excludedAttributes.
   *[other] Una solicitud puede indicar como máximo { $max } atributos en attributes o excludedAttributes.
}
scim-error-sort-order = sortOrder debe ser "ascending" o "descending".
scim-error-sort-by = Este atributo no se puede usar para ordenar.
scim-error-too-large = El cuerpo de la solicitud es demasiado grande.
scim-error-method = Este método no está permitido aquí.
filter-error-unsupported-attribute = El filtro usa { $attribute }, por el que no se puede filtrar.
filter-error-wrong-type = El filtro compara { $attribute } con un valor de un tipo incorrecto.

## Inicio de sesión.
auth-error-credentials = La dirección de correo electrónico o la contraseña son incorrectas.
auth-error-locked = Demasiados intentos fallidos de inicio de sesión. Vuelve a intentarlo más tarde.
auth-error-busy = El servidor está comprobando muchos inicios de sesión en este momento. Vuelve a intentarlo en unos instantes.
auth-error-token = Primero inicia sesión: el token de acceso falta, expiró o se revocó.
scim-error-idempotency-reuse = Esta Idempotency-Key ya se usó para una solicitud diferente.
scim-error-bad-id = Este id no es válido.
auth-error-weak-password = { $min ->
    [one] Una contraseña necesita al menos { $min } carácter.
    [many] Una contraseña necesita al menos { $min } caracteres.
   *[other] Una contraseña necesita al menos { $min } caracteres.
}
auth-error-current-password = La contraseña actual es incorrecta.
auth-error-long-password = Esta contraseña es demasiado larga.
scim-error-undeliverable-address = No se puede enviar ningún correo a esta dirección.
scim-error-nested-groups = Los miembros deben ser usuarios; un grupo no puede contener otros grupos.
scim-error-unknown-member = Este no es un usuario de esta cuenta.
scim-error-other-group = { $user } ya pertenece al grupo { $group }. Primero quita a este usuario de ese grupo.
scim-error-bulk-too-many = { $max ->
    [one] Una solicitud Bulk contiene como máximo { $max } operación.
    [many] Una solicitud Bulk contiene como máximo { $max } operaciones.
   *[other] Una solicitud Bulk contiene como máximo { $max } operaciones.
}
scim-error-bulk-method = El método debe ser POST, PUT, PATCH o DELETE.
scim-error-bulk-duplicate-id = Cada operación necesita su propio bulkId.
scim-error-bulk-reference = La operación hace referencia al bulkId { $bulkId }, que no creó nada.
scim-error-bulk-circular = Las operaciones se hacen referencia entre sí de forma circular.
scim-error-bad-time = Esto no es una fecha y hora (RFC 3339, p. ej., 2026-05-13T06:42:34Z).
scim-error-no-route = Este servidor no tiene ese punto de conexión. Comprueba la dirección.
