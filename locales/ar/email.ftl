# Userdesk: the e-mails and SMS the account server sends, and the password page their links open (Arabic).

## E-mails the account server sends, and the page their links open. Each goes out in the
## recipient's language.

email-greeting = مرحبًا { $name }،
email-signature = — Userdesk
email-footer = أُرسلت هذه الرسالة إلى { $email } لأن أحد المسؤولين في مؤسستك طلب ذلك.
email-ignore = إذا لم تكن تتوقع هذه الرسالة، فيمكنك تجاهلها؛ لن يتغير أي شيء ما لم يُستخدم الرابط.
email-expiry-days = { $days ->
    [zero] يمكن استخدام الرابط مرة واحدة خلال { $days } يوم.
    [one] يمكن استخدام الرابط مرة واحدة خلال يوم واحد.
    [two] يمكن استخدام الرابط مرة واحدة خلال يومين.
    [few] يمكن استخدام الرابط مرة واحدة خلال { $days } أيام.
    [many] يمكن استخدام الرابط مرة واحدة خلال { $days } يومًا.
   *[other] يمكن استخدام الرابط مرة واحدة خلال { $days } يوم.
}
email-expiry-hours = { $hours ->
    [zero] يمكن استخدام الرابط مرة واحدة خلال { $hours } ساعة.
    [one] يمكن استخدام الرابط مرة واحدة خلال ساعة واحدة.
    [two] يمكن استخدام الرابط مرة واحدة خلال ساعتين.
    [few] يمكن استخدام الرابط مرة واحدة خلال { $hours } ساعات.
    [many] يمكن استخدام الرابط مرة واحدة خلال { $hours } ساعة.
   *[other] يمكن استخدام الرابط مرة واحدة خلال { $hours } ساعة.
}

email-activation-subject = تنشيط حسابك على Userdesk
email-activation-intro = أنشأت مؤسستك حسابًا لك على Userdesk. اختر كلمة مرور لتنشيطه:
email-activation-action = تنشيط حسابي

email-welcome-subject = مرحبًا بك في Userdesk
email-welcome-intro = مرحبًا بك في Userdesk. اسم المستخدم الخاص بك هو { $email }. اختر كلمة المرور من هنا:
email-welcome-action = اختيار كلمة المرور

email-reset-subject = إعادة تعيين كلمة مرور Userdesk
email-reset-intro = طلب أحد المسؤولين إعادة تعيين كلمة مرورك على Userdesk. اختر كلمة مرور جديدة من هنا:
email-reset-action = اختيار كلمة مرور جديدة

sms-phone-code = { $minutes ->
    [zero] رمز Userdesk لتأكيد رقم الهاتف المحمول هذا هو { $code }.
    [one] رمز Userdesk لتأكيد رقم الهاتف المحمول هذا هو { $code }، وهو صالح لمدة دقيقة واحدة.
    [two] رمز Userdesk لتأكيد رقم الهاتف المحمول هذا هو { $code }، وهو صالح لمدة دقيقتين.
    [few] رمز Userdesk لتأكيد رقم الهاتف المحمول هذا هو { $code }، وهو صالح لمدة { $minutes } دقائق.
    [many] رمز Userdesk لتأكيد رقم الهاتف المحمول هذا هو { $code }، وهو صالح لمدة { $minutes } دقيقة.
   *[other] رمز Userdesk لتأكيد رقم الهاتف المحمول هذا هو { $code }، وهو صالح لمدة { $minutes } دقيقة.
}
email-phone-subject = رمز التحقق الخاص بك من Userdesk
email-phone-intro = أدخل هذا الرمز لتأكيد رقم الهاتف المحمول { $phone }:
email-phone-expiry = { $minutes ->
    [zero] انتهت صلاحية الرمز.
    [one] الرمز صالح لمدة دقيقة واحدة.
    [two] الرمز صالح لمدة دقيقتين.
    [few] الرمز صالح لمدة { $minutes } دقائق.
    [many] الرمز صالح لمدة { $minutes } دقيقة.
   *[other] الرمز صالح لمدة { $minutes } دقيقة.
}

page-activate-title = تنشيط حسابك
page-welcome-title = اختيار كلمة المرور
page-reset-title = اختيار كلمة مرور جديدة
page-username = اسم المستخدم: { $email }
page-password = كلمة المرور الجديدة
page-password-hint = { $min ->
    [zero] لا يوجد حد أدنى للطول.
    [one] حرف واحد على الأقل.
    [two] حرفان على الأقل.
    [few] { $min } أحرف على الأقل.
    [many] { $min } حرفًا على الأقل.
   *[other] { $min } حرف على الأقل.
}
page-confirm = تأكيد كلمة المرور
page-submit = حفظ كلمة المرور
page-error-mismatch = كلمتا المرور مختلفتان.
page-link-invalid-title = لم يعد هذا الرابط صالحًا
page-link-invalid = انتهت صلاحيته، أو سبق استخدامه، أو حلّت محله رسالة أحدث. اطلب من المسؤول لديك إرسال رسالة جديدة.
page-done-title = تم تعيين كلمة المرور
page-done = حسابك نشط. سجّل الدخول إلى Userdesk باسم المستخدم { $email }.
