# نصوص مشتركة: العلامة التجارية والتنقل والحالات المستخدمة في كل الصفحات.

brand-name = Caravan
brand-tagline = تسوّق من العالم، ويصلك حتى بابك
skip-to-content = انتقل إلى المحتوى
loading = جارٍ التحميل…
action-retry = حاول مرة أخرى
error-load-failed = تعذّر التحميل. تحقّق من اتصالك وحاول مرة أخرى.
error-not-found = لم نعثر على ما تبحث عنه. ربما أُزيل.
not-found-title = الصفحة غير موجودة
not-found-body = الصفحة التي طلبتها غير موجودة أو نُقلت.
not-found-home = العودة إلى المتجر
language-label = اللغة
currency-label = العملة
locale-load-failed = تعذّر تحميل { $language }. ستبقى الصفحة باللغة الحالية.
fx-unavailable = أسعار الصرف غير متاحة الآن، لذا تظهر الأسعار بالدولار الأمريكي.
notice-dismiss = إغلاق

# Header: account and cart links (buyer journeys).
header-shopper-label = حسابك وسلة التسوق
header-sign-in = تسجيل الدخول
header-cart =
    { $count ->
        [0] سلة التسوق فارغة
        [one] سلة التسوق، منتج واحد
        [two] سلة التسوق، منتجان
        [few] سلة التسوق، { $count } منتجات
        [many] سلة التسوق، { $count } منتجًا
       *[other] سلة التسوق، { $count } منتج
    }
