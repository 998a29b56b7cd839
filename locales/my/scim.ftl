# Userdesk: မြန်မာဘာသာပြန် (Burmese, my) — SCIM ရင်းမြစ်တစ်ခုကို ငြင်းပယ်ရသည့် အကြောင်းရင်း။
# API ကလိုင်းယင့်များအား error ၏ "detail" တွင် ပြသပြီး ချိန်ကိုက်ထားသော ပြောင်းလဲမှုကို ဆာဗာက
# ငြင်းပယ်သည့်အခါ ဒက်စ်တော့ အက်ပ်တွင်လည်း ပြသသည်။

scim-error-required = ဤဂုဏ်သတ္တိသည် မဖြစ်မနေ လိုအပ်ပါသည်။
scim-error-not-a-string = ဤဂုဏ်သတ္တိသည် စာသားတန်း ဖြစ်ရပါမည်။
scim-error-not-an-object = ဤဂုဏ်သတ္တိသည် အော့ဘ်ဂျက် ဖြစ်ရပါမည်။
scim-error-not-an-array = ဤဂုဏ်သတ္တိသည် အာရေး ဖြစ်ရပါမည်။
scim-error-not-a-boolean = ဤဂုဏ်သတ္တိသည် true သို့မဟုတ် false ဖြစ်ရပါမည်။
scim-error-invalid-value = ဤတန်ဖိုးသည် ခွင့်ပြုထားသော တန်ဖိုးများထဲတွင် မပါဝင်ပါ။

## စစ်ထုတ်ချက် (သို့မဟုတ် PATCH လမ်းကြောင်း) ကို ဖတ်၍မရသည့် အကြောင်းရင်း။ $position သည် 1 မှစ၍ ရေတွက်သော စာလုံးအမှတ်။
filter-error-too-long = စစ်ထုတ်ချက် ရှည်လွန်းပါသည်။
filter-error-too-deep = စစ်ထုတ်ချက်၏ အထပ်ထပ်ပါဝင်မှု နက်လွန်းပါသည် (စာလုံးအမှတ် { $position })။
filter-error-empty = စစ်ထုတ်ချက် ဗလာဖြစ်နေပါသည်။
filter-error-expected-attribute = စာလုံးအမှတ် { $position } တွင် ဂုဏ်သတ္တိအမည် ရှိရပါမည်။
filter-error-expected-operator = စာလုံးအမှတ် { $position } တွင် အော်ပရေတာ (eq၊ ne၊ co၊ sw၊ ew၊ gt၊ ge၊ lt၊ le သို့မဟုတ် pr) ရှိရပါမည်။
filter-error-expected-value = စာလုံးအမှတ် { $position } တွင် တန်ဖိုး ("စာသားတန်း"၊ ကိန်းဂဏန်း၊ true၊ false သို့မဟုတ် null) ရှိရပါမည်။
filter-error-bad-string = စာလုံးအမှတ် { $position } မှ စသော စာသားတန်းကို ပိတ်မထားပါ သို့မဟုတ် ၎င်းတွင် \ ဖြင့်စသော မမှန်ကန်သည့် စာလုံးတွဲ ပါဝင်နေပါသည်။
filter-error-bad-number = စာလုံးအမှတ် { $position } ရှိ ကိန်းဂဏန်းသည် မမှန်ကန်ပါ။
filter-error-unclosed = စာလုံးအမှတ် { $position } မတိုင်မီ ဖွင့်ထားသော ကွင်းကို ပိတ်မထားပါ။
filter-error-trailing = စာလုံးအမှတ် { $position } တွင် မမျှော်လင့်ထားသော စာသား ရှိနေပါသည်။
filter-error-nested-value-path = တန်ဖိုးစစ်ထုတ်ချက်တစ်ခုအတွင်း အခြားတန်ဖိုးစစ်ထုတ်ချက်တစ်ခု ထည့်၍ မရပါ (စာလုံးအမှတ် { $position })။

## PATCH ကို ငြင်းပယ်ရသည့် အကြောင်းရင်း။ $operation သည် 1 မှစ၍ ရေတွက်သည်။
patch-error-syntax = PATCH တောင်းဆိုချက်သည် မှန်ကန်သော PatchOp မက်ဆေ့ချ် မဟုတ်ပါ (လုပ်ဆောင်ချက် { $operation })။
patch-error-value-not-object = လုပ်ဆောင်ချက် { $operation }: လမ်းကြောင်း မပါလျှင် တန်ဖိုးသည် ဂုဏ်သတ္တိများ ပါဝင်သော အော့ဘ်ဂျက် ဖြစ်ရပါမည်။
patch-error-value-missing = လုပ်ဆောင်ချက် { $operation } တွင် တန်ဖိုး လိုအပ်ပါသည်။
patch-error-read-only = လုပ်ဆောင်ချက် { $operation } သည် ဖတ်ရန်သာဖြစ်သော ဂုဏ်သတ္တိကို ပြောင်းလဲရန် ကြိုးစားနေပါသည်။
patch-error-invalid-path = လုပ်ဆောင်ချက် { $operation } ၏ လမ်းကြောင်းကို အသုံးပြု၍ မရပါ။
patch-error-no-target = လုပ်ဆောင်ချက် { $operation }: ၎င်း၏ လမ်းကြောင်းနှင့် ကိုက်ညီသည့် အရာ မရှိပါ။
patch-error-remove-needs-path = လုပ်ဆောင်ချက် { $operation }: remove အတွက် လမ်းကြောင်း လိုအပ်ပါသည်။
patch-error-too-many-operations = PATCH တောင်းဆိုချက်တစ်ခုတွင် လုပ်ဆောင်ချက် အများဆုံး { $max } ခုသာ ပါဝင်နိုင်ပါသည်။
patch-error-too-much-work = လုပ်ဆောင်ချက် { $operation }: ဤ PATCH တောင်းဆိုချက်သည် ဆောင်ရွက်ရန် များလွန်းပါသည်။ ပိုသေးငယ်သော တောင်းဆိုချက်များအဖြစ် ခွဲ၍ ပို့ပါ။

## အကောင့်ဆာဗာ၏ ပရိုတိုကော အမှားများ။
scim-error-not-found = ထိုရင်းမြစ် မရှိပါ။
scim-error-version-mismatch = သင် ဖတ်ပြီးနောက် ရင်းမြစ်ကို ပြောင်းလဲထားပါသည် (၎င်း၏ ဗားရှင်းသည် If-Match နှင့် မကိုက်ညီတော့ပါ)။
scim-error-internal = ဆာဗာသည် တောင်းဆိုချက်ကို အပြီးသတ် မဆောင်ရွက်နိုင်ပါ။ မည်သည့်အရာကိုမျှ ပြောင်းလဲထားခြင်း မရှိပါ။
scim-error-bad-json = တောင်းဆိုချက်၏ ကိုယ်ထည်သည် ဤတောင်းဆိုချက်အတွက် မှန်ကန်သော JSON မဟုတ်ပါ။
scim-error-taken = { $attribute } ၏ တန်ဖိုးကို အခြားအသုံးပြုသူတစ်ဦးက အသုံးပြုထားပြီး ဖြစ်ပါသည်။
scim-error-too-many-attributes = တောင်းဆိုချက်တစ်ခုတွင် attributes သို့မဟုတ် excludedAttributes ၌ ဂုဏ်သတ္တိ အများဆုံး { $max } ခုသာ ဖော်ပြနိုင်ပါသည်။
scim-error-sort-order = sortOrder သည် "ascending" သို့မဟုတ် "descending" ဖြစ်ရပါမည်။
scim-error-sort-by = ဤဂုဏ်သတ္တိဖြင့် စီ၍ မရပါ။
scim-error-too-large = တောင်းဆိုချက်၏ ကိုယ်ထည် ကြီးလွန်းပါသည်။
scim-error-method = ဤနေရာတွင် ဤ HTTP နည်းလမ်းကို ခွင့်မပြုပါ။
filter-error-unsupported-attribute = စစ်ထုတ်ချက်တွင် { $attribute } ကို အသုံးပြုထားသော်လည်း ၎င်းဖြင့် စစ်ထုတ်၍ မရပါ။
filter-error-wrong-type = စစ်ထုတ်ချက်သည် { $attribute } ကို အမျိုးအစားမှားသော တန်ဖိုးနှင့် နှိုင်းယှဉ်ထားပါသည်။

## ဝင်ရောက်ခြင်း။
auth-error-credentials = အီးမေးလ်လိပ်စာ သို့မဟုတ် စကားဝှက် မှားနေပါသည်။
auth-error-locked = ဝင်ရောက်မှု မအောင်မြင်သည့် အကြိမ်ရေ များလွန်းပါသည်။ နောက်မှ ထပ်စမ်းကြည့်ပါ။
auth-error-busy = ဆာဗာသည် ယခု ဝင်ရောက်မှုများစွာကို စစ်ဆေးနေပါသည်။ ခဏနေမှ ထပ်စမ်းကြည့်ပါ။
auth-error-token = ဦးစွာ ဝင်ရောက်ပါ။ ဝင်ရောက်ခွင့်တိုကင် မပါရှိခြင်း၊ သက်တမ်းကုန်ခြင်း သို့မဟုတ် ရုပ်သိမ်းခံရခြင်း ဖြစ်နေပါသည်။
scim-error-idempotency-reuse = ဤ Idempotency-Key ကို အခြားတောင်းဆိုချက်တစ်ခုအတွက် အသုံးပြုပြီး ဖြစ်ပါသည်။
scim-error-bad-id = မှန်ကန်သော ID မဟုတ်ပါ။
auth-error-weak-password = စကားဝှက်တွင် အနည်းဆုံး စာလုံး { $min } လုံး ရှိရပါမည်။
auth-error-current-password = လက်ရှိ စကားဝှက် မှားနေပါသည်။
auth-error-long-password = ဤစကားဝှက် ရှည်လွန်းပါသည်။
scim-error-undeliverable-address = ဤလိပ်စာသို့ အီးမေးလ် ပို့၍ မရပါ။
scim-error-nested-groups = အဖွဲ့ဝင်များသည် အသုံးပြုသူများ ဖြစ်ရပါမည်။ အုပ်စုတစ်ခုတွင် အခြားအုပ်စုများ မပါဝင်နိုင်ပါ။
scim-error-unknown-member = ဤအကောင့်၏ အသုံးပြုသူ မဟုတ်ပါ။
scim-error-other-group = { $user } သည် “{ $group }” အုပ်စုတွင် ပါဝင်ပြီး ဖြစ်ပါသည်။ ထိုအုပ်စုမှ ဦးစွာ ဖယ်ရှားပါ။
scim-error-bulk-too-many = Bulk တောင်းဆိုချက်တစ်ခုတွင် လုပ်ဆောင်ချက် အများဆုံး { $max } ခုသာ ပါဝင်နိုင်ပါသည်။
scim-error-bulk-method = HTTP နည်းလမ်းသည် POST၊ PUT၊ PATCH သို့မဟုတ် DELETE ဖြစ်ရပါမည်။
scim-error-bulk-duplicate-id = လုပ်ဆောင်ချက်တစ်ခုစီတွင် ကိုယ်ပိုင် bulkId ရှိရပါမည်။
scim-error-bulk-reference = ဤလုပ်ဆောင်ချက်သည် bulkId { $bulkId } ကို ရည်ညွှန်းထားသော်လည်း ထိုလုပ်ဆောင်ချက်က မည်သည့်အရာကိုမျှ ဖန်တီးခဲ့ခြင်း မရှိပါ။
scim-error-bulk-circular = လုပ်ဆောင်ချက်များသည် တစ်ခုနှင့်တစ်ခု စက်ဝိုင်းပုံစံ ပြန်လည်ရည်ညွှန်းနေပါသည်။
scim-error-bad-time = ရက်စွဲနှင့် အချိန် မဟုတ်ပါ (RFC 3339၊ ဥပမာ 2026-05-13T06:42:34Z)။
scim-error-no-route = ဤဆာဗာတွင် ထိုသို့သော API လမ်းကြောင်း မရှိပါ။ လိပ်စာကို စစ်ဆေးပါ။
