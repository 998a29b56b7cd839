# Userdesk: คำแปลภาษาไทย (th) ของอีเมลและหน้าเว็บที่เซิร์ฟเวอร์บัญชีส่ง

## อีเมลที่เซิร์ฟเวอร์บัญชีส่ง และหน้าที่เปิดขึ้นจากลิงก์ในอีเมล
## อีเมลแต่ละฉบับจะส่งเป็นภาษาของผู้รับ

email-greeting = เรียน { $name }
email-signature = — Userdesk
email-footer = อีเมลนี้ส่งถึง { $email } ตามคำขอของผู้ดูแลระบบในองค์กรของคุณ
email-ignore = หากคุณไม่ได้คาดว่าจะได้รับอีเมลนี้ คุณสามารถเพิกเฉยได้ และจะไม่มีสิ่งใดเปลี่ยนแปลงจนกว่าจะมีการใช้ลิงก์
email-expiry-days = ลิงก์นี้ใช้ได้ครั้งเดียวภายใน { $days } วัน
email-expiry-hours = ลิงก์นี้ใช้ได้ครั้งเดียวภายใน { $hours } ชั่วโมง

email-activation-subject = เปิดใช้งานบัญชี Userdesk ของคุณ
email-activation-intro = องค์กรของคุณได้สร้างบัญชี Userdesk ให้คุณแล้ว โปรดตั้งรหัสผ่านเพื่อเปิดใช้งานบัญชี:
email-activation-action = เปิดใช้งานบัญชีของฉัน

email-welcome-subject = ยินดีต้อนรับสู่ Userdesk
email-welcome-intro = ยินดีต้อนรับสู่ Userdesk ชื่อผู้ใช้ของคุณคือ { $email } โปรดตั้งรหัสผ่านที่นี่:
email-welcome-action = ตั้งรหัสผ่านของฉัน

email-reset-subject = รีเซ็ตรหัสผ่าน Userdesk ของคุณ
email-reset-intro = ผู้ดูแลระบบได้ขอให้รีเซ็ตรหัสผ่าน Userdesk ของคุณ โปรดตั้งรหัสผ่านใหม่ที่นี่:
email-reset-action = ตั้งรหัสผ่านใหม่

sms-phone-code = { $code } คือรหัส Userdesk สำหรับยืนยันหมายเลขโทรศัพท์มือถือนี้ รหัสใช้ได้ { $minutes } นาที
email-phone-subject = รหัสยืนยัน Userdesk ของคุณ
email-phone-intro = โปรดป้อนรหัสนี้เพื่อยืนยันหมายเลขโทรศัพท์มือถือ { $phone }:
email-phone-expiry = รหัสนี้ใช้ได้ { $minutes } นาที

page-activate-title = เปิดใช้งานบัญชีของคุณ
page-welcome-title = ตั้งรหัสผ่านของคุณ
page-reset-title = ตั้งรหัสผ่านใหม่
page-username = ชื่อผู้ใช้: { $email }
page-password = รหัสผ่านใหม่
page-password-hint = อย่างน้อย { $min } อักขระ
page-confirm = ป้อนรหัสผ่านอีกครั้ง
page-submit = บันทึกรหัสผ่าน
page-error-mismatch = รหัสผ่านทั้งสองช่องไม่ตรงกัน
page-link-invalid-title = ลิงก์นี้ใช้ไม่ได้แล้ว
page-link-invalid = ลิงก์นี้หมดอายุแล้ว ถูกใช้ไปแล้ว หรือมีอีเมลฉบับใหม่กว่ามาแทนที่ โปรดขอให้ผู้ดูแลระบบส่งอีเมลฉบับใหม่
page-done-title = ตั้งรหัสผ่านเรียบร้อยแล้ว
page-done = บัญชีของคุณเปิดใช้งานแล้ว โปรดลงชื่อเข้าใช้ Userdesk ด้วย { $email }
