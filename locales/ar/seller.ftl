# The seller center's screens (loaded when the seller center opens).

seller-center-title = مركز البائعين

## Seller center: frame, session and shared states (issue 4)

seller-nav-label = أقسام مركز البائعين
seller-nav-overview = نظرة عامة
seller-nav-listings = المنتجات
seller-nav-documents = التراخيص والعلامات التجارية
seller-new-listing = منتج جديد
seller-overview-title = متجرك
seller-shop-status-pending = قيد المراجعة
seller-shop-status-approved = مقبول
seller-shop-status-rejected = مرفوض
seller-sign-in-needed = سجّل الدخول بحساب البائع لفتح مركز البائعين.
seller-sign-in = تسجيل الدخول
seller-register-instead = التسجيل كبائع
seller-not-a-seller = هذا حساب مشترٍ. يتطلب مركز البائعين حساب بائع.
seller-sign-out-to-register = تسجيل الخروج والتسجيل كبائع
seller-signed-in-as = أنت مسجّل الدخول باسم { $email }.
seller-no-shop-yet = لم تفتح متجرك بعد.
seller-open-shop = افتح متجرك
seller-see-application = عرض طلبك
seller-choose = اختر…
seller-error-network = تعذّر الاتصال بـ Caravan. عملك محفوظ على هذا الجهاز وسنحاول مرة أخرى.
seller-number-invalid = أدخل رقمًا، مثل 12.50.
seller-rules-unavailable = تعذّر تحميل قواعد المنصة، لذا لن تظهر المشكلات إلا عند الحفظ.
verdict-block = يمنع النشر:
verdict-warn = تنبيه:

## Seller center: onboarding (journey 1)

seller-onboarding-title = افتح متجرك
seller-account-title = أنشئ حساب البائع
seller-account-intro = يتيح لك حساب البائع الدخول إلى مركز البائعين. بيانات الشركة في الخطوة التالية.
seller-account-name = اسمك
seller-account-email = البريد الإلكتروني
seller-account-password = كلمة المرور
seller-account-password-hint = 10 أحرف على الأقل. لا تستخدم بريدك الإلكتروني.
seller-account-create = إنشاء حساب البائع
seller-account-have-one = لدي حساب بالفعل
seller-company-title = الشركة
seller-company-name = اسم الشركة المسجّل
seller-company-licence = رقم السجل التجاري
seller-company-representative = الممثل القانوني
seller-company-country = بلد التسجيل
seller-contact-title = جهات الاتصال
seller-contact-email = بريد الشركة الإلكتروني
seller-contact-phone = هاتف خدمة العملاء
seller-contact-emergency = جهة اتصال للطوارئ (الاسم والهاتف)
seller-email-send-code = إرسال رمز التحقق
seller-email-resend = إرسال رمز جديد
seller-email-code-sent = أرسلنا رمزًا من 6 أرقام إلى { $email }. الرمز صالح لمدة 15 دقيقة.
seller-email-code = رمز التحقق
seller-email-verify = تحقّق
seller-email-verified = تم التحقق من البريد الإلكتروني.
seller-business-title = النشاط التجاري
seller-account-type = نوع الحساب
seller-account-type-b2c = البيع للمستهلكين (B2C)
seller-account-type-b2b = البيع للشركات (B2B)
seller-main-category = الفئة الرئيسية
seller-sales-regions = مناطق البيع
seller-shop-name-title = اسم المتجر
seller-shop-name = اسم المتجر
seller-shop-name-hint = من 4 إلى 64 حرفًا. دون علامات تجارية غير مصرّح لك بها ودون كلمات حساسة.
seller-shop-name-checking = جارٍ التحقق من توفر الاسم…
seller-shop-name-available = هذا الاسم متاح.
seller-shop-name-taken = متجر آخر يستخدم هذا الاسم أو اسمًا يشبهه.
seller-apply = إرسال للمراجعة
seller-apply-again = التصحيح وإعادة الإرسال
seller-review-pending-title = طلبك قيد المراجعة
seller-review-pending-body = تتحقق المنصة من بيانات شركتك، عادةً خلال يومي عمل. يمكنك تجهيز المنتجات في الأثناء، وستتمكن من نشرها بعد قبول المتجر.
seller-review-approved-title = متجرك مفتوح
seller-review-approved-body = تم قبول متجرك. أنشئ المنتجات وانشرها في الكتالوج.
seller-review-rejected-title = تم رفض طلبك
seller-review-rejected-body = اقرأ السبب أدناه، وصحّح بياناتك، ثم أرسل الطلب مرة أخرى.
seller-review-reason = السبب الذي ذكرته المنصة
seller-first-listing = أنشئ منتجك الأول
seller-field-display-name-length = استخدم من 1 إلى 60 حرفًا.
seller-field-email-invalid = أدخل بريدًا إلكترونيًا مثل name@example.com.
seller-field-code-wrong = هذا الرمز غير صحيح. راجع البريد وحاول مرة أخرى.
seller-field-code-expired = انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.
seller-field-code-none = اطلب أولًا رمزًا لهذا البريد الإلكتروني.
seller-field-password-too-short = كلمة المرور قصيرة جدًا: استخدم 10 أحرف على الأقل.
seller-field-password-too-long = كلمة المرور طويلة جدًا: استخدم 128 حرفًا على الأكثر.
seller-field-password-too-common = كلمة المرور هذه شائعة جدًا. اختر غيرها.
seller-field-password-contains-email = يجب ألا تحتوي كلمة المرور على بريدك الإلكتروني.
seller-field-reference-length = أدخل رقم المستند أو وصفًا من 4 إلى 200 حرف.
seller-field-document-name-invalid = استخدم الاسم من القائمة، أو العلامة التجارية كما هي مكتوبة في الشهادة.
seller-field-reason-length = اشرح القرار في 10 إلى 1000 حرف.

## Seller center: listing editor (journeys 2 and 3)

seller-editor-title-new = منتج جديد
seller-editor-title-edit = تعديل المنتج
seller-editor-basics = المنتج
seller-editor-title = العنوان
seller-editor-title-hint = الكلمة الأساسية، ثم الخصائص، ثم الاستخدام، مثل «زجاجة ماء فولاذية 750 مل للتنزه».
seller-editor-brand = العلامة التجارية
seller-editor-brand-hint = اتركه فارغًا للمنتجات بلا علامة تجارية. المنتجات ذات العلامة التجارية تتطلب تفويضًا مسجّلًا من العلامة.
seller-editor-description = الوصف
seller-editor-description-hint = تُحذف النصوص البرمجية والنماذج والروابط إلى مواقع أخرى. دون بيانات اتصال.
seller-editor-category = الفئة
seller-editor-category-none = لم تُختر فئة بعد.
seller-editor-category-search = البحث في الفئات
seller-editor-category-no-match = لا توجد فئة مطابقة.
seller-editor-attributes = المواصفات
seller-editor-attribute-name = اسم الخاصية
seller-editor-attribute-value = { $name }
seller-editor-attribute-add = إضافة خاصية
seller-editor-attribute-add-required = إضافة الخصائص التي تتطلبها هذه الفئة
seller-editor-attribute-remove = حذف الخاصية
seller-editor-images = الصور
seller-editor-images-hint = حتى { $max } صور بصيغة JPEG أو PNG أو WebP، بحجم { $size } ميغابايت كحد أقصى لكل صورة؛ مربعة وبدقة 800 × 800 بكسل على الأقل.
seller-image-add = إضافة صور
seller-image-alt = الصورة { $number }
seller-image-earlier = تقديم الصورة { $number }
seller-image-later = تأخير الصورة { $number }
seller-image-remove = حذف الصورة { $number }
seller-image-uploading = { $count ->
        [zero] لا يجري رفع أي صورة
        [one] جارٍ رفع صورة واحدة…
        [two] جارٍ رفع صورتين…
        [few] جارٍ رفع { $count } صور…
        [many] جارٍ رفع { $count } صورة…
       *[other] جارٍ رفع { $count } صورة…
    }
seller-image-refused-size = حجم { $name } هو { $size } ميغابايت، والحد الأقصى للصورة { $max } ميغابايت. لم يتم رفعها.
seller-image-refused-type = { $name } ليست صورة بصيغة JPEG أو PNG أو WebP. لم يتم رفعها.
seller-image-refused-count = للمنتج { $max } صور كحد أقصى؛ لم يتم رفع البقية.
seller-image-too-large = حجم الصورة أكبر من 5 ميغابايت.
seller-image-wrong-type = لا تُقبل إلا صور JPEG وPNG وWebP.
seller-image-too-many-pixels = عدد بكسلات الصورة كبير جدًا. استخدم صورة أصغر.
seller-image-unreadable = تعذّرت قراءة الصورة. جرّب ملفًا آخر.
seller-image-not-uploaded = ارفع الصورة مرة أخرى: لا تعرض المنتجات إلا الصور المخزنة على Caravan.
seller-editor-pricing = السعر والمخزون والأنواع
seller-editor-currency = العملة
seller-editor-variants = الأنواع
seller-editor-variants-hint = حتى 3 خصائص مثل اللون أو المقاس. كل تركيبة من قيمها نوع له سعره ومخزونه.
seller-editor-property-name = الخاصية { $number }
seller-editor-property-values = القيم، مفصولة بفواصل
seller-editor-property-add = إضافة خاصية
seller-editor-property-remove = حذف الخاصية
seller-editor-skus = الأنواع مع السعر والمخزون
seller-sku-variant = النوع
seller-sku-single = الكل
seller-sku-code = رمز SKU
seller-sku-price = السعر
seller-sku-discount = سعر الخصم
seller-sku-stock = المخزون
seller-sku-image = الصورة
seller-sku-image-none = لا شيء
seller-sku-code-of = رمز SKU للنوع { $variant }
seller-sku-price-of = سعر النوع { $variant }
seller-sku-discount-of = سعر الخصم للنوع { $variant }
seller-sku-stock-of = مخزون النوع { $variant }
seller-sku-image-of = صورة النوع { $variant }
seller-editor-shipping = التغليف والشحن
seller-editor-weight = وزن الطرد (كغ)
seller-editor-length = الطول (سم)
seller-editor-width = العرض (سم)
seller-editor-height = الارتفاع (سم)
seller-editor-handling = أيام التجهيز للشحن
seller-editor-template = قالب الشحن
seller-editor-no-templates = لا يوجد لدى متجرك قوالب شحن بعد.
seller-field-template-not-yours = اختر أحد قوالب الشحن الخاصة بمتجرك.
seller-editor-save = الحفظ الآن
seller-editor-publish = نشر
seller-editor-republish = نشر التغييرات
seller-editor-republish-hint = لا تظهر التغييرات المحفوظة في المتجر حتى تنشرها.
seller-editor-unpublish = إلغاء النشر
seller-editor-view-in-shop = العرض في المتجر
seller-listing-status-draft = مسودة: ليست في المتجر
seller-listing-status-published = منشور: في المتجر
seller-listing-status-suspended = موقوف من المنصة
seller-summary-ready = لا شيء يمنع النشر
seller-summary-blocked = { $count ->
        [zero] لا توجد مشكلات تمنع النشر
        [one] مشكلة واحدة تمنع النشر
        [two] مشكلتان تمنعان النشر
        [few] { $count } مشكلات تمنع النشر
        [many] { $count } مشكلة تمنع النشر
       *[other] { $count } مشكلة تمنع النشر
    }
seller-summary-warnings = { $count ->
        [zero] لا توجد تنبيهات.
        [one] تنبيه واحد؛ ما زال بإمكانك النشر.
        [two] تنبيهان؛ ما زال بإمكانك النشر.
        [few] { $count } تنبيهات؛ ما زال بإمكانك النشر.
        [many] { $count } تنبيهًا؛ ما زال بإمكانك النشر.
       *[other] { $count } تنبيه؛ ما زال بإمكانك النشر.
    }
seller-save-new = لم يُحفظ بعد. يُحفظ عملك على هذا الجهاز أثناء الكتابة.
seller-save-idle = تم حفظ كل التغييرات.
seller-save-pending = تغييرات غير محفوظة، محفوظة على هذا الجهاز؛ سنحفظها عندما تتوقف عن الكتابة.
seller-save-saving = جارٍ الحفظ…
seller-save-saved = تم حفظ كل التغييرات.
seller-save-offline = غير متصل: التغييرات محفوظة على هذا الجهاز وستُحفظ عند عودة الاتصال.
seller-save-conflict = لم يُحفظ: تم تغيير هذا المنتج في مكان آخر.
seller-conflict-title = تم حفظ هذا المنتج في علامة تبويب أو جهاز آخر
seller-conflict-body = رُفض الحفظ لأن المنتج أصبح في الإصدار { $version } بينما تستند تغييراتك إلى الإصدار { $mine }. لم يضِع شيء مما كتبته: اختر ما تريد الاحتفاظ به.
seller-conflict-compare = مقارنة الإصدارين
seller-conflict-use-theirs = تحميل الإصدار المحفوظ
seller-conflict-keep-mine = الاحتفاظ بإصداري وحفظه
seller-other-tab-title = تم الحفظ في علامة تبويب أخرى
seller-other-tab-body = حفظت علامة تبويب أخرى الإصدار { $version } من هذا المنتج بينما لديك هنا تغييرات غير محفوظة.
seller-compare-caption = الإصدار المحفوظ { $version } مقارنةً بإصدارك
seller-compare-field = الحقل
seller-compare-theirs = الإصدار المحفوظ
seller-compare-mine = إصدارك
seller-compare-same = الإصداران متطابقان.
seller-restore-offer = وُجدت تغييرات غير محفوظة لهذا المنتج من نافذة أخرى ({ $time }).
seller-restore = استعادتها
seller-restore-discard = تجاهلها
seller-restored = تمت استعادة تغييراتك غير المحفوظة من { $time }.

## Seller center: listings table (journey 4)

seller-listings-title = المنتجات
seller-listings-search = البحث بالعنوان أو الرقم
seller-listings-status = الحالة
seller-listings-status-all = الكل
seller-status-draft = مسودة
seller-status-published = منشور
seller-status-suspended = موقوف
seller-listings-count = { $count ->
        [zero] لا توجد منتجات
        [one] منتج واحد
        [two] منتجان
        [few] { $count } منتجات
        [many] { $count } منتجًا
       *[other] { $count } منتج
    }
seller-listings-empty = لا توجد منتجات مطابقة. غيّر البحث أو الحالة، أو أنشئ منتجًا.
seller-listings-untitled = (مسودة بلا عنوان)
seller-listings-col-listing = المنتج
seller-listings-col-status = الحالة
seller-listings-col-price = السعر
seller-listings-col-stock = المخزون
seller-listings-col-verdicts = فحص القواعد
seller-listings-price-of = سعر { $title }
seller-listings-stock-of = مخزون { $title }
seller-listings-price-from = ابتداءً من { $price }
seller-listings-stock-variants = { $stock } موزعة على { $count } أنواع
seller-listings-blocks = مشكلات تمنع النشر
seller-listings-blocks-count = { $count ->
        [zero] لا مشكلات
        [one] مشكلة واحدة
        [two] مشكلتان
        [few] { $count } مشكلات
        [many] { $count } مشكلة
       *[other] { $count } مشكلة
    }
seller-listings-warns-count = { $count ->
        [zero] لا تنبيهات
        [one] تنبيه واحد
        [two] تنبيهان
        [few] { $count } تنبيهات
        [many] { $count } تنبيهًا
       *[other] { $count } تنبيه
    }
seller-bulk-label = إجراءات جماعية
seller-bulk-selected = المحدد: { $count }
seller-bulk-select-all = تحديد كل المنتجات المعروضة
seller-bulk-select = تحديد { $title }
seller-bulk-publish = نشر
seller-bulk-unpublish = إلغاء النشر
seller-bulk-published = تم النشر: { $done }. رُفض: { $refused } (افتح المنتج لمعرفة السبب).
seller-bulk-unpublished = أُلغي النشر: { $done }. رُفض: { $refused }.

## Seller center: licences and brands (journey 9)

seller-documents-title = التراخيص والعلامات التجارية
seller-documents-intro = تحتاج بعض المنتجات إلى ترخيص (الكحول، الأجهزة الطبية)، وبعض الفئات إلى مؤهل (مستحضرات التجميل)، والمنتجات ذات العلامة التجارية إلى تفويض من العلامة. يمكن نشر المنتجات التي تحتاجها بعد موافقة المنصة عليها.
seller-documents-submit-title = تقديم مستند
seller-documents-kind = النوع
seller-documents-kind-licence = ترخيص للمنتجات المقيّدة
seller-documents-kind-qualification = مؤهل الفئة
seller-documents-kind-brand = تفويض العلامة التجارية أو شهادة تسجيلها
seller-documents-name = الاسم
seller-documents-brand = العلامة التجارية
seller-documents-reference = رقم المستند أو وصفه
seller-documents-reference-hint = مثل رقم الترخيص والجهة التي أصدرته.
seller-documents-submit = إرسال للمراجعة
seller-documents-submitted = تم الإرسال. تراجع المنصة المستندات خلال يومي عمل.
seller-documents-none = لا توجد مستندات مسجّلة بعد.
seller-documents-on-file = المستندات المسجّلة: { $count }
seller-documents-status = المراجعة
seller-documents-reason = السبب: { $reason }

## Seller center: orders and disputes (journeys 5 and 6)

seller-nav-orders = الطلبات
seller-nav-disputes = النزاعات
seller-orders-new-count = { $count ->
        [zero] لا طلبات جديدة
        [one] طلب جديد واحد
        [two] طلبان جديدان
        [few] { $count } طلبات جديدة
        [many] { $count } طلبًا جديدًا
       *[other] { $count } طلب جديد
    }
seller-duration-days = { $days } ي { $hours } س { $minutes } د
seller-duration-hours = { $hours } س { $minutes } د { $seconds } ث
seller-ship-left = اشحن خلال { $time }
seller-ship-overdue = متأخر بمقدار { $time }
seller-ship-overdue-now = متأخر: لم يُشحن في الموعد
seller-order-status-awaiting-payment = بانتظار الدفع
seller-order-status-paid = بانتظار الشحن
seller-order-status-shipped = تم الشحن
seller-order-status-delivered = تم التسليم
seller-order-status-completed = مكتمل
seller-order-status-cancelled = ملغى
seller-order-status-expired = لم يُدفع في الموعد
seller-orders-title = الطلبات
seller-orders-views = قوائم الطلبات
seller-orders-to-ship = بانتظار الشحن
seller-orders-all = كل الطلبات
seller-orders-status = الحالة
seller-orders-any-status = أي حالة
seller-orders-to-ship-hint = الطلبات المدفوعة التي تنتظرك، والأقرب موعدًا للشحن أولًا. اشحن خلال مدة التجهيز وأدخل رقم التتبع، وإلا احتُسب الطلب مبيعًا غير مشحون.
seller-orders-none-to-ship = لا شيء للشحن الآن.
seller-orders-none = لا توجد طلبات هنا بعد.
seller-orders-count = { $count ->
        [zero] لا طلبات
        [one] طلب واحد
        [two] طلبان
        [few] { $count } طلبات
        [many] { $count } طلبًا
       *[other] { $count } طلب
    }
seller-orders-more = عرض مزيد من الطلبات
seller-orders-new = جديد
seller-orders-units = { $count ->
        [zero] (لا قطع)
        [one] (قطعة واحدة)
        [two] (قطعتان)
        [few] ({ $count } قطع)
        [many] ({ $count } قطعة)
       *[other] ({ $count } قطعة)
    }
seller-order-number = الطلب { $id }
seller-order-back = العودة إلى الطلبات
seller-order-facts = تفاصيل الطلب
seller-order-placed = تاريخ الطلب
seller-order-paid = تاريخ الدفع
seller-order-buyer = المشتري
seller-order-country = يُشحن إلى
seller-order-ship-by = الشحن قبل
seller-order-shipment = الشحنة
seller-order-items = المنتجات
seller-order-line-quantity = { $count } × { $price }
seller-order-items-total = المنتجات
seller-order-discount = الخصم
seller-order-shipping = الشحن
seller-order-total = الإجمالي
seller-order-address = عنوان التسليم
seller-ship-title = شحن هذا الطلب
seller-ship-intro = سلّم الطرد لشركة الشحن ثم أدخل رقم التتبع. يُبلَّغ المشتري فورًا.
seller-ship-class = فئة الشحن
seller-ship-tracking = رقم التتبع
seller-ship-tracking-hint = من 6 إلى 40 حرفًا أو رقمًا أو شرطة، كما على ملصق شركة الشحن.
seller-ship-carrier = شركة الشحن (اختياري)
seller-ship-submit = وضع علامة «تم الشحن»
seller-ship-done = تم الشحن. يمكن للمشتري الآن تتبع الطرد.
seller-ship-back-to-queue = العودة إلى الطلبات بانتظار الشحن
seller-ship-tracking-invalid = أدخل رقم التتبع كما على الملصق: من 6 إلى 40 حرفًا أو رقمًا أو شرطة.
seller-ship-carrier-invalid = اسم شركة الشحن 60 حرفًا على الأكثر.
seller-ship-not-shippable = لم يعد ممكنًا شحن هذا الطلب: فقد شُحن أو أُلغي في الأثناء.
seller-disputes-title = النزاعات
seller-disputes-intro = رُدّ على كل نزاع جديد خلال 5 أيام، وإلا أُغلق لصالح المشتري واحتُسب على متجرك.
seller-disputes-none = لا توجد نزاعات. أحسنت!
seller-disputes-count = { $count ->
        [zero] لا نزاعات
        [one] نزاع واحد
        [two] نزاعان
        [few] { $count } نزاعات
        [many] { $count } نزاعًا
       *[other] { $count } نزاع
    }
seller-dispute-number = النزاع { $id } على الطلب { $order }
seller-dispute-order-total = إجمالي الطلب: { $amount }
seller-dispute-back = العودة إلى النزاعات
seller-dispute-stage = حالة النزاع
seller-dispute-stage-awaiting = بانتظار ردك
seller-dispute-stage-negotiating = قيد التفاوض
seller-dispute-stage-arbitration = لدى Caravan
seller-dispute-stage-resolved = مغلق
seller-respond-left = بقي { $time } للرد
seller-respond-overdue = انتهت مهلة الرد منذ { $time }
seller-dispute-answer-by = رُدّ قبل { $date }.
seller-dispute-answer-hint = تُحتسب الرسالة أو العرض ردًا. وبدون رد يُغلق النزاع لصالح المشتري.
seller-dispute-negotiating = لقد رددت. اتفق مع المشتري أو اطلب من Caravan أن تقرر.
seller-dispute-arbitration = تراجع Caravan أدلة الطرفين وستقرر قبل { $date }.
seller-dispute-arbitration-pending = تراجع Caravan أدلة الطرفين.
seller-dispute-outcome-seller-accepted = تمت التسوية: قبلت طلب المشتري. المبلغ المسترد: { $amount }.
seller-dispute-outcome-buyer-accepted = تمت التسوية: قبل المشتري عرضك. المبلغ المسترد: { $amount }.
seller-dispute-outcome-timeout = أُغلق لصالح المشتري: لم يصل رد في الموعد. المبلغ المسترد: { $amount }.
seller-dispute-outcome-for-buyer = قررت Caravan لصالح المشتري. المبلغ المسترد: { $amount }.
seller-dispute-outcome-for-seller = قررت Caravan لصالحك. لم يُسترد أي مبلغ.
seller-dispute-outcome-withdrawn = سحب المشتري النزاع.
seller-dispute-decision-reason = أسباب Caravan:
seller-dispute-claim = شكوى المشتري
seller-dispute-reason = المشكلة
seller-dispute-reason-not-received = لم يُستلم
seller-dispute-reason-not-as-described = لا يطابق الوصف
seller-dispute-counterfeit = يبدو مقلدًا
seller-dispute-damaged = وصل تالفًا
seller-dispute-requested = يطلب
seller-dispute-order = الطلب
seller-dispute-opened = تاريخ الفتح
seller-remedy-full-refund = استرداد كامل
seller-remedy-partial-refund = استرداد جزئي
seller-remedy-partial-refund-of = استرداد جزئي بقيمة { $amount }
seller-remedy-resend = إعادة إرسال المنتج
seller-dispute-buyer-asks = يطلب المشتري
seller-dispute-accept = قبول طلب المشتري
seller-dispute-escalate = اطلب من Caravan أن تقرر
seller-dispute-escalate-hint = إن لم تتفقا، تراجع Caravan أدلة الطرفين وتقرر خلال 7 أيام عمل.
seller-dispute-thread = الرسائل والسجل
seller-dispute-by-buyer = المشتري
seller-dispute-by-you = أنت
seller-dispute-by-caravan = Caravan
seller-dispute-event-opened = فتح النزاع
seller-dispute-event-message = كتب
seller-dispute-event-offer = قدّم عرضًا
seller-dispute-event-accepted = قبل العرض
seller-dispute-event-escalated = طلب من Caravan أن تقرر
seller-dispute-event-decided = قررت
seller-dispute-event-timed-out = انتهت مهلة الرد
seller-dispute-event-withdrawn = سحب النزاع
seller-dispute-message-title = الرد على المشتري
seller-dispute-message = رسالتك
seller-dispute-message-required = اكتب رسالة أولًا.
seller-dispute-message-send = إرسال الرسالة
seller-evidence-label = صور الإثبات
seller-evidence-hint = JPEG أو PNG أو WebP، حتى 5 ميغابايت لكل صورة، { $count } صور على الأكثر.
seller-evidence-uploading = جارٍ الرفع…
seller-evidence-too-many = يمكنك إضافة { $count } صور على الأكثر.
seller-evidence-too-large = هذه الصورة أكبر من 5 ميغابايت. اختر صورة أصغر.
seller-evidence-wrong-type = هذا الملف ليس صورة JPEG أو PNG أو WebP.
seller-evidence-picture = صورة الإثبات { $number }
seller-evidence-remove = إزالة الصورة { $number }
seller-offer-title = تقديم عرض
seller-offer-kind = ما تعرضه
seller-offer-amount = الاسترداد بعملة { $currency }
seller-offer-amount-hint = أقل من إجمالي الطلب { $total }، مثل 5.50.
seller-offer-amount-invalid = أدخل مبلغًا أكبر من صفر وأقل من { $total }، مثل 5.50.
seller-offer-amount-refused = لا يمكن لـ Caravan استرداد هذا المبلغ لهذا الطلب. أدخل مبلغًا أصغر.
seller-offer-note = ملاحظة للمشتري (اختياري)
seller-offer-send = إرسال العرض
seller-dispute-error-closed = هذا النزاع مغلق.
seller-dispute-error-wrong-step = هذا غير ممكن في هذه المرحلة من النزاع.
seller-dispute-error-escrow = لم تعد Caravan تحتفظ بمبلغ هذا الطلب.

## Seller center: promotions, service score, penalties and appeals (journeys 7 and 8)

seller-nav-promotions = العروض الترويجية
seller-nav-service = تقييم الخدمة
seller-nav-penalties = العقوبات
seller-save-held = لم يُحفظ: عرض ترويجي معتمد يمنع هذا التغيير (راجع الحقول المعلَّمة بـ PRM-2). التغيير محفوظ على هذا الجهاز.
seller-editor-promotion-frozen = هذا الإعلان مشارك في عرض ترويجي معتمد. حتى انتهائه لا يجوز رفع السعر أو تكلفة الشحن، ولا تعديل الوصف، ولا سحب الإعلان من الكتالوج (PRM-2).
seller-editor-promotion-until = «{ $name }» حتى { $end }
seller-editor-unpublish-promotion = يبقى الإعلان المشارك في عرض معتمد في الكتالوج حتى ينتهي العرض.
seller-promo-title = العروض الترويجية
seller-promo-intro = قدّم خصمًا للمدة التي تختارها أو شارك في عرض خاطف. لا يبدأ أي عرض إلا بعد موافقة المنصة، وبعد الموافقة تُجمَّد أسعاره ومخزونه ووصفه حتى ينتهي.
seller-promo-apply-title = التقدّم بطلب عرض ترويجي
seller-promo-name = اسم العرض
seller-promo-kind = النوع
seller-promo-kind-discount = خصم
seller-promo-kind-flash = عرض خاطف ({ $hours } ساعات)
seller-promo-kind-flash-short = عرض خاطف
seller-promo-discount = قيمة الخصم
seller-promo-discount-percent = نسبة من السعر
seller-promo-discount-fixed = مبلغ ثابت
seller-promo-percent = نسبة الخصم
seller-promo-percent-hint = عدد صحيح من 1 إلى 90.
seller-promo-amount = مبلغ الخصم ({ $currency })
seller-promo-amount-hint = يُخصم من كل وحدة، ويجب أن يبقى أقل من سعر كل متغيّر مختار.
seller-promo-starts = يبدأ
seller-promo-ends = ينتهي
seller-promo-session = جلسة العرض الخاطف
seller-promo-session-hint = تستمر الجلسة { $hours } ساعات وتبدأ في أوقات ثابتة كل يوم، وتتسع كل جلسة لعشرة منتجات على الأكثر.
seller-promo-items = المنتجات
seller-promo-add-listing = إضافة إعلان منشور
seller-promo-items-none = لا توجد منتجات بعد. أضف إعلانًا: تُضاف كل متغيّراته ويمكنك حذف ما لا تريده.
seller-promo-item-facts = السعر { $price } · المخزون { $stock }
seller-promo-stock = مخزون العرض لـ { $sku }
seller-promo-remove = حذف { $sku }
seller-promo-remove-short = حذف
seller-promo-submit = طلب الموافقة
seller-promo-clear = البدء من جديد
seller-promo-sent = أُرسل «{ $name }» للموافقة.
seller-promo-list-title = عروضك الترويجية
seller-promo-none = لا توجد عروض بعد.
seller-promo-status-pending = بانتظار الموافقة
seller-promo-status-scheduled = معتمد، يبدأ لاحقًا
seller-promo-status-active = جارٍ
seller-promo-status-ended = انتهى
seller-promo-status-rejected = مرفوض
seller-promo-status-withdrawn = مسحوب
seller-promo-off-percent = خصم { $percent }٪
seller-promo-off-amount = خصم { $amount }
seller-promo-period = من { $start } إلى { $end }
seller-promo-skus = { $count ->
        [zero] لا متغيّرات
        [one] متغيّر واحد
        [two] متغيّران
        [few] { $count } متغيّرات
       *[other] { $count } متغيّرًا
    }
seller-promo-removed = (أُزيل { $count } بسبب عقوبة)
seller-promo-frozen-hint = معتمد: حتى انتهائه تُجمَّد أسعار هذه الإعلانات وتكلفة شحنها ووصفها، ولا يمكن لمخزون العرض والخصم إلا أن يزيدا (PRM-2).
seller-promo-withdraw = سحب
seller-promo-withdraw-pending-note = هل تسحب هذا الطلب؟ لم تتم الموافقة عليه بعد، لذا لن يحدث شيء آخر.
seller-promo-withdraw-approved-warning = هذا العرض معتمد. الانسحاب منه الآن يخالف PRM-2: تُزال منتجاته ويُمنع متجرك من العروض الترويجية لمدة 6 أشهر.
seller-promo-withdraw-confirm = السحب على أي حال
seller-promo-withdraw-keep = الإبقاء عليه
seller-promo-error-name-length = اختر للعرض اسمًا من 1 إلى 80 حرفًا.
seller-promo-error-required = املأ هذا الحقل.
seller-promo-error-in-past = لا يمكن أن يكون البدء في الماضي.
seller-promo-error-not-a-session = اختر إحدى جلسات العروض الخاطفة القادمة.
seller-promo-error-period = يستمر الخصم من ساعة واحدة إلى 90 يومًا من بدايته.
seller-promo-error-percent = اخصم من 1 إلى 90 بالمئة.
seller-promo-error-amount = اخصم على الأقل أصغر وحدة في العملة.
seller-promo-error-amount-too-large = يجب أن يبقى المبلغ أقل من سعر كل متغيّر مختار.
seller-promo-error-stock = مخزون العرض من 1 حتى مخزون المتغيّر.
seller-promo-error-count = أضف من 1 إلى 100 متغيّر.
seller-promo-error-duplicate = هذا المتغيّر مذكور مرتين.
seller-promo-error-not-published = لا يشارك في العروض إلا إعلاناتك المنشورة.
seller-promo-error-mixed-currency = يجب تسعير كل إعلانات العرض بعملة واحدة.
seller-promo-error-unknown-sku = لم يعد هذا المتغيّر موجودًا في الإعلان.
seller-promo-error-in-promotion = هذا المتغيّر مشارك في عرض آخر في ذلك الوقت.
seller-service-title = تقييم الخدمة
seller-service-intro = كيف يقيّم المشترون متجرك ومدى موثوقية خدمته لهم خلال آخر 90 يومًا. تراجع المنصة هذه الأرقام وقد تعاقب المتجر الذي تتجاوز مؤشراته الحدود.
seller-service-window = الطلبات من { $start } إلى { $end }
seller-service-assessment = التقييم
seller-service-meter-title = { $orders } طلبًا في آخر 90 يومًا؛ يُقيَّم المتجر ابتداءً من { $min } طلبًا.
seller-service-threshold = { $min } طلبًا: يبدأ التقييم
seller-service-assessed = لدى متجرك طلبات كافية لتقييمه (SRV-7).
seller-service-not-assessed = متجرك ما زال ينمو: يُقيَّم عندما يبلغ { $min } طلبًا في 90 يومًا، أي بزيادة { $missing } على الآن (SRV-7).
seller-service-counted = { $orders } طلبًا مدفوعًا، احتُسب منها { $counted } واستُبعد { $excluded }.
seller-service-dsr-title = التقييمات التفصيلية للبائع
seller-service-dsr-count = من { $count } طلبًا مقيَّمًا.
seller-service-no-ratings = لا تقييمات بعد
seller-service-stars = { $value } / 5
seller-service-percent = { $value }٪
seller-service-described = مطابقة الوصف
seller-service-described-help = هل تطابق البضاعة نص الإعلان وصوره؟ يقيّمها المشتري من 1 إلى 5.
seller-service-communication = التواصل
seller-service-communication-help = مدى فائدة ردودك وسرعتها، من 1 إلى 5.
seller-service-shipping = سرعة الشحن
seller-service-shipping-help = مدى سرعة شحن الطلب، من 1 إلى 5.
seller-service-positive = التقييمات الإيجابية
seller-service-positive-help = نسبة تقييمات الطلبات بأربع أو خمس نجوم.
seller-service-trend-title = التقييمات التفصيلية للبائع أسبوعًا بأسبوع
seller-service-trend-desc = متوسط التقييم من 1 إلى 5 نجوم لكل أسبوع من { $weeks } أسبوعًا؛ { $rated } منها فيها تقييمات. الأسابيع بلا تقييمات تترك فجوة.
seller-service-point = { $series }، أسبوع { $week }: { $value } / 5
seller-service-measures-title = مؤشرات الخدمة
seller-service-bars-title = عدد مرات حدوث كل مشكلة في آخر 90 يومًا
seller-service-rate = ({ $rate }٪ من الطلبات المحتسبة)
seller-service-bad-reviews = مراجعات سيئة
seller-service-bad-reviews-help = طلبات قُيّمت بثلاث نجوم أو أقل.
seller-service-bad-dsr = تقييمات تفصيلية سيئة
seller-service-bad-dsr-help = «مطابقة الوصف» أو التواصل بتقييم 3 أو أقل، أو سرعة الشحن بتقييم 1 (يُحكم على الشحن بتساهل لأن تحكّمك فيه أقل).
seller-service-bad-described = تقييمات سيئة لمطابقة الوصف
seller-service-bad-communication = تقييمات سيئة للتواصل
seller-service-bad-shipping = تقييمات سيئة للشحن
seller-service-not-shipped = مُباع ولم يُشحن
seller-service-not-shipped-help = طلبات مدفوعة لم تُشحن في الوقت المحدد.
seller-service-arbitration = أُحيل إلى التحكيم
seller-service-arbitration-help = نزاعات أُحيلت إلى المنصة لتفصل فيها.
seller-service-timeouts = ردود فائتة على النزاعات
seller-service-timeouts-help = نزاعات لم تردّ عليها في الوقت المحدد.
seller-service-excluded = مستبعد
seller-service-excluded-help = لا تُحتسب الطلبات التي أُغلق نزاع «لم يصل» الخاص بها، ولا مراجعاتها، أيًّا كان من استردّ المبلغ.
seller-service-findings = فوق الحدود
seller-penalties-title = العقوبات والطعون
seller-penalties-intro = تذكر كل عقوبة القاعدة والوقائع وحتى متى تسري. يمكنك الطعن في العقوبة حتى موعدها النهائي، ثم ترفعها المنصة أو تُبقي عليها.
seller-penalties-none = لا توجد عقوبات على متجرك.
seller-standing-title = ما يمكن لمتجرك فعله الآن
seller-standing-can-sell = إعلاناتك في الكتالوج ويمكن شراؤها.
seller-standing-cannot-sell = التداول موقوف: لا يمكن شراء إعلاناتك.
seller-standing-can-publish = يمكنك نشر الإعلانات.
seller-standing-cannot-publish = لا يمكنك نشر الإعلانات.
seller-standing-can-promote = يمكنك التقدّم بطلبات العروض الترويجية.
seller-standing-cannot-promote = لا يمكنك التقدّم بطلبات العروض الترويجية.
seller-standing-ban-until = ممنوع من العروض الترويجية حتى { $date }.
seller-standing-ip = سجل الملكية الفكرية: { $points } نقاط، و{ $serious } مخالفات جسيمة.
seller-penalty-level-warning = إنذار
seller-penalty-level-restricted = عمليات مقيّدة
seller-penalty-level-suspended = التداول موقوف
seller-penalty-level-ended = انتهاء التعاون
seller-penalty-level-promotion-ban = منع من العروض الترويجية
seller-penalty-status-active = سارية
seller-penalty-status-expired = منتهية
seller-penalty-status-lifted = مرفوعة
seller-penalty-reason = السبب
seller-penalty-issued = تاريخ الفرض
seller-penalty-expiry = تسري حتى
seller-penalty-expires = { $date }
seller-penalty-no-expiry = بلا تاريخ انتهاء
seller-penalty-automated = قرار آلي
seller-penalty-by-staff = قرار من فريق المنصة
seller-penalty-statement = بيان الأسباب
seller-penalty-policy = القواعد المطبّقة: السياسة { $version }.
seller-penalty-lift-reason = رُفعت: { $reason }
seller-appeal-title = الطعن
seller-appeal-status-pending = قيد المراجعة
seller-appeal-status-lifted = مقبول: رُفعت العقوبة
seller-appeal-status-upheld = مرفوض: العقوبة باقية
seller-appeal-label = لماذا ينبغي رفع هذه العقوبة؟
seller-appeal-hint = اشرح الوقائع في 10 إلى 2000 حرف. يمكنك الطعن حتى { $date }.
seller-appeal-submit = إرسال الطعن
seller-appeal-closed = انتهت مهلة الطعن في { $date }.
seller-appeal-error-length = اكتب من 10 إلى 2000 حرف.
