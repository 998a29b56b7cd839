# Userdesk：账户服务器发送的电子邮件和短信，以及邮件链接打开的密码页面（简体中文）。

## 账户服务器发送的电子邮件，以及其中链接打开的页面。每封邮件都使用收件人的语言发送。

email-greeting = { $name }，您好！
email-signature = ——Userdesk
email-footer = 此邮件发送至 { $email }，因为您所在组织的管理员请求发送此邮件。
email-ignore = 如果您没有预料到会收到此邮件，可以忽略它；在使用链接之前，不会有任何更改。
email-expiry-days = 此链接仅可使用一次，有效期为 { $days } 天。
email-expiry-hours = 此链接仅可使用一次，有效期为 { $hours } 小时。

email-activation-subject = 激活您的 Userdesk 账户
email-activation-intro = 您所在的组织已为您创建了 Userdesk 账户。请设置密码以激活账户：
email-activation-action = 激活我的账户

email-welcome-subject = 欢迎使用 Userdesk
email-welcome-intro = 欢迎使用 Userdesk。您的用户名是 { $email }。请在此处设置密码：
email-welcome-action = 设置我的密码

email-reset-subject = 重置您的 Userdesk 密码
email-reset-intro = 管理员已请求重置您的 Userdesk 密码。请在此处设置新密码：
email-reset-action = 设置新密码

sms-phone-code = 【Userdesk】验证码 { $code }，用于确认此手机号码，{ $minutes } 分钟内有效。
email-phone-subject = 您的 Userdesk 验证码
email-phone-intro = 请输入此验证码以确认手机号码 { $phone }：
email-phone-expiry = 此验证码 { $minutes } 分钟内有效。

page-activate-title = 激活您的账户
page-welcome-title = 设置您的密码
page-reset-title = 设置新密码
page-username = 用户名：{ $email }
page-password = 新密码
page-password-hint = 至少 { $min } 个字符。
page-confirm = 再次输入密码
page-submit = 保存密码
page-error-mismatch = 两次输入的密码不一致。
page-link-invalid-title = 此链接已失效
page-link-invalid = 此链接已过期、已被使用，或已被更新的邮件取代。请联系管理员重新发送。
page-done-title = 密码已设置
page-done = 您的账户已激活。请以 { $email } 身份登录 Userdesk。
