# أحكام القواعد: رسالة واحدة لكل مفتاح، تستخدم كل وسائطه.

rule-reg-1-missing-field = هذا الحقل مطلوب.
rule-reg-1-country-invalid = لا يمكننا تسجيل بائعين من «{ $country }».
rule-reg-1-licence-number-invalid = يجب ألا يقل رقم الرخصة التجارية عن { $min } حرفًا.
rule-reg-2-email-invalid = أدخل بريدًا إلكترونيًا صحيحًا.
rule-reg-2-password-too-short = يجب ألا تقل كلمة المرور عن { $min } حرفًا.
rule-reg-2-password-is-email = لا يجوز أن تكون كلمة المرور هي بريدك الإلكتروني.
rule-reg-3-missing-contact = أضف شخصًا للتواصل.
rule-reg-3-email-unverified = أكّد البريد الإلكتروني لشركتك أولًا.
rule-reg-3-phone-invalid = أدخل رقم هاتف صحيحًا مع رمز الدولة.
rule-reg-4-unknown-main-category = «{ $category }» ليست فئة معروفة لدينا.
rule-reg-4-no-sales-region = اختر منطقة بيع واحدة على الأقل.
rule-reg-4-region-closed = لا يمكن للبائعين الجدد الانضمام في { $region } حاليًا.
rule-shop-1-not-approved = لم تتم الموافقة على متجرك بعد (الحالة: { $status }).
rule-shop-2-name-length = طول اسم المتجر { $length }، ويجب أن يكون بين { $min } و{ $max } حرفًا.
rule-shop-2-sensitive-word = يحتوي اسم المتجر على «{ $term }»، وهي كلمة غير مسموح بها ({ $group }).
rule-shop-2-trademark = يحتوي اسم المتجر على «{ $term }»، وهي علامة تجارية لـ{ $brand }.
rule-shop-2-name-taken = اسم المتجر هذا مستخدم بالفعل.
rule-shop-3-qualification-missing = للبيع في فئة { $category }، ارفع { $qualification }.
rule-shop-4-brand-not-authorised = متجرك غير مخوّل ببيع منتجات { $brand }.
rule-lst-1-missing-field = هذا الحقل مطلوب.
rule-lst-1-missing-attribute = املأ الخاصية «{ $attribute }».
rule-lst-2-prohibited-term = لا يجوز بيع «{ $term }» على Caravan ({ $list }).
rule-lst-2-prohibited-category = لا يجوز بيع منتجات فئة { $category } على Caravan.
rule-lst-3-licence-required = المنتجات التي تذكر «{ $term }» تحتاج إلى { $licence }.
rule-lst-3-category-licence-required = البيع في فئة { $category } يحتاج إلى { $licence }.
rule-lst-4-trademark = «{ $term }» علامة تجارية لـ{ $brand }. احذفها أو أثبت حقك في استخدامها.
rule-lst-4-character = «{ $term }» شخصية مملوكة لـ{ $brand }. احذفها أو أثبت حقك في استخدامها.
rule-lst-5-title-too-long = طول العنوان { $length } حرفًا، والحد الأقصى { $max }.
rule-lst-5-title-too-short = طول العنوان { $length } حرفًا، والحد الأدنى { $min }.
rule-lst-5-keyword-stuffing = تكررت «{ $word }» في العنوان: { $count }، والحد الأقصى { $max }.
rule-lst-5-all-caps = تجنّب كتابة العنوان بالأحرف الكبيرة.
rule-lst-5-contact-in-title = احذف بيانات التواصل من العنوان ({ $kind }).
rule-lst-5-promo-in-title = احذف العبارة الترويجية «{ $term }» من العنوان.
rule-lst-6-category-mismatch = قد ينتمي هذا المنتج إلى فئة { $suggested }.
rule-lst-6-unknown-category = اختر فئة من القائمة.
rule-lst-7-too-many-images = عدد الصور المضافة: { $count }، والحد الأقصى { $max }.
rule-lst-7-image-too-small = أبعاد الصورة { $width } × { $height } بكسل، وهي صغيرة جدًا.
rule-lst-7-image-aspect = أبعاد الصورة { $width } × { $height } بكسل؛ استخدم صورة مربعة.
rule-lst-7-image-too-large = حجم ملف الصورة { $bytes } بايت، والحد الأقصى { $max }.
rule-lst-7-image-type = الصور من نوع { $mime } غير مقبولة. استخدم JPEG أو PNG أو WebP.
rule-lst-7-more-images-recommended = عدد صور المنتج: { $count }. ننصح بـ{ $recommended } على الأقل.
rule-lst-8-price-out-of-range = يجب أن يكون السعر بين { $min } و{ $max } { $currency }.
rule-lst-8-discount-not-below-price = يجب أن يكون السعر بعد الخصم أقل من السعر الأصلي.
rule-lst-8-discount-not-positive = يجب أن يكون السعر بعد الخصم أكبر من صفر.
rule-lst-8-price-unusual = هذا السعر بعيد عن السعر المعتاد في هذه الفئة ({ $median } { $currency }). تحقّق منه.
rule-lst-9-template-required = اختر قالب شحن.
rule-lst-9-template-empty = لا يحتوي قالب الشحن على أي خيار توصيل.
rule-lst-9-delivery-days-unrealistic = مدة { $min }–{ $max } أيام غير معتادة لتوصيل { $class }. تحقّق من مدة التوصيل.
rule-lst-10-sell-as-bundle = تكلفة الشحن ({ $shipping }) أعلى من سعر المنتج ({ $price }). فكّر في بيعه ضمن مجموعة.
rule-lst-11-stock-out-of-range = يجب أن يكون المخزون بين { $min } و{ $max }.
rule-lst-11-no-stock = أضف مخزونًا لخيار واحد على الأقل.
rule-lst-12-margin-low = هامش الربح { $margin }٪، وهو أقل من الحد الأدنى المعتاد { $min }٪.
rule-lst-12-margin-high = هامش الربح { $margin }٪، وهو أعلى من الحد الأقصى المعتاد { $max }٪.
rule-lst-13-too-many-properties = عدد خصائص الخيارات: { $count }، والحد الأقصى { $max }.
rule-lst-13-options-mismatch = لهذا الخيار { $count } قيم، والمتوقع { $expected }.
rule-lst-13-empty-option = لا يجوز أن تكون القيم فارغة.
rule-lst-13-unknown-option = «{ $value }» ليست قيمة من قيم { $property }.
rule-lst-13-duplicate-combination = هذا المزيج من القيم مستخدم بالفعل في الخيار { $first }.
rule-lst-13-sku-code-invalid = رمز SKU يصل إلى { $max } من الحروف أو الأرقام أو الشرطات أو الشرطات السفلية.
rule-lst-13-duplicate-sku-code = رمز SKU هذا مستخدم بالفعل في الخيار { $first }.
rule-lst-13-single-sku-expected = المنتج الذي لا خصائص خيارات له يملك رمز SKU واحدًا فقط، لا { $count }.
rule-lst-13-sku-image-missing = الخيار { $index } يحتاج إلى صورة.
rule-lst-14-weight-out-of-range = يجب أن يكون الوزن بين { $min } و{ $max } غرام.
rule-lst-14-package-side-out-of-range = يجب أن يكون كل ضلع من الطرد بين { $min } و{ $max } سم.
rule-lst-14-handling-out-of-range = يجب أن تكون مدة التجهيز بين { $min } و{ $max } أيام.
rule-lst-14-handling-overseas = يجب شحن منتجات المستودع الخارجي خلال { $max } أيام كحد أقصى.
rule-lst-15-markup-removed = حُذف تنسيق غير مدعوم من الوصف ({ $item }).
rule-lst-15-external-link = الروابط إلى مواقع أخرى غير مسموح بها ({ $host }).
rule-lst-15-contact-details = احذف بيانات التواصل من الوصف ({ $kind }).
rule-lst-15-description-too-long = طول الوصف { $length } حرفًا، والحد الأقصى { $max }.
rule-lst-16-near-duplicate = يشبه هذا المنتج منتجك «{ $title }» (نسبة التشابه { $similarity }٪).
rule-lst-16-too-many-copies = لديك منتجات شبه متطابقة: { $count }، والحد الأقصى { $max }.
rule-prm-1-not-approved = لا يمكن لمتجرك المشاركة في العروض بعد (الحالة: { $status }).
rule-prm-2-left-promotion =
    { $ban_months ->
        [one] انسحبت من عرض جارٍ. يُمنع متجرك من العروض لمدة شهر واحد.
        [two] انسحبت من عرض جارٍ. يُمنع متجرك من العروض لمدة شهرين.
        [few] انسحبت من عرض جارٍ. يُمنع متجرك من العروض لمدة { $ban_months } أشهر.
        [many] انسحبت من عرض جارٍ. يُمنع متجرك من العروض لمدة { $ban_months } شهرًا.
       *[other] انسحبت من عرض جارٍ. يُمنع متجرك من العروض لمدة { $ban_months } شهر.
    }
rule-prm-2-promo-stock-lowered =
    { $ban_months ->
        [one] خُفّض مخزون العرض من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة شهر واحد.
        [two] خُفّض مخزون العرض من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة شهرين.
        [few] خُفّض مخزون العرض من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة { $ban_months } أشهر.
        [many] خُفّض مخزون العرض من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة { $ban_months } شهرًا.
       *[other] خُفّض مخزون العرض من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة { $ban_months } شهر.
    }
rule-prm-2-discount-reduced =
    { $ban_months ->
        [one] خُفّض الخصم من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة شهر واحد.
        [two] خُفّض الخصم من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة شهرين.
        [few] خُفّض الخصم من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة { $ban_months } أشهر.
        [many] خُفّض الخصم من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة { $ban_months } شهرًا.
       *[other] خُفّض الخصم من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة { $ban_months } شهر.
    }
rule-prm-2-price-raised =
    { $ban_months ->
        [one] رُفع السعر من { $before } إلى { $after } أثناء العرض. يُمنع متجرك من العروض لمدة شهر واحد.
        [two] رُفع السعر من { $before } إلى { $after } أثناء العرض. يُمنع متجرك من العروض لمدة شهرين.
        [few] رُفع السعر من { $before } إلى { $after } أثناء العرض. يُمنع متجرك من العروض لمدة { $ban_months } أشهر.
        [many] رُفع السعر من { $before } إلى { $after } أثناء العرض. يُمنع متجرك من العروض لمدة { $ban_months } شهرًا.
       *[other] رُفع السعر من { $before } إلى { $after } أثناء العرض. يُمنع متجرك من العروض لمدة { $ban_months } شهر.
    }
rule-prm-2-shipping-raised =
    { $ban_months ->
        [one] رُفعت تكلفة الشحن من { $before } إلى { $after } أثناء العرض. يُمنع متجرك من العروض لمدة شهر واحد.
        [two] رُفعت تكلفة الشحن من { $before } إلى { $after } أثناء العرض. يُمنع متجرك من العروض لمدة شهرين.
        [few] رُفعت تكلفة الشحن من { $before } إلى { $after } أثناء العرض. يُمنع متجرك من العروض لمدة { $ban_months } أشهر.
        [many] رُفعت تكلفة الشحن من { $before } إلى { $after } أثناء العرض. يُمنع متجرك من العروض لمدة { $ban_months } شهرًا.
       *[other] رُفعت تكلفة الشحن من { $before } إلى { $after } أثناء العرض. يُمنع متجرك من العروض لمدة { $ban_months } شهر.
    }
rule-prm-2-description-edited =
    { $ban_months ->
        [one] لا يجوز تغيير الوصف أثناء العرض. يُمنع متجرك من العروض لمدة شهر واحد.
        [two] لا يجوز تغيير الوصف أثناء العرض. يُمنع متجرك من العروض لمدة شهرين.
        [few] لا يجوز تغيير الوصف أثناء العرض. يُمنع متجرك من العروض لمدة { $ban_months } أشهر.
        [many] لا يجوز تغيير الوصف أثناء العرض. يُمنع متجرك من العروض لمدة { $ban_months } شهرًا.
       *[other] لا يجوز تغيير الوصف أثناء العرض. يُمنع متجرك من العروض لمدة { $ban_months } شهر.
    }
rule-prm-3-infringing-goods =
    { $ban_months ->
        [one] «{ $term }» يشير إلى بضائع مخالفة للحقوق. يُمنع متجرك من العروض لمدة شهر واحد.
        [two] «{ $term }» يشير إلى بضائع مخالفة للحقوق. يُمنع متجرك من العروض لمدة شهرين.
        [few] «{ $term }» يشير إلى بضائع مخالفة للحقوق. يُمنع متجرك من العروض لمدة { $ban_months } أشهر.
        [many] «{ $term }» يشير إلى بضائع مخالفة للحقوق. يُمنع متجرك من العروض لمدة { $ban_months } شهرًا.
       *[other] «{ $term }» يشير إلى بضائع مخالفة للحقوق. يُمنع متجرك من العروض لمدة { $ban_months } شهر.
    }
rule-prm-4-order-price-raised =
    { $ban_months ->
        [one] رُفع سعر طلب ضمن العرض من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة شهر واحد.
        [two] رُفع سعر طلب ضمن العرض من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة شهرين.
        [few] رُفع سعر طلب ضمن العرض من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة { $ban_months } أشهر.
        [many] رُفع سعر طلب ضمن العرض من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة { $ban_months } شهرًا.
       *[other] رُفع سعر طلب ضمن العرض من { $before } إلى { $after }. يُمنع متجرك من العروض لمدة { $ban_months } شهر.
    }
rule-prm-5-forced-bundling =
    { $ban_months ->
        [one] لا يجوز إجبار المشترين على شراء «{ $term }» أيضًا. يُمنع متجرك من العروض لمدة شهر واحد.
        [two] لا يجوز إجبار المشترين على شراء «{ $term }» أيضًا. يُمنع متجرك من العروض لمدة شهرين.
        [few] لا يجوز إجبار المشترين على شراء «{ $term }» أيضًا. يُمنع متجرك من العروض لمدة { $ban_months } أشهر.
        [many] لا يجوز إجبار المشترين على شراء «{ $term }» أيضًا. يُمنع متجرك من العروض لمدة { $ban_months } شهرًا.
       *[other] لا يجوز إجبار المشترين على شراء «{ $term }» أيضًا. يُمنع متجرك من العروض لمدة { $ban_months } شهر.
    }
rule-prm-6-improper-gain =
    { $ban_months ->
        [one] استُخدمت العروض لتحقيق مكسب غير مشروع. يُمنع متجرك من العروض لمدة شهر واحد.
        [two] استُخدمت العروض لتحقيق مكسب غير مشروع. يُمنع متجرك من العروض لمدة شهرين.
        [few] استُخدمت العروض لتحقيق مكسب غير مشروع. يُمنع متجرك من العروض لمدة { $ban_months } أشهر.
        [many] استُخدمت العروض لتحقيق مكسب غير مشروع. يُمنع متجرك من العروض لمدة { $ban_months } شهرًا.
       *[other] استُخدمت العروض لتحقيق مكسب غير مشروع. يُمنع متجرك من العروض لمدة { $ban_months } شهر.
    }
rule-prm-7-too-many-sessions = لديك في { $day } عدد جلسات تخفيضات سريعة: { $count }، والحد الأقصى { $max } في اليوم.
rule-prm-7-too-many-items = عدد منتجات التخفيضات السريعة: { $count }، والحد الأقصى { $max }.
rule-prm-7-session-length =
    { $hours ->
        [one] مدة جلسة التخفيضات السريعة ساعة واحدة بالضبط.
        [two] مدة جلسة التخفيضات السريعة ساعتان بالضبط.
        [few] مدة جلسة التخفيضات السريعة { $hours } ساعات بالضبط.
        [many] مدة جلسة التخفيضات السريعة { $hours } ساعة بالضبط.
       *[other] مدة جلسة التخفيضات السريعة { $hours } ساعة بالضبط.
    }
rule-prm-7-sessions-overlap = تتداخل هذه الجلسة مع الجلسة { $other }.
rule-ord-1-total-mismatch = إجمالي الطلب { $expected } وليس { $submitted }. أعد تحميل السلة.
rule-ord-2-receipt-timeout = إذا لم يؤكد المشتري الاستلام، يُحوَّل المبلغ في { $released_at }.
rule-ord-3-not-shipped-in-time = لم يُشحن الطلب قبل { $deadline }.
rule-ord-3-tracking-missing = أضف رقم التتبع لشحن الطلب.
rule-ord-4-rate-mismatch = تغيّر سعر الصرف من { $base } إلى { $quote }. راجع الإجمالي الجديد.
rule-ord-5-return-policy-missing = أضف سياسة إرجاع قبل البيع.
rule-ord-6-payment-detail-exposed = احذف بيانات البطاقة أو الحساب البنكي من الرسالة.
rule-dsp-1-order-not-paid = لا يمكن فتح نزاع إلا على طلب مدفوع.
rule-dsp-1-evidence-required = أضف صورًا أو مستندات توضّح المشكلة.
rule-dsp-1-refund-out-of-range = يجب أن يكون المبلغ المسترد أكبر من صفر ولا يتجاوز { $max }.
rule-dsp-2-response-overdue = لم يردّ البائع قبل { $deadline }.
rule-dsp-3-arbitration-overdue = لم تُصدر Caravan قرارها قبل { $deadline }.
rule-pen-3-appeal-too-late = انتهت مهلة الاعتراض في { $deadline }.
rule-pen-3-not-appealable = لا يمكن الاعتراض على هذه العقوبة.
rule-pen-4-statement-incomplete = أكمل كل أجزاء الإفادة.

# --- Trust and safety (issue 7): penalties, appeals, promotions, disputes, reviews. ---
rule-srv-1-bad-reviews-high = التقييمات السيئة: { $rate } لكل ألف طلب، فوق الحد البالغ { $max }.
rule-srv-2-described-high = تقييم سيئ لـ«المنتج مطابق للوصف» في { $rate } من كل ألف طلب، فوق الحد البالغ { $max }.
rule-srv-2-communication-high = تقييم سيئ للتواصل في { $rate } من كل ألف طلب، فوق الحد البالغ { $max }.
rule-srv-2-shipping-high = تقييم سيئ لسرعة الشحن في { $rate } من كل ألف طلب، فوق الحد البالغ { $max }.
rule-srv-3-not-shipped-high = مبيع دون شحن: { $rate } لكل ألف طلب، فوق الحد البالغ { $max }.
rule-srv-4-arbitration-high = نزاعات أُحيلت إلى التحكيم: { $rate } لكل ألف طلب، فوق الحد البالغ { $max }.
rule-srv-5-timeouts-high = ردود نزاعات فائتة: { $rate } لكل ألف طلب، فوق الحد البالغ { $max }.
