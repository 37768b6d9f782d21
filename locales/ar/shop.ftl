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
logistics-economy = شحن اقتصادي
logistics-standard = شحن سريع عادي
logistics-commercial = شحن سريع تجاري
logistics-overseas-warehouse = مستودع خارجي
price-approximate = سعر تقريبي، محوّل من { $amount }

# Search
search-label = بحث
search-placeholder = ابحث عن المنتجات