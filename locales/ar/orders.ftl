# طلبات المشتري والنزاعات والتقييمات والإشعارات وتفضيلات الحساب (منطقة الحساب؛ مساعد buyerorders).

account-orders = طلباتك
account-notifications = الإشعارات
account-preferences = التفضيلات
account-language = اللغة
account-currency = عملة الأسعار
account-currency-hint = تُحوَّل الأسعار للعلم فقط؛ تُحصَّل الطلبات بالدولار الأمريكي.
account-addresses = عناوين التسليم
account-address-remove = إزالة العنوان { $address }
account-address-remove-short = إزالة

orders-title = طلباتك
orders-empty = لم تطلب أي شيء بعد.
orders-start-shopping = ابدأ التسوق
orders-more = عرض الطلبات الأقدم
orders-units = { $count ->
    [zero] لا منتجات
    [one] منتج واحد
    [two] منتجان
    [few] { $count } منتجات
    [many] { $count } منتجًا
   *[other] { $count } منتج
}

order-status-awaiting-payment = بانتظار الدفع
order-status-paid = مدفوع، بانتظار الشحن
order-status-shipped = تم الشحن
order-status-delivered = تم التسليم
order-status-completed = مكتمل
order-status-cancelled = ملغى
order-status-expired = لم يُدفع في الوقت المحدد

order-back = → كل الطلبات
order-title = الطلب { $id }
order-from = من { $shop }
order-progress = مراحل الطلب
order-step-placed = تم الطلب
order-step-paid = تم الدفع
order-step-shipped = تم الشحن
order-step-delivered = تم التسليم
order-step-completed = مكتمل
order-step-cancelled = ملغى
order-step-expired = منتهي الصلاحية، لم يُدفع
order-pay-by = ادفع في الوقت المحدد وإلا أُلغي الطلب: { $left }.
order-ship-by = على البائع الشحن قبل { $date } ({ $left }).
order-auto-confirm = إن لم تفعل شيئًا، يُؤكَّد الاستلام في { $date } ({ $left }).
order-confirm-receipt = تأكيد الاستلام
order-confirm-question = هل وصل الطلب مطابقًا للوصف؟ التأكيد يحوّل المبلغ إلى البائع.
order-confirm-yes = نعم، استلمته
order-confirmed = شكرًا لك. تم الدفع للبائع.
order-cancel = إلغاء الطلب
order-cancel-question = هل تريد إلغاء هذا الطلب؟ يُسترد الطلب المدفوع بالكامل.
order-cancel-reason = لماذا؟ (اختياري)
order-cancel-yes = إلغاء الطلب
order-cancelled = تم إلغاء الطلب.
order-keep = رجوع
order-items = المنتجات
order-quantity = الكمية: { $count }
order-items-total = المنتجات
order-shipping = الشحن
order-total = إجمالي المبلغ المحصَّل
order-display-total = نحو { $amount } بسعر صرف { $date }.
order-paid-with = دُفع ببطاقة { $brand } المنتهية بـ { $last4 }
order-address = عنوان التسليم

escrow-title = دفعتك
escrow-none = لم يُدفع شيء بعد.
escrow-held = تحتفظ Caravan بمبلغ { $amount } بأمان. لا يحصل البائع على المال إلا بعد تأكيدك الاستلام.
escrow-held-until = تحتفظ Caravan بمبلغ { $amount } بأمان. يحصل البائع على المال عند تأكيدك الاستلام، أو في { $date } إن لم تفعل شيئًا.
escrow-released-buyer = أكدت الاستلام، لذا حُوِّل المبلغ إلى البائع.
escrow-released-timeout = انقضت مهلة تأكيد الاستلام، لذا حُوِّل المبلغ إلى البائع.
escrow-released-decision = بعد قرار Caravan حُوِّل المبلغ إلى البائع.
escrow-refunded = تم رد { $amount } إليك.
escrow-payout = يتلقى البائع المال خلال 3 إلى 5 أيام عمل.

tracking-title = التتبع
tracking-number = رقم التتبع { $number }
tracking-placed = تم تقديم الطلب
tracking-paid = تم استلام الدفعة
tracking-shipped = سُلِّم إلى شركة الشحن
tracking-in-transit = في الطريق
tracking-out-for-delivery = خرج للتسليم
tracking-exception = مشكلة في التسليم
tracking-delivered = تم التسليم
tracking-completed = تم تأكيد الاستلام
tracking-cancelled = ملغى
tracking-expired = لم يُدفع في الوقت المحدد
tracking-not-shipped-in-time = لم يشحن البائع في الوقت المحدد

deadline-passed = انتهت المهلة
deadline-days-left = { $count ->
    [zero] لم يتبقَّ أي يوم
    [one] يتبقى يوم واحد
    [two] يتبقى يومان
    [few] تتبقى { $count } أيام
    [many] يتبقى { $count } يومًا
   *[other] يتبقى { $count } يوم
}
deadline-hours-left = { $count ->
    [zero] لم تتبقَّ أي ساعة
    [one] تتبقى ساعة واحدة
    [two] تتبقى ساعتان
    [few] تتبقى { $count } ساعات
    [many] تتبقى { $count } ساعة
   *[other] تتبقى { $count } ساعة
}
deadline-minutes-left = { $count ->
    [zero] لم تتبقَّ أي دقيقة
    [one] تتبقى دقيقة واحدة
    [two] تتبقى دقيقتان
    [few] تتبقى { $count } دقائق
    [many] تتبقى { $count } دقيقة
   *[other] تتبقى { $count } دقيقة
}

order-error-not-cancellable = لم يعد بالإمكان إلغاء هذا الطلب: لقد تم شحنه.
order-error-payment-in-progress = تجري معالجة دفعة لهذا الطلب. حاول مجددًا بعد دقيقة.
order-error-not-confirmable = يمكن تأكيد الاستلام بعد شحن الطلب.
order-error-dispute-open = على هذا الطلب نزاع مفتوح. نتيجته هي التي تقرر، أو اسحبه أولًا.

dispute-title = مشكلة في الطلب
dispute-intro = لم يصل الطرد، أو المنتج غير مطابق للوصف؟ افتح نزاعًا: تبقى دفعتك لدى Caravan حتى يُحل.
dispute-open = فتح نزاع
dispute-reason = ما المشكلة؟
dispute-reason-not-received = لم أستلمه
dispute-reason-not-as-described = غير مطابق للوصف
dispute-counterfeit = يبدو مقلَّدًا
dispute-damaged = وصل تالفًا
dispute-remedy = ماذا تريد؟
remedy-full-refund = استرداد كامل المبلغ
remedy-partial-refund = استرداد جزء من المبلغ
remedy-partial-refund-of = استرداد جزئي بقيمة { $amount }
remedy-resend = إعادة إرسال المنتج
dispute-amount = المبلغ بعملة { $currency }
dispute-amount-invalid = أدخل مبلغًا أكبر من صفر ولا يتجاوز ما دفعته، مثل 12.50.
dispute-description = ماذا حدث؟
dispute-description-hint = 10 أحرف على الأقل. يقرؤه البائع، وCaravan عند الحاجة.
dispute-description-short = اكتب 10 أحرف على الأقل.
dispute-submit = فتح النزاع
evidence-label = الصور
evidence-hint = JPEG أو PNG أو WebP، حتى 5 ميغابايت لكل صورة، وبحد أقصى { $count }. مطلوبة إذا كان المنتج غير مطابق للوصف.
evidence-uploading = جارٍ الرفع…
evidence-too-many = يمكنك إضافة { $count } صور على الأكثر.
evidence-too-large = حجم هذه الصورة يتجاوز 5 ميغابايت. اختر صورة أصغر.
evidence-not-picture = هذا الملف ليس صورة JPEG أو PNG أو WebP.
evidence-required = أضف صورة واحدة على الأقل توضح المشكلة.
evidence-picture = الصورة { $number }
evidence-remove = إزالة الصورة { $number }
dispute-by-you = أنت
dispute-by-seller = البائع
dispute-by-caravan = Caravan
dispute-awaiting-seller = بانتظار رد البائع حتى { $date } ({ $left }). إن لم يرد البائع يُغلق النزاع لصالحك.
dispute-negotiating = رد البائع. اقبل عرضه، أو قدّم عرضًا مقابلًا، أو اطلب من Caravan أن تقرر.
dispute-arbitration = تراجع Caravan النزاع وستقرر قبل { $date } ({ $left }).
dispute-arbitration-pending = تراجع Caravan النزاع.
dispute-outcome-seller-accepted = تمت التسوية: وافق البائع. المبلغ المسترد: { $amount }.
dispute-outcome-buyer-accepted = تمت التسوية: قبلت عرض البائع. المبلغ المسترد: { $amount }.
dispute-outcome-timeout = أُغلق لصالحك: لم يرد البائع في الوقت المحدد. المبلغ المسترد: { $amount }.
dispute-outcome-for-buyer = قررت Caravan لصالحك. المبلغ المسترد: { $amount }.
dispute-outcome-for-seller = قررت Caravan لصالح البائع.
dispute-outcome-withdrawn = سحبت النزاع.
dispute-requested = طلبت
dispute-opened = تاريخ الفتح
dispute-seller-offers = يعرض البائع:
dispute-accept = قبول هذا العرض
dispute-counter = تقديم عرض مقابل
dispute-note = ملاحظة (اختيارية)
dispute-send-offer = إرسال العرض
dispute-escalate = اطلب من Caravan أن تقرر
dispute-escalate-hint = تراجع Caravan أدلة الطرفين وتقرر خلال أيام عمل قليلة.
dispute-withdraw = سحب النزاع
dispute-message-title = إضافة رسالة أو صور
dispute-message = رسالتك
dispute-message-send = إرسال
dispute-history = السجل
dispute-event-opened = فتح النزاع
dispute-event-message = كتب
dispute-event-offer = قدّم عرضًا
dispute-event-accepted = قبل العرض
dispute-event-escalated = طلب من Caravan أن تقرر
dispute-event-decided = قررت
dispute-event-timed-out = لم يرد البائع في الوقت المحدد
dispute-event-withdrawn = سحب النزاع
dispute-error-exists = يوجد نزاع على هذا الطلب بالفعل.
dispute-error-closed = هذا النزاع مغلق.
dispute-error-wrong-step = هذا غير ممكن في هذه المرحلة من النزاع.
dispute-error-rules = لا يمكن فتح النزاع هكذا: يلزم طلب مدفوع، وصور إذا كان المنتج غير مطابق للوصف.
dispute-error-escrow = لم تعد Caravan تحتفظ بدفعة هذا الطلب.

review-title = تقييمك
review-overall = تقييمك للطلب
review-dsr-intro = وكيف كان البائع؟
review-dsr-described = مطابقة المنتج للوصف
review-dsr-communication = التواصل
review-dsr-shipping = سرعة الشحن
review-stars = { $count ->
    [zero] لا نجوم
    [one] نجمة واحدة
    [two] نجمتان
    [few] { $count } نجوم
    [many] { $count } نجمة
   *[other] { $count } نجمة
}
review-choose-stars = اختر من نجمة إلى 5 نجوم.
review-text = رأيك (اختياري)
review-submit = إرسال التقييم
review-thanks = شكرًا على تقييمك بتاريخ { $date }.
review-error-not-completed = يمكنك تقييم الطلب بعد اكتماله.
review-error-exists = لقد قيّمت هذا الطلب من قبل.

notifications-title = الإشعارات
notifications-empty = لا جديد. تظهر هنا أخبار طلباتك.
notifications-unread = { $count ->
    [zero] لا إشعارات غير مقروءة
    [one] إشعار واحد غير مقروء
    [two] إشعاران غير مقروءين
    [few] { $count } إشعارات غير مقروءة
    [many] { $count } إشعارًا غير مقروء
   *[other] { $count } إشعار غير مقروء
}
notifications-mark-read = تعليم الكل كمقروء
notifications-new = جديد:
notification-order-placed = تم تقديم الطلب { $order }.
notification-order-paid = تم استلام دفعة الطلب { $order }.
notification-order-shipped = الطلب { $order } في الطريق إليك.
notification-order-delivered = تم تسليم الطلب { $order }. أكّد الاستلام إن كان كل شيء على ما يرام.
notification-order-completed = اكتمل الطلب { $order }.
notification-order-cancelled = أُلغي الطلب { $order }.
notification-order-expired = لم يُدفع الطلب { $order } في الوقت المحدد فأُلغي.
notification-order-not-shipped-in-time = لم يشحن البائع الطلب { $order } في الوقت المحدد.
notification-dispute-opened = فُتح نزاع على الطلب { $order }.
notification-dispute-message = رسالة جديدة في نزاع الطلب { $order }.
notification-dispute-offer = عرض جديد في نزاع الطلب { $order }.
notification-dispute-escalated = أُحيل نزاع الطلب { $order } إلى Caravan لتقرر.
notification-dispute-resolved = تمت تسوية نزاع الطلب { $order }.
notification-other = خبر جديد عن حسابك.
