# The buyer's account area: sign-in, cart, checkout, orders, disputes, reviews, account (loaded when it opens).

account-area-title = حسابك

# Sign-in, registration and the account overview (buyer helper).
form-error-network = تعذّر الاتصال بـ Caravan. تحقّق من اتصالك وحاول مرة أخرى.
form-show-password = إظهار
field-error-required = املأ هذا الحقل.
field-error-invalid = تحقّق من هذا الحقل.
field-error-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.com.
field-error-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل. سجّل الدخول بدلًا من ذلك.
field-error-password-too-short = استخدم 8 أحرف على الأقل.
field-error-password-too-long = استخدم 128 حرفًا على الأكثر.
field-error-password-too-common = كلمة المرور هذه شائعة جدًا وسهلة التخمين. اختر غيرها.
field-error-password-contains-email = يجب ألا تحتوي كلمة المرور على اسم بريدك الإلكتروني.
field-error-name-length = استخدم من 1 إلى 60 حرفًا.
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-display-name = الاسم
field-display-name-hint = يظهر للبائعين ومع تقييماتك.
field-new-password-hint = 8 أحرف على الأقل. العبارة الطويلة سهلة التذكّر وصعبة التخمين.
signin-title = تسجيل الدخول
signin-submit = تسجيل الدخول
signin-busy = جارٍ تسجيل الدخول…
signin-new-here = جديد على Caravan؟
signin-create-account = أنشئ حسابًا
register-title = أنشئ حسابك
register-role = ماذا تريد أن تفعل؟
register-role-buyer = التسوّق
register-role-seller = البيع على Caravan
register-submit = إنشاء الحساب
register-busy = جارٍ إنشاء حسابك…
register-have-account = لديك حساب بالفعل؟
register-sign-in = تسجيل الدخول
account-profile = الملف الشخصي
account-links = مشترياتك
account-cart = سلة التسوق
account-seller-center = مركز البائع
account-console = لوحة تحكم المنصة
account-sign-out = تسجيل الخروج
