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

# Account settings: profile, address book in the account, preferences saved to the account (account helper, journey 9).
account-profile-save = حفظ الاسم
account-profile-saved = تم حفظ اسمك.
account-book-hint = محفوظة في حسابك: تعرضها صفحة الدفع على كل جهاز تسجّل الدخول منه.
account-book-empty = لا توجد عناوين محفوظة بعد. أضف عنوانًا، أو سيُحفظ هنا عنوان طلبك القادم.
account-book-full = دفتر العناوين ممتلئ (20 عنوانًا). احذف عنوانًا لإضافة آخر.
account-address-add = إضافة عنوان
account-address-new = عنوان جديد
account-address-editing = تعديل العنوان
account-address-default-check = استخدام هذا العنوان افتراضيًا عند الدفع
account-address-save = حفظ العنوان
account-address-cancel = إلغاء
account-address-saved = تم حفظ العنوان.
account-address-removed = تم حذف العنوان.
account-address-default-set = تم تغيير العنوان الافتراضي.
account-address-gone = حُذف هذا العنوان في الأثناء. احفظه لإضافته كعنوان جديد.
account-address-edit = تعديل العنوان { $address }
account-address-edit-short = تعديل
account-address-make-default = جعل { $address } العنوان الافتراضي
account-address-make-default-short = جعله افتراضيًا
account-device-addresses = { $count ->
    [zero] لا توجد عناوين محفوظة في هذا المتصفح فقط.
    [one] عنوان واحد محفوظ في هذا المتصفح فقط، من قبل تسجيل دخولك:
    [two] عنوانان محفوظان في هذا المتصفح فقط، من قبل تسجيل دخولك:
    [few] { $count } عناوين محفوظة في هذا المتصفح فقط، من قبل تسجيل دخولك:
   *[other] { $count } عنوانًا محفوظًا في هذا المتصفح فقط، من قبل تسجيل دخولك:
}
account-device-keep = الاحتفاظ بها في حسابي
account-device-forget = نسيانها
account-preferences-hint = تُحفظ في حسابك وتُستخدم عند تسجيل الدخول من جهاز آخر.
account-preferences-saved = تم الحفظ في حسابك.
account-preferences-not-saved = لم يتم الحفظ في حسابك.
address-default = افتراضي
address-postal-code-none = لا توجد رموز بريدية في هذا البلد. اترك الحقل فارغًا.
address-country-invalid = اختر بلدًا من القائمة.
