## Các email mà máy chủ tài khoản gửi và trang mà liên kết trong đó mở ra. Mỗi email được gửi
## bằng ngôn ngữ của người nhận.

email-greeting = Xin chào { $name },
email-signature = — Userdesk
email-footer = Email này được gửi đến { $email } theo yêu cầu của một quản trị viên trong tổ chức của bạn.
email-ignore = Nếu bạn không mong đợi email này, bạn có thể bỏ qua; sẽ không có gì thay đổi cho đến khi liên kết được sử dụng.
email-expiry-days = Liên kết chỉ dùng được một lần, trong vòng { $days } ngày.
email-expiry-hours = Liên kết chỉ dùng được một lần, trong vòng { $hours } giờ.

email-activation-subject = Kích hoạt tài khoản Userdesk của bạn
email-activation-intro = Tổ chức của bạn đã tạo một tài khoản Userdesk cho bạn. Hãy chọn mật khẩu để kích hoạt tài khoản:
email-activation-action = Kích hoạt tài khoản của tôi

email-welcome-subject = Chào mừng bạn đến với Userdesk
email-welcome-intro = Chào mừng bạn đến với Userdesk. Tên người dùng của bạn là { $email }. Hãy chọn mật khẩu của bạn tại đây:
email-welcome-action = Chọn mật khẩu của tôi

email-reset-subject = Đặt lại mật khẩu Userdesk của bạn
email-reset-intro = Một quản trị viên đã yêu cầu đặt lại mật khẩu Userdesk của bạn. Hãy chọn mật khẩu mới tại đây:
email-reset-action = Chọn mật khẩu mới

sms-phone-code = { $code } là mã Userdesk của bạn để xác nhận số điện thoại di động này. Mã có hiệu lực trong { $minutes } phút.
email-phone-subject = Mã xác minh Userdesk của bạn
email-phone-intro = Nhập mã này để xác nhận số điện thoại di động { $phone }:
email-phone-expiry = Mã có hiệu lực trong { $minutes } phút.

page-activate-title = Kích hoạt tài khoản của bạn
page-welcome-title = Chọn mật khẩu của bạn
page-reset-title = Chọn mật khẩu mới
page-username = Tên người dùng: { $email }
page-password = Mật khẩu mới
page-password-hint = Ít nhất { $min } ký tự.
page-confirm = Nhập lại mật khẩu
page-submit = Lưu mật khẩu
page-error-mismatch = Hai mật khẩu không khớp nhau.
page-link-invalid-title = Liên kết này không còn hoạt động
page-link-invalid = Liên kết đã hết hạn, đã được sử dụng hoặc đã bị thay thế bởi một email mới hơn. Hãy đề nghị quản trị viên của bạn gửi email mới.
page-done-title = Mật khẩu của bạn đã được đặt
page-done = Tài khoản của bạn đã hoạt động. Hãy đăng nhập vào Userdesk bằng { $email }.
