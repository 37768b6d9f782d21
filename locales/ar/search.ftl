# The search page's words: fetched with its code, the first time a search opens.

search-title = البحث
search-title-query = نتائج البحث عن «{ $query }»
search-results =
    { $count ->
        [zero] لا توجد نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجة
       *[other] { $count } نتيجة
    }
search-empty = لا توجد نتائج عن «{ $query }»
search-empty-hint = تحقّق من الإملاء، أو جرّب كلمات أقل أو أعمّ، أو أزل أحد عوامل التصفية.
search-sort = الترتيب حسب
search-sort-relevance = الأكثر صلة
search-sort-best-selling = الأكثر مبيعًا
search-sort-newest = الأحدث
search-sort-price-asc = السعر: من الأقل إلى الأعلى
search-sort-price-desc = السعر: من الأعلى إلى الأقل
search-in-stock = المتوفر فقط
search-min-rating = التقييم
search-rating-any = أي تقييم
search-rating-at-least = { $rating }★ فأكثر
search-class = الشحن
search-class-any = أي طريقة شحن

# Price range and destination filters
search-price = السعر ({ $currency })
search-price-min = الأدنى
search-price-max = الأعلى
search-price-apply = تطبيق
search-price-invalid = أدخل مبلغًا مثل { $example }
search-price-order = لا يمكن أن يكون السعر الأعلى أقل من الأدنى.
search-ships-to = يشحن إلى
search-ships-anywhere = أي وجهة
