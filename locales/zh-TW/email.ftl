# Userdesk：帳戶伺服器寄出的電子郵件和簡訊，以及郵件連結開啟的密碼頁面（繁體中文，台灣）。

## 帳戶伺服器寄出的電子郵件，以及其中連結開啟的頁面。每封郵件都會以收件者的語言寄出。

email-greeting = { $name } 您好：
email-signature = ——Userdesk
email-footer = 這封郵件寄至 { $email }，因為貴組織的管理員要求寄送。
email-ignore = 如果您並未預期收到這封郵件，可以直接忽略；在使用連結之前，不會有任何變更。
email-expiry-days = 此連結只能使用一次，有效期限為 { $days } 天。
email-expiry-hours = 此連結只能使用一次，有效期限為 { $hours } 小時。

email-activation-subject = 啟用您的 Userdesk 帳戶
email-activation-intro = 貴組織已為您建立 Userdesk 帳戶。請設定密碼以啟用帳戶：
email-activation-action = 啟用我的帳戶

email-welcome-subject = 歡迎使用 Userdesk
email-welcome-intro = 歡迎使用 Userdesk。您的使用者名稱是 { $email }。請在這裡設定您的密碼：
email-welcome-action = 設定我的密碼

email-reset-subject = 重設您的 Userdesk 密碼
email-reset-intro = 管理員已要求重設您的 Userdesk 密碼。請在這裡設定新密碼：
email-reset-action = 設定新密碼

sms-phone-code = 您的 Userdesk 驗證碼為 { $code }，用於確認此行動電話號碼，{ $minutes } 分鐘內有效。
email-phone-subject = 您的 Userdesk 驗證碼
email-phone-intro = 請輸入此驗證碼以確認行動電話號碼 { $phone }：
email-phone-expiry = 此驗證碼 { $minutes } 分鐘內有效。

page-activate-title = 啟用您的帳戶
page-welcome-title = 設定您的密碼
page-reset-title = 設定新密碼
page-username = 使用者名稱：{ $email }
page-password = 新密碼
page-password-hint = 至少 { $min } 個字元。
page-confirm = 再次輸入密碼
page-submit = 儲存密碼
page-error-mismatch = 兩次輸入的密碼不一致。
page-link-invalid-title = 此連結已失效
page-link-invalid = 此連結已過期、已使用過，或已被較新的郵件取代。請要求您的管理員重新寄送。
page-done-title = 您的密碼已設定完成
page-done = 您的帳戶已啟用。請以 { $email } 登入 Userdesk。
