# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = You are offline. Pages you opened still work.
pwa-update = A new version of Caravan is ready.
pwa-reload = Reload to update

# The installed app's name, description and shortcuts: the server puts them into
# /manifest.webmanifest?lang=<tag>, which public/pwa.js links to when the language changes.
pwa-app-name = Caravan — shop the world
pwa-app-description = Products from sellers around the world, in your language and currency.
pwa-shortcut-shop = Shop
pwa-shortcut-seller = Seller center
pwa-shortcut-seller-short = Sell
