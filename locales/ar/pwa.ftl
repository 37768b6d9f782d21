# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = أنت غير متصل بالإنترنت. الصفحات التي فتحتها سابقًا ما زالت تعمل.
pwa-update = يتوفر إصدار جديد من Caravan.
pwa-reload = أعد التحميل للتحديث

# The installed app's name, description and shortcuts: the server puts them into
# /manifest.webmanifest?lang=<tag>, which public/pwa.js links to when the language changes.
pwa-app-name = Caravan — تسوّق من العالم
pwa-app-description = منتجات من بائعين حول العالم، بلغتك وعملتك.
pwa-shortcut-shop = المتجر
pwa-shortcut-seller = مركز البائعين
pwa-shortcut-seller-short = البيع
