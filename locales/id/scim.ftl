# Userdesk: alasan sumber daya SCIM ditolak (bahasa Indonesia). Ditampilkan kepada klien API dalam
# "detail" kesalahan, dan di aplikasi desktop saat server menolak perubahan yang disinkronkan.

scim-error-required = Atribut ini wajib diisi.
scim-error-not-a-string = Atribut ini harus berupa string.
scim-error-not-an-object = Atribut ini harus berupa objek.
scim-error-not-an-array = Atribut ini harus berupa array.
scim-error-not-a-boolean = Atribut ini harus bernilai true atau false.
scim-error-invalid-value = Nilai ini bukan salah satu nilai yang diizinkan.

## Alasan filter (atau jalur PATCH) tidak dapat dibaca; $position menghitung karakter mulai dari 1.
filter-error-too-long = Filter terlalu panjang.
filter-error-too-deep = Filter bersarang terlalu dalam (pada karakter ke-{ $position }).
filter-error-empty = Filter kosong.
filter-error-expected-attribute = Nama atribut diharapkan pada karakter ke-{ $position }.
filter-error-expected-operator = Operator (eq, ne, co, sw, ew, gt, ge, lt, le, atau pr) diharapkan pada karakter ke-{ $position }.
filter-error-expected-value = Nilai ("string", angka, true, false, atau null) diharapkan pada karakter ke-{ $position }.
filter-error-bad-string = String yang dimulai pada karakter ke-{ $position } tidak ditutup atau berisi escape yang tidak valid.
filter-error-bad-number = Angka pada karakter ke-{ $position } tidak valid.
filter-error-unclosed = Kurung yang dibuka sebelum karakter ke-{ $position } tidak ditutup.
filter-error-trailing = Teks tidak terduga pada karakter ke-{ $position }.
filter-error-nested-value-path = Filter nilai tidak boleh berisi filter nilai lain (karakter ke-{ $position }).

## Alasan PATCH ditolak; $operation menghitung mulai dari 1.
patch-error-syntax = Permintaan PATCH bukan pesan PatchOp yang valid (operasi ke-{ $operation }).
patch-error-value-not-object = Operasi ke-{ $operation }: tanpa jalur, nilai harus berupa objek berisi atribut.
patch-error-value-missing = Operasi ke-{ $operation } memerlukan nilai.
patch-error-read-only = Operasi ke-{ $operation } mencoba mengubah atribut baca-saja.
patch-error-invalid-path = Operasi ke-{ $operation } memiliki jalur yang tidak dapat digunakan.
patch-error-no-target = Operasi ke-{ $operation }: tidak ada yang cocok dengan jalurnya.
patch-error-remove-needs-path = Operasi ke-{ $operation }: operasi “remove” memerlukan jalur.
patch-error-too-many-operations = Permintaan PATCH boleh berisi paling banyak { $max } operasi.
patch-error-too-much-work = Operasi ke-{ $operation }: permintaan PATCH ini akan memerlukan pemrosesan terlalu banyak; kirim sebagai beberapa permintaan yang lebih kecil.

## Kesalahan protokol server akun.
scim-error-not-found = Sumber daya tidak ditemukan.
scim-error-version-mismatch = Sumber daya telah diubah sejak Anda membacanya (versinya tidak lagi cocok dengan If-Match).
scim-error-internal = Server tidak dapat menyelesaikan permintaan. Tidak ada yang diubah.
scim-error-bad-json = Isi permintaan bukan JSON yang valid untuk permintaan ini.
scim-error-taken = Nilai { $attribute } sudah digunakan oleh pengguna lain.
scim-error-too-many-attributes = Permintaan boleh menyebutkan paling banyak { $max } atribut dalam attributes atau excludedAttributes.
scim-error-sort-order = sortOrder harus bernilai "ascending" atau "descending".
scim-error-sort-by = Atribut ini tidak dapat digunakan untuk mengurutkan.
scim-error-too-large = Isi permintaan terlalu besar.
scim-error-method = Metode ini tidak diizinkan di sini.
filter-error-unsupported-attribute = Filter menggunakan { $attribute }, yang tidak dapat difilter.
filter-error-wrong-type = Filter membandingkan { $attribute } dengan nilai yang jenisnya salah.

## Masuk.
auth-error-credentials = Alamat email atau kata sandi salah.
auth-error-locked = Terlalu banyak upaya masuk yang gagal. Coba lagi nanti.
auth-error-busy = Server sedang memeriksa banyak upaya masuk. Coba lagi sebentar lagi.
auth-error-token = Masuk terlebih dahulu: token akses tidak ada, sudah kedaluwarsa, atau telah dicabut.
scim-error-idempotency-reuse = Idempotency-Key ini sudah digunakan untuk permintaan lain.
scim-error-bad-id = Ini bukan id yang valid.
auth-error-weak-password = Kata sandi harus berisi minimal { $min } karakter.
auth-error-current-password = Kata sandi saat ini salah.
auth-error-long-password = Kata sandi ini terlalu panjang.
scim-error-undeliverable-address = Email tidak dapat dikirim ke alamat ini.
scim-error-nested-groups = Anggota harus berupa pengguna; grup tidak boleh berisi grup.
scim-error-unknown-member = Ini bukan pengguna akun ini.
scim-error-other-group = { $user } sudah menjadi anggota grup { $group }. Keluarkan pengguna tersebut dari grup itu terlebih dahulu.
scim-error-bulk-too-many = Permintaan Bulk berisi paling banyak { $max } operasi.
scim-error-bulk-method = Metode harus POST, PUT, PATCH, atau DELETE.
scim-error-bulk-duplicate-id = Setiap operasi memerlukan bulkId sendiri.
scim-error-bulk-reference = Operasi merujuk ke bulkId { $bulkId }, yang tidak membuat apa pun.
scim-error-bulk-circular = Operasi-operasi tersebut saling merujuk secara melingkar.
scim-error-bad-time = Ini bukan tanggal dan waktu (RFC 3339, mis. 2026-05-13T06:42:34Z).
scim-error-no-route = Tidak ada endpoint seperti itu di server ini. Periksa alamatnya.
