# Userdesk: why a SCIM resource was refused (Turkish). Shown to API clients in an
# error's "detail", and in the desktop app when the server refuses a synced change.

scim-error-required = Bu öznitelik zorunludur.
scim-error-not-a-string = Bu öznitelik bir dize olmalıdır.
scim-error-not-an-object = Bu öznitelik bir nesne olmalıdır.
scim-error-not-an-array = Bu öznitelik bir dizi olmalıdır.
scim-error-not-a-boolean = Bu öznitelik true veya false olmalıdır.
scim-error-invalid-value = Bu değer izin verilen değerlerden biri değil.

## Why a filter (or a PATCH path) could not be read; $position counts characters from 1.
filter-error-too-long = Filtre çok uzun.
filter-error-too-deep = Filtre çok derin iç içe geçiyor ({ $position }. karakterde).
filter-error-empty = Filtre boş.
filter-error-expected-attribute = { $position }. karakterde bir öznitelik adı bekleniyordu.
filter-error-expected-operator = { $position }. karakterde bir işleç (eq, ne, co, sw, ew, gt, ge, lt, le veya pr) bekleniyordu.
filter-error-expected-value = { $position }. karakterde bir değer ("dize", sayı, true, false veya null) bekleniyordu.
filter-error-bad-string = { $position }. karakterde başlayan dize kapatılmamış veya hatalı bir kaçış dizisi içeriyor.
filter-error-bad-number = { $position }. karakterdeki sayı geçerli değil.
filter-error-unclosed = { $position }. karakterden önce açılan bir parantez kapatılmamış.
filter-error-trailing = { $position }. karakterde beklenmeyen metin.
filter-error-nested-value-path = Bir değer filtresi başka bir değer filtresi içeremez ({ $position }. karakter).

## Why a PATCH was refused; $operation counts from 1.
patch-error-syntax = PATCH isteği geçerli bir PatchOp iletisi değil ({ $operation }. işlem).
patch-error-value-not-object = { $operation }. işlem: yol olmadan değer, özniteliklerden oluşan bir nesne olmalıdır.
patch-error-value-missing = { $operation }. işlem bir değer gerektiriyor.
patch-error-read-only = { $operation }. işlem salt okunur bir özniteliği değiştirmeye çalışıyor.
patch-error-invalid-path = { $operation }. işlemin yolu kullanılamıyor.
patch-error-no-target = { $operation }. işlem: yoluyla eşleşen hiçbir şey yok.
patch-error-remove-needs-path = { $operation }. işlem: “remove” işlemi bir yol gerektirir.
patch-error-too-many-operations = Bir PATCH isteği en fazla { $max } işlem içerebilir.
patch-error-too-much-work = { $operation }. işlem: bu PATCH isteği çok fazla iş gerektirir; isteği birkaç küçük istek hâlinde gönderin.

## Protocol errors of the account server.
scim-error-not-found = Böyle bir kaynak yok.
scim-error-version-mismatch = Kaynak, siz okuduktan sonra değiştirildi (sürümü artık If-Match ile eşleşmiyor).
scim-error-internal = Sunucu isteği tamamlayamadı. Hiçbir şey değiştirilmedi.
scim-error-bad-json = İstek gövdesi bu istek için geçerli bir JSON değil.
scim-error-taken = { $attribute } değeri zaten başka bir kullanıcı tarafından kullanılıyor.
scim-error-too-many-attributes = Bir istek, attributes veya excludedAttributes içinde en fazla { $max } öznitelik belirtebilir.
scim-error-sort-order = sortOrder “ascending” veya “descending” olmalıdır.
scim-error-sort-by = Bu öznitelik sıralama için kullanılamaz.
scim-error-too-large = İstek gövdesi çok büyük.
scim-error-method = Bu yönteme burada izin verilmiyor.
filter-error-unsupported-attribute = Filtre, filtrelemede kullanılamayan { $attribute } özniteliğini kullanıyor.
filter-error-wrong-type = Filtre, { $attribute } özniteliğini yanlış türde bir değerle karşılaştırıyor.

## Sign-in.
auth-error-credentials = E-posta adresi veya parola yanlış.
auth-error-locked = Çok fazla başarısız oturum açma denemesi. Daha sonra yeniden deneyin.
auth-error-busy = Sunucu şu anda çok sayıda oturum açma isteğini denetliyor. Birazdan yeniden deneyin.
auth-error-token = Önce oturum açın: erişim belirteci eksik, süresi dolmuş veya iptal edilmiş.
scim-error-idempotency-reuse = Bu Idempotency-Key farklı bir istek için zaten kullanıldı.
scim-error-bad-id = Bu geçerli bir kimlik (id) değil.
auth-error-weak-password = Bir parola en az { $min } karakter içermelidir.
auth-error-current-password = Geçerli parola yanlış.
auth-error-long-password = Bu parola çok uzun.
scim-error-undeliverable-address = Bu adrese e-posta gönderilemiyor.
scim-error-nested-groups = Üyeler kullanıcı olmalıdır; gruplar grup içeremez.
scim-error-unknown-member = Bu, bu hesabın bir kullanıcısı değil.
scim-error-other-group = { $user } adlı kullanıcı zaten { $group } grubuna ait. Önce kullanıcıyı o gruptan çıkarın.
scim-error-bulk-too-many = Bir Bulk isteği en fazla { $max } işlem içerebilir.
scim-error-bulk-method = Yöntem POST, PUT, PATCH veya DELETE olmalıdır.
scim-error-bulk-duplicate-id = Her işlemin kendine ait bir bulkId değeri olmalıdır.
scim-error-bulk-reference = İşlem, hiçbir şey oluşturmamış olan { $bulkId } bulkId değerine başvuruyor.
scim-error-bulk-circular = İşlemler döngüsel olarak birbirine başvuruyor.
scim-error-bad-time = Bu bir tarih ve saat değil (RFC 3339, örneğin 2026-05-13T06:42:34Z).
scim-error-no-route = Bu sunucuda böyle bir uç nokta yok. Adresi kontrol edin.
