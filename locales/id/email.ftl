## Email yang dikirim oleh server akun, dan halaman yang dibuka oleh tautannya. Setiap email
## dikirim dalam bahasa penerimanya.

email-greeting = Halo { $name },
email-signature = — Userdesk
email-footer = Email ini dikirim ke { $email } karena diminta oleh administrator organisasi Anda.
email-ignore = Jika Anda tidak mengharapkan email ini, Anda dapat mengabaikannya; tidak ada yang berubah sampai tautan digunakan.
email-expiry-days = Tautan hanya dapat digunakan satu kali, dalam waktu { $days } hari.
email-expiry-hours = Tautan hanya dapat digunakan satu kali, dalam waktu { $hours } jam.

email-activation-subject = Aktifkan akun Userdesk Anda
email-activation-intro = Organisasi Anda telah membuatkan akun Userdesk untuk Anda. Pilih kata sandi untuk mengaktifkannya:
email-activation-action = Aktifkan akun saya

email-welcome-subject = Selamat datang di Userdesk
email-welcome-intro = Selamat datang di Userdesk. Nama pengguna Anda adalah { $email }. Pilih kata sandi Anda di sini:
email-welcome-action = Pilih kata sandi saya

email-reset-subject = Atur ulang kata sandi Userdesk Anda
email-reset-intro = Administrator meminta agar kata sandi Userdesk Anda diatur ulang. Pilih kata sandi baru di sini:
email-reset-action = Pilih kata sandi baru

sms-phone-code = { $code } adalah kode Userdesk Anda untuk mengonfirmasi nomor ponsel ini. Kode berlaku selama { $minutes } menit.
email-phone-subject = Kode verifikasi Userdesk Anda
email-phone-intro = Masukkan kode ini untuk mengonfirmasi nomor ponsel { $phone }:
email-phone-expiry = Kode berlaku selama { $minutes } menit.

page-activate-title = Aktifkan akun Anda
page-welcome-title = Pilih kata sandi Anda
page-reset-title = Pilih kata sandi baru
page-username = Nama pengguna: { $email }
page-password = Kata sandi baru
page-password-hint = Minimal { $min } karakter.
page-confirm = Ulangi kata sandi
page-submit = Simpan kata sandi
page-error-mismatch = Kedua kata sandi berbeda.
page-link-invalid-title = Tautan ini sudah tidak berfungsi
page-link-invalid = Tautan sudah kedaluwarsa, sudah digunakan, atau telah digantikan oleh email yang lebih baru. Mintalah administrator Anda untuk mengirim email baru.
page-done-title = Kata sandi Anda telah diatur
page-done = Akun Anda sudah aktif. Masuk ke Userdesk sebagai { $email }.
