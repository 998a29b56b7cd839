# Userdesk: the desktop app's strings (Arabic).
# Every message missing here appears in English (en-US/app.ftl).

app-name = Userdesk
app-tagline = الملفات الشخصية للمستخدمين، مع الاتصال وبدونه
nav-main = التنقل الرئيسي
nav-users = المستخدمون
demo-badge = الحساب التجريبي
demo-hint = أشخاص وهميون محفوظون على هذا الكمبيوتر فقط. للعمل مع خادم الحسابات الخاص بمؤسستك، غادر الحساب التجريبي من صفحة «حسابي».
cache-location = ذاكرة التخزين المؤقت المحلية

## Users list
users-title = المستخدمون
users-count = { $count ->
    [zero] لا يوجد مستخدمون
    [one] مستخدم واحد
    [two] مستخدمان
    [few] { $count } مستخدمين
    [many] { $count } مستخدمًا
   *[other] { $count } مستخدم
}
users-count-filtered = { $total ->
    [zero] { $count } من أصل { $total } مستخدم
    [one] { $count } من أصل مستخدم واحد
    [two] { $count } من أصل مستخدمَين
    [few] { $count } من أصل { $total } مستخدمين
    [many] { $count } من أصل { $total } مستخدمًا
   *[other] { $count } من أصل { $total } مستخدم
}
users-search-label = البحث عن مستخدمين
users-search-placeholder = ابحث بالاسم أو البريد الإلكتروني أو رقم الشارة أو الهاتف
users-filters = عوامل التصفية
filter-status = الحالة
filter-status-all = كل الحالات
filter-type = نوع الحساب
filter-type-all = كل أنواع الحسابات
filter-role = الدور
filter-role-all = كل الأدوار
filter-group = المجموعة
filter-group-all = كل المجموعات
filter-clear = مسح عوامل التصفية
col-name = الاسم
col-email = البريد الإلكتروني
col-badge = رقم الشارة
col-title = المسمى الوظيفي
col-type = نوع الحساب
col-status = الحالة
col-since = تاريخ الإنشاء
sort-ascending = مرتّب تصاعديًا
sort-descending = مرتّب تنازليًا
users-empty = لا يوجد مستخدمون مطابقون
users-empty-hint = جرّب كتابة أحرف أقل، أو امسح عوامل التصفية.
users-loading = جارٍ تحميل المستخدمين…
users-open = فتح الملف الشخصي للمستخدم { $name }

## Account types
type-super_admin = مسؤول أعلى
type-config_admin = مسؤول التكوين
type-internal = داخلي
type-external = خارجي
type-one_time_completion = إكمال لمرة واحدة

## Statuses
status-created = تم الإنشاء
status-invited = تمت الدعوة
status-active = نشط
status-inactive = غير نشط

## User profile
profile-back = العودة إلى المستخدمين
profile-title = الملف الشخصي للمستخدم
profile-section-personal = المعلومات الشخصية
profile-section-contact = معلومات الاتصال
profile-section-account = الحساب
profile-section-preferences = التفضيلات
profile-more-options = مزيد من الخيارات
add-user = إضافة مستخدم جديد
add-user-title = إضافة مستخدم جديد
add-user-hint = يُحفظ المستخدم الجديد على هذا الكمبيوتر فورًا، ويصل إلى الخادم مع المزامنة التالية. لا تُرسل أي رسالة بريد إلكتروني إلى أن ترسل رسالة التنشيط.
add-user-submit = إضافة المستخدم
add-user-cancel = إلغاء
dialog-close = إغلاق
send-activation = إرسال رسالة التنشيط
send-activation-again = إعادة إرسال الدعوة
send-welcome = إرسال رسالة الترحيب
send-password-reset = إرسال رسالة إعادة تعيين كلمة المرور
email-queued = في قائمة الانتظار: سيرسلها الخادم مرة واحدة عند المزامنة التالية.
email-handed-over = تسلّم الخادم الرسالة، وهي في طريقها الآن.
deactivate = إلغاء التنشيط
deactivate-title = هل تريد إلغاء تنشيط هذا الحساب؟
deactivate-text = سيتم تسجيل خروج المستخدم { $name } من كل مكان فورًا، ولن يتمكن من تسجيل الدخول حتى تتم إعادة تنشيط الحساب. لن يُفقد أي شيء من الملف الشخصي، وعند إعادة التنشيط يستعيد صلاحيات الوصول نفسها.
reactivate = إعادة التنشيط
profile-edit-hint = تُحفظ التغييرات عند مغادرة الحقل.
profile-email-hint = هذا العنوان هو أيضًا اسم المستخدم: يجب استخدام العنوان الجديد عند تسجيل الدخول التالي. وتتوقف الروابط الواردة في الرسائل المرسلة إلى العنوان القديم عن العمل.
field-first-name = الاسم الأول
field-last-name = اسم العائلة
field-title = المسمى الوظيفي
field-badge = رقم الشارة
field-email = البريد الإلكتروني (اسم المستخدم)
field-mobile = الهاتف المحمول
field-office = هاتف المكتب
field-extension = الرقم الداخلي
field-language = اللغة
field-group = مجموعة المستخدمين
field-account-type = نوع الحساب
field-roles = الأدوار
field-status = الحالة
field-since = تاريخ الإنشاء
field-sso = تسجيل الدخول
field-notifications = الإشعارات
field-presence = التواجد
field-required = مطلوب
value-not-set = غير محدد
phone-verified = تم التحقق منه
phone-unverified = لم يتم التحقق منه
language-system = الإعداد الافتراضي للمتصفح/النظام
group-default = المجموعة الافتراضية
group-manager = مدير المجموعة
group-manager-default-hint = لا يمكن إدارة مجموعة مخصصة إلا لأعضائها: اختر مجموعة أولاً.
roles-none = لا توجد أدوار
roles-config-admin-only = الأدوار متاحة لمسؤولي التكوين فقط
sso-yes = تسجيل الدخول الأحادي
sso-no = كلمة المرور
status-created-detail = تم الإنشاء في { $when }. لم تُرسل رسالة التنشيط بعد.
status-invited-detail = آخر إرسال لرسالة التنشيط: { $when }
status-active-detail = تم التنشيط في { $when }
status-inactive-detail = تم إلغاء التنشيط. لا يمكن لهذا المستخدم تسجيل الدخول.
last-active = آخر نشاط { $when }
active-now = نشط الآن
saving = جارٍ الحفظ…
saved = تم الحفظ
last-saved = آخر قيمة محفوظة
restore-saved = استعادة
notif-instant = فورًا
notif-hourly = ملخص كل ساعة
notif-daily = ملخص يومي
notif-weekly = ملخص أسبوعي
notif-never = أبدًا
presence-online = متصل
presence-away = غائب
presence-busy = مشغول
presence-offline = غير متصل

## Errors shown at a field
error-name-blank = هذا الحقل مطلوب ولا يمكن تركه فارغًا.
error-name-too-long = يجب ألا يزيد عدد الأحرف على { $max }.
error-control-character = أزل فواصل الأسطر وأحرف التحكم الأخرى.
error-email-blank = عنوان البريد الإلكتروني مطلوب.
error-email-too-long = يجب ألا يزيد عدد أحرف عنوان البريد الإلكتروني على { $max }.
error-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.com.
error-badge-too-long = يجب ألا يزيد عدد أحرف رقم الشارة على { $max }.
error-badge-invalid = يمكن أن يحتوي رقم الشارة على الحروف والأرقام و«-» و«_» و«.» فقط.
error-badge-taken = رقم الشارة هذا مخصص بالفعل لمستخدم آخر.
error-email-taken = عنوان البريد الإلكتروني هذا مخصص بالفعل لمستخدم آخر.
error-title-too-long = يجب ألا يزيد عدد أحرف المسمى الوظيفي على { $max }.
error-phone-blank = أدخل رقم هاتف.
error-phone-country = اختر بلدًا.
error-phone-invalid = هذا ليس رقم هاتف صالحًا للبلد المحدد.
error-extension-invalid = يتكون الرقم الداخلي من 1 إلى 8 أرقام.
error-language-unsupported = هذه اللغة غير مدعومة.
error-account-type-one-time = لا يمكن تحويل حساب من هذا النوع إلى «إكمال لمرة واحدة».
error-account-type-unknown = نوع حساب غير معروف.
error-roles-too-many = يجب ألا يزيد عدد أدوار المستخدم على { $max }.
error-role-administrator-users = يدير دور «المسؤول» التكوين، وليس المستخدمين.
error-lifecycle-sso = لا تُرسل رسالة تنشيط إلى المستخدمين الذين يستخدمون تسجيل الدخول الأحادي.
error-lifecycle-already-active = هذا الحساب نشط بالفعل.
error-lifecycle-inactive = هذا الحساب غير نشط. أعد تنشيطه أولاً.
error-lifecycle-already-inactive = هذا الحساب غير نشط بالفعل.
error-lifecycle-not-inactive = لا يمكن إعادة تنشيط إلا الحساب غير النشط.
error-lifecycle-not-active = هذا الحساب لم يُنشَّط بعد: أرسل رسالة التنشيط بدلاً من ذلك.
error-phone-code-wait = { $seconds ->
    [zero] تم إرسال رمز للتو. يمكنك الآن طلب رمز آخر.
    [one] تم إرسال رمز للتو. يمكنك طلب رمز آخر بعد ثانية واحدة.
    [two] تم إرسال رمز للتو. يمكنك طلب رمز آخر بعد ثانيتين.
    [few] تم إرسال رمز للتو. يمكنك طلب رمز آخر بعد { $seconds } ثوانٍ.
    [many] تم إرسال رمز للتو. يمكنك طلب رمز آخر بعد { $seconds } ثانية.
   *[other] تم إرسال رمز للتو. يمكنك طلب رمز آخر بعد { $seconds } ثانية.
}
error-phone-code-none = لا يوجد رمز بانتظار هذا الرقم. أرسل رسالة التحقق أولاً.
error-phone-code-expired = انتهت صلاحية هذا الرمز. أرسل رمزًا جديدًا.
error-phone-code-attempts = تم إدخال رموز خاطئة كثيرة جدًا. أرسل رمزًا جديدًا.
error-phone-code-wrong = { $left ->
    [zero] هذا الرمز غير صحيح. لم تتبقَّ أي محاولة.
    [one] هذا الرمز غير صحيح. تتبقى لك محاولة واحدة.
    [two] هذا الرمز غير صحيح. تتبقى لك محاولتان.
    [few] هذا الرمز غير صحيح. تتبقى لك { $left } محاولات.
    [many] هذا الرمز غير صحيح. تتبقى لك { $left } محاولة.
   *[other] هذا الرمز غير صحيح. تتبقى لك { $left } محاولة.
}
error-phone-code-other-number = أُرسل هذا الرمز إلى رقم آخر. أرسل رمزًا جديدًا.
error-phone-sms-off = لا يرسل هذا الخادم الرموز عبر الرسائل القصيرة. اختر البريد الإلكتروني.
error-phone-channel = اختر طريقة إرسال الرمز: عبر البريد الإلكتروني أو عبر رسالة قصيرة.
error-phone-sms-failed = تعذّر إرسال الرسالة القصيرة. حاول مرة أخرى، أو أرسل الرمز عبر البريد الإلكتروني.
error-phone-code-today = محاولات كثيرة جدًا لهذا الرقم اليوم. حاول مرة أخرى غدًا.
error-phone-sends-today = أُرسل اليوم ما يكفي من الرموز للتحقق من هذا الرقم. حاول مرة أخرى غدًا.
error-user-not-found = لم يعد هذا المستخدم موجودًا.
error-unknown-field = لا يمكن تعديل هذا الحقل هنا.
error-internal = حدث خطأ ما، ولم يتم تغيير أي شيء. التفاصيل في ملف السجل.

## Why an action is not allowed
denied-actor-inactive = حسابك غير نشط.
denied-missing-permission = تحتاج إلى الإذن «{ $permission }».
denied-own-account-type = لا يمكن لأحد تغيير نوع حسابه.
denied-own-status = لا يمكنك إلغاء تنشيط حسابك.
denied-super-admin-only = لا يمكن إلا لمسؤول أعلى تنفيذ هذا الإجراء على مسؤول أعلى.
denied-roles-config-admin-only = الأدوار متاحة لمسؤولي التكوين فقط.
denied-unknown-role = لا يوجد دور «{ $role }» في قائمة أدوار هذا الحساب.
denied-grant-beyond-own = لا يمكنك منح الإذن «{ $permission }»، لأنك لا تملكه.
denied-target-holds-more = يملك هذا المستخدم الإذن «{ $permission }» الذي لا تملكه: لا يمكن إدارة مستخدم إلا لمن يملك كل الأذونات التي يملكها.
error-group-name-blank = أدخل اسم المجموعة.
error-group-name-too-long = يجب ألا يزيد عدد أحرف اسم المجموعة على { $max }.
error-group-name-control = لا يمكن أن يحتوي اسم المجموعة على أحرف تحكم.
error-group-manager-default = لا يمكن أن يكون مديرو المجموعة المخصصة إلا من أعضائها.
error-group-unknown = هذه المجموعة غير موجودة في الحساب (أو لم تعد موجودة). اختر مجموعة أخرى.

## Sync
nav-sync = المزامنة
sync-online = متصل
sync-offline = غير متصل
sync-connecting = جارٍ الاتصال…
sync-syncing = جارٍ المزامنة…
sync-now = المزامنة الآن
sync-last = آخر مزامنة { $when }
sync-never = لم تتم المزامنة بعد
sync-title = المزامنة
sync-server = خادم الحسابات
sync-demo-server = خادم الحساب التجريبي، على هذا الكمبيوتر
sync-problem-offline = يتعذّر الوصول إلى خادم الحسابات. تعديلاتك محفوظة على هذا الكمبيوتر، وسيتم إرسالها عند عودة الاتصال به.
sync-problem-server = حدثت مشكلة في خادم الحسابات. ستتم إعادة محاولة المزامنة بعد قليل.
sync-problem-incomplete = تعذّر إرسال كل شيء حتى الآن. ستتم إعادة محاولة المزامنة بعد قليل.
sync-problem-sign-in = سجّل الدخول مرة أخرى للمزامنة مع خادم الحسابات.
permissions-changed = تغيّر على خادم الحسابات ما يُسمح لك بفعله هنا: أصبحت الشاشات تتبع أذوناتك الجديدة.
notice-dismiss = إخفاء
sync-pending-title = في انتظار الإرسال
sync-pending-empty = لا شيء في الانتظار: وصلت كل التعديلات إلى الخادم.
sync-pending-offline = سيتم الإرسال عند الاتصال
sync-made = تم التعديل في { $when }
sync-conflicts-title = التعارضات
sync-conflicts-hint = تم تغيير هذه الحقول على الخادم بينما كنت تعدّلها أنت أيضًا. اختر القيمة التي تريد الاحتفاظ بها.
sync-conflicts-empty = لا توجد تعارضات.
sync-mine = قيمتك
sync-theirs = على الخادم
sync-theirs-by = تم التغيير بواسطة { $who } في { $when }
sync-theirs-when = تم التغيير في { $when }
sync-keep-mine = الاحتفاظ بقيمتي
sync-take-theirs = اعتماد قيمة الخادم
sync-keep-all-mine = الاحتفاظ بكل قيمي
sync-take-all-theirs = اعتماد كل قيم الخادم
sync-rejected-title = التعديلات التي رفضها الخادم
sync-rejected-empty = لم يُرفض أي شيء.
sync-rejected-deleted = تم حذف المستخدم على الخادم.
sync-rejected-unmergeable = لا يمكن دمج هذا التعديل مع نسخة الخادم من بيانات المستخدم ({ $reason }).
sync-fix = إصلاح
sync-discard = تجاهل
sync-deleted-user = مستخدم محذوف على الخادم
sync-state-synced = تمت المزامنة
sync-state-pending = قيد الانتظار
sync-state-conflict = تعارض
sync-state-rejected = مرفوض
value-cleared = (تم المسح)
profile-sync-pending = تعديلاتك على هذا المستخدم محفوظة على هذا الكمبيوتر، وهي في انتظار إرسالها إلى خادم الحسابات.
profile-sync-conflict = تم تغيير هذا المستخدم على الخادم بينما كنت تعدّله أنت أيضًا. اختر القيم التي تريد الاحتفاظ بها في شاشة «المزامنة».
profile-sync-rejected = رفض خادم الحسابات تعديلاً على هذا المستخدم. اطّلع على السبب في شاشة «المزامنة».
profile-sync-open = فتح «المزامنة»

## Sign in
nav-sign-in = تسجيل الدخول
sign-in-title = تسجيل الدخول إلى خادم الحسابات
sign-in-hint = تُحفظ تعديلاتك على هذا الكمبيوتر، لذا يمكنك مواصلة العمل دون اتصال بعد تسجيل الدخول.
sign-in-server = عنوان الخادم
sign-in-insecure = يبدأ هذا العنوان بالبادئة http://، أي أن كلمات المرور وبيانات جميع المستخدمين ستنتقل عبر الشبكة دون تشفير. اطلب من المسؤول لديك عنوان الخادم الذي يبدأ بالبادئة https://.
sign-in-email = البريد الإلكتروني
sign-in-password = كلمة المرور
sign-in-submit = تسجيل الدخول
sign-in-busy = جارٍ تسجيل الدخول…
sign-out = تسجيل الخروج
sign-in-refused = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
sign-in-unreachable = يتعذّر الوصول إلى خادم الحسابات. تحقق من العنوان ومن اتصالك بالشبكة.
sign-in-not-a-server = لا يستجيب أي خادم حسابات Userdesk على هذا العنوان.
sign-in-password-missing = أدخل كلمة المرور.
sign-in-server-missing = أدخل عنوان خادم الحسابات الخاص بمؤسستك.
sign-in-server-invalid = هذا ليس عنوان خادم. اكتبه بالشكل accounts.example.com أو https://accounts.example.com.
sign-in-demo-hint = ليس لديك خادم حسابات بعد؟ يضم الحساب التجريبي 500 شخص وهمي، ويعمل على هذا الكمبيوتر فقط.
sign-in-demo-choice = استخدام الحساب التجريبي
sign-in-demo-busy = جارٍ فتح الحساب التجريبي…
sign-in-other-account-pending = لا تزال هناك تعديلات أجراها حساب آخر على هذا الكمبيوتر في انتظار الإرسال. سجّل الدخول بذلك الحساب أولاً.
sign-in-use-token = استخدام رمز API مميز بدلاً من ذلك
sign-in-use-password = تسجيل الدخول بالبريد الإلكتروني وكلمة المرور بدلاً من ذلك
sign-in-token = رمز API المميز
sign-in-token-hint = لخوادم SCIM التي تصدر رموز API مميزة. يُحفظ الرمز في سلسلة مفاتيح هذا الكمبيوتر.
sign-in-token-missing = أدخل رمز API المميز.
sign-in-token-invalid = لا يحتوي رمز API المميز على مسافات أو أحرف خاصة. الصقه مرة أخرى.
sign-in-token-refused = لا يقبل الخادم رمز API المميز هذا.
sign-in-not-scim = لا يستجيب أي خادم SCIM على هذا العنوان.
sync-account-token = رمز API المميز
sync-rejected-not-offered = لا يوفّر خادم الحسابات هذا هذه الإمكانية.

## Phones and their verification
phone-country = البلد
extension-needs-phone = أضف رقم هاتف المكتب أولاً.
error-extension-needs-phone = يتطلب الرقم الداخلي رقم هاتف المكتب.
verify-phone = التحقق من الرقم
verify-title = التحقق من رقم الهاتف المحمول
verify-intro = يرسل Userdesk رمزًا من 6 أرقام إلى عنوان البريد الإلكتروني للمستخدم. أدخل الرمز الذي يقرؤه المستخدم هناك لوضع علامة «تم التحقق منه» على هذا الرقم.
verify-country-search = البحث عن البلدان
verify-send = إرسال رسالة التحقق
verify-queued = ستُرسل الرسالة التي تحتوي على الرمز بمجرد اتصال هذا الكمبيوتر بخادم الحسابات.
verify-code = رمز التحقق
verify-digit = الخانة { $n }
verify-submit = التحقق
error-phone-code-format = أدخل أرقام الرمز الستة.
error-phone-not-synced = هذا المستخدم غير موجود على خادم الحسابات بعد. أجرِ المزامنة أولاً، ثم تحقق من الرقم.
error-phone-not-offered = لا يتحقق خادم الحسابات هذا من أرقام الهواتف.
error-phone-offline = يتطلب التحقق من الرمز اتصالاً بخادم الحسابات.

## Account type
error-account-type-own = لا يمكن لأحد تغيير نوع حسابه.
account-type-own-hint = هذا حسابك: لا يمكن لأحد تغيير نوع حسابه.
ask-activation-title = هل تريد إرسال رسالة التنشيط؟
ask-activation-text = أصبح لدى المستخدم { $name } الآن حساب كامل يجب تنشيطه. أرسل رسالة التنشيط الآن، أو لاحقًا من لوحة الحالة.
ask-activation-send = إرسال رسالة التنشيط
ask-activation-later = سأفعل ذلك لاحقًا

## Roles editor
roles-edit = تعديل الأدوار
roles-edit-title = تعديل الأدوار
roles-own-hint = لا يمكن لأحد تغيير أدواره.
roles-intro = يمكن لمسؤول التكوين القيام بكل ما يسمح به أي دور من أدواره. اختر الأدوار المسندة إلى هذا المسؤول.
roles-count = { $count ->
    [zero] لم يتم اختيار أي دور، والحد الأقصى { $max }.
    [one] تم اختيار دور واحد، والحد الأقصى { $max }.
    [two] تم اختيار دورين، والحد الأقصى { $max }.
    [few] تم اختيار { $count } أدوار، والحد الأقصى { $max }.
    [many] تم اختيار { $count } دورًا، والحد الأقصى { $max }.
   *[other] تم اختيار { $count } دور، والحد الأقصى { $max }.
}
roles-limit-reached = يجب ألا يزيد عدد أدوار المستخدم على { $max }: أزل دورًا لإضافة دور آخر.
roles-effective = تسمح هذه الأدوار مجتمعةً بما يلي
roles-save = حفظ الأدوار
role-built-in = مضمّن
roles-unknown-kept = تم الاحتفاظ بها، مع أن هذا الكمبيوتر لا يعرفها بعد:
error-roles-config-admin-only = الأدوار متاحة لمسؤولي التكوين فقط.
error-role-unknown = الدور «{ $role }» غير موجود في قائمة أدوار هذا الحساب.
permission-users-view = عرض المستخدمين
permission-users-edit = تعديل المستخدمين
permission-users-create = إضافة مستخدمين
permission-users-deactivate = إلغاء تنشيط المستخدمين
permission-users-invite = إرسال الدعوات
permission-roles-assign = تعيين الأدوار
permission-config-manage = إدارة التكوين
permission-audit-view = قراءة السجل

## Row actions on the Users list
row-actions-title = الإجراءات
action-open = فتح الملف الشخصي
field-restricted = مقيّد

## My Account
nav-account = حسابي
account-title = حسابي
account-section-profile = ملفك الشخصي
account-username-hint = عنوان بريدك الإلكتروني هو اسم المستخدم الخاص بك: يجب استخدام العنوان الجديد عند تسجيل الدخول التالي. وتبقى كلمة المرور كما هي.
account-section-password = كلمة المرور
account-password-hint = لاختيار كلمة مرور جديدة، أدخل كلمة المرور الحالية. وسيتم تسجيل الخروج من جلساتك الأخرى.
account-password-current = كلمة المرور الحالية
account-password-new = كلمة المرور الجديدة
account-password-repeat = تأكيد كلمة المرور الجديدة
account-password-submit = تغيير كلمة المرور
account-password-busy = جارٍ التغيير…
account-password-changed = تم تغيير كلمة المرور، وتم تسجيل الخروج من جلساتك على الأجهزة الأخرى.
account-password-current-missing = أدخل كلمة المرور الحالية.
account-password-new-missing = أدخل كلمة المرور الجديدة.
account-password-mismatch = كلمتا المرور الجديدتان غير متطابقتين.
account-password-unchanged = كلمة المرور الجديدة هي نفسها كلمة المرور الحالية.
account-password-demo = لا توجد في الحساب التجريبي كلمة مرور خاصة بك لتغييرها.
account-password-token = سجّلت الدخول برمز API مميز: لا توجد هنا كلمة مرور خاصة بك لتغييرها.
account-password-offline = يتطلب تغيير كلمة المرور الاتصال بخادم الحسابات، وهو غير متاح الآن. حاول مرة أخرى عندما تكون متصلاً.
account-section-preferences = التفضيلات
account-app-language = لغة هذا التطبيق
account-app-language-hint = يُحفظ هذا الإعداد على هذا الكمبيوتر. ويتبع الخيار «الإعداد الافتراضي للمتصفح/النظام» لغة نظامك.
account-section-sign-out = تسجيل الخروج
account-sign-out-hint = تبقى تعديلاتك التي لم تُرسل بعد على هذا الكمبيوتر، وتُرسل إلى الخادم بعد أن تسجّل الدخول مرة أخرى.
account-username-demo = يسجّل الحساب التجريبي الدخول باسم المستخدم هذا، لذا يبقى كما هو.
account-leave-demo = مغادرة الحساب التجريبي
account-leave-demo-hint = يبقى الحساب التجريبي على هذا الكمبيوتر. ويمكنك بعد ذلك تسجيل الدخول إلى خادم الحسابات الخاص بمؤسستك.
account-token-note = تم تسجيل الدخول برمز API مميز: لا يوجد حساب شخصي.
account-no-profile = ملفك الشخصي غير موجود بعد في نسخة البيانات المحفوظة على هذا الكمبيوتر. سيظهر بعد المزامنة التالية.

## A user's history
profile-section-history = السجل
history-loading = جارٍ قراءة السجل…
history-empty = لم يُسجَّل أي شيء لهذا المستخدم بعد.
history-offline = غير متصل: هذا هو السجل كما قرأه هذا الكمبيوتر آخر مرة.
history-waiting = لم يُرسل بعد
history-waiting-hint = أُجري على هذا الكمبيوتر، وسيصل إلى الخادم مع المزامنة التالية.
history-older = عرض الأقدم
history-made = أُجري في { $when }
history-made-offline = أُجري دون اتصال في { $when }
history-reached = وصل إلى الخادم في { $when }
history-you = أنت
history-someone = شخص آخر
history-not-offered = لا يحتفظ خادم الحسابات هذا بسجل يستطيع Userdesk قراءته.
history-denied = لا يُسمح لك بقراءة السجل: يتطلب ذلك إذن عرض سجل التدقيق.
answer-yes = نعم
answer-no = لا
history-avatar-set = صورة
history-not-set = (غير محدد)
field-avatar = صورة الملف الشخصي
history-action-create = إنشاء الحساب
history-action-update = تغيير الملف الشخصي
history-action-deactivate = إلغاء تنشيط الحساب
history-action-reactivate = إعادة تنشيط الحساب
history-action-delete = حذف الحساب
history-action-activate = تنشيط الحساب
history-action-set-password = تعيين كلمة مرور
history-action-send-activation-email = إرسال رسالة التنشيط
history-action-send-welcome-email = إرسال رسالة الترحيب
history-action-send-password-reset-email = إرسال رسالة إعادة تعيين كلمة المرور
history-action-start-phone-verification = إرسال رمز التحقق من الهاتف
history-action-verify-phone = التحقق من رقم الهاتف المحمول

## The avatar: why a picked file cannot become one.
avatar-missing = لم يعد الملف موجودًا. ربما تم نقله أو حذفه بعد اختياره.
avatar-not-a-file = هذا مجلد. اختر صورة PNG أو JPEG.
avatar-unreadable = تتعذّر قراءة هذا الملف. تحقق من أن لديك إذنًا بفتحه.
avatar-empty = هذا الملف فارغ.
avatar-file-too-large = هذا الملف كبير جدًا: الحد الأقصى { $max } ميغابايت.
avatar-not-an-image = هذا الملف ليس صورة PNG أو JPEG.
avatar-too-many-pixels = هذه الصورة كبيرة جدًا: الحد الأقصى { $max } ميغابكسل.
avatar-damaged = هذه الصورة تالفة أو غير مكتملة، ولا يمكن عرضها.
avatar-crop-outside = يجب أن يقع المربع الذي تريد الاحتفاظ به داخل الصورة.
avatar-encode-failed = تعذّر إنشاء الصورة الرمزية من هذه الصورة.
avatar-cannot-write = تعذّرت كتابة الصورة الرمزية في { $folder }.
error-picture-too-long = يجب ألا يزيد عدد أحرف عنوان الصورة على { $max }.
error-picture-not-a-url = يجب أن يكون عنوان الصورة عنوان URL من نوع http أو https، دون اسم مستخدم أو كلمة مرور.
error-picture-upload = هذه الصورة غير موجودة على الخادم. عيّن الصورة الرمزية برفع ملف الصورة.
avatar-set-from-file = تُعيَّن الصورة الرمزية من ملف صورة: استخدم «إضافة صورة».
avatar-unavailable = لا يحتفظ هذا الخادم بالصور، لذا لا يمكن تعيين صور رمزية هنا. يمكن تعيينها على خادم حسابات Userdesk.
avatar-picture-gone = لم تعد الصورة موجودة على هذا الكمبيوتر. اخترها مرة أخرى.
avatar-dialog-title = اختيار صورة الملف الشخصي
avatar-dialog-filter = صور PNG أو JPEG
avatar-add = إضافة صورة
avatar-change = تغيير الصورة
avatar-remove = إزالة
avatar-drop-hint = أو أفلت صورة PNG أو JPEG هنا
avatar-drop-not-a-picture = أفلت صورة PNG أو JPEG على الصورة الرمزية.
avatar-editor-title = صورة الملف الشخصي
avatar-editor-stage = الصورة، مع المربع الذي سيصبح الصورة الرمزية
avatar-editor-keys = اسحب المربع أو استخدم مفاتيح الأسهم لتحريكه؛ المفتاحان + و− للتكبير والتصغير؛ المفتاح R للتدوير.
avatar-zoom = تكبير/تصغير
avatar-rotate = تدوير بزاوية 90°
avatar-preview = معاينة
avatar-set = تعيين كصورة رمزية
avatar-cancel = إلغاء
avatar-saving = جارٍ الحفظ…
avatar-opening = جارٍ فتح الصورة…
