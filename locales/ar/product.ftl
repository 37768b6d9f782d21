# The product page's words: fetched with its code, the first time a product page opens.

breadcrumbs-label = الفئة
gallery-label = صور المنتج
gallery-show-image = عرض الصورة { $number }
product-combination-unavailable = هذا الاختيار غير متوفر
product-in-stock =
    { $count ->
        [zero] غير متوفر في المخزون
        [one] بقيت قطعة واحدة فقط في المخزون
        [two] بقيت قطعتان فقط في المخزون
        [few] { $count } قطع متوفرة
        [many] { $count } قطعة متوفرة
       *[other] { $count } قطعة متوفرة
    }
product-out-of-stock = نفد من المخزون
product-shipping = الشحن
product-specifications = المواصفات
product-description = الوصف
shop-ships-from = يُشحن من { $country }
shop-return-policy = الإرجاع واسترداد المبلغ
product-charged-in = يُخصم المبلغ بعملة { $currency }: { $amount }
product-converted-at = المبالغ بالعملات الأخرى تقريبية، بسعر الصرف المرجعي بتاريخ { $date }.

# Gallery: swipe track, steps and position
gallery-track-label = الصور: اسحب أو استخدم مفاتيح الأسهم
gallery-thumbs-label = اختر صورة
gallery-previous = الصورة السابقة
gallery-next = الصورة التالية
gallery-position = { $number } من { $count }
gallery-position-spoken = الصورة { $number } من { $count }
gallery-picture-alt = { $title }، الصورة { $number } من { $count }

# Ratings and reviews
reviews-title = التقييمات والمراجعات
reviews-loading = جارٍ تحميل المراجعات…
reviews-empty = لا توجد مراجعات بعد. يمكن للمشترين تقييم هذا المنتج بعد اكتمال طلباتهم.
reviews-count =
    { $count ->
        [zero] لا توجد تقييمات
        [one] تقييم واحد
        [two] تقييمان
        [few] { $count } تقييمات
        [many] { $count } تقييمًا
       *[other] { $count } تقييم
    }
reviews-positive = نسبة التقييمات الإيجابية { $percent }
reviews-distribution = التقييمات حسب عدد النجوم
reviews-stars-row =
    { $stars ->
        [zero] { $stars } نجمة
        [one] نجمة واحدة
        [two] نجمتان
        [few] { $stars } نجوم
        [many] { $stars } نجمة
       *[other] { $stars } نجمة
    }
reviews-item-stars =
    { $count ->
        [zero] التقييم: { $count } من 5 نجوم
        [one] التقييم: نجمة واحدة من 5
        [two] التقييم: نجمتان من 5
        [few] التقييم: { $count } نجوم من 5
        [many] التقييم: { $count } نجمة من 5
       *[other] التقييم: { $count } نجمة من 5
    }
reviews-variant = الخيار: { $variant }
reviews-more = مزيد من المراجعات
reviews-more-failed = تعذّر تحميل المراجعات التالية. يُرجى المحاولة مرة أخرى.
