# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = أنت غير متصل بالإنترنت. الصفحات التي فتحتها سابقًا ما زالت تعمل.
pwa-update = يتوفر إصدار جديد من Caravan.
pwa-reload = أعد التحميل للتحديث
