# Userdesk: the e-mails and SMS the account server sends, and the password page their links open (Hebrew).

## E-mails the account server sends, and the page their links open. Each goes out in the
## recipient's language.

email-greeting = שלום { $name },
email-signature = — Userdesk
email-footer = האימייל הזה נשלח אל { $email } כי מנהל מערכת בארגון שלך ביקש זאת.
email-ignore = אם לא ציפית לאימייל הזה, אפשר להתעלם ממנו; שום דבר לא ישתנה כל עוד לא נעשה שימוש בקישור.
email-expiry-days = { $days ->
    [one] אפשר להשתמש בקישור פעם אחת, תוך יום אחד.
    [two] אפשר להשתמש בקישור פעם אחת, תוך יומיים.
   *[other] אפשר להשתמש בקישור פעם אחת, תוך { $days } ימים.
}
email-expiry-hours = { $hours ->
    [one] אפשר להשתמש בקישור פעם אחת, תוך שעה אחת.
    [two] אפשר להשתמש בקישור פעם אחת, תוך שעתיים.
   *[other] אפשר להשתמש בקישור פעם אחת, תוך { $hours } שעות.
}

email-activation-subject = הפעלת חשבון ה-Userdesk שלך
email-activation-intro = הארגון שלך יצר עבורך חשבון Userdesk. כדי להפעיל אותו, יש לבחור סיסמה:
email-activation-action = הפעלת החשבון שלי

email-welcome-subject = ברוכים הבאים ל-Userdesk
email-welcome-intro = ברוכים הבאים ל-Userdesk. שם המשתמש שלך הוא { $email }. כאן אפשר לבחור את הסיסמה שלך:
email-welcome-action = בחירת הסיסמה שלי

email-reset-subject = איפוס הסיסמה שלך ב-Userdesk
email-reset-intro = מנהל מערכת ביקש לאפס את הסיסמה שלך ב-Userdesk. כאן אפשר לבחור סיסמה חדשה:
email-reset-action = בחירת סיסמה חדשה

sms-phone-code = { $minutes ->
    [one] קוד ה-Userdesk שלך לאישור מספר הנייד הזה: { $code }. הקוד תקף לדקה אחת.
    [two] קוד ה-Userdesk שלך לאישור מספר הנייד הזה: { $code }. הקוד תקף לשתי דקות.
   *[other] קוד ה-Userdesk שלך לאישור מספר הנייד הזה: { $code }. הקוד תקף ל-{ $minutes } דקות.
}
email-phone-subject = קוד האימות שלך ב-Userdesk
email-phone-intro = יש להזין את הקוד הזה כדי לאשר את מספר הנייד { $phone }:
email-phone-expiry = { $minutes ->
    [one] הקוד תקף לדקה אחת.
    [two] הקוד תקף לשתי דקות.
   *[other] הקוד תקף ל-{ $minutes } דקות.
}

page-activate-title = הפעלת החשבון שלך
page-welcome-title = בחירת סיסמה
page-reset-title = בחירת סיסמה חדשה
page-username = שם משתמש: { $email }
page-password = סיסמה חדשה
page-password-hint = { $min ->
    [one] לפחות תו אחד.
    [two] לפחות שני תווים.
   *[other] לפחות { $min } תווים.
}
page-confirm = הזנת הסיסמה שוב
page-submit = שמירת הסיסמה
page-error-mismatch = שתי הסיסמאות שונות זו מזו.
page-link-invalid-title = הקישור הזה כבר לא תקף
page-link-invalid = תוקפו פג, כבר נעשה בו שימוש, או שאימייל חדש יותר החליף אותו. אפשר לבקש ממנהל המערכת לשלוח אימייל חדש.
page-done-title = הסיסמה שלך הוגדרה
page-done = החשבון שלך פעיל. אפשר להתחבר ל-Userdesk בתור { $email }.
