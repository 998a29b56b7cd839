# Userdesk: คำแปลภาษาไทย (th) ของเหตุผลที่ทรัพยากร SCIM ถูกปฏิเสธ แสดงต่อไคลเอ็นต์ API ใน "detail"
# ของข้อผิดพลาด และแสดงในแอปเดสก์ท็อปเมื่อเซิร์ฟเวอร์ปฏิเสธการเปลี่ยนแปลงที่ซิงค์

scim-error-required = ต้องระบุแอตทริบิวต์นี้
scim-error-not-a-string = แอตทริบิวต์นี้ต้องเป็นสตริง
scim-error-not-an-object = แอตทริบิวต์นี้ต้องเป็นออบเจ็กต์
scim-error-not-an-array = แอตทริบิวต์นี้ต้องเป็นอาร์เรย์
scim-error-not-a-boolean = แอตทริบิวต์นี้ต้องเป็น true หรือ false
scim-error-invalid-value = ค่านี้ไม่อยู่ในรายการค่าที่อนุญาต

## เหตุผลที่อ่านตัวกรอง (หรือเส้นทางของ PATCH) ไม่ได้ โดย $position นับตำแหน่งอักขระเริ่มจาก 1
filter-error-too-long = ตัวกรองยาวเกินไป
filter-error-too-deep = ตัวกรองซ้อนกันหลายชั้นเกินไป (ตำแหน่งอักขระ { $position })
filter-error-empty = ตัวกรองว่างเปล่า
filter-error-expected-attribute = ต้องมีชื่อแอตทริบิวต์ที่ตำแหน่งอักขระ { $position }
filter-error-expected-operator = ต้องมีตัวดำเนินการ (eq, ne, co, sw, ew, gt, ge, lt, le หรือ pr) ที่ตำแหน่งอักขระ { $position }
filter-error-expected-value = ต้องมีค่า ("สตริง", ตัวเลข, true, false หรือ null) ที่ตำแหน่งอักขระ { $position }
filter-error-bad-string = สตริงที่เริ่มต้นที่ตำแหน่งอักขระ { $position } ไม่ได้ปิดท้าย หรือมีลำดับอักขระหลีกที่ไม่ถูกต้อง
filter-error-bad-number = ตัวเลขที่ตำแหน่งอักขระ { $position } ไม่ถูกต้อง
filter-error-unclosed = วงเล็บที่เปิดไว้ก่อนตำแหน่งอักขระ { $position } ยังไม่ได้ปิด
filter-error-trailing = พบข้อความที่ไม่คาดคิดที่ตำแหน่งอักขระ { $position }
filter-error-nested-value-path = ตัวกรองค่าไม่สามารถมีตัวกรองค่าอื่นซ้อนอยู่ภายในได้ (ตำแหน่งอักขระ { $position })

## เหตุผลที่ PATCH ถูกปฏิเสธ โดย $operation นับลำดับการดำเนินการเริ่มจาก 1
patch-error-syntax = คำขอ PATCH ไม่ใช่ข้อความ PatchOp ที่ถูกต้อง (การดำเนินการที่ { $operation })
patch-error-value-not-object = การดำเนินการที่ { $operation }: เมื่อไม่ได้ระบุเส้นทาง ค่าต้องเป็นออบเจ็กต์ของแอตทริบิวต์
patch-error-value-missing = การดำเนินการที่ { $operation } ต้องมีค่า
patch-error-read-only = การดำเนินการที่ { $operation } พยายามเปลี่ยนแอตทริบิวต์แบบอ่านอย่างเดียว
patch-error-invalid-path = การดำเนินการที่ { $operation } มีเส้นทางที่ใช้ไม่ได้
patch-error-no-target = การดำเนินการที่ { $operation }: ไม่มีสิ่งใดตรงกับเส้นทางที่ระบุ
patch-error-remove-needs-path = การดำเนินการที่ { $operation }: remove ต้องระบุเส้นทาง
patch-error-too-many-operations = คำขอ PATCH หนึ่งรายการมีการดำเนินการได้ไม่เกิน { $max } รายการ
patch-error-too-much-work = การดำเนินการที่ { $operation }: คำขอ PATCH นี้ต้องใช้การประมวลผลมากเกินไป โปรดแบ่งส่งเป็นคำขอขนาดเล็กหลายรายการ

## ข้อผิดพลาดของโปรโตคอลจากเซิร์ฟเวอร์บัญชี
scim-error-not-found = ไม่มีทรัพยากรดังกล่าว
scim-error-version-mismatch = ทรัพยากรมีการเปลี่ยนแปลงหลังจากที่คุณอ่าน (เวอร์ชันไม่ตรงกับ If-Match แล้ว)
scim-error-internal = เซิร์ฟเวอร์ไม่สามารถดำเนินการตามคำขอให้เสร็จสมบูรณ์ได้ ไม่มีสิ่งใดถูกเปลี่ยนแปลง
scim-error-bad-json = เนื้อหาคำขอไม่ใช่ JSON ที่ถูกต้องสำหรับคำขอนี้
scim-error-taken = มีผู้ใช้อื่นใช้ค่าของ { $attribute } นี้อยู่แล้ว
scim-error-too-many-attributes = คำขอหนึ่งรายการระบุแอตทริบิวต์ใน attributes หรือ excludedAttributes ได้ไม่เกิน { $max } รายการ
scim-error-sort-order = sortOrder ต้องเป็น "ascending" หรือ "descending"
scim-error-sort-by = ใช้แอตทริบิวต์นี้ในการเรียงลำดับไม่ได้
scim-error-too-large = เนื้อหาคำขอมีขนาดใหญ่เกินไป
scim-error-method = ไม่อนุญาตให้ใช้เมธอดนี้ที่นี่
filter-error-unsupported-attribute = ตัวกรองใช้ { $attribute } ซึ่งไม่สามารถใช้เป็นเงื่อนไขการกรองได้
filter-error-wrong-type = ตัวกรองเปรียบเทียบ { $attribute } กับค่าที่มีชนิดข้อมูลไม่ถูกต้อง

## การลงชื่อเข้าใช้
auth-error-credentials = ที่อยู่อีเมลหรือรหัสผ่านไม่ถูกต้อง
auth-error-locked = ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้งเกินไป โปรดลองอีกครั้งในภายหลัง
auth-error-busy = ขณะนี้เซิร์ฟเวอร์กำลังตรวจสอบการลงชื่อเข้าใช้จำนวนมาก โปรดลองอีกครั้งในอีกสักครู่
auth-error-token = โปรดลงชื่อเข้าใช้ก่อน เนื่องจากไม่มีโทเค็นการเข้าถึง หรือโทเค็นหมดอายุหรือถูกเพิกถอนแล้ว
scim-error-idempotency-reuse = Idempotency-Key นี้ถูกใช้กับคำขออื่นไปแล้ว
scim-error-bad-id = ค่านี้ไม่ใช่ id ที่ถูกต้อง
auth-error-weak-password = รหัสผ่านต้องมีอย่างน้อย { $min } อักขระ
auth-error-current-password = รหัสผ่านปัจจุบันไม่ถูกต้อง
auth-error-long-password = รหัสผ่านนี้ยาวเกินไป
scim-error-undeliverable-address = ไม่สามารถส่งอีเมลไปยังที่อยู่นี้ได้
scim-error-nested-groups = สมาชิกต้องเป็นผู้ใช้ กลุ่มไม่สามารถมีกลุ่มอื่นเป็นสมาชิกได้
scim-error-unknown-member = รายการนี้ไม่ใช่ผู้ใช้ในบัญชีนี้
scim-error-other-group = { $user } อยู่ในกลุ่ม “{ $group }” แล้ว โปรดนำผู้ใช้ออกจากกลุ่มนั้นก่อน
scim-error-bulk-too-many = คำขอ Bulk หนึ่งรายการมีการดำเนินการได้ไม่เกิน { $max } รายการ
scim-error-bulk-method = เมธอดต้องเป็น POST, PUT, PATCH หรือ DELETE
scim-error-bulk-duplicate-id = การดำเนินการแต่ละรายการต้องมี bulkId ของตัวเองที่ไม่ซ้ำกัน
scim-error-bulk-reference = การดำเนินการนี้อ้างอิงถึง bulkId { $bulkId } ซึ่งไม่ได้สร้างสิ่งใดเลย
scim-error-bulk-circular = การดำเนินการเหล่านี้อ้างอิงถึงกันเป็นวงวน
scim-error-bad-time = ค่านี้ไม่ใช่วันที่และเวลา (RFC 3339 เช่น 2026-05-13T06:42:34Z)
scim-error-no-route = ไม่มีปลายทางนี้บนเซิร์ฟเวอร์นี้ โปรดตรวจสอบที่อยู่
