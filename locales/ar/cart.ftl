# Buying: the product page's quantity and "Add to cart", the cart page and the totals block (cart, checkout,
# orders). Loaded with the product page and the account area.
product-quantity = الكمية
product-add-to-cart = أضف إلى السلة
product-added =
    { $count ->
        [zero] تمت الإضافة.
        [one] تمت الإضافة. في سلتك قطعة واحدة من هذا المنتج.
        [two] تمت الإضافة. في سلتك قطعتان من هذا المنتج.
        [few] تمت الإضافة. في سلتك { $count } قطع من هذا المنتج.
        [many] تمت الإضافة. في سلتك { $count } قطعة من هذا المنتج.
       *[other] تمت الإضافة. في سلتك { $count } قطعة من هذا المنتج.
    }
product-view-cart = عرض السلة
product-cart-full = سلتك ممتلئة. أكمل الشراء أو أزل شيئًا أولًا.
product-deal = عرض
product-flash-deal = عرض خاطف
quantity-fewer = واحد أقل
quantity-more = واحد أكثر
cart-title =
    { $count ->
        [0] سلة التسوق
        [one] سلة التسوق (منتج واحد)
        [two] سلة التسوق (منتجان)
        [few] سلة التسوق ({ $count } منتجات)
        [many] سلة التسوق ({ $count } منتجًا)
       *[other] سلة التسوق ({ $count } منتج)
    }
cart-empty = سلتك فارغة.
cart-continue = متابعة التسوق
cart-deliver-to = التوصيل إلى
cart-pricing = جارٍ التحقق من الأسعار والشحن…
cart-quote-failed = تعذّر التحقق من الأسعار والمخزون الآن، لذا تعرض السلة الأسعار التي رأيتها. سلتك محفوظة.
cart-quantity-of = كمية { $item }
cart-remove-item = إزالة { $item }
cart-remove = إزالة
cart-accept-price = قبول السعر الجديد
cart-take-available = التغيير إلى { $count }
cart-cheapest-shipping = استخدام أرخص شحن
cart-summary = ملخص الطلب
cart-fix-problems = بعض المنتجات تحتاج إلى انتباهك قبل إتمام الشراء.
cart-checkout = إتمام الشراء
cart-problem-unavailable = هذا المنتج لم يعد متوفرًا.
cart-problem-not-shipped = لا يُشحن هذا المنتج إلى { $country }.
cart-problem-class-unavailable = طريقة الشحن المختارة لا تصل إلى { $country }.
cart-problem-out-of-stock = نفدت الكمية.
cart-problem-over-stock =
    { $count ->
        [zero] لم يتبقَّ شيء.
        [one] لم يتبقَّ سوى قطعة واحدة.
        [two] لم يتبقَّ سوى قطعتين.
        [few] لم يتبقَّ سوى { $count } قطع.
        [many] لم يتبقَّ سوى { $count } قطعة.
       *[other] لم يتبقَّ سوى { $count } قطعة.
    }
cart-problem-over-limit = { $count } كحد أقصى لكل طلب.
cart-problem-invalid-quantity = اختر كمية لا تقل عن 1.
cart-problem-price-changed = تغيّر السعر من { $was } إلى { $now }.
cart-problem-price-changed-plain = تغيّر السعر.
cart-problem-duplicate = هذا المنتج موجود في السلة مرتين.
cart-problem-own-listing = هذا المنتج من متجرك أنت، لذا لا يمكنك شراؤه.
totals-items = المنتجات
totals-discount = الخصومات
totals-shipping = الشحن
totals-total = الإجمالي
totals-free = مجاني
totals-charged = سيُخصم منك { $amount } بعملة { $currency }. التحويل بسعر { $rate }، وهو السعر المرجعي بتاريخ { $date }.

# Delivery days of a shipping option: the product page's shipping list and the checkout's.
product-delivery-days = من { $min } إلى { $max } أيام
