# رسائل رموز أخطاء الخادم.

error-code-not-found = لم نعثر عليه. ربما أُزيل.
error-code-bad-request = لم نفهم الطلب. أعد تحميل الصفحة وحاول مرة أخرى.
error-code-invalid-input = بعض البيانات غير صحيحة. راجع الحقول المحددة.
error-code-malformed-json = تلف الطلب أثناء الإرسال. أعد تحميل الصفحة وحاول مرة أخرى.
error-code-invalid-body = في الطلب بيانات ناقصة أو غير متوقعة. أعد تحميل الصفحة وحاول مرة أخرى.
error-code-invalid-query = في الرابط إعداد لا نفهمه. تحقّق من الرابط وحاول مرة أخرى.
error-code-unsupported-media-type = هذا النوع من الملفات أو البيانات غير مقبول هنا.
error-code-payload-too-large = الحجم كبير جدًا للرفع. اختر ملفًا أصغر.
error-code-method-not-allowed = لا يمكن تنفيذ هذا الإجراء هنا.
error-code-unauthenticated = سجّل الدخول للمتابعة.
error-code-invalid-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-code-wrong-role = حسابك لا يملك صلاحية القيام بذلك.
error-code-csrf-check-failed = تعذّر تأكيد جلستك. أعد تحميل الصفحة وحاول مرة أخرى.
error-code-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل.
error-code-stale-version = تم تغيير هذا من مكان آخر. أعد التحميل لرؤية أحدث نسخة قبل الحفظ.
error-code-blocked-by-rules = هذا يخالف إحدى قواعد المنصة. اطّلع على التفاصيل أدناه.
error-code-too-many-requests = محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.
error-code-no-shop = ليس لديك متجر بعد. افتح متجرًا أولًا من مركز البائعين.
error-code-shop-exists = لديك متجر بالفعل.
error-code-shop-name-taken = اسم المتجر هذا مستخدم بالفعل. اختر اسمًا آخر.
error-code-not-pending = تم البت في هذا الطلب بالفعل.
error-code-not-published = هذا المنتج غير منشور.
error-code-listing-suspended = هذا المنتج موقوف ولا يمكن تعديله.
error-code-internal = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى.
error-code-document-on-file = هذا المستند محفوظ بالفعل أو بانتظار المراجعة.

# --- Trust and safety (issue 7): penalties, appeals, promotions, disputes, reviews. ---
error-code-shop-restricted = عمليات متجرك مقيّدة بسبب عقوبة. راجع قسم العقوبات في مركز البائع.
error-code-shop-suspended = تم إيقاف البيع في متجرك. لا يمكن نشر منتجاته أو شراؤها حتى تنتهي العقوبة.
error-code-shop-closed = أنهت Caravan تعاونها مع هذا المتجر.
error-code-promotion-banned = متجرك ممنوع من العروض الترويجية حاليًا. راجع العقوبات لمعرفة تاريخ الانتهاء.
error-code-appeal-exists = لقد قدّمت طعنًا في هذه العقوبة بالفعل.
error-code-penalty-lifted = تم رفع هذه العقوبة بالفعل.
penalty-reason-staff-finding = وجد فريق Caravan مخالفة للقاعدة { $rule }: { $facts }
penalty-reason-ip-closure = بلغت مخالفات الملكية الفكرية الحد الأقصى ({ $serious } جسيمة، { $points } نقاط)، لذا ينتهي التعاون.
error-code-promotion-overlap = بعض هذه المنتجات مشمولة بالفعل في عرض ترويجي آخر في ذلك الوقت.
error-code-promotion-terms-frozen = بعد اعتماد العرض الترويجي تبقى منتجاته ونوع الخصم كما هي. يمكنك فقط زيادة المخزون أو رفع الخصم.
error-code-promotion-closed = انتهى هذا العرض الترويجي أو رُفض أو سُحب.
error-code-dispute-exists = يوجد نزاع على هذا الطلب بالفعل. تابعه من صفحة الطلب.
error-code-dispute-closed = هذا النزاع مغلق.
error-code-dispute-wrong-step = هذا غير ممكن في هذه المرحلة من النزاع.
error-code-dispute-open = على هذا الطلب نزاع مفتوح. نتيجته تحدد مصير الدفعة، أو اسحب النزاع أولًا.
error-code-escrow-not-held = لم تعد دفعة هذا الطلب محتجزة، لذا لا يمكن استردادها بهذه الطريقة.
error-code-buyer-only = يمكن للمشتري فقط القيام بذلك.
error-code-order-not-completed = يمكنك تقييم الطلب بعد اكتماله.
error-code-review-exists = لقد قيّمت هذا الطلب بالفعل.

# Orders, payment and fulfilment (issue 7).
error-code-cart-changed = تغيّرت بعض المنتجات في سلتك أو لم يعد طلبها ممكنًا. راجع المنتجات المميزة وحاول مرة أخرى.
error-code-idempotency-key-missing = تعذّر إرسال الطلب بأمان. أعد تحميل الصفحة وحاول مرة أخرى.
error-code-idempotency-key-invalid = تعذّر إرسال الطلب بأمان. أعد تحميل الصفحة وحاول مرة أخرى.
error-code-idempotency-key-reused = أُرسل هذا الطلب من قبل بمحتوى مختلف. أعد تحميل الصفحة لبدء طلب جديد.
error-code-not-payable = لم يعد بالإمكان دفع هذا الطلب، فقد انتهت مهلته أو أُلغي.
error-code-payment-in-progress = تجري معالجة دفعتك. انتظر قليلًا ثم أعد تحميل الصفحة.
error-code-card-declined = رُفضت بطاقتك. جرّب بطاقة أخرى.
error-code-payment-retry = تعذّر إتمام الدفع الآن، ولم يُخصم أي مبلغ. يُرجى المحاولة مرة أخرى.
error-code-not-cancellable = لم يعد بالإمكان إلغاء هذا الطلب لأنه شُحن بالفعل.
error-code-not-confirmable = لا يمكن تأكيد الاستلام إلا مرة واحدة، وبعد شحن الطلب.
error-code-not-shippable = يمكن شحن الطلبات المدفوعة التي لم تُشحن بعد فقط.
error-code-not-in-transit = لا يمكن إضافة تحديثات التتبع إلا للطلبات المشحونة التي لم تُسلَّم بعد.

# Account: address book (account helper, journey 9).
error-code-address-book-full = دفتر العناوين ممتلئ (20 عنوانًا). احذف عنوانًا لحفظ عنوان آخر.
