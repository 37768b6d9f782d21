# المتجر: الكتالوج وصفحة المنتج.

home-title = متجر Caravan
home-popular = الأكثر رواجًا الآن
categories-label = الفئات
categories-all = الكل
catalogue-empty = لا يوجد شيء هنا بعد. جرّب فئة أخرى.
catalogue-show-more = عرض المزيد
price-was = السعر السابق
listing-free-shipping = شحن مجاني
listing-new = جديد
listing-rating = التقييم { $rating } من 5
listing-orders =
    { $count ->
        [zero] لا توجد طلبات
        [one] طلب واحد
        [two] طلبان
        [few] { $count } طلبات
        [many] { $count } طلبًا
       *[other] { $count } طلب
    }
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
product-delivery-days = من { $min } إلى { $max } أيام
product-specifications = المواصفات
product-description = الوصف
logistics-economy = شحن اقتصادي
logistics-standard = شحن سريع عادي
logistics-commercial = شحن سريع تجاري
logistics-overseas-warehouse = مستودع خارجي
shop-ships-from = يُشحن من { $country }
shop-return-policy = الإرجاع واسترداد المبلغ
price-approximate = سعر تقريبي، محوّل من { $amount }
product-charged-in = يُخصم المبلغ بعملة { $currency }: { $amount }
product-converted-at = المبالغ بالعملات الأخرى تقريبية، بسعر الصرف المرجعي بتاريخ { $date }.

# Search
search-label = بحث
search-placeholder = ابحث عن المنتجات