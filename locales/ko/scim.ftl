# Userdesk: SCIM 리소스가 거부된 이유(한국어). API 클라이언트에는 오류의 "detail"로 표시되고,
# 동기화된 변경을 서버가 거부하면 데스크톱 앱에도 표시됩니다.

scim-error-required = 이 속성은 필수입니다.
scim-error-not-a-string = 이 속성은 문자열이어야 합니다.
scim-error-not-an-object = 이 속성은 객체여야 합니다.
scim-error-not-an-array = 이 속성은 배열이어야 합니다.
scim-error-not-a-boolean = 이 속성은 true 또는 false여야 합니다.
scim-error-invalid-value = 이 값은 허용된 값이 아닙니다.

## 필터(또는 PATCH 경로)를 읽을 수 없는 이유. $position은 1부터 센 문자 위치입니다.
filter-error-too-long = 필터가 너무 깁니다.
filter-error-too-deep = 필터의 중첩이 너무 깊습니다({ $position }번째 문자).
filter-error-empty = 필터가 비어 있습니다.
filter-error-expected-attribute = { $position }번째 문자에 속성 이름이 있어야 합니다.
filter-error-expected-operator = { $position }번째 문자에 연산자(eq, ne, co, sw, ew, gt, ge, lt, le 또는 pr)가 있어야 합니다.
filter-error-expected-value = { $position }번째 문자에 값("문자열", 숫자, true, false 또는 null)이 있어야 합니다.
filter-error-bad-string = { $position }번째 문자에서 시작하는 문자열이 닫히지 않았거나 잘못된 이스케이프가 있습니다.
filter-error-bad-number = { $position }번째 문자의 숫자가 올바르지 않습니다.
filter-error-unclosed = { $position }번째 문자 앞에서 열린 괄호가 닫히지 않았습니다.
filter-error-trailing = { $position }번째 문자에 예기치 않은 텍스트가 있습니다.
filter-error-nested-value-path = 값 필터 안에 다른 값 필터를 포함할 수 없습니다({ $position }번째 문자).

## PATCH가 거부된 이유. $operation은 1부터 센 작업 번호입니다.
patch-error-syntax = PATCH 요청이 올바른 PatchOp 메시지가 아닙니다(작업 { $operation }).
patch-error-value-not-object = 작업 { $operation }: 경로가 없으면 값은 속성으로 이루어진 객체여야 합니다.
patch-error-value-missing = 작업 { $operation }에는 값이 필요합니다.
patch-error-read-only = 작업 { $operation }에서 읽기 전용 속성을 변경하려고 합니다.
patch-error-invalid-path = 작업 { $operation }의 경로는 사용할 수 없습니다.
patch-error-no-target = 작업 { $operation }: 경로와 일치하는 항목이 없습니다.
patch-error-remove-needs-path = 작업 { $operation }: remove에는 경로가 필요합니다.
patch-error-too-many-operations = PATCH 요청 하나에는 최대 { $max }개의 작업을 포함할 수 있습니다.
patch-error-too-much-work = 작업 { $operation }: 이 PATCH 요청은 처리량이 너무 많습니다. 더 작은 요청 여러 개로 나누어 보내세요.

## 계정 서버의 프로토콜 오류.
scim-error-not-found = 해당 리소스가 없습니다.
scim-error-version-mismatch = 리소스를 읽은 후에 리소스가 변경되었습니다(버전이 더 이상 If-Match와 일치하지 않습니다).
scim-error-internal = 서버에서 요청을 완료할 수 없습니다. 아무것도 변경되지 않았습니다.
scim-error-bad-json = 요청 본문이 이 요청에 맞는 올바른 JSON이 아닙니다.
scim-error-taken = { $attribute } 값은 이미 다른 사용자가 사용하고 있습니다.
scim-error-too-many-attributes = 요청 하나에서 attributes 또는 excludedAttributes에 지정할 수 있는 속성은 최대 { $max }개입니다.
scim-error-sort-order = sortOrder는 "ascending" 또는 "descending"이어야 합니다.
scim-error-sort-by = 이 속성은 정렬에 사용할 수 없습니다.
scim-error-too-large = 요청 본문이 너무 큽니다.
scim-error-method = 이 메서드는 여기에서 허용되지 않습니다.
filter-error-unsupported-attribute = 필터에 { $attribute } 속성이 사용되었지만, 이 속성으로는 필터링할 수 없습니다.
filter-error-wrong-type = 필터에서 { $attribute } 속성을 잘못된 유형의 값과 비교하고 있습니다.

## 로그인.
auth-error-credentials = 이메일 주소 또는 비밀번호가 잘못되었습니다.
auth-error-locked = 로그인 실패 횟수가 너무 많습니다. 나중에 다시 시도하세요.
auth-error-busy = 현재 서버에서 많은 로그인을 확인하고 있습니다. 잠시 후 다시 시도하세요.
auth-error-token = 먼저 로그인하세요. 액세스 토큰이 없거나, 만료되었거나, 취소되었습니다.
scim-error-idempotency-reuse = 이 Idempotency-Key는 이미 다른 요청에 사용되었습니다.
scim-error-bad-id = 올바른 ID가 아닙니다.
auth-error-weak-password = 비밀번호는 { $min }자 이상이어야 합니다.
auth-error-current-password = 현재 비밀번호가 잘못되었습니다.
auth-error-long-password = 비밀번호가 너무 깁니다.
scim-error-undeliverable-address = 이 주소로는 이메일을 보낼 수 없습니다.
scim-error-nested-groups = 구성원은 사용자여야 합니다. 그룹에 그룹을 포함할 수 없습니다.
scim-error-unknown-member = 이 계정의 사용자가 아닙니다.
scim-error-other-group = { $user } 사용자는 이미 ‘{ $group }’ 그룹에 속해 있습니다. 먼저 해당 그룹에서 제거하세요.
scim-error-bulk-too-many = Bulk 요청 하나에는 최대 { $max }개의 작업을 포함할 수 있습니다.
scim-error-bulk-method = 메서드는 POST, PUT, PATCH 또는 DELETE여야 합니다.
scim-error-bulk-duplicate-id = 작업마다 고유한 bulkId가 있어야 합니다.
scim-error-bulk-reference = 이 작업이 참조하는 bulkId { $bulkId }의 작업으로 생성된 항목이 없습니다.
scim-error-bulk-circular = 작업들이 순환 방식으로 서로를 참조합니다.
scim-error-bad-time = 날짜 및 시간이 아닙니다(RFC 3339 형식, 예: 2026-05-13T06:42:34Z).
scim-error-no-route = 이 서버에는 해당 엔드포인트가 없습니다. 주소를 확인하세요.
