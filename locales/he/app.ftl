# Userdesk: the desktop app's strings (Hebrew).
# Every message missing here appears in English (en-US/app.ftl).

app-name = Userdesk
app-tagline = פרופילי משתמשים, במצב מקוון ולא מקוון
nav-main = ניווט ראשי
nav-users = משתמשים
demo-badge = חשבון הדגמה
demo-hint = אנשים בדויים, שנשמרים במחשב הזה בלבד. כדי לעבוד עם שרת החשבונות של הארגון שלך, יש לצאת מחשבון ההדגמה בדף "החשבון שלי".
cache-location = מטמון מקומי

## Users list
users-title = משתמשים
users-count = { $count ->
    [one] משתמש אחד
    [two] שני משתמשים
   *[other] { $count } משתמשים
}
users-count-filtered = { $total ->
    [one] { $count } מתוך משתמש אחד
    [two] { $count } מתוך שני משתמשים
   *[other] { $count } מתוך { $total } משתמשים
}
users-search-label = חיפוש משתמשים
users-search-placeholder = חיפוש לפי שם, אימייל, מספר תג או טלפון
users-filters = מסננים
filter-status = סטטוס
filter-status-all = כל הסטטוסים
filter-type = סוג חשבון
filter-type-all = כל סוגי החשבונות
filter-role = תפקיד
filter-role-all = כל התפקידים
filter-group = קבוצה
filter-group-all = כל הקבוצות
filter-clear = ניקוי המסננים
col-name = שם
col-email = אימייל
col-badge = מספר תג
col-title = תואר משרה
col-type = סוג חשבון
col-status = סטטוס
col-since = תאריך יצירה
sort-ascending = ממוין בסדר עולה
sort-descending = ממוין בסדר יורד
users-empty = אין משתמשים תואמים
users-empty-hint = כדאי לנסות פחות אותיות, או לנקות את המסננים.
users-loading = המשתמשים נטענים…
users-open = פתיחת הפרופיל של { $name }

## Account types
type-super_admin = מנהל-על
type-config_admin = מנהל תצורה
type-internal = פנימי
type-external = חיצוני
type-one_time_completion = השלמה חד-פעמית

## Statuses
status-created = נוצר
status-invited = הוזמן
status-active = פעיל
status-inactive = לא פעיל

## User profile
profile-back = חזרה למשתמשים
profile-title = פרופיל משתמש
profile-section-personal = פרטים אישיים
profile-section-contact = פרטי קשר
profile-section-account = חשבון
profile-section-preferences = העדפות
profile-more-options = אפשרויות נוספות
add-user = הוספת משתמש חדש
add-user-title = הוספת משתמש חדש
add-user-hint = המשתמש החדש נשמר מיד במחשב הזה, ויגיע לשרת בסנכרון הבא. שום אימייל לא יישלח עד שיישלח אימייל ההפעלה.
add-user-submit = הוספת המשתמש
add-user-cancel = ביטול
dialog-close = סגירה
send-activation = שליחת אימייל הפעלה
send-activation-again = שליחת ההזמנה מחדש
send-welcome = שליחת אימייל ברוכים הבאים
send-password-reset = שליחת אימייל לאיפוס הסיסמה
email-queued = בתור: השרת ישלח אותו פעם אחת, בסנכרון הבא.
email-handed-over = האימייל נמסר לשרת, והוא בדרך.
deactivate = השבתה
deactivate-title = להשבית את החשבון הזה?
deactivate-text = כל החיבורים של { $name } ינותקו מיד בכל המכשירים, ולא תתאפשר התחברות לחשבון עד שיופעל מחדש. שום פרט מהפרופיל לא יאבד, והפעלה מחדש תחזיר בדיוק את אותן הרשאות גישה.
reactivate = הפעלה מחדש
profile-edit-hint = השינויים נשמרים ביציאה מהשדה.
profile-email-hint = הכתובת הזו היא גם שם המשתמש: בהתחברות הבאה יש להשתמש בכתובת החדשה. קישורים באימיילים שנשלחו לכתובת הישנה יפסיקו לעבוד.
field-first-name = שם פרטי
field-last-name = שם משפחה
field-title = תואר משרה
field-badge = מספר תג
field-email = אימייל (שם משתמש)
field-mobile = טלפון נייד
field-office = טלפון במשרד
field-extension = שלוחה
field-language = שפה
field-group = קבוצת משתמשים
field-account-type = סוג חשבון
field-roles = תפקידים
field-status = סטטוס
field-since = תאריך יצירה
field-sso = התחברות
field-notifications = התראות
field-presence = נוכחות
field-required = חובה
value-not-set = לא הוגדר
phone-verified = מאומת
phone-unverified = לא מאומת
language-system = ברירת המחדל של הדפדפן/המערכת
group-default = קבוצת ברירת המחדל
group-manager = מנהל קבוצה
group-manager-default-hint = רק חברים בקבוצה מותאמת אישית יכולים לנהל אותה: יש לבחור קבוצה תחילה.
roles-none = אין תפקידים
roles-config-admin-only = רק למנהלי תצורה יש תפקידים
sso-yes = כניסה יחידה (SSO)
sso-no = סיסמה
status-created-detail = נוצר ב-{ $when }. אימייל ההפעלה עדיין לא נשלח.
status-invited-detail = אימייל ההפעלה נשלח לאחרונה ב-{ $when }
status-active-detail = הופעל ב-{ $when }
status-inactive-detail = מושבת. לא ניתן להתחבר לחשבון הזה.
last-active = פעילות אחרונה: { $when }
active-now = פעיל עכשיו
saving = מתבצעת שמירה…
saved = נשמר
last-saved = הערך השמור האחרון
restore-saved = שחזור
notif-instant = מיד
notif-hourly = סיכום שעתי
notif-daily = סיכום יומי
notif-weekly = סיכום שבועי
notif-never = אף פעם
presence-online = מקוון
presence-away = לא נמצא
presence-busy = עסוק
presence-offline = לא מקוון

## Errors shown at a field
error-name-blank = זהו שדה חובה, והוא לא יכול להיות ריק.
error-name-too-long = מספר התווים המרבי הוא { $max }.
error-control-character = יש להסיר מעברי שורה ותווי בקרה אחרים.
error-email-blank = חובה להזין כתובת אימייל.
error-email-too-long = מספר התווים המרבי בכתובת אימייל הוא { $max }.
error-email-invalid = יש להזין כתובת אימייל כמו name@example.com.
error-badge-too-long = מספר התווים המרבי במספר תג הוא { $max }.
error-badge-invalid = מספר תג יכול להכיל רק אותיות, ספרות ואת התווים "-", "_" ו-".".
error-badge-taken = מספר התג הזה כבר שייך למשתמש אחר.
error-email-taken = כתובת האימייל הזו כבר שייכת למשתמש אחר.
error-title-too-long = מספר התווים המרבי בתואר משרה הוא { $max }.
error-phone-blank = יש להזין מספר טלפון.
error-phone-country = יש לבחור מדינה.
error-phone-invalid = זה לא מספר טלפון תקין במדינה שנבחרה.
error-extension-invalid = שלוחה היא מספר בן 1 עד 8 ספרות.
error-language-unsupported = השפה הזו לא נתמכת.
error-account-type-one-time = לא ניתן לשנות חשבון מהסוג הזה ל"השלמה חד-פעמית".
error-account-type-unknown = סוג חשבון לא ידוע.
error-roles-too-many = מספר התפקידים המרבי למשתמש הוא { $max }.
error-role-administrator-users = התפקיד "מנהל מערכת" מנהל את התצורה, לא את המשתמשים.
error-lifecycle-sso = משתמשים שמתחברים בכניסה יחידה לא מקבלים אימייל הפעלה.
error-lifecycle-already-active = החשבון הזה כבר פעיל.
error-lifecycle-inactive = החשבון הזה לא פעיל. יש להפעיל אותו מחדש קודם.
error-lifecycle-already-inactive = החשבון הזה כבר לא פעיל.
error-lifecycle-not-inactive = אפשר להפעיל מחדש רק חשבון לא פעיל.
error-lifecycle-not-active = החשבון הזה עדיין לא פעיל: במקום זאת יש לשלוח את אימייל ההפעלה.
error-phone-code-wait = { $seconds ->
    [one] קוד נשלח זה עתה. אפשר לבקש קוד נוסף בעוד שנייה.
    [two] קוד נשלח זה עתה. אפשר לבקש קוד נוסף בעוד שתי שניות.
   *[other] קוד נשלח זה עתה. אפשר לבקש קוד נוסף בעוד { $seconds } שניות.
}
error-phone-code-none = אין קוד שממתין למספר הזה. יש לשלוח קודם אימייל אימות.
error-phone-code-expired = תוקף הקוד הזה פג. יש לשלוח קוד חדש.
error-phone-code-attempts = יותר מדי קודים שגויים. יש לשלוח קוד חדש.
error-phone-code-wrong = { $left ->
    [one] הקוד הזה שגוי. נשאר עוד ניסיון אחד.
    [two] הקוד הזה שגוי. נשארו עוד שני ניסיונות.
   *[other] הקוד הזה שגוי. נשארו עוד { $left } ניסיונות.
}
error-phone-code-other-number = הקוד הזה נשלח למספר אחר. יש לשלוח קוד חדש.
error-phone-sms-off = השרת הזה לא שולח קודים ב-SMS. יש לבחור באימייל.
error-phone-channel = יש לבחור איך לשלוח את הקוד: באימייל או ב-SMS.
error-phone-sms-failed = לא ניתן היה לשלוח את ה-SMS. אפשר לנסות שוב, או לשלוח את הקוד באימייל.
error-phone-code-today = יותר מדי ניסיונות למספר הזה היום. אפשר לנסות שוב מחר.
error-phone-sends-today = היום כבר נשלחו מספיק קודים לאימות המספר הזה. אפשר לנסות שוב מחר.
error-user-not-found = המשתמש הזה כבר לא קיים.
error-unknown-field = לא ניתן לערוך את השדה הזה כאן.
error-internal = משהו השתבש, ושום דבר לא שונה. הפרטים מופיעים ביומן.

## Why an action is not allowed
denied-actor-inactive = החשבון שלך לא פעיל.
denied-missing-permission = נדרשת ההרשאה "{ $permission }".
denied-own-account-type = אף אחד לא יכול לשנות את סוג החשבון של עצמו.
denied-own-status = לא ניתן להשבית את החשבון שלך.
denied-super-admin-only = רק מנהל-על יכול לבצע את הפעולה הזו על מנהל-על.
denied-roles-config-admin-only = רק למנהלי תצורה יש תפקידים.
denied-unknown-role = בקטלוג התפקידים של החשבון הזה אין תפקיד בשם "{ $role }".
denied-grant-beyond-own = לא ניתן להעניק את ההרשאה "{ $permission }": אין לך אותה בעצמך.
denied-target-holds-more = למשתמש הזה יש את ההרשאה "{ $permission }", שאין לך: רק מי שיש לו כל הרשאה שיש למשתמש יכול לנהל אותו.
error-group-name-blank = יש להזין שם קבוצה.
error-group-name-too-long = מספר התווים המרבי בשם קבוצה הוא { $max }.
error-group-name-control = שם קבוצה לא יכול להכיל תווי בקרה.
error-group-manager-default = רק חברים בקבוצה מותאמת אישית יכולים להיות המנהלים שלה.
error-group-unknown = הקבוצה הזו לא נמצאת בחשבון (או כבר לא נמצאת בו). יש לבחור קבוצה אחרת.

## Sync
nav-sync = סנכרון
sync-online = מקוון
sync-offline = לא מקוון
sync-connecting = מתבצע חיבור…
sync-syncing = מתבצע סנכרון…
sync-now = סנכרון עכשיו
sync-last = סנכרון אחרון: { $when }
sync-never = עדיין לא בוצע סנכרון
sync-title = סנכרון
sync-server = שרת החשבונות
sync-demo-server = השרת של חשבון ההדגמה, במחשב הזה
sync-problem-offline = אין גישה לשרת החשבונות. העריכות שלך נשמרו במחשב הזה ויישלחו כשהחיבור לשרת יחזור.
sync-problem-server = אירעה בעיה בשרת החשבונות. הסנכרון יתבצע שוב בקרוב.
sync-problem-incomplete = עדיין לא ניתן היה לשלוח הכול. הסנכרון יתבצע שוב בקרוב.
sync-problem-sign-in = יש להתחבר שוב כדי לסנכרן עם שרת החשבונות.
permissions-changed = מה שמותר לך לעשות כאן השתנה בשרת החשבונות: המסכים מותאמים עכשיו להרשאות החדשות שלך.
notice-dismiss = סגירה
sync-pending-title = ממתין לשליחה
sync-pending-empty = אין שום דבר בהמתנה: כל העריכות הגיעו לשרת.
sync-pending-offline = יישלח כשיהיה חיבור
sync-made = נערך ב-{ $when }
sync-conflicts-title = התנגשויות
sync-conflicts-hint = השדות האלה שונו בשרת בזמן שערכת אותם גם כאן. יש לבחור את הערך שיישמר.
sync-conflicts-empty = אין התנגשויות.
sync-mine = הערך שלך
sync-theirs = בשרת
sync-theirs-by = שונה על ידי { $who }, { $when }
sync-theirs-when = שונה ב-{ $when }
sync-keep-mine = שמירת הערך שלי
sync-take-theirs = קבלת הערך מהשרת
sync-keep-all-mine = שמירת כל הערכים שלי
sync-take-all-theirs = קבלת כל הערכים מהשרת
sync-rejected-title = נדחו על ידי השרת
sync-rejected-empty = שום דבר לא נדחה.
sync-rejected-deleted = המשתמש נמחק בשרת.
sync-rejected-unmergeable = לא ניתן למזג את העריכה הזו עם הגרסה של המשתמש שבשרת ({ $reason }).
sync-fix = תיקון
sync-discard = ביטול העריכה
sync-deleted-user = משתמש שנמחק בשרת
sync-state-synced = מסונכרן
sync-state-pending = ממתין
sync-state-conflict = התנגשות
sync-state-rejected = נדחה
value-cleared = (נוקה)
profile-sync-pending = העריכות שלך במשתמש הזה נשמרו במחשב הזה, והן ממתינות לשליחה לשרת החשבונות.
profile-sync-conflict = המשתמש הזה שונה בשרת בזמן שערכת אותו גם כאן. את הערכים שיישמרו יש לבחור במסך "סנכרון".
profile-sync-rejected = שרת החשבונות דחה עריכה של המשתמש הזה. הסיבה מופיעה במסך "סנכרון".
profile-sync-open = פתיחת "סנכרון"

## Sign in
nav-sign-in = התחברות
sign-in-title = התחברות לשרת החשבונות
sign-in-hint = העריכות שלך נשמרות במחשב הזה, כך שאחרי ההתחברות אפשר להמשיך לעבוד גם בלי חיבור לרשת.
sign-in-server = כתובת השרת
sign-in-insecure = הכתובת הזו מתחילה ב-http://: הסיסמאות והנתונים של כל המשתמשים יעברו ברשת ללא הצפנה. יש לבקש ממנהל המערכת את כתובת ה-https:// של השרת.
sign-in-email = אימייל
sign-in-password = סיסמה
sign-in-submit = התחברות
sign-in-busy = מתבצעת התחברות…
sign-out = התנתקות
sign-in-refused = כתובת האימייל או הסיסמה שגויות.
sign-in-unreachable = אין גישה לשרת החשבונות. יש לבדוק את הכתובת ואת החיבור לרשת.
sign-in-not-a-server = אף שרת חשבונות של Userdesk לא עונה בכתובת הזו.
sign-in-password-missing = יש להזין את הסיסמה.
sign-in-server-missing = יש להזין את הכתובת של שרת החשבונות של הארגון שלך.
sign-in-server-invalid = זו לא כתובת של שרת. יש להקליד אותה כמו accounts.example.com או https://accounts.example.com.
sign-in-demo-hint = עדיין אין שרת חשבונות? בחשבון ההדגמה יש 500 אנשים בדויים, והוא פועל במחשב הזה בלבד.
sign-in-demo-choice = שימוש בחשבון ההדגמה
sign-in-demo-busy = חשבון ההדגמה נפתח…
sign-in-other-account-pending = עריכות שבוצעו כאן בחשבון אחר עדיין ממתינות לשליחה. יש להתחבר קודם עם אותו חשבון.
sign-in-use-token = שימוש באסימון API במקום זאת
sign-in-use-password = התחברות עם אימייל וסיסמה במקום זאת
sign-in-token = אסימון API
sign-in-token-hint = לשרתי SCIM שמנפיקים אסימוני API. האסימון נשמר במחזיק המפתחות של המחשב הזה.
sign-in-token-missing = יש להזין את אסימון ה-API.
sign-in-token-invalid = אסימון API לא מכיל רווחים או תווים מיוחדים. יש להדביק אותו שוב.
sign-in-token-refused = השרת לא מקבל את אסימון ה-API הזה.
sign-in-not-scim = אף שרת SCIM לא עונה בכתובת הזו.
sync-account-token = אסימון API
sync-rejected-not-offered = שרת החשבונות הזה לא מציע את האפשרות הזו.

## Phones and their verification
phone-country = מדינה
extension-needs-phone = יש להוסיף קודם מספר טלפון במשרד.
error-extension-needs-phone = שלוחה דורשת מספר טלפון במשרד.
verify-phone = אימות המספר
verify-title = אימות מספר הטלפון הנייד
verify-intro = קוד בן 6 ספרות יישלח מ-Userdesk לכתובת האימייל של המשתמש. כדי לסמן את המספר הזה כמאומת, יש להזין את הקוד שהמשתמש קיבל שם.
verify-country-search = חיפוש מדינות
verify-send = שליחת אימייל אימות
verify-queued = האימייל עם הקוד יישלח ברגע שהמחשב הזה יתחבר לשרת החשבונות.
verify-code = קוד אימות
verify-digit = ספרה { $n }
verify-submit = אימות
error-phone-code-format = יש להזין את שש הספרות של הקוד.
error-phone-not-synced = המשתמש הזה עדיין לא נמצא בשרת החשבונות. יש לסנכרן קודם, ורק אז לאמת.
error-phone-not-offered = שרת החשבונות הזה לא מאמת מספרי טלפון.
error-phone-offline = בדיקת קוד דורשת חיבור לשרת החשבונות.

## Account type
error-account-type-own = אף אחד לא יכול לשנות את סוג החשבון של עצמו.
account-type-own-hint = זה החשבון שלך: אף אחד לא משנה את סוג החשבון של עצמו.
ask-activation-title = לשלוח את אימייל ההפעלה?
ask-activation-text = ל-{ $name } יש עכשיו חשבון מלא, וצריך להפעיל אותו. אפשר לשלוח את אימייל ההפעלה עכשיו, או מאוחר יותר מחלונית הסטטוס.
ask-activation-send = שליחת אימייל הפעלה
ask-activation-later = אעשה זאת מאוחר יותר

## Roles editor
roles-edit = עריכת תפקידים
roles-edit-title = עריכת תפקידים
roles-own-hint = אף אחד לא משנה את התפקידים של עצמו.
roles-intro = מנהל תצורה רשאי לעשות כל מה שאחד מהתפקידים שלו מתיר. יש לבחור את התפקידים של המנהל הזה.
roles-count = { $count ->
    [one] נבחר תפקיד אחד, והמקסימום הוא { $max }.
    [two] נבחרו שני תפקידים, והמקסימום הוא { $max }.
   *[other] נבחרו { $count } תפקידים, והמקסימום הוא { $max }.
}
roles-limit-reached = מספר התפקידים המרבי למשתמש הוא { $max }: כדי להוסיף תפקיד, יש להסיר תפקיד אחר.
roles-effective = יחד, התפקידים האלה מתירים
roles-save = שמירת התפקידים
role-built-in = מובנה
roles-unknown-kept = נשמרו, אף שהמחשב הזה עדיין לא מכיר אותם:
error-roles-config-admin-only = רק למנהלי תצורה יש תפקידים.
error-role-unknown = התפקיד "{ $role }" לא נמצא בקטלוג של החשבון הזה.
permission-users-view = צפייה במשתמשים
permission-users-edit = עריכת משתמשים
permission-users-create = הוספת משתמשים
permission-users-deactivate = השבתת משתמשים
permission-users-invite = שליחת הזמנות
permission-roles-assign = הקצאת תפקידים
permission-config-manage = ניהול התצורה
permission-audit-view = קריאת ההיסטוריה

## Row actions on the Users list
row-actions-title = פעולות
action-open = פתיחת הפרופיל
field-restricted = מוגבל

## My Account
nav-account = החשבון שלי
account-title = החשבון שלי
account-section-profile = הפרופיל שלך
account-username-hint = כתובת האימייל שלך היא שם המשתמש שלך: בהתחברות הבאה יש להשתמש בכתובת החדשה. הסיסמה נשארת ללא שינוי.
account-section-password = סיסמה
account-password-hint = כדי לבחור סיסמה חדשה, יש להזין את הסיסמה הנוכחית. החיבורים האחרים שלך ינותקו.
account-password-current = סיסמה נוכחית
account-password-new = סיסמה חדשה
account-password-repeat = הסיסמה החדשה שוב
account-password-submit = שינוי הסיסמה
account-password-busy = מתבצע שינוי…
account-password-changed = הסיסמה שלך שונתה. החיבורים שלך במכשירים אחרים נותקו.
account-password-current-missing = יש להזין את הסיסמה הנוכחית.
account-password-new-missing = יש להזין את הסיסמה החדשה.
account-password-mismatch = שתי הסיסמאות החדשות לא זהות.
account-password-unchanged = הסיסמה החדשה זהה לסיסמה הנוכחית.
account-password-demo = בחשבון ההדגמה אין סיסמה שלך שאפשר לשנות.
account-password-token = התחברת עם אסימון API: אין כאן סיסמה שלך שאפשר לשנות.
account-password-offline = שינוי הסיסמה דורש את שרת החשבונות, ואין אליו גישה כרגע. אפשר לנסות שוב כשיהיה חיבור.
account-section-preferences = העדפות
account-app-language = שפת האפליקציה
account-app-language-hint = נשמר במחשב הזה. האפשרות "ברירת המחדל של הדפדפן/המערכת" תואמת לשפת המערכת שלך.
account-section-sign-out = התנתקות
account-sign-out-hint = העריכות שלך שעדיין לא נשלחו נשארות במחשב הזה, והן יישלחו לשרת אחרי ההתחברות הבאה.
account-username-demo = חשבון ההדגמה מתחבר עם שם המשתמש הזה, ולכן הוא נשאר כמו שהוא.
account-leave-demo = יציאה מחשבון ההדגמה
account-leave-demo-hint = חשבון ההדגמה נשאר במחשב הזה. לאחר מכן אפשר להתחבר לשרת החשבונות של הארגון שלך.
account-token-note = ההתחברות בוצעה עם אסימון API: אין חשבון אישי.
account-no-profile = הפרופיל שלך עדיין לא נמצא בעותק שבמחשב הזה. הוא יופיע אחרי הסנכרון הבא.

## A user's history
profile-section-history = היסטוריה
history-loading = ההיסטוריה נטענת…
history-empty = עדיין לא תועד דבר עבור המשתמש הזה.
history-offline = לא מקוון: זו ההיסטוריה כפי שהמחשב הזה קרא אותה לאחרונה.
history-waiting = עדיין לא נשלח
history-waiting-hint = בוצע במחשב הזה; יגיע לשרת בסנכרון הבא.
history-older = הצגת פריטים ישנים יותר
history-made = בוצע ב-{ $when }
history-made-offline = בוצע במצב לא מקוון ב-{ $when }
history-reached = הגיע לשרת ב-{ $when }
history-you = את/ה
history-someone = מישהו אחר
history-not-offered = שרת החשבונות הזה לא שומר היסטוריה ש-Userdesk יכול לקרוא.
history-denied = אין לך הרשאה לקרוא את ההיסטוריה: לשם כך נדרשת ההרשאה לצפייה ביומן הביקורת.
answer-yes = כן
answer-no = לא
history-avatar-set = תמונה
history-not-set = (לא הוגדר)
field-avatar = תמונת פרופיל
history-action-create = יצירת החשבון
history-action-update = שינוי הפרופיל
history-action-deactivate = השבתת החשבון
history-action-reactivate = הפעלת החשבון מחדש
history-action-delete = מחיקת החשבון
history-action-activate = הפעלת החשבון
history-action-set-password = הגדרת סיסמה
history-action-send-activation-email = שליחת אימייל ההפעלה
history-action-send-welcome-email = שליחת אימייל ברוכים הבאים
history-action-send-password-reset-email = שליחת אימייל לאיפוס הסיסמה
history-action-start-phone-verification = שליחת קוד לאימות הטלפון
history-action-verify-phone = אימות מספר הטלפון הנייד

## The avatar: why a picked file cannot become one.
avatar-missing = הקובץ כבר לא נמצא. ייתכן שהוא הועבר או נמחק אחרי שנבחר.
avatar-not-a-file = זו תיקייה. יש לבחור תמונת PNG או JPEG.
avatar-unreadable = לא ניתן לקרוא את הקובץ הזה. יש לוודא שיש לך הרשאה לפתוח אותו.
avatar-empty = הקובץ הזה ריק.
avatar-file-too-large = הקובץ הזה גדול מדי: הגודל המרבי הוא { $max } MB.
avatar-not-an-image = הקובץ הזה אינו תמונת PNG או JPEG.
avatar-too-many-pixels = התמונה הזו גדולה מדי: הגודל המרבי הוא { $max } מגה-פיקסל.
avatar-damaged = התמונה הזו פגומה או חלקית, ולא ניתן להציג אותה.
avatar-crop-outside = הריבוע שנבחר לשמירה חייב להיות בתוך התמונה.
avatar-encode-failed = לא ניתן היה ליצור אווטאר מהתמונה הזו.
avatar-cannot-write = לא ניתן היה לכתוב את האווטאר אל { $folder }.
error-picture-too-long = מספר התווים המרבי בכתובת של תמונה הוא { $max }.
error-picture-not-a-url = כתובת של תמונה חייבת להיות כתובת URL מסוג http או https, ללא שם משתמש או סיסמה.
error-picture-upload = התמונה הזו לא נמצאת בשרת. כדי להגדיר אווטאר, יש להעלות את קובץ התמונה.
avatar-set-from-file = אווטאר מוגדר מקובץ תמונה: יש להשתמש ב"הוספת תמונה".
avatar-unavailable = השרת הזה לא שומר תמונות, ולכן לא ניתן להגדיר כאן אווטארים. אפשר להגדיר אותם בשרת חשבונות של Userdesk.
avatar-picture-gone = התמונה כבר לא נמצאת במחשב הזה. יש לבחור אותה שוב.
avatar-dialog-title = בחירת תמונת פרופיל
avatar-dialog-filter = תמונות PNG או JPEG
avatar-add = הוספת תמונה
avatar-change = החלפת התמונה
avatar-remove = הסרה
avatar-drop-hint = או לגרור לכאן תמונת PNG או JPEG
avatar-drop-not-a-picture = יש לגרור תמונת PNG או JPEG אל האווטאר.
avatar-editor-title = תמונת פרופיל
avatar-editor-stage = התמונה, עם הריבוע שיהפוך לאווטאר
avatar-editor-keys = אפשר לגרור את הריבוע או להזיז אותו בעזרת מקשי החצים; המקשים + ו-− להגדלה ולהקטנה; המקש R לסיבוב.
avatar-zoom = זום
avatar-rotate = סיבוב ב-90°
avatar-preview = תצוגה מקדימה
avatar-set = הגדרה כאווטאר
avatar-cancel = ביטול
avatar-saving = מתבצעת שמירה…
avatar-opening = התמונה נפתחת…
