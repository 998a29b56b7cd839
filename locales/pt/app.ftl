# Userdesk: textos do aplicativo para desktop (português do Brasil).
# Toda mensagem que faltar aqui aparece em inglês (en-US/app.ftl).

app-name = Userdesk
app-tagline = Perfis de usuário, online e offline
nav-main = Navegação principal
nav-users = Usuários
demo-badge = Conta de demonstração
demo-hint = Pessoas fictícias, guardadas apenas neste computador. Para trabalhar com o servidor de contas da sua organização, saia da conta de demonstração em Minha conta.
cache-location = Cache local

## Lista de usuários
users-title = Usuários
users-count = { $count ->
    [one] { $count } usuário
    [many] { $count } usuários
   *[other] { $count } usuários
}
users-count-filtered = { $total ->
    [one] { $count } de { $total } usuário
    [many] { $count } de { $total } usuários
   *[other] { $count } de { $total } usuários
}
users-search-label = Pesquisar usuários
users-search-placeholder = Pesquisar por nome, e-mail, ID do crachá ou telefone
users-filters = Filtros
filter-status = Status
filter-status-all = Todos os status
filter-type = Tipo de conta
filter-type-all = Todos os tipos de conta
filter-role = Função
filter-role-all = Todas as funções
filter-group = Grupo
filter-group-all = Todos os grupos
filter-clear = Limpar filtros
col-name = Nome
col-email = E-mail
col-badge = ID do crachá
col-title = Cargo
col-type = Tipo de conta
col-status = Status
col-since = Criado em
sort-ascending = Ordem crescente
sort-descending = Ordem decrescente
users-empty = Nenhum usuário encontrado
users-empty-hint = Tente digitar menos letras ou limpe os filtros.
users-loading = Carregando usuários…
users-open = Abrir o perfil de { $name }

## Tipos de conta
type-super_admin = Superadministrador
type-config_admin = Administrador de configuração
type-internal = Interno
type-external = Externo
type-one_time_completion = Preenchimento único

## Status
status-created = Criado
status-invited = Convidado
status-active = Ativo
status-inactive = Inativo

## Perfil do usuário
profile-back = Voltar para Usuários
profile-title = Perfil do usuário
profile-section-personal = Informações pessoais
profile-section-contact = Contato
profile-section-account = Conta
profile-section-preferences = Preferências
profile-more-options = Mais opções
add-user = Adicionar novo usuário
add-user-title = Adicionar novo usuário
add-user-hint = O novo usuário é salvo imediatamente neste computador e chega ao servidor na próxima sincronização. Nenhum e-mail é enviado até que você envie um e-mail de ativação.
add-user-submit = Adicionar usuário
add-user-cancel = Cancelar
dialog-close = Fechar
send-activation = Enviar e-mail de ativação
send-activation-again = Reenviar convite
send-welcome = Enviar e-mail de boas-vindas
send-password-reset = Enviar redefinição de senha
email-queued = Na fila: o servidor vai enviá-lo uma única vez, na próxima sincronização.
email-handed-over = O servidor já recebeu: o e-mail está a caminho.
deactivate = Desativar
deactivate-title = Desativar esta conta?
deactivate-text = A sessão de { $name } será encerrada imediatamente em todos os dispositivos, e não será possível entrar até que a conta seja reativada. Nada do perfil é perdido, e a reativação restaura o mesmo acesso.
reactivate = Reativar
profile-edit-hint = As alterações são salvas quando você sai de um campo.
profile-email-hint = Este endereço também é o nome de usuário: o próximo login exige o novo endereço. Os links dos e-mails enviados ao endereço antigo deixam de funcionar.
field-first-name = Nome
field-last-name = Sobrenome
field-title = Cargo
field-badge = ID do crachá
field-email = E-mail (nome de usuário)
field-mobile = Celular
field-office = Telefone comercial
field-extension = Ramal
field-language = Idioma
field-group = Grupo de usuários
field-account-type = Tipo de conta
field-roles = Funções
field-status = Status
field-since = Criado em
field-sso = Forma de login
field-notifications = Notificações
field-presence = Presença
field-required = Obrigatório
value-not-set = Não definido
phone-verified = Verificado
phone-unverified = Não verificado
language-system = Padrão do navegador/sistema
group-default = Grupo padrão
group-manager = Gestor do grupo
group-manager-default-hint = Somente membros de um grupo personalizado podem gerenciá-lo: escolha um grupo primeiro.
roles-none = Nenhuma função
roles-config-admin-only = Somente administradores de configuração têm funções
sso-yes = Login único
sso-no = Senha
status-created-detail = Criado em { $when }. O e-mail de ativação ainda não foi enviado.
status-invited-detail = Último envio do e-mail de ativação: { $when }
status-active-detail = Ativado em { $when }
status-inactive-detail = Desativado. Este usuário não pode entrar.
last-active = Última atividade: { $when }
active-now = Ativo agora
saving = Salvando…
saved = Salvo
last-saved = Último valor salvo
restore-saved = Restaurar
notif-instant = Imediatamente
notif-hourly = Resumo a cada hora
notif-daily = Resumo diário
notif-weekly = Resumo semanal
notif-never = Nunca
presence-online = Online
presence-away = Ausente
presence-busy = Ocupado
presence-offline = Offline

## Erros mostrados em um campo
error-name-blank = Este campo é obrigatório e não pode ficar em branco.
error-name-too-long = { $max ->
    [one] Use no máximo { $max } caractere.
    [many] Use no máximo { $max } caracteres.
   *[other] Use no máximo { $max } caracteres.
}
error-control-character = Remova as quebras de linha e outros caracteres de controle.
error-email-blank = O endereço de e-mail é obrigatório.
error-email-too-long = { $max ->
    [one] Um endereço de e-mail pode ter no máximo { $max } caractere.
    [many] Um endereço de e-mail pode ter no máximo { $max } caracteres.
   *[other] Um endereço de e-mail pode ter no máximo { $max } caracteres.
}
error-email-invalid = Digite um endereço de e-mail como name@example.com.
error-badge-too-long = { $max ->
    [one] Um ID do crachá pode ter no máximo { $max } caractere.
    [many] Um ID do crachá pode ter no máximo { $max } caracteres.
   *[other] Um ID do crachá pode ter no máximo { $max } caracteres.
}
error-badge-invalid = Um ID do crachá só pode conter letras, dígitos, “-”, “_” e “.”.
error-badge-taken = Este ID do crachá já pertence a outro usuário.
error-email-taken = Este endereço de e-mail já pertence a outro usuário.
error-title-too-long = { $max ->
    [one] Um cargo pode ter no máximo { $max } caractere.
    [many] Um cargo pode ter no máximo { $max } caracteres.
   *[other] Um cargo pode ter no máximo { $max } caracteres.
}
error-phone-blank = Digite um número de telefone.
error-phone-country = Escolha um país.
error-phone-invalid = Este não é um número de telefone válido para o país escolhido.
error-extension-invalid = Um ramal tem de 1 a 8 dígitos.
error-language-unsupported = Este idioma não é compatível.
error-account-type-one-time = Uma conta deste tipo não pode passar para Preenchimento único.
error-account-type-unknown = Tipo de conta desconhecido.
error-roles-too-many = { $max ->
    [one] Um usuário pode ter no máximo { $max } função.
    [many] Um usuário pode ter no máximo { $max } funções.
   *[other] Um usuário pode ter no máximo { $max } funções.
}
error-role-administrator-users = A função Administrador gerencia a configuração, não os usuários.
error-lifecycle-sso = Usuários que entram com login único não recebem e-mail de ativação.
error-lifecycle-already-active = Esta conta já está ativa.
error-lifecycle-inactive = Esta conta está inativa. Reative-a primeiro.
error-lifecycle-already-inactive = Esta conta já está inativa.
error-lifecycle-not-inactive = Somente uma conta inativa pode ser reativada.
error-lifecycle-not-active = Esta conta ainda não está ativa: em vez disso, envie o e-mail de ativação.
error-phone-code-wait = { $seconds ->
    [one] Um código acabou de ser enviado. Você pode pedir outro em { $seconds } segundo.
    [many] Um código acabou de ser enviado. Você pode pedir outro em { $seconds } segundos.
   *[other] Um código acabou de ser enviado. Você pode pedir outro em { $seconds } segundos.
}
error-phone-code-none = Não há nenhum código aguardando para este número. Envie um e-mail de verificação primeiro.
error-phone-code-expired = Este código expirou. Envie um novo.
error-phone-code-attempts = Muitos códigos incorretos. Envie um novo.
error-phone-code-wrong = { $left ->
    [one] Este código não está correto. Resta { $left } tentativa.
    [many] Este código não está correto. Restam { $left } tentativas.
   *[other] Este código não está correto. Restam { $left } tentativas.
}
error-phone-code-other-number = Este código foi enviado para outro número. Envie um novo.
error-phone-sms-off = Este servidor não envia códigos por SMS. Escolha e-mail.
error-phone-channel = Escolha como o código é enviado: por e-mail ou por SMS.
error-phone-sms-failed = Não foi possível enviar o SMS. Tente novamente ou envie o código por e-mail.
error-phone-code-today = Muitas tentativas para este número hoje. Tente novamente amanhã.
error-phone-sends-today = Já foram enviados códigos suficientes para verificar este número hoje. Tente novamente amanhã.
error-user-not-found = Este usuário não existe mais.
error-unknown-field = Este campo não pode ser editado aqui.
error-internal = Algo deu errado, e nada foi alterado. Os detalhes estão no log.

## Por que uma ação não é permitida
denied-actor-inactive = Sua conta não está ativa.
denied-missing-permission = Você precisa da permissão “{ $permission }”.
denied-own-account-type = Ninguém pode alterar o próprio tipo de conta.
denied-own-status = Você não pode desativar a própria conta.
denied-super-admin-only = Somente um superadministrador pode fazer isso com um superadministrador.
denied-roles-config-admin-only = Somente administradores de configuração têm funções.
denied-unknown-role = Não existe a função “{ $role }” no catálogo de funções desta conta.
denied-grant-beyond-own = Você não pode conceder a permissão “{ $permission }”: você não tem essa permissão.
denied-target-holds-more = Este usuário tem a permissão “{ $permission }”, que você não tem: só pode gerenciá-lo quem tiver todas as permissões que ele tem.
error-group-name-blank = Digite um nome de grupo.
error-group-name-too-long = { $max ->
    [one] Um nome de grupo tem no máximo { $max } caractere.
    [many] Um nome de grupo tem no máximo { $max } caracteres.
   *[other] Um nome de grupo tem no máximo { $max } caracteres.
}
error-group-name-control = Um nome de grupo não pode conter caracteres de controle.
error-group-manager-default = Somente membros de um grupo personalizado podem ser gestores dele.
error-group-unknown = Este grupo não está (mais) na conta. Escolha outro.

## Sincronização
nav-sync = Sincronização
sync-online = Conectado
sync-offline = Sem conexão
sync-connecting = Conectando…
sync-syncing = Sincronizando…
sync-now = Sincronizar agora
sync-last = Última sincronização: { $when }
sync-never = Ainda não sincronizado
sync-title = Sincronização
sync-server = Servidor de contas
sync-demo-server = o servidor da conta de demonstração, neste computador
sync-problem-offline = Não é possível acessar o servidor de contas. Suas alterações estão salvas neste computador e serão enviadas quando ele voltar.
sync-problem-server = O servidor de contas teve um problema. A sincronização será tentada de novo em breve.
sync-problem-incomplete = Ainda não foi possível enviar tudo. A sincronização será tentada de novo em breve.
sync-problem-sign-in = Entre novamente para sincronizar com o servidor de contas.
permissions-changed = O que você pode fazer aqui mudou no servidor de contas: as telas agora seguem suas novas permissões.
notice-dismiss = Dispensar
sync-pending-title = Aguardando envio
sync-pending-empty = Nada aguardando: todas as alterações chegaram ao servidor.
sync-pending-offline = Será enviada quando houver conexão
sync-made = Alteração feita em { $when }
sync-conflicts-title = Conflitos
sync-conflicts-hint = Estes campos foram alterados no servidor enquanto você também os editava. Escolha o valor que quer manter.
sync-conflicts-empty = Nenhum conflito.
sync-mine = Seu valor
sync-theirs = No servidor
sync-theirs-by = Alterado por { $who } em { $when }
sync-theirs-when = Alterado em { $when }
sync-keep-mine = Manter o meu
sync-take-theirs = Usar o do servidor
sync-keep-all-mine = Manter todos os meus
sync-take-all-theirs = Usar todos os do servidor
sync-rejected-title = Rejeitadas pelo servidor
sync-rejected-empty = Nada foi rejeitado.
sync-rejected-deleted = O usuário foi excluído no servidor.
sync-rejected-unmergeable = Esta alteração não pode ser mesclada com a versão do usuário que está no servidor ({ $reason }).
sync-fix = Corrigir
sync-discard = Descartar
sync-deleted-user = Um usuário excluído no servidor
sync-state-synced = Sincronizado
sync-state-pending = Pendente
sync-state-conflict = Conflito
sync-state-rejected = Rejeitado
value-cleared = (apagado)
profile-sync-pending = Suas alterações neste usuário estão salvas neste computador e aguardam o envio ao servidor de contas.
profile-sync-conflict = Este usuário foi alterado no servidor enquanto você também o editava. Escolha os valores que quer manter na tela Sincronização.
profile-sync-rejected = O servidor de contas rejeitou uma alteração neste usuário. Veja o motivo na tela Sincronização.
profile-sync-open = Abrir Sincronização

## Login
nav-sign-in = Entrar
sign-in-title = Entre no seu servidor de contas
sign-in-hint = Suas alterações ficam guardadas neste computador, então, depois de entrar, você pode continuar trabalhando offline.
sign-in-server = Endereço do servidor
sign-in-insecure = Este endereço começa com http://: as senhas e os dados de todos os usuários passariam pela rede sem criptografia. Peça ao seu administrador o endereço https:// do servidor.
sign-in-email = E-mail
sign-in-password = Senha
sign-in-submit = Entrar
sign-in-busy = Entrando…
sign-out = Sair
sign-in-refused = O endereço de e-mail ou a senha estão incorretos.
sign-in-unreachable = Não é possível acessar o servidor de contas. Verifique o endereço e a sua rede.
sign-in-not-a-server = Nenhum servidor de contas do Userdesk responde neste endereço.
sign-in-password-missing = Digite sua senha.
sign-in-server-missing = Digite o endereço do servidor de contas da sua organização.
sign-in-server-invalid = Este não é um endereço de servidor. Digite-o como accounts.example.com ou https://accounts.example.com.
sign-in-demo-hint = Ainda não tem um servidor de contas? A conta de demonstração tem 500 pessoas fictícias e funciona apenas neste computador.
sign-in-demo-choice = Usar a conta de demonstração
sign-in-demo-busy = Abrindo a conta de demonstração…
sign-in-other-account-pending = Alterações feitas aqui por outra conta ainda aguardam envio. Entre primeiro com essa conta.
sign-in-use-token = Usar um token de API
sign-in-use-password = Entrar com e-mail e senha
sign-in-token = Token de API
sign-in-token-hint = Para um servidor SCIM que emite tokens de API. O token fica guardado no armazenamento de credenciais deste computador.
sign-in-token-missing = Digite o token de API.
sign-in-token-invalid = Um token de API não tem espaços nem caracteres especiais. Cole-o novamente.
sign-in-token-refused = O servidor não aceita este token de API.
sign-in-not-scim = Nenhum servidor SCIM responde neste endereço.
sync-account-token = Token de API
sync-rejected-not-offered = Este servidor de contas não oferece este recurso.

## Telefones e sua verificação
phone-country = País
extension-needs-phone = Adicione primeiro um telefone comercial.
error-extension-needs-phone = Um ramal precisa de um telefone comercial.
verify-phone = Verificar número
verify-title = Verificar número de celular
verify-intro = O Userdesk envia um código de 6 dígitos para o endereço de e-mail do usuário. Digite o código que o usuário recebeu nesse e-mail para marcar este número como verificado.
verify-country-search = Pesquisar países
verify-send = Enviar e-mail de verificação
verify-queued = O e-mail com o código será enviado assim que este computador se conectar ao servidor de contas.
verify-code = Código de verificação
verify-digit = Dígito { $n }
verify-submit = Verificar
error-phone-code-format = Digite os seis dígitos do código.
error-phone-not-synced = Este usuário ainda não está no servidor de contas. Sincronize primeiro e depois verifique o número.
error-phone-not-offered = Este servidor de contas não verifica números de telefone.
error-phone-offline = Para conferir um código, é preciso uma conexão com o servidor de contas.

## Tipo de conta
error-account-type-own = Ninguém pode alterar o próprio tipo de conta.
account-type-own-hint = Esta é a sua própria conta: ninguém altera o próprio tipo de conta.
ask-activation-title = Enviar o e-mail de ativação?
ask-activation-text = { $name } agora tem uma conta completa e precisa ativá-la. Envie o e-mail de ativação agora ou mais tarde, pelo painel de status.
ask-activation-send = Enviar e-mail de ativação
ask-activation-later = Vou fazer isso depois

## Editor de funções
roles-edit = Editar funções
roles-edit-title = Editar funções
roles-own-hint = Ninguém altera as próprias funções.
roles-intro = Um administrador de configuração pode fazer tudo o que qualquer uma das suas funções permite. Escolha as funções deste administrador.
roles-count = { $count ->
    [one] { $count } função escolhida, no máximo { $max }.
    [many] { $count } funções escolhidas, no máximo { $max }.
   *[other] { $count } funções escolhidas, no máximo { $max }.
}
roles-limit-reached = { $max ->
    [one] Um usuário pode ter no máximo { $max } função: remova uma para adicionar outra.
    [many] Um usuário pode ter no máximo { $max } funções: remova uma para adicionar outra.
   *[other] Um usuário pode ter no máximo { $max } funções: remova uma para adicionar outra.
}
roles-effective = Juntas, estas funções permitem
roles-save = Salvar funções
role-built-in = Integrada
roles-unknown-kept = Mantidas, embora este computador ainda não as conheça:
error-roles-config-admin-only = Somente administradores de configuração têm funções.
error-role-unknown = A função “{ $role }” não está no catálogo desta conta.
permission-users-view = Ver usuários
permission-users-edit = Editar usuários
permission-users-create = Adicionar usuários
permission-users-deactivate = Desativar usuários
permission-users-invite = Enviar convites
permission-roles-assign = Atribuir funções
permission-config-manage = Gerenciar a configuração
permission-audit-view = Ler o histórico

## Ações das linhas da lista de usuários
row-actions-title = Ações
action-open = Abrir perfil
field-restricted = Restrito

## Minha conta
nav-account = Minha conta
account-title = Minha conta
account-section-profile = Seu perfil
account-username-hint = Seu endereço de e-mail é o seu nome de usuário: o próximo login exige o novo endereço. Sua senha continua a mesma.
account-section-password = Senha
account-password-hint = Para escolher uma nova senha, informe a senha atual. Suas outras sessões serão encerradas.
account-password-current = Senha atual
account-password-new = Nova senha
account-password-repeat = Repita a nova senha
account-password-submit = Alterar senha
account-password-busy = Alterando…
account-password-changed = Sua senha foi alterada. Suas sessões em outros dispositivos foram encerradas.
account-password-current-missing = Digite sua senha atual.
account-password-new-missing = Digite a nova senha.
account-password-mismatch = As duas novas senhas não são iguais.
account-password-unchanged = A nova senha é igual à atual.
account-password-demo = A conta de demonstração não tem uma senha sua para alterar.
account-password-token = Você entrou com um token de API: aqui não há uma senha sua para alterar.
account-password-offline = Para alterar sua senha, é preciso acessar o servidor de contas, que não está disponível agora. Tente novamente quando estiver online.
account-section-preferences = Preferências
account-app-language = Idioma deste aplicativo
account-app-language-hint = Guardado neste computador. “Padrão do navegador/sistema” segue o idioma do seu sistema.
account-section-sign-out = Sair
account-sign-out-hint = As alterações ainda não enviadas ficam neste computador e vão para o servidor depois que você entrar novamente.
account-username-demo = A conta de demonstração entra com este nome de usuário, por isso ele não pode ser alterado.
account-leave-demo = Sair da conta de demonstração
account-leave-demo-hint = A conta de demonstração continua neste computador. Depois, você pode entrar no servidor de contas da sua organização.
account-token-note = Conectado com um token de API: não há uma conta pessoal.
account-no-profile = Seu próprio perfil ainda não está na cópia deste computador. Ele vai aparecer após a próxima sincronização.

## O histórico de um usuário
profile-section-history = Histórico
history-loading = Lendo o histórico…
history-empty = Nada foi registrado para este usuário ainda.
history-offline = Offline: este é o histórico como este computador o leu pela última vez.
history-waiting = Ainda não enviado
history-waiting-hint = Feito neste computador; chega ao servidor na próxima sincronização.
history-older = Mostrar mais antigos
history-made = Realizado em { $when }
history-made-offline = Realizado offline em { $when }
history-reached = chegou ao servidor em { $when }
history-you = Você
history-someone = Outra pessoa
history-not-offered = Este servidor de contas não mantém um histórico que o Userdesk possa ler.
history-denied = Você não pode ler o histórico: para isso, é preciso a permissão de ver a trilha de auditoria.
answer-yes = Sim
answer-no = Não
history-avatar-set = Uma imagem
history-not-set = (não definido)
field-avatar = Foto do perfil
history-action-create = Criação da conta
history-action-update = Alteração do perfil
history-action-deactivate = Desativação da conta
history-action-reactivate = Reativação da conta
history-action-delete = Exclusão da conta
history-action-activate = Ativação da conta
history-action-set-password = Definição de uma senha
history-action-send-activation-email = Envio do e-mail de ativação
history-action-send-welcome-email = Envio do e-mail de boas-vindas
history-action-send-password-reset-email = Envio de um e-mail de redefinição de senha
history-action-start-phone-verification = Envio de um código de verificação do telefone
history-action-verify-phone = Verificação do número de celular

## O avatar: por que um arquivo escolhido não pode se tornar um avatar.
avatar-missing = O arquivo não está mais lá. Ele pode ter sido movido ou excluído depois de escolhido.
avatar-not-a-file = Isto é uma pasta. Escolha uma imagem PNG ou JPEG.
avatar-unreadable = Não é possível ler este arquivo. Verifique se você tem permissão para abri-lo.
avatar-empty = Este arquivo está vazio.
avatar-file-too-large = Este arquivo é grande demais: o máximo é { $max } MB.
avatar-not-an-image = Este arquivo não é uma imagem PNG ou JPEG.
avatar-too-many-pixels = { $max ->
    [one] Esta imagem é grande demais: o máximo é { $max } megapixel.
    [many] Esta imagem é grande demais: o máximo é { $max } megapixels.
   *[other] Esta imagem é grande demais: o máximo é { $max } megapixels.
}
avatar-damaged = Esta imagem está danificada ou incompleta e não pode ser exibida.
avatar-crop-outside = O quadrado a ser mantido precisa ficar dentro da imagem.
avatar-encode-failed = Não foi possível criar o avatar com esta imagem.
avatar-cannot-write = Não foi possível gravar o avatar em { $folder }.
error-picture-too-long = { $max ->
    [one] O endereço de uma imagem tem no máximo { $max } caractere.
    [many] O endereço de uma imagem tem no máximo { $max } caracteres.
   *[other] O endereço de uma imagem tem no máximo { $max } caracteres.
}
error-picture-not-a-url = O endereço de uma imagem precisa ser um URL http ou https sem nome de usuário nem senha.
error-picture-upload = Esta imagem não está no servidor. Para definir um avatar, faça upload da imagem.
avatar-set-from-file = Um avatar é definido a partir de um arquivo de imagem: use “Adicionar imagem”.
avatar-unavailable = Este servidor não guarda imagens, por isso não é possível definir avatares aqui. Eles podem ser definidos em um servidor de contas do Userdesk.
avatar-picture-gone = A imagem não está mais neste computador. Escolha-a novamente.
avatar-dialog-title = Escolher uma foto do perfil
avatar-dialog-filter = Imagens PNG ou JPEG
avatar-add = Adicionar imagem
avatar-change = Alterar imagem
avatar-remove = Remover
avatar-drop-hint = ou solte uma imagem PNG ou JPEG aqui
avatar-drop-not-a-picture = Solte uma imagem PNG ou JPEG sobre o avatar.
avatar-editor-title = Foto do perfil
avatar-editor-stage = A imagem, com o quadrado que vai virar o avatar
avatar-editor-keys = Arraste o quadrado ou use as teclas de seta para movê-lo; + e − aumentam e diminuem o zoom; R gira a imagem.
avatar-zoom = Zoom
avatar-rotate = Girar 90°
avatar-preview = Visualização
avatar-set = Definir como avatar
avatar-cancel = Cancelar
avatar-saving = Salvando…
avatar-opening = Abrindo a imagem…
