## アカウントサーバーが送信するメールと、メール内のリンクから開くページ。
## 各メールは受信者の言語で送信されます。

email-greeting = { $name } 様
email-signature = — Userdesk
email-footer = このメールは、組織の管理者の依頼により { $email } 宛てに送信されました。
email-ignore = このメールに心当たりがない場合は、無視していただいてかまいません。リンクが使用されない限り、何も変更されません。
email-expiry-days = このリンクは { $days } 日以内に 1 回だけ使用できます。
email-expiry-hours = このリンクは { $hours } 時間以内に 1 回だけ使用できます。

email-activation-subject = Userdesk アカウントの有効化
email-activation-intro = 組織により、Userdesk アカウントが作成されました。アカウントを有効にするには、パスワードを設定してください：
email-activation-action = アカウントを有効にする

email-welcome-subject = Userdesk へようこそ
email-welcome-intro = Userdesk へようこそ。ユーザー名は { $email } です。こちらからパスワードを設定してください：
email-welcome-action = パスワードを設定する

email-reset-subject = Userdesk パスワードのリセット
email-reset-intro = 管理者から、Userdesk パスワードのリセットが依頼されました。こちらから新しいパスワードを設定してください：
email-reset-action = 新しいパスワードを設定する

sms-phone-code = { $code } は、この携帯電話番号を確認するための Userdesk のコードです。有効期間は { $minutes } 分です。
email-phone-subject = Userdesk の確認コード
email-phone-intro = 携帯電話番号 { $phone } を確認するには、次のコードを入力してください：
email-phone-expiry = このコードの有効期間は { $minutes } 分です。

page-activate-title = アカウントの有効化
page-welcome-title = パスワードの設定
page-reset-title = 新しいパスワードの設定
page-username = ユーザー名：{ $email }
page-password = 新しいパスワード
page-password-hint = { $min } 文字以上で入力してください。
page-confirm = パスワード（確認）
page-submit = パスワードを保存
page-error-mismatch = 2 つのパスワードが一致しません。
page-link-invalid-title = このリンクは使用できなくなりました
page-link-invalid = リンクの有効期限が切れているか、既に使用されているか、新しいメールに置き換えられています。新しいメールを送信するよう管理者に依頼してください。
page-done-title = パスワードが設定されました
page-done = アカウントが有効になりました。{ $email } で Userdesk にサインインしてください。
