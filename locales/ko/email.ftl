## 계정 서버가 보내는 이메일과 이메일의 링크로 열리는 페이지입니다.
## 각 이메일은 받는 사람의 언어로 발송됩니다.

email-greeting = { $name }님, 안녕하세요.
email-signature = — Userdesk
email-footer = 이 이메일은 조직 관리자의 요청에 따라 다음 주소로 발송되었습니다: { $email }
email-ignore = 이 이메일을 받을 예정이 없었다면 무시하셔도 됩니다. 링크를 사용하기 전까지는 아무것도 변경되지 않습니다.
email-expiry-days = 이 링크는 { $days }일 이내에 한 번만 사용할 수 있습니다.
email-expiry-hours = 이 링크는 { $hours }시간 이내에 한 번만 사용할 수 있습니다.

email-activation-subject = Userdesk 계정을 활성화하세요
email-activation-intro = 조직에서 Userdesk 계정을 만들었습니다. 비밀번호를 설정하여 계정을 활성화하세요.
email-activation-action = 내 계정 활성화

email-welcome-subject = Userdesk에 오신 것을 환영합니다
email-welcome-intro = Userdesk에 오신 것을 환영합니다. 사용자 이름은 { $email }입니다. 여기에서 비밀번호를 설정하세요.
email-welcome-action = 비밀번호 설정

email-reset-subject = Userdesk 비밀번호 재설정
email-reset-intro = 관리자가 Userdesk 비밀번호 재설정을 요청했습니다. 여기에서 새 비밀번호를 설정하세요.
email-reset-action = 새 비밀번호 설정

sms-phone-code = Userdesk 휴대전화 번호 인증 코드는 { $code }입니다. { $minutes }분 동안 유효합니다.
email-phone-subject = Userdesk 인증 코드
email-phone-intro = 휴대전화 번호 { $phone }의 인증을 완료하려면 다음 코드를 입력하세요.
email-phone-expiry = 이 코드는 { $minutes }분 동안 유효합니다.

page-activate-title = 계정 활성화
page-welcome-title = 비밀번호 설정
page-reset-title = 새 비밀번호 설정
page-username = 사용자 이름: { $email }
page-password = 새 비밀번호
page-password-hint = { $min }자 이상 입력하세요.
page-confirm = 비밀번호 확인
page-submit = 비밀번호 저장
page-error-mismatch = 두 비밀번호가 일치하지 않습니다.
page-link-invalid-title = 이 링크는 더 이상 사용할 수 없습니다
page-link-invalid = 링크가 만료되었거나, 이미 사용되었거나, 더 최근에 보낸 이메일로 대체되었습니다. 관리자에게 새 이메일을 보내 달라고 요청하세요.
page-done-title = 비밀번호가 설정되었습니다
page-done = 계정이 활성화되었습니다. { $email } 계정으로 Userdesk에 로그인하세요.
