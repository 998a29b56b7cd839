# Userdesk: why a SCIM resource was refused (Hebrew). Shown to API clients in an
# error's "detail", and in the desktop app when the server refuses a synced change.

scim-error-required = המאפיין הזה הוא חובה.
scim-error-not-a-string = המאפיין הזה חייב להיות מחרוזת.
scim-error-not-an-object = המאפיין הזה חייב להיות אובייקט.
scim-error-not-an-array = המאפיין הזה חייב להיות מערך.
scim-error-not-a-boolean = הערך של המאפיין הזה חייב להיות true או false.
scim-error-invalid-value = הערך הזה אינו אחד מהערכים המותרים.

## Why a filter (or a PATCH path) could not be read; $position counts characters from 1.
filter-error-too-long = המסנן ארוך מדי.
filter-error-too-deep = המסנן מקונן לעומק רב מדי (בתו { $position }).
filter-error-empty = המסנן ריק.
filter-error-expected-attribute = היה צפוי שם של מאפיין בתו { $position }.
filter-error-expected-operator = היה צפוי אופרטור (eq, ne, co, sw, ew, gt, ge, lt, le או pr) בתו { $position }.
filter-error-expected-value = היה צפוי ערך (מחרוזת בין מירכאות "…", מספר, true, false או null) בתו { $position }.
filter-error-bad-string = המחרוזת שמתחילה בתו { $position } לא נסגרה, או שיש בה רצף בריחה שגוי.
filter-error-bad-number = המספר בתו { $position } אינו תקין.
filter-error-unclosed = סוגר שנפתח לפני התו { $position } לא נסגר.
filter-error-trailing = טקסט לא צפוי בתו { $position }.
filter-error-nested-value-path = מסנן ערכים לא יכול להכיל מסנן ערכים נוסף (תו { $position }).

## Why a PATCH was refused; $operation counts from 1.
patch-error-syntax = בקשת ה-PATCH אינה הודעת PatchOp תקינה (פעולה { $operation }).
patch-error-value-not-object = פעולה { $operation }: כשאין נתיב, הערך חייב להיות אובייקט של מאפיינים.
patch-error-value-missing = פעולה { $operation } דורשת ערך.
patch-error-read-only = פעולה { $operation } מנסה לשנות מאפיין לקריאה בלבד.
patch-error-invalid-path = לפעולה { $operation } יש נתיב שאי אפשר להשתמש בו.
patch-error-no-target = פעולה { $operation }: שום דבר לא תואם לנתיב שלה.
patch-error-remove-needs-path = פעולה { $operation }: פעולת remove דורשת נתיב.
patch-error-too-many-operations = מספר הפעולות המרבי בבקשת PATCH הוא { $max }.
patch-error-too-much-work = פעולה { $operation }: בקשת ה-PATCH הזו דורשת עיבוד רב מדי; יש לשלוח אותה כמה בקשות קטנות יותר.

## Protocol errors of the account server.
scim-error-not-found = המשאב לא קיים.
scim-error-version-mismatch = המשאב שונה מאז שקראת אותו (הגרסה שלו כבר לא תואמת ל-If-Match).
scim-error-internal = השרת לא הצליח להשלים את הבקשה. שום דבר לא שונה.
scim-error-bad-json = גוף הבקשה אינו JSON תקין עבור הבקשה הזו.
scim-error-taken = הערך של { $attribute } כבר נמצא בשימוש אצל משתמש אחר.
scim-error-too-many-attributes = מספר המאפיינים המרבי שבקשה יכולה לציין ב-attributes או ב-excludedAttributes הוא { $max }.
scim-error-sort-order = הערך של sortOrder חייב להיות "ascending" או "descending".
scim-error-sort-by = אי אפשר למיין לפי המאפיין הזה.
scim-error-too-large = גוף הבקשה גדול מדי.
scim-error-method = השיטה הזו אינה מותרת כאן.
filter-error-unsupported-attribute = המסנן משתמש ב-{ $attribute }, ואי אפשר לסנן לפי המאפיין הזה.
filter-error-wrong-type = המסנן משווה את { $attribute } לערך מסוג שגוי.

## Sign-in.
auth-error-credentials = כתובת האימייל או הסיסמה שגויות.
auth-error-locked = יותר מדי ניסיונות התחברות כושלים. אפשר לנסות שוב מאוחר יותר.
auth-error-busy = השרת בודק כרגע ניסיונות התחברות רבים. אפשר לנסות שוב בעוד רגע.
auth-error-token = יש להתחבר קודם: אסימון הגישה חסר, פג תוקפו או שבוטל.
scim-error-idempotency-reuse = המפתח Idempotency-Key הזה כבר שימש לבקשה אחרת.
scim-error-bad-id = זה אינו מזהה תקין.
auth-error-weak-password = מספר התווים המינימלי בסיסמה הוא { $min }.
auth-error-current-password = הסיסמה הנוכחית שגויה.
auth-error-long-password = הסיסמה הזו ארוכה מדי.
scim-error-undeliverable-address = אי אפשר לשלוח אימייל לכתובת הזו.
scim-error-nested-groups = חברים חייבים להיות משתמשים; קבוצה לא יכולה להכיל קבוצות.
scim-error-unknown-member = זה אינו משתמש בחשבון הזה.
scim-error-other-group = המשתמש { $user } כבר חבר בקבוצה { $group }. יש להסיר אותו משם קודם.
scim-error-bulk-too-many = מספר הפעולות המרבי בבקשת Bulk הוא { $max }.
scim-error-bulk-method = השיטה חייבת להיות POST, PUT, PATCH או DELETE.
scim-error-bulk-duplicate-id = כל פעולה צריכה bulkId משלה.
scim-error-bulk-reference = הפעולה מפנה ל-bulkId { $bulkId }, אבל הפעולה שלו לא יצרה שום דבר.
scim-error-bulk-circular = הפעולות מפנות זו לזו במעגל.
scim-error-bad-time = זה אינו תאריך ושעה (RFC 3339, לדוגמה 2026-05-13T06:42:34Z).
scim-error-no-route = אין נקודת קצה כזו בשרת הזה. יש לבדוק את הכתובת.
