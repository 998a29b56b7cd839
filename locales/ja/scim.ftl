# Userdesk: SCIM リソースが拒否された理由（日本語）。API クライアントにはエラーの "detail" で表示され、
# 同期した変更をサーバーが拒否したときにはデスクトップアプリにも表示されます。

scim-error-required = この属性は必須です。
scim-error-not-a-string = この属性は文字列である必要があります。
scim-error-not-an-object = この属性はオブジェクトである必要があります。
scim-error-not-an-array = この属性は配列である必要があります。
scim-error-not-a-boolean = この属性は true または false である必要があります。
scim-error-invalid-value = この値は許可されている値のいずれでもありません。

## フィルター（または PATCH のパス）を読み取れなかった理由。$position は 1 から数えた文字位置です。
filter-error-too-long = フィルターが長すぎます。
filter-error-too-deep = フィルターの入れ子が深すぎます（{ $position } 文字目）。
filter-error-empty = フィルターが空です。
filter-error-expected-attribute = { $position } 文字目に属性名が必要です。
filter-error-expected-operator = { $position } 文字目に演算子（eq、ne、co、sw、ew、gt、ge、lt、le、pr のいずれか）が必要です。
filter-error-expected-value = { $position } 文字目に値（"文字列"、数値、true、false、null のいずれか）が必要です。
filter-error-bad-string = { $position } 文字目から始まる文字列が閉じられていないか、不正なエスケープを含んでいます。
filter-error-bad-number = { $position } 文字目の数値が正しくありません。
filter-error-unclosed = { $position } 文字目より前で開いた括弧が閉じられていません。
filter-error-trailing = { $position } 文字目に予期しないテキストがあります。
filter-error-nested-value-path = 値フィルターの中に別の値フィルターを含めることはできません（{ $position } 文字目）。

## PATCH が拒否された理由。$operation は 1 から数えた操作の番号です。
patch-error-syntax = PATCH リクエストが有効な PatchOp メッセージではありません（操作 { $operation }）。
patch-error-value-not-object = 操作 { $operation }：パスを指定しない場合、値は属性のオブジェクトである必要があります。
patch-error-value-missing = 操作 { $operation } には値が必要です。
patch-error-read-only = 操作 { $operation } は読み取り専用の属性を変更しようとしています。
patch-error-invalid-path = 操作 { $operation } のパスは使用できません。
patch-error-no-target = 操作 { $operation }：パスに一致するものがありません。
patch-error-remove-needs-path = 操作 { $operation }：remove にはパスが必要です。
patch-error-too-many-operations = 1 つの PATCH リクエストに含められる操作は最大 { $max } 個です。
patch-error-too-much-work = 操作 { $operation }：この PATCH リクエストは処理量が多すぎます。複数の小さなリクエストに分けて送信してください。

## アカウントサーバーのプロトコルエラー。
scim-error-not-found = 該当するリソースはありません。
scim-error-version-mismatch = 読み取った後にリソースが変更されています（バージョンが If-Match と一致しません）。
scim-error-internal = サーバーはリクエストを完了できませんでした。何も変更されていません。
scim-error-bad-json = リクエスト本文が、このリクエストに対して有効な JSON ではありません。
scim-error-taken = { $attribute } の値は既に別のユーザーが使用しています。
scim-error-too-many-attributes = 1 つのリクエストで attributes または excludedAttributes に指定できる属性は最大 { $max } 個です。
scim-error-sort-order = sortOrder は "ascending" または "descending" である必要があります。
scim-error-sort-by = この属性は並べ替えに使用できません。
scim-error-too-large = リクエスト本文が大きすぎます。
scim-error-method = このメソッドはここでは使用できません。
filter-error-unsupported-attribute = フィルターで { $attribute } が使用されていますが、この属性ではフィルターできません。
filter-error-wrong-type = フィルターで { $attribute } が誤った型の値と比較されています。

## サインイン。
auth-error-credentials = メールアドレスまたはパスワードが間違っています。
auth-error-locked = サインインの失敗回数が多すぎます。しばらくしてからもう一度お試しください。
auth-error-busy = サーバーは現在、多数のサインインを確認しています。少し待ってからもう一度お試しください。
auth-error-token = 先にサインインしてください。アクセストークンがないか、有効期限が切れているか、取り消されています。
scim-error-idempotency-reuse = この Idempotency-Key は既に別のリクエストで使用されています。
scim-error-bad-id = 有効な ID ではありません。
auth-error-weak-password = パスワードは { $min } 文字以上にしてください。
auth-error-current-password = 現在のパスワードが間違っています。
auth-error-long-password = このパスワードは長すぎます。
scim-error-undeliverable-address = このアドレスにはメールを送信できません。
scim-error-nested-groups = メンバーはユーザーである必要があります。グループにグループを含めることはできません。
scim-error-unknown-member = このアカウントのユーザーではありません。
scim-error-other-group = ユーザー { $user } は既にグループ「{ $group }」に所属しています。先にそのグループから外してください。
scim-error-bulk-too-many = 1 つの Bulk リクエストに含められる操作は最大 { $max } 個です。
scim-error-bulk-method = メソッドは POST、PUT、PATCH、DELETE のいずれかである必要があります。
scim-error-bulk-duplicate-id = 操作ごとに固有の bulkId が必要です。
scim-error-bulk-reference = この操作は bulkId { $bulkId } を参照していますが、その操作では何も作成されていません。
scim-error-bulk-circular = 操作が互いを循環して参照しています。
scim-error-bad-time = 日時ではありません（RFC 3339 形式、例：2026-05-13T06:42:34Z）。
scim-error-no-route = このサーバーにそのようなエンドポイントはありません。アドレスを確認してください。
