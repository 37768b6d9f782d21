# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = 您已离线。打开过的页面仍可使用。
pwa-update = Caravan 新版本已就绪。
pwa-reload = 重新加载以更新

# The installed app's name, description and shortcuts: the server puts them into
# /manifest.webmanifest?lang=<tag>, which public/pwa.js links to when the language changes.
pwa-app-name = Caravan — 买遍全球
pwa-app-description = 来自世界各地卖家的商品，以您的语言和货币呈现。
pwa-shortcut-shop = 商店
pwa-shortcut-seller = 卖家中心
pwa-shortcut-seller-short = 开店
