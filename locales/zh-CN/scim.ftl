# Userdesk：SCIM 资源被拒绝的原因（简体中文）。显示在返回给 API 客户端的错误“detail”中，
# 以及服务器拒绝已同步更改时的桌面应用中。

scim-error-required = 此属性为必填项。
scim-error-not-a-string = 此属性必须是字符串。
scim-error-not-an-object = 此属性必须是对象。
scim-error-not-an-array = 此属性必须是数组。
scim-error-not-a-boolean = 此属性必须为 true 或 false。
scim-error-invalid-value = 此值不是允许的值之一。

## 筛选器（或 PATCH 路径）无法读取的原因；$position 从 1 开始计算字符位置。
filter-error-too-long = 筛选器太长。
filter-error-too-deep = 筛选器嵌套层数过多（位于第 { $position } 个字符）。
filter-error-empty = 筛选器为空。
filter-error-expected-attribute = 第 { $position } 个字符处应为属性名称。
filter-error-expected-operator = 第 { $position } 个字符处应为运算符（eq、ne、co、sw、ew、gt、ge、lt、le 或 pr）。
filter-error-expected-value = 第 { $position } 个字符处应为值（"字符串"、数字、true、false 或 null）。
filter-error-bad-string = 从第 { $position } 个字符开始的字符串未闭合，或包含无效的转义序列。
filter-error-bad-number = 第 { $position } 个字符处的数字无效。
filter-error-unclosed = 第 { $position } 个字符之前打开的括号未闭合。
filter-error-trailing = 第 { $position } 个字符处出现意外的文本。
filter-error-nested-value-path = 值筛选器中不能再包含值筛选器（第 { $position } 个字符）。

## PATCH 被拒绝的原因；$operation 从 1 开始计数。
patch-error-syntax = 此 PATCH 请求不是有效的 PatchOp 消息（第 { $operation } 个操作）。
patch-error-value-not-object = 第 { $operation } 个操作：未指定路径时，值必须是由属性组成的对象。
patch-error-value-missing = 第 { $operation } 个操作需要一个值。
patch-error-read-only = 第 { $operation } 个操作试图更改只读属性。
patch-error-invalid-path = 第 { $operation } 个操作的路径无法使用。
patch-error-no-target = 第 { $operation } 个操作：没有与其路径匹配的内容。
patch-error-remove-needs-path = 第 { $operation } 个操作：remove 操作需要路径。
patch-error-too-many-operations = 一个 PATCH 请求最多可包含 { $max } 个操作。
patch-error-too-much-work = 第 { $operation } 个操作：此 PATCH 请求的处理量过大；请将其拆分为多个较小的请求发送。

## 账户服务器的协议错误。
scim-error-not-found = 没有此资源。
scim-error-version-mismatch = 自你读取此资源后，它已被更改（其版本已与 If-Match 不匹配）。
scim-error-internal = 服务器无法完成该请求。未进行任何更改。
scim-error-bad-json = 请求正文不是此请求的有效 JSON。
scim-error-taken = { $attribute } 的值已被其他用户使用。
scim-error-too-many-attributes = 一个请求在 attributes 或 excludedAttributes 中最多可指定 { $max } 个属性。
scim-error-sort-order = sortOrder 必须为 "ascending" 或 "descending"。
scim-error-sort-by = 此属性不能用于排序。
scim-error-too-large = 请求正文太大。
scim-error-method = 此处不允许使用此方法。
filter-error-unsupported-attribute = 筛选器使用了 { $attribute }，但该属性不支持筛选。
filter-error-wrong-type = 筛选器将 { $attribute } 与类型错误的值进行了比较。

## 登录。
auth-error-credentials = 电子邮件地址或密码错误。
auth-error-locked = 登录失败次数过多。请稍后再试。
auth-error-busy = 服务器当前正在处理大量登录请求。请稍后再试。
auth-error-token = 请先登录：访问令牌缺失、已过期或已被吊销。
scim-error-idempotency-reuse = 此 Idempotency-Key 已用于另一个不同的请求。
scim-error-bad-id = 这不是有效的 id。
auth-error-weak-password = 密码至少需要 { $min } 个字符。
auth-error-current-password = 当前密码错误。
auth-error-long-password = 此密码太长。
scim-error-undeliverable-address = 无法向此地址发送电子邮件。
scim-error-nested-groups = 成员必须是用户；组不能包含组。
scim-error-unknown-member = 这不是此账户的用户。
scim-error-other-group = { $user } 已属于组 { $group }。请先将其从该组中移除。
scim-error-bulk-too-many = 一个 Bulk 请求最多可包含 { $max } 个操作。
scim-error-bulk-method = 方法必须为 POST、PUT、PATCH 或 DELETE。
scim-error-bulk-duplicate-id = 每个操作都需要有自己的 bulkId。
scim-error-bulk-reference = 该操作引用了 bulkId { $bulkId }，但该 bulkId 未创建任何内容。
scim-error-bulk-circular = 这些操作之间存在循环引用。
scim-error-bad-time = 这不是有效的日期和时间（RFC 3339，例如 2026-05-13T06:42:34Z）。
scim-error-no-route = 此服务器上没有此端点。请检查地址。
