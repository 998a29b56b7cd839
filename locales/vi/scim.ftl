# Userdesk: lý do một tài nguyên SCIM bị từ chối (tiếng Việt). Hiển thị cho ứng dụng khách API trong
# "detail" của lỗi, và trong ứng dụng máy tính khi máy chủ từ chối một thay đổi đã đồng bộ hóa.

scim-error-required = Thuộc tính này là bắt buộc.
scim-error-not-a-string = Thuộc tính này phải là một chuỗi.
scim-error-not-an-object = Thuộc tính này phải là một đối tượng.
scim-error-not-an-array = Thuộc tính này phải là một mảng.
scim-error-not-a-boolean = Thuộc tính này phải là true hoặc false.
scim-error-invalid-value = Giá trị này không thuộc các giá trị được phép.

## Lý do không thể đọc một bộ lọc (hoặc một đường dẫn PATCH); $position đếm ký tự bắt đầu từ 1.
filter-error-too-long = Bộ lọc quá dài.
filter-error-too-deep = Bộ lọc lồng nhau quá sâu (tại ký tự thứ { $position }).
filter-error-empty = Bộ lọc trống.
filter-error-expected-attribute = Cần có tên thuộc tính tại ký tự thứ { $position }.
filter-error-expected-operator = Cần có toán tử (eq, ne, co, sw, ew, gt, ge, lt, le hoặc pr) tại ký tự thứ { $position }.
filter-error-expected-value = Cần có giá trị (một "chuỗi", một số, true, false hoặc null) tại ký tự thứ { $position }.
filter-error-bad-string = Chuỗi bắt đầu tại ký tự thứ { $position } chưa được đóng hoặc có chuỗi thoát không hợp lệ.
filter-error-bad-number = Số tại ký tự thứ { $position } không hợp lệ.
filter-error-unclosed = Dấu ngoặc mở trước ký tự thứ { $position } chưa được đóng.
filter-error-trailing = Văn bản không mong đợi tại ký tự thứ { $position }.
filter-error-nested-value-path = Bộ lọc giá trị không được chứa một bộ lọc giá trị khác (ký tự thứ { $position }).

## Lý do một yêu cầu PATCH bị từ chối; $operation đếm bắt đầu từ 1.
patch-error-syntax = Yêu cầu PATCH không phải là thông điệp PatchOp hợp lệ (thao tác thứ { $operation }).
patch-error-value-not-object = Thao tác thứ { $operation }: khi không có đường dẫn, giá trị phải là một đối tượng chứa các thuộc tính.
patch-error-value-missing = Thao tác thứ { $operation } cần có giá trị.
patch-error-read-only = Thao tác thứ { $operation } cố thay đổi một thuộc tính chỉ đọc.
patch-error-invalid-path = Thao tác thứ { $operation } có đường dẫn không thể sử dụng.
patch-error-no-target = Thao tác thứ { $operation }: không có gì khớp với đường dẫn của thao tác.
patch-error-remove-needs-path = Thao tác thứ { $operation }: thao tác “remove” cần có đường dẫn.
patch-error-too-many-operations = Một yêu cầu PATCH chỉ được chứa tối đa { $max } thao tác.
patch-error-too-much-work = Thao tác thứ { $operation }: yêu cầu PATCH này sẽ đòi hỏi xử lý quá nhiều; hãy gửi dưới dạng nhiều yêu cầu nhỏ hơn.

## Lỗi giao thức của máy chủ tài khoản.
scim-error-not-found = Không có tài nguyên này.
scim-error-version-mismatch = Tài nguyên đã bị thay đổi kể từ khi bạn đọc (phiên bản của tài nguyên không còn khớp với If-Match).
scim-error-internal = Máy chủ không thể hoàn tất yêu cầu. Không có gì bị thay đổi.
scim-error-bad-json = Nội dung yêu cầu không phải là JSON hợp lệ cho yêu cầu này.
scim-error-taken = Giá trị của { $attribute } đã được một người dùng khác sử dụng.
scim-error-too-many-attributes = Một yêu cầu chỉ được nêu tối đa { $max } thuộc tính trong attributes hoặc excludedAttributes.
scim-error-sort-order = sortOrder phải là "ascending" hoặc "descending".
scim-error-sort-by = Không thể dùng thuộc tính này để sắp xếp.
scim-error-too-large = Nội dung yêu cầu quá lớn.
scim-error-method = Phương thức này không được phép ở đây.
filter-error-unsupported-attribute = Bộ lọc dùng { $attribute }, là thuộc tính không thể dùng để lọc.
filter-error-wrong-type = Bộ lọc so sánh { $attribute } với một giá trị sai kiểu.

## Đăng nhập.
auth-error-credentials = Địa chỉ email hoặc mật khẩu không đúng.
auth-error-locked = Quá nhiều lần đăng nhập không thành công. Hãy thử lại sau.
auth-error-busy = Máy chủ hiện đang kiểm tra nhiều lượt đăng nhập. Hãy thử lại sau giây lát.
auth-error-token = Hãy đăng nhập trước: mã thông báo truy cập bị thiếu, đã hết hạn hoặc đã bị thu hồi.
scim-error-idempotency-reuse = Idempotency-Key này đã được dùng cho một yêu cầu khác.
scim-error-bad-id = Đây không phải là id hợp lệ.
auth-error-weak-password = Mật khẩu cần có ít nhất { $min } ký tự.
auth-error-current-password = Mật khẩu hiện tại không đúng.
auth-error-long-password = Mật khẩu này quá dài.
scim-error-undeliverable-address = Không thể gửi email đến địa chỉ này.
scim-error-nested-groups = Thành viên phải là người dùng; nhóm không thể chứa nhóm.
scim-error-unknown-member = Đây không phải là người dùng của tài khoản này.
scim-error-other-group = { $user } đã thuộc nhóm { $group }. Hãy xóa người dùng này khỏi nhóm đó trước.
scim-error-bulk-too-many = Một yêu cầu Bulk chứa tối đa { $max } thao tác.
scim-error-bulk-method = Phương thức phải là POST, PUT, PATCH hoặc DELETE.
scim-error-bulk-duplicate-id = Mỗi thao tác cần có bulkId riêng.
scim-error-bulk-reference = Thao tác tham chiếu đến bulkId { $bulkId }, nhưng bulkId này không tạo ra gì cả.
scim-error-bulk-circular = Các thao tác tham chiếu lẫn nhau theo vòng tròn.
scim-error-bad-time = Đây không phải là ngày và giờ (RFC 3339, ví dụ: 2026-05-13T06:42:34Z).
scim-error-no-route = Không có điểm cuối như vậy trên máy chủ này. Hãy kiểm tra địa chỉ.
