# The platform console's screens (loaded when the console opens).

console-title = لوحة إدارة المنصة

## Platform console: frame and review queues (issue 4)

console-nav-label = أقسام لوحة الإدارة
console-nav-overview = نظرة عامة
console-nav-shops = طلبات المتاجر
console-nav-documents = التراخيص والعلامات التجارية
console-nav-fx = أسعار الصرف
console-sign-in-needed = سجّل الدخول بحساب المنصة لاستخدام لوحة الإدارة.
console-sign-in = تسجيل الدخول
console-not-admin = لا يمكن لهذا الحساب استخدام لوحة إدارة المنصة.
console-overview-title = لوحة إدارة المنصة
console-policy-title = سياسة القواعد
console-policy-version = تحكم المنصة وفق إصدار السياسة { $version }.
console-queue-shops = طلبات متاجر بانتظار المراجعة: { $count }
console-queue-documents = مستندات بانتظار المراجعة: { $count }
console-queue-empty = لا يوجد شيء هنا.
console-filter-status = عرض
console-status-pending = بانتظار المراجعة
console-status-approved = مقبول
console-status-rejected = مرفوض
console-shops-title = طلبات المتاجر
console-shop-country = البلد
console-shop-company = الشركة
console-shop-licence = السجل التجاري
console-shop-representative = الممثل القانوني
console-shop-email = بريد الشركة الإلكتروني
console-shop-email-verified = (تم التحقق)
console-shop-email-unverified = (لم يتم التحقق)
console-shop-phone = هاتف خدمة العملاء
console-shop-emergency = جهة اتصال الطوارئ
console-shop-type = نوع الحساب
console-shop-category = الفئة الرئيسية
console-shop-regions = مناطق البيع
console-reject-reason = السبب، ويظهر للبائع
console-reject-reason-hint = اذكر الوقائع والقاعدة التي بُني عليها القرار، وما يمكن للبائع تغييره.
console-reason-length = اشرح القرار في 10 إلى 1000 حرف.
console-approve = قبول
console-reject = رفض
console-rejected-because = مرفوض: { $reason }
console-documents-title = التراخيص والعلامات التجارية
console-kind-licence = ترخيص
console-kind-qualification = مؤهل
console-kind-brand = تفويض علامة تجارية
console-document-shop = رقم المتجر
console-document-reference = المرجع
console-fx-title = أسعار الصرف
console-fx-intro = استورد أسعار الصرف المرجعية اليومية من البنك المركزي الأوروبي (eurofxref-daily.xml). يرى المشترون الأسعار محوّلة بسعر آخر يوم، وتسجّل الطلبات السعر الذي تم التحصيل به.
console-fx-file = ملف الأسعار
console-fx-xml = أو الصق محتوى الملف
console-fx-import = استيراد الأسعار
console-fx-imported = تم استيراد أسعار { $date } لعدد { $count } من العملات.
