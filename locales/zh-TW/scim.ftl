# Userdesk：SCIM 資源遭拒絕的原因（繁體中文，台灣）。顯示在傳回給 API 用戶端的錯誤「detail」中，
# 以及伺服器拒絕已同步變更時的桌面應用程式中。

scim-error-required = 此屬性為必填。
scim-error-not-a-string = 此屬性必須是字串。
scim-error-not-an-object = 此屬性必須是物件。
scim-error-not-an-array = 此屬性必須是陣列。
scim-error-not-a-boolean = 此屬性必須是 true 或 false。
scim-error-invalid-value = 此值不是允許的值之一。

## 篩選條件（或 PATCH 路徑）無法讀取的原因；$position 從 1 開始計算字元位置。
filter-error-too-long = 篩選條件太長。
filter-error-too-deep = 篩選條件的巢狀層數過多（位於第 { $position } 個字元）。
filter-error-empty = 篩選條件是空的。
filter-error-expected-attribute = 第 { $position } 個字元處應為屬性名稱。
filter-error-expected-operator = 第 { $position } 個字元處應為運算子（eq、ne、co、sw、ew、gt、ge、lt、le 或 pr）。
filter-error-expected-value = 第 { $position } 個字元處應為值（"字串"、數字、true、false 或 null）。
filter-error-bad-string = 從第 { $position } 個字元開始的字串未結束，或含有無效的逸出序列。
filter-error-bad-number = 第 { $position } 個字元處的數字無效。
filter-error-unclosed = 第 { $position } 個字元之前開啟的括號未關閉。
filter-error-trailing = 第 { $position } 個字元處有非預期的文字。
filter-error-nested-value-path = 值篩選條件中不能再包含值篩選條件（第 { $position } 個字元）。

## PATCH 遭拒絕的原因；$operation 從 1 開始計數。
patch-error-syntax = 此 PATCH 要求不是有效的 PatchOp 訊息（第 { $operation } 項作業）。
patch-error-value-not-object = 第 { $operation } 項作業：未指定路徑時，值必須是由屬性組成的物件。
patch-error-value-missing = 第 { $operation } 項作業需要值。
patch-error-read-only = 第 { $operation } 項作業嘗試變更唯讀屬性。
patch-error-invalid-path = 第 { $operation } 項作業的路徑無法使用。
patch-error-no-target = 第 { $operation } 項作業：沒有任何項目符合其路徑。
patch-error-remove-needs-path = 第 { $operation } 項作業：remove 作業需要路徑。
patch-error-too-many-operations = 一個 PATCH 要求最多只能包含 { $max } 項作業。
patch-error-too-much-work = 第 { $operation } 項作業：此 PATCH 要求的處理量過大；請分成數個較小的要求傳送。

## 帳戶伺服器的通訊協定錯誤。
scim-error-not-found = 沒有這個資源。
scim-error-version-mismatch = 此資源在您讀取後已遭變更（其版本已不符合 If-Match）。
scim-error-internal = 伺服器無法完成此要求。未進行任何變更。
scim-error-bad-json = 要求本文不是此要求的有效 JSON。
scim-error-taken = { $attribute } 的值已被其他使用者使用。
scim-error-too-many-attributes = 一個要求在 attributes 或 excludedAttributes 中最多只能指定 { $max } 個屬性。
scim-error-sort-order = sortOrder 必須是 "ascending" 或 "descending"。
scim-error-sort-by = 此屬性無法用於排序。
scim-error-too-large = 要求本文太大。
scim-error-method = 此處不允許使用這個方法。
filter-error-unsupported-attribute = 篩選條件使用了 { $attribute }，但此屬性不支援篩選。
filter-error-wrong-type = 篩選條件將 { $attribute } 與類型錯誤的值進行比較。

## 登入。
auth-error-credentials = 電子郵件地址或密碼錯誤。
auth-error-locked = 登入失敗次數過多。請稍後再試。
auth-error-busy = 伺服器目前正在處理大量登入要求。請稍後再試。
auth-error-token = 請先登入：存取權杖遺失、已過期或已撤銷。
scim-error-idempotency-reuse = 此 Idempotency-Key 已用於另一個不同的要求。
scim-error-bad-id = 這不是有效的 id。
auth-error-weak-password = 密碼至少需要 { $min } 個字元。
auth-error-current-password = 目前的密碼錯誤。
auth-error-long-password = 此密碼太長。
scim-error-undeliverable-address = 無法寄送電子郵件到這個地址。
scim-error-nested-groups = 成員必須是使用者；群組不能包含群組。
scim-error-unknown-member = 這不是此帳戶的使用者。
scim-error-other-group = { $user } 已屬於群組 { $group }。請先將其從該群組中移除。
scim-error-bulk-too-many = 一個 Bulk 要求最多只能包含 { $max } 項作業。
scim-error-bulk-method = 方法必須是 POST、PUT、PATCH 或 DELETE。
scim-error-bulk-duplicate-id = 每項作業都需要有自己的 bulkId。
scim-error-bulk-reference = 此作業參照了 bulkId { $bulkId }，但該 bulkId 並未建立任何項目。
scim-error-bulk-circular = 這些作業彼此循環參照。
scim-error-bad-time = 這不是有效的日期和時間（RFC 3339，例如 2026-05-13T06:42:34Z）。
scim-error-no-route = 這部伺服器上沒有此端點。請檢查位址。
