# Userdesk: the desktop app's strings (Turkish).
# Every message missing here appears in English (en-US/app.ftl).

app-name = Userdesk
app-tagline = Kullanıcı profilleri, çevrimiçi ve çevrimdışı
nav-main = Ana gezinme
nav-users = Kullanıcılar
demo-badge = Tanıtım hesabı
demo-hint = Yalnızca bu bilgisayarda tutulan hayali kişiler. Kuruluşunuzun hesap sunucusuyla çalışmak için “Hesabım” bölümünden tanıtım hesabından çıkın.
cache-location = Yerel önbellek

## Users list
users-title = Kullanıcılar
users-count = { $count ->
    [one] { $count } kullanıcı
   *[other] { $count } kullanıcı
}
users-count-filtered = { $count ->
    [one] { $count } / { $total } kullanıcı
   *[other] { $count } / { $total } kullanıcı
}
users-search-label = Kullanıcı ara
users-search-placeholder = Ad, e-posta, personel kartı numarası veya telefonla ara
users-filters = Filtreler
filter-status = Durum
filter-status-all = Tüm durumlar
filter-type = Hesap türü
filter-type-all = Tüm hesap türleri
filter-role = Rol
filter-role-all = Tüm roller
filter-group = Grup
filter-group-all = Tüm gruplar
filter-clear = Filtreleri temizle
col-name = Ad
col-email = E-posta
col-badge = Personel kartı no.
col-title = Unvan
col-type = Hesap türü
col-status = Durum
col-since = Oluşturulma tarihi
sort-ascending = Artan sırada
sort-descending = Azalan sırada
users-empty = Eşleşen kullanıcı yok
users-empty-hint = Daha az harf yazmayı deneyin veya filtreleri temizleyin.
users-loading = Kullanıcılar yükleniyor…
users-open = { $name } adlı kullanıcının profilini aç

## Account types
type-super_admin = Süper yönetici
type-config_admin = Yapılandırma yöneticisi
type-internal = Dahili
type-external = Harici
type-one_time_completion = Tek seferlik tamamlama

## Statuses
status-created = Oluşturuldu
status-invited = Davet edildi
status-active = Etkin
status-inactive = Etkin değil

## User profile
profile-back = Kullanıcılara dön
profile-title = Kullanıcı profili
profile-section-personal = Kişisel bilgiler
profile-section-contact = İletişim
profile-section-account = Hesap
profile-section-preferences = Tercihler
profile-more-options = Diğer seçenekler
add-user = Yeni kullanıcı ekle
add-user-title = Yeni kullanıcı ekle
add-user-hint = Yeni kullanıcı hemen bu bilgisayara kaydedilir ve bir sonraki eşitlemede sunucuya ulaşır. Siz etkinleştirme e-postası gönderene kadar hiçbir e-posta gönderilmez.
add-user-submit = Kullanıcı ekle
add-user-cancel = İptal
dialog-close = Kapat
send-activation = Etkinleştirme e-postası gönder
send-activation-again = Daveti yeniden gönder
send-welcome = Hoş geldiniz e-postası gönder
send-password-reset = Parola sıfırlama e-postası gönder
email-queued = Sırada: sunucu bu e-postayı bir sonraki eşitlemede bir kez gönderecek.
email-handed-over = Sunucu e-postayı aldı: e-posta yolda.
deactivate = Devre dışı bırak
deactivate-title = Bu hesap devre dışı bırakılsın mı?
deactivate-text = { $name } adlı kullanıcının tüm oturumları hemen kapatılır ve hesap yeniden etkinleştirilene kadar bu kullanıcı oturum açamaz. Profilden hiçbir şey kaybolmaz; yeniden etkinleştirme aynı erişimi geri verir.
reactivate = Yeniden etkinleştir
profile-edit-hint = Değişiklikler, bir alandan ayrıldığınızda kaydedilir.
profile-email-hint = Bu adres aynı zamanda kullanıcı adıdır: bir sonraki oturum açmada yeni adres gerekir. Eski adrese gönderilen e-postalardaki bağlantılar artık çalışmaz.
field-first-name = Ad
field-last-name = Soyadı
field-title = Unvan
field-badge = Personel kartı numarası
field-email = E-posta (kullanıcı adı)
field-mobile = Cep telefonu
field-office = İş telefonu
field-extension = Dahili numara
field-language = Dil
field-group = Kullanıcı grubu
field-account-type = Hesap türü
field-roles = Roller
field-status = Durum
field-since = Oluşturulma tarihi
field-sso = Oturum açma
field-notifications = Bildirimler
field-presence = Çevrimiçi durumu
field-required = Zorunlu
value-not-set = Ayarlanmadı
phone-verified = Doğrulandı
phone-unverified = Doğrulanmadı
language-system = Tarayıcı/sistem varsayılanı
group-default = Varsayılan grup
group-manager = Grup yöneticisi
group-manager-default-hint = Özel bir grubu yalnızca o grubun üyeleri yönetebilir: önce bir grup seçin.
roles-none = Rol yok
roles-config-admin-only = Yalnızca yapılandırma yöneticilerinin rolleri olur
sso-yes = Çoklu oturum açma
sso-no = Parola
status-created-detail = Oluşturulma: { $when }. Etkinleştirme e-postası henüz gönderilmedi.
status-invited-detail = Etkinleştirme e-postasının son gönderimi: { $when }
status-active-detail = Etkinleştirilme: { $when }
status-inactive-detail = Devre dışı bırakıldı. Bu kullanıcı oturum açamaz.
last-active = Son etkinlik: { $when }
active-now = Şu anda etkin
saving = Kaydediliyor…
saved = Kaydedildi
last-saved = Son kaydedilen
restore-saved = Geri yükle
notif-instant = Anında
notif-hourly = Saatlik özet
notif-daily = Günlük özet
notif-weekly = Haftalık özet
notif-never = Hiçbir zaman
presence-online = Çevrimiçi
presence-away = Uzakta
presence-busy = Meşgul
presence-offline = Çevrimdışı

## Errors shown at a field
error-name-blank = Bu alan zorunludur ve boş bırakılamaz.
error-name-too-long = En fazla { $max } karakter kullanın.
error-control-character = Satır sonlarını ve diğer denetim karakterlerini kaldırın.
error-email-blank = E-posta adresi gereklidir.
error-email-too-long = Bir e-posta adresi en fazla { $max } karakter olabilir.
error-email-invalid = name@example.com biçiminde bir e-posta adresi girin.
error-badge-too-long = Personel kartı numarası en fazla { $max } karakter olabilir.
error-badge-invalid = Personel kartı numarası yalnızca harf, rakam ve “-”, “_” ile “.” içerebilir.
error-badge-taken = Bu personel kartı numarası zaten başka bir kullanıcıya ait.
error-email-taken = Bu e-posta adresi zaten başka bir kullanıcıya ait.
error-title-too-long = Unvan en fazla { $max } karakter olabilir.
error-phone-blank = Bir telefon numarası girin.
error-phone-country = Bir ülke seçin.
error-phone-invalid = Bu, seçilen ülke için geçerli bir telefon numarası değil.
error-extension-invalid = Dahili numara 1 ile 8 basamak arasındadır.
error-language-unsupported = Bu dil desteklenmiyor.
error-account-type-one-time = Bu türdeki bir hesap Tek seferlik tamamlama türüne dönüştürülemez.
error-account-type-unknown = Bilinmeyen hesap türü.
error-roles-too-many = Bir kullanıcının en fazla { $max } rolü olabilir.
error-role-administrator-users = “Yönetici” rolü kullanıcıları değil, yapılandırmayı yönetir.
error-lifecycle-sso = Çoklu oturum açma kullanan kullanıcılara etkinleştirme e-postası gönderilmez.
error-lifecycle-already-active = Bu hesap zaten etkin.
error-lifecycle-inactive = Bu hesap etkin değil. Önce hesabı yeniden etkinleştirin.
error-lifecycle-already-inactive = Bu hesap zaten etkin değil.
error-lifecycle-not-inactive = Yalnızca etkin olmayan bir hesap yeniden etkinleştirilebilir.
error-lifecycle-not-active = Bu hesap henüz etkin değil: bunun yerine etkinleştirme e-postasını gönderin.
error-phone-code-wait = { $seconds ->
    [one] Az önce bir kod gönderildi. Bir saniye sonra yeni bir kod isteyebilirsiniz.
   *[other] Az önce bir kod gönderildi. { $seconds } saniye sonra yeni bir kod isteyebilirsiniz.
}
error-phone-code-none = Bu numara için bekleyen bir kod yok. Önce bir doğrulama e-postası gönderin.
error-phone-code-expired = Bu kodun süresi doldu. Yeni bir kod gönderin.
error-phone-code-attempts = Çok fazla yanlış kod girildi. Yeni bir kod gönderin.
error-phone-code-wrong = { $left ->
    [one] Bu kod doğru değil. Bir deneme hakkı kaldı.
   *[other] Bu kod doğru değil. { $left } deneme hakkı kaldı.
}
error-phone-code-other-number = Bu kod başka bir numara için gönderildi. Yeni bir kod gönderin.
error-phone-sms-off = Bu sunucu SMS ile kod göndermiyor. E-postayı seçin.
error-phone-channel = Kodun nasıl gönderileceğini seçin: e-posta veya SMS ile.
error-phone-sms-failed = SMS gönderilemedi. Yeniden deneyin veya kodu e-postayla gönderin.
error-phone-code-today = Bu numara için bugün çok fazla deneme yapıldı. Yarın yeniden deneyin.
error-phone-sends-today = Bu numarayı doğrulamak için bugün yeterince kod gönderildi. Yarın yeniden deneyin.
error-user-not-found = Bu kullanıcı artık yok.
error-unknown-field = Bu alan burada düzenlenemez.
error-internal = Bir sorun oluştu ve hiçbir şey değiştirilmedi. Ayrıntılar günlükte.

## Why an action is not allowed
denied-actor-inactive = Hesabınız etkin değil.
denied-missing-permission = “{ $permission }” iznine sahip olmanız gerekir.
denied-own-account-type = Hiç kimse kendi hesap türünü değiştiremez.
denied-own-status = Kendi hesabınızı devre dışı bırakamazsınız.
denied-super-admin-only = Bunu bir süper yöneticiye yalnızca bir süper yönetici yapabilir.
denied-roles-config-admin-only = Yalnızca yapılandırma yöneticilerinin rolleri olur.
denied-unknown-role = Bu hesabın rol kataloğunda “{ $role }” adlı bir rol yok.
denied-grant-beyond-own = “{ $permission }” iznini veremezsiniz: bu izne kendiniz sahip değilsiniz.
denied-target-holds-more = Bu kullanıcı, sizin sahip olmadığınız “{ $permission }” iznine sahip: bu kullanıcıyı yalnızca onun tüm izinlerine sahip olan biri yönetebilir.
error-group-name-blank = Bir grup adı girin.
error-group-name-too-long = Bir grup adı en fazla { $max } karakter olabilir.
error-group-name-control = Grup adı denetim karakterleri içeremez.
error-group-manager-default = Özel bir grubun yöneticileri yalnızca o grubun üyeleri olabilir.
error-group-unknown = Bu grup hesapta (artık) yok. Başka bir grup seçin.

## Sync
nav-sync = Eşitleme
sync-online = Çevrimiçi
sync-offline = Çevrimdışı
sync-connecting = Bağlanılıyor…
sync-syncing = Eşitleniyor…
sync-now = Şimdi eşitle
sync-last = Son eşitleme: { $when }
sync-never = Henüz eşitlenmedi
sync-title = Eşitleme
sync-server = Hesap sunucusu
sync-demo-server = tanıtım hesabının sunucusu, bu bilgisayarda
sync-problem-offline = Hesap sunucusuna ulaşılamıyor. Düzenlemeleriniz bu bilgisayara kaydedildi ve sunucu yeniden erişilebilir olduğunda gönderilecek.
sync-problem-server = Hesap sunucusunda bir sorun oluştu. Eşitleme kısa süre sonra yeniden denenecek.
sync-problem-incomplete = Henüz her şey gönderilemedi. Eşitleme kısa süre sonra yeniden denenecek.
sync-problem-sign-in = Hesap sunucusuyla eşitlemek için yeniden oturum açın.
permissions-changed = Burada yapabilecekleriniz hesap sunucusunda değişti: ekranlar artık yeni izinlerinize göre çalışıyor.
notice-dismiss = Kapat
sync-pending-title = Gönderilmeyi bekleyenler
sync-pending-empty = Bekleyen bir şey yok: tüm düzenlemeler sunucuya ulaştı.
sync-pending-offline = Çevrimiçi olunca gönderilecek
sync-made = Düzenlenme: { $when }
sync-conflicts-title = Çakışmalar
sync-conflicts-hint = Bu alanlar siz de düzenlerken sunucuda değiştirildi. Korunacak değeri seçin.
sync-conflicts-empty = Çakışma yok.
sync-mine = Sizin değeriniz
sync-theirs = Sunucudaki
sync-theirs-by = Değiştiren: { $who }, { $when }
sync-theirs-when = Değiştirilme: { $when }
sync-keep-mine = Benimkini koru
sync-take-theirs = Sunucudakini al
sync-keep-all-mine = Tümünde benimkini koru
sync-take-all-theirs = Tümünde sunucudakini al
sync-rejected-title = Sunucu tarafından reddedilenler
sync-rejected-empty = Reddedilen bir şey yok.
sync-rejected-deleted = Kullanıcı sunucuda silindi.
sync-rejected-unmergeable = Bu düzenleme, kullanıcının sunucudaki sürümüyle birleştirilemiyor ({ $reason }).
sync-fix = Düzelt
sync-discard = Değişikliği at
sync-deleted-user = Sunucuda silinmiş bir kullanıcı
sync-state-synced = Eşitlendi
sync-state-pending = Bekliyor
sync-state-conflict = Çakışma
sync-state-rejected = Reddedildi
value-cleared = (temizlendi)
profile-sync-pending = Bu kullanıcıda yaptığınız düzenlemeler bu bilgisayara kaydedildi ve hesap sunucusuna gönderilmeyi bekliyor.
profile-sync-conflict = Bu kullanıcı, siz de düzenlerken sunucuda değiştirildi. Korunacak değerleri Eşitleme ekranında seçin.
profile-sync-rejected = Hesap sunucusu bu kullanıcıdaki bir düzenlemeyi reddetti. Nedenini Eşitleme ekranında görebilirsiniz.
profile-sync-open = Eşitleme ekranını aç

## Sign in
nav-sign-in = Oturum aç
sign-in-title = Hesap sunucunuzda oturum açın
sign-in-hint = Düzenlemeleriniz bu bilgisayarda tutulur; böylece oturum açtıktan sonra çevrimdışı çalışmaya devam edebilirsiniz.
sign-in-server = Sunucu adresi
sign-in-insecure = Bu adres http:// ile başlıyor: parolalar ve tüm kullanıcıların verileri ağda şifrelenmeden iletilir. Sunucunun https:// adresini yöneticinizden isteyin.
sign-in-email = E-posta
sign-in-password = Parola
sign-in-submit = Oturum aç
sign-in-busy = Oturum açılıyor…
sign-out = Oturumu kapat
sign-in-refused = E-posta adresi veya parola doğru değil.
sign-in-unreachable = Hesap sunucusuna ulaşılamıyor. Adresi ve ağ bağlantınızı kontrol edin.
sign-in-not-a-server = Bu adreste yanıt veren bir Userdesk hesap sunucusu yok.
sign-in-password-missing = Parolanızı girin.
sign-in-server-missing = Kuruluşunuzun hesap sunucusunun adresini girin.
sign-in-server-invalid = Bu bir sunucu adresi değil. Adresi accounts.example.com veya https://accounts.example.com biçiminde yazın.
sign-in-demo-hint = Henüz bir hesap sunucunuz yok mu? Tanıtım hesabında 500 hayali kişi bulunur ve yalnızca bu bilgisayarda çalışır.
sign-in-demo-choice = Tanıtım hesabını kullan
sign-in-demo-busy = Tanıtım hesabı açılıyor…
sign-in-other-account-pending = Burada başka bir hesapla yapılan düzenlemeler hâlâ gönderilmeyi bekliyor. Önce o hesapla oturum açın.
sign-in-use-token = Bunun yerine API belirteci kullan
sign-in-use-password = Bunun yerine e-posta ve parolayla oturum aç
sign-in-token = API belirteci
sign-in-token-hint = API belirteçleri veren bir SCIM sunucusu için. Belirteç bu bilgisayarın anahtar zincirinde saklanır.
sign-in-token-missing = API belirtecini girin.
sign-in-token-invalid = API belirteci boşluk veya özel karakter içermez. Belirteci yeniden yapıştırın.
sign-in-token-refused = Sunucu bu API belirtecini kabul etmiyor.
sign-in-not-scim = Bu adreste yanıt veren bir SCIM sunucusu yok.
sync-account-token = API belirteci
sync-rejected-not-offered = Bu hesap sunucusu bu özelliği sunmuyor.

## Phones and their verification
phone-country = Ülke
extension-needs-phone = Önce bir iş telefonu numarası ekleyin.
error-extension-needs-phone = Dahili numara için bir iş telefonu numarası gerekir.
verify-phone = Numarayı doğrula
verify-title = Cep telefonu numarasını doğrula
verify-intro = Userdesk, kullanıcının e-posta adresine 6 haneli bir kod gönderir. Bu numarayı doğrulanmış olarak işaretlemek için kullanıcının orada gördüğü kodu girin.
verify-country-search = Ülke ara
verify-send = Doğrulama e-postası gönder
verify-queued = Kodu içeren e-posta, bu bilgisayar hesap sunucusuna ulaşır ulaşmaz gönderilir.
verify-code = Doğrulama kodu
verify-digit = { $n }. hane
verify-submit = Doğrula
error-phone-code-format = Kodun altı hanesini girin.
error-phone-not-synced = Bu kullanıcı henüz hesap sunucusunda yok. Önce eşitleyin, sonra doğrulayın.
error-phone-not-offered = Bu hesap sunucusu telefon numaralarını doğrulamıyor.
error-phone-offline = Kodu denetlemek için hesap sunucusuna bağlantı gerekir.

## Account type
error-account-type-own = Hiç kimse kendi hesap türünü değiştiremez.
account-type-own-hint = Bu sizin kendi hesabınız: hiç kimse kendi hesap türünü değiştiremez.
ask-activation-title = Etkinleştirme e-postası gönderilsin mi?
ask-activation-text = { $name } adlı kullanıcının artık tam bir hesabı var ve bu hesabı etkinleştirmesi gerekiyor. Etkinleştirme e-postasını şimdi veya daha sonra durum panelinden gönderin.
ask-activation-send = Etkinleştirme e-postası gönder
ask-activation-later = Daha sonra yapacağım

## Roles editor
roles-edit = Rolleri düzenle
roles-edit-title = Rolleri düzenle
roles-own-hint = Hiç kimse kendi rollerini değiştiremez.
roles-intro = Bir yapılandırma yöneticisi, rollerinden herhangi birinin izin verdiği her şeyi yapabilir. Bu yöneticinin sahip olacağı rolleri seçin.
roles-count = { $count ->
    [one] Bir rol seçildi, en fazla { $max }.
   *[other] { $count } rol seçildi, en fazla { $max }.
}
roles-limit-reached = Bir kullanıcının en fazla { $max } rolü olabilir: başka bir rol eklemek için birini kaldırın.
roles-effective = Bu roller birlikte şunlara izin verir
roles-save = Rolleri kaydet
role-built-in = Yerleşik
roles-unknown-kept = Bu bilgisayar henüz tanımasa da korunanlar:
error-roles-config-admin-only = Yalnızca yapılandırma yöneticilerinin rolleri olur.
error-role-unknown = “{ $role }” rolü bu hesabın kataloğunda yok.
permission-users-view = Kullanıcıları görme
permission-users-edit = Kullanıcıları düzenleme
permission-users-create = Kullanıcı ekleme
permission-users-deactivate = Kullanıcıları devre dışı bırakma
permission-users-invite = Davet gönderme
permission-roles-assign = Rol atama
permission-config-manage = Yapılandırmayı yönetme
permission-audit-view = Geçmişi okuma

## Row actions on the Users list
row-actions-title = Eylemler
action-open = Profili aç
field-restricted = Kısıtlı

## My Account
nav-account = Hesabım
account-title = Hesabım
account-section-profile = Profiliniz
account-username-hint = E-posta adresiniz kullanıcı adınızdır: bir sonraki oturum açmada yeni adres gerekir. Parolanız aynı kalır.
account-section-password = Parola
account-password-hint = Yeni bir parola belirlemek için şu anki parolanızı girin. Diğer oturumlarınız kapatılır.
account-password-current = Geçerli parola
account-password-new = Yeni parola
account-password-repeat = Yeni parola (tekrar)
account-password-submit = Parolayı değiştir
account-password-busy = Değiştiriliyor…
account-password-changed = Parolanız değiştirildi. Diğer cihazlardaki oturumlarınız kapatıldı.
account-password-current-missing = Geçerli parolanızı girin.
account-password-new-missing = Yeni parolayı girin.
account-password-mismatch = İki yeni parola aynı değil.
account-password-unchanged = Yeni parola, şu anki parolanızla aynı.
account-password-demo = Tanıtım hesabında değiştirebileceğiniz bir parolanız yok.
account-password-token = API belirteciyle oturum açtınız: burada değiştirebileceğiniz bir parolanız yok.
account-password-offline = Parolanızı değiştirmek için hesap sunucusu gerekir ve sunucuya şu anda ulaşılamıyor. Çevrimiçi olduğunuzda yeniden deneyin.
account-section-preferences = Tercihler
account-app-language = Bu uygulamanın dili
account-app-language-hint = Bu bilgisayarda tutulur. “Tarayıcı/sistem varsayılanı”, sisteminizin dilini izler.
account-section-sign-out = Oturumu kapat
account-sign-out-hint = Henüz gönderilmemiş düzenlemeleriniz bu bilgisayarda kalır ve yeniden oturum açtığınızda sunucuya gönderilir.
account-username-demo = Tanıtım hesabı bu kullanıcı adıyla oturum açar; bu nedenle kullanıcı adı değiştirilemez.
account-leave-demo = Tanıtım hesabından çık
account-leave-demo-hint = Tanıtım hesabı bu bilgisayarda kalır. Ardından kuruluşunuzun hesap sunucusunda oturum açabilirsiniz.
account-token-note = API belirteciyle oturum açıldı: kişisel hesap yok.
account-no-profile = Kendi profiliniz henüz bu bilgisayardaki kopyada yok. Bir sonraki eşitlemeden sonra görünür.

## A user's history
profile-section-history = Geçmiş
history-loading = Geçmiş okunuyor…
history-empty = Bu kullanıcı için henüz hiçbir şey kaydedilmedi.
history-offline = Çevrimdışı: bu, geçmişin bu bilgisayar tarafından en son okunan hâlidir.
history-waiting = Henüz gönderilmedi
history-waiting-hint = Bu bilgisayarda yapıldı; bir sonraki eşitlemede sunucuya ulaşır.
history-older = Daha eskileri göster
history-made = Yapılma zamanı: { $when }
history-made-offline = Çevrimdışı yapıldı: { $when }
history-reached = sunucuya ulaştı: { $when }
history-you = Siz
history-someone = Başka biri
history-not-offered = Bu hesap sunucusu, Userdesk'in okuyabileceği bir geçmiş tutmuyor.
history-denied = Geçmişi okuyamazsınız: bunun için denetim kaydını görüntüleme izni gerekir.
answer-yes = Evet
answer-no = Hayır
history-avatar-set = Bir resim
history-not-set = (ayarlanmadı)
field-avatar = Profil resmi
history-action-create = Hesap oluşturma
history-action-update = Profil değişikliği
history-action-deactivate = Hesabı devre dışı bırakma
history-action-reactivate = Hesabı yeniden etkinleştirme
history-action-delete = Hesabı silme
history-action-activate = Hesabı etkinleştirme
history-action-set-password = Parola belirleme
history-action-send-activation-email = Etkinleştirme e-postası gönderme
history-action-send-welcome-email = Hoş geldiniz e-postası gönderme
history-action-send-password-reset-email = Parola sıfırlama e-postası gönderme
history-action-start-phone-verification = Telefon doğrulama kodu gönderme
history-action-verify-phone = Cep telefonu numarasını doğrulama

## The avatar: why a picked file cannot become one.
avatar-missing = Dosya artık orada değil. Seçildikten sonra taşınmış veya silinmiş olabilir.
avatar-not-a-file = Bu bir klasör. Bir PNG veya JPEG resmi seçin.
avatar-unreadable = Bu dosya okunamıyor. Dosyayı açma izniniz olup olmadığını kontrol edin.
avatar-empty = Bu dosya boş.
avatar-file-too-large = Bu dosya çok büyük: en fazla { $max } MB olabilir.
avatar-not-an-image = Bu dosya bir PNG veya JPEG resmi değil.
avatar-too-many-pixels = Bu resim çok büyük: en fazla { $max } megapiksel olabilir.
avatar-damaged = Bu resim hasarlı veya eksik olduğundan gösterilemiyor.
avatar-crop-outside = Korunacak kare, resmin içinde olmalıdır.
avatar-encode-failed = Bu resimden avatar oluşturulamadı.
avatar-cannot-write = Avatar şu klasöre yazılamadı: { $folder }
error-picture-too-long = Bir resim adresi en fazla { $max } karakter olabilir.
error-picture-not-a-url = Bir resim adresi, kullanıcı adı veya parola içermeyen bir http ya da https URL'si olmalıdır.
error-picture-upload = Bu resim sunucuda yok. Avatarı, resmini yükleyerek ayarlayın.
avatar-set-from-file = Avatar bir resim dosyasından ayarlanır: “Resim ekle” düğmesini kullanın.
avatar-unavailable = Bu sunucu resim tutmuyor; bu nedenle burada avatar ayarlanamaz. Avatarlar bir Userdesk hesap sunucusunda ayarlanabilir.
avatar-picture-gone = Resim artık bu bilgisayarda değil. Resmi yeniden seçin.
avatar-dialog-title = Profil resmi seçin
avatar-dialog-filter = PNG veya JPEG resimleri
avatar-add = Resim ekle
avatar-change = Resmi değiştir
avatar-remove = Kaldır
avatar-drop-hint = veya bir PNG ya da JPEG resmini buraya bırakın
avatar-drop-not-a-picture = Avatarın üzerine bir PNG veya JPEG resmi bırakın.
avatar-editor-title = Profil resmi
avatar-editor-stage = Avatar olacak kareyle birlikte resim
avatar-editor-keys = Kareyi taşımak için sürükleyin veya ok tuşlarını kullanın; + ve − yakınlaştırır/uzaklaştırır; R döndürür.
avatar-zoom = Yakınlaştır
avatar-rotate = 90° döndür
avatar-preview = Önizleme
avatar-set = Avatar olarak ayarla
avatar-cancel = İptal
avatar-saving = Kaydediliyor…
avatar-opening = Resim açılıyor…
