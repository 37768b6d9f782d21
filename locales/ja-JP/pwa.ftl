# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = オフラインです。開いたことのあるページは引き続き使えます。
pwa-update = Caravan の新しいバージョンがあります。
pwa-reload = 再読み込みして更新

# The installed app's name, description and shortcuts: the server puts them into
# /manifest.webmanifest?lang=<tag>, which public/pwa.js links to when the language changes.
pwa-app-name = Caravan — 世界中からお買い物
pwa-app-description = 世界中の出品者の商品を、あなたの言語と通貨で。
pwa-shortcut-shop = ショップ
pwa-shortcut-seller = セラーセンター
pwa-shortcut-seller-short = 出品
