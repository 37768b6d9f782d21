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
