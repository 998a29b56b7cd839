# Userdesk: por que um recurso SCIM foi recusado (português do Brasil). Mostrado aos clientes da API no
# "detail" de um erro e no aplicativo para desktop quando o servidor recusa uma alteração sincronizada.

scim-error-required = Este atributo é obrigatório.
scim-error-not-a-string = Este atributo precisa ser uma string.
scim-error-not-an-object = Este atributo precisa ser um objeto.
scim-error-not-an-array = Este atributo precisa ser uma matriz.
scim-error-not-a-boolean = Este atributo precisa ser true ou false.
scim-error-invalid-value = Este valor não é um dos valores permitidos.

## Por que um filtro (ou um caminho de PATCH) não pôde ser lido; $position conta os caracteres a partir de 1.
filter-error-too-long = O filtro é longo demais.
filter-error-too-deep = O filtro tem aninhamento profundo demais (no caractere { $position }).
filter-error-empty = O filtro está vazio.
filter-error-expected-attribute = Era esperado um nome de atributo no caractere { $position }.
filter-error-expected-operator = Era esperado um operador (eq, ne, co, sw, ew, gt, ge, lt, le ou pr) no caractere { $position }.
filter-error-expected-value = Era esperado um valor (uma "string", um número, true, false ou null) no caractere { $position }.
filter-error-bad-string = A string que começa no caractere { $position } não foi fechada ou tem uma sequência de escape inválida.
filter-error-bad-number = O número no caractere { $position } não é válido.
filter-error-unclosed = Um parêntese ou colchete aberto antes do caractere { $position } não foi fechado.
filter-error-trailing = Texto inesperado no caractere { $position }.
filter-error-nested-value-path = Um filtro de valor não pode conter outro filtro de valor (caractere { $position }).

## Por que um PATCH foi recusado; $operation conta a partir de 1.
patch-error-syntax = A solicitação PATCH não é uma mensagem PatchOp válida (operação { $operation }).
patch-error-value-not-object = Operação { $operation }: sem caminho, o valor precisa ser um objeto de atributos.
patch-error-value-missing = A operação { $operation } precisa de um valor.
patch-error-read-only = A operação { $operation } tenta alterar um atributo somente leitura.
patch-error-invalid-path = A operação { $operation } tem um caminho que não pode ser usado.
patch-error-no-target = Operação { $operation }: nada corresponde ao caminho dela.
patch-error-remove-needs-path = Operação { $operation }: “remove” precisa de um caminho.
patch-error-too-many-operations = { $max ->
    [one] Uma solicitação PATCH pode conter no máximo { $max } operação.
    [many] Uma solicitação PATCH pode conter no máximo { $max } operações.
   *[other] Uma solicitação PATCH pode conter no máximo { $max } operações.
}
patch-error-too-much-work = Operação { $operation }: esta solicitação PATCH exigiria trabalho demais; envie-a como várias solicitações menores.

## Erros de protocolo do servidor de contas.
scim-error-not-found = Esse recurso não existe.
scim-error-version-mismatch = O recurso foi alterado desde que você o leu (a versão dele não corresponde mais a If-Match).
scim-error-internal = O servidor não conseguiu concluir a solicitação. Nada foi alterado.
scim-error-bad-json = O corpo da solicitação não é um JSON válido para esta solicitação.
scim-error-taken = O valor de { $attribute } já é usado por outro usuário.
scim-error-too-many-attributes = { $max ->
    [one] Uma solicitação pode indicar no máximo { $max } atributo em attributes ou excludedAttributes.
    [many] Uma solicitação pode indicar no máximo { $max } atributos em attributes ou excludedAttributes.
   *[other] Uma solicitação pode indicar no máximo { $max } atributos em attributes ou excludedAttributes.
}
scim-error-sort-order = sortOrder precisa ser "ascending" ou "descending".
scim-error-sort-by = Este atributo não pode ser usado para ordenar.
scim-error-too-large = O corpo da solicitação é grande demais.
scim-error-method = Este método não é permitido aqui.
filter-error-unsupported-attribute = O filtro usa { $attribute }, que não pode ser usado como filtro.
filter-error-wrong-type = O filtro compara { $attribute } com um valor do tipo errado.

## Login.
auth-error-credentials = O endereço de e-mail ou a senha estão incorretos.
auth-error-locked = Muitas tentativas de login malsucedidas. Tente novamente mais tarde.
auth-error-busy = O servidor está verificando muitos logins agora. Tente novamente em alguns instantes.
auth-error-token = Entre primeiro: o token de acesso está ausente, expirou ou foi revogado.
scim-error-idempotency-reuse = Esta Idempotency-Key já foi usada para uma solicitação diferente.
scim-error-bad-id = Este id não é válido.
auth-error-weak-password = { $min ->
    [one] Uma senha precisa ter pelo menos { $min } caractere.
    [many] Uma senha precisa ter pelo menos { $min } caracteres.
   *[other] Uma senha precisa ter pelo menos { $min } caracteres.
}
auth-error-current-password = A senha atual está incorreta.
auth-error-long-password = Esta senha é longa demais.
scim-error-undeliverable-address = Não é possível enviar e-mails para este endereço.
scim-error-nested-groups = Os membros precisam ser usuários; um grupo não pode conter outros grupos.
scim-error-unknown-member = Este não é um usuário desta conta.
scim-error-other-group = { $user } já pertence ao grupo { $group }. Remova esse usuário de lá primeiro.
scim-error-bulk-too-many = { $max ->
    [one] Uma solicitação Bulk contém no máximo { $max } operação.
    [many] Uma solicitação Bulk contém no máximo { $max } operações.
   *[other] Uma solicitação Bulk contém no máximo { $max } operações.
}
scim-error-bulk-method = O método precisa ser POST, PUT, PATCH ou DELETE.
scim-error-bulk-duplicate-id = Cada operação precisa do próprio bulkId.
scim-error-bulk-reference = A operação faz referência ao bulkId { $bulkId }, que não criou nada.
scim-error-bulk-circular = As operações fazem referência umas às outras em círculo.
scim-error-bad-time = Isto não é uma data e hora (RFC 3339, por exemplo, 2026-05-13T06:42:34Z).
scim-error-no-route = Não existe esse endpoint neste servidor. Verifique o endereço.
