# Userdesk: why a SCIM resource was refused (Arabic). Shown to API clients in an
# error's "detail", and in the desktop app when the server refuses a synced change.

scim-error-required = هذه السمة مطلوبة.
scim-error-not-a-string = يجب أن تكون هذه السمة سلسلة نصية.
scim-error-not-an-object = يجب أن تكون هذه السمة كائنًا.
scim-error-not-an-array = يجب أن تكون هذه السمة مصفوفة.
scim-error-not-a-boolean = يجب أن تكون قيمة هذه السمة true أو false.
scim-error-invalid-value = هذه القيمة ليست من القيم المسموح بها.

## Why a filter (or a PATCH path) could not be read; $position counts characters from 1.
filter-error-too-long = عامل التصفية طويل جدًا.
filter-error-too-deep = مستويات التداخل في عامل التصفية كثيرة جدًا (عند الحرف { $position }).
filter-error-empty = عامل التصفية فارغ.
filter-error-expected-attribute = كان من المتوقع وجود اسم سمة عند الحرف { $position }.
filter-error-expected-operator = كان من المتوقع وجود عامل مقارنة (eq أو ne أو co أو sw أو ew أو gt أو ge أو lt أو le أو pr) عند الحرف { $position }.
filter-error-expected-value = كان من المتوقع وجود قيمة (سلسلة نصية بين علامتي اقتباس "…" أو رقم أو true أو false أو null) عند الحرف { $position }.
filter-error-bad-string = السلسلة النصية التي تبدأ عند الحرف { $position } غير مغلقة، أو تحتوي على تسلسل هروب غير صالح.
filter-error-bad-number = الرقم عند الحرف { $position } غير صالح.
filter-error-unclosed = لم يُغلق قوس فُتح قبل الحرف { $position }.
filter-error-trailing = نص غير متوقع عند الحرف { $position }.
filter-error-nested-value-path = لا يمكن أن يحتوي عامل تصفية القيم على عامل تصفية قيم آخر (الحرف { $position }).

## Why a PATCH was refused; $operation counts from 1.
patch-error-syntax = طلب PATCH ليس رسالة PatchOp صالحة (العملية { $operation }).
patch-error-value-not-object = العملية { $operation }: عند عدم تحديد مسار، يجب أن تكون القيمة كائنًا يضم السمات.
patch-error-value-missing = تتطلب العملية { $operation } قيمة.
patch-error-read-only = تحاول العملية { $operation } تغيير سمة للقراءة فقط.
patch-error-invalid-path = تحتوي العملية { $operation } على مسار لا يمكن استخدامه.
patch-error-no-target = العملية { $operation }: لا يوجد ما يطابق مسارها.
patch-error-remove-needs-path = العملية { $operation }: تتطلب عملية الإزالة (remove) مسارًا.
patch-error-too-many-operations = يجب ألا يزيد عدد العمليات في طلب PATCH على { $max }.
patch-error-too-much-work = العملية { $operation }: يتطلب طلب PATCH هذا قدرًا كبيرًا جدًا من المعالجة؛ أرسله على شكل عدة طلبات أصغر.

## Protocol errors of the account server.
scim-error-not-found = المورد غير موجود.
scim-error-version-mismatch = تم تغيير المورد منذ أن قرأته (لم يعد إصداره يطابق If-Match).
scim-error-internal = تعذّر على الخادم إكمال الطلب. لم يتم تغيير أي شيء.
scim-error-bad-json = نص الطلب ليس JSON صالحًا لهذا الطلب.
scim-error-taken = قيمة { $attribute } مستخدمة بالفعل لدى مستخدم آخر.
scim-error-too-many-attributes = يجب ألا يزيد عدد السمات المذكورة في attributes أو excludedAttributes في الطلب الواحد على { $max }.
scim-error-sort-order = يجب أن تكون قيمة sortOrder إما «ascending» أو «descending».
scim-error-sort-by = لا يمكن استخدام هذه السمة للفرز.
scim-error-too-large = نص الطلب كبير جدًا.
scim-error-method = هذه الطريقة غير مسموح بها هنا.
filter-error-unsupported-attribute = يستخدم عامل التصفية { $attribute }، ولا يمكن التصفية حسب هذه السمة.
filter-error-wrong-type = يقارن عامل التصفية { $attribute } بقيمة من نوع خاطئ.

## Sign-in.
auth-error-credentials = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
auth-error-locked = عدد كبير جدًا من محاولات تسجيل الدخول الفاشلة. حاول مرة أخرى لاحقًا.
auth-error-busy = يتحقق الخادم حاليًا من عدد كبير من عمليات تسجيل الدخول. حاول مرة أخرى بعد لحظات.
auth-error-token = سجّل الدخول أولاً: رمز الوصول المميز مفقود أو منتهي الصلاحية أو تم إبطاله.
scim-error-idempotency-reuse = سبق استخدام مفتاح Idempotency-Key هذا لطلب مختلف.
scim-error-bad-id = هذا ليس معرّفًا صالحًا.
auth-error-weak-password = يجب ألا يقل عدد أحرف كلمة المرور عن { $min }.
auth-error-current-password = كلمة المرور الحالية غير صحيحة.
auth-error-long-password = كلمة المرور هذه طويلة جدًا.
scim-error-undeliverable-address = لا يمكن إرسال رسائل بريد إلكتروني إلى هذا العنوان.
scim-error-nested-groups = يجب أن يكون الأعضاء مستخدمين؛ لا يمكن أن تحتوي المجموعات على مجموعات.
scim-error-unknown-member = هذا ليس مستخدمًا في هذا الحساب.
scim-error-other-group = ينتمي المستخدم { $user } بالفعل إلى المجموعة { $group }. أزله من تلك المجموعة أولاً.
scim-error-bulk-too-many = يجب ألا يزيد عدد العمليات في طلب Bulk على { $max }.
scim-error-bulk-method = يجب أن تكون الطريقة POST أو PUT أو PATCH أو DELETE.
scim-error-bulk-duplicate-id = تحتاج كل عملية إلى قيمة bulkId خاصة بها.
scim-error-bulk-reference = تشير العملية إلى bulkId { $bulkId }، لكن العملية التي تحمله لم تُنشئ أي شيء.
scim-error-bulk-circular = تشير العمليات إلى بعضها بعضًا في حلقة مغلقة.
scim-error-bad-time = هذا ليس تاريخًا ووقتًا صالحين (RFC 3339، مثل 2026-05-13T06:42:34Z).
scim-error-no-route = لا توجد نقطة نهاية كهذه على هذا الخادم. تحقق من العنوان.
