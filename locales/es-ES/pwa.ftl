# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = Sin conexión. Las páginas que ya has abierto siguen disponibles.
pwa-update = Hay una nueva versión de Caravan.
pwa-reload = Recargar y actualizar

# The installed app's name, description and shortcuts: the server puts them into
# /manifest.webmanifest?lang=<tag>, which public/pwa.js links to when the language changes.
pwa-app-name = Caravan — compra en todo el mundo
pwa-app-description = Productos de vendedores de todo el mundo, en tu idioma y tu moneda.
pwa-shortcut-shop = Tienda
pwa-shortcut-seller = Centro de vendedores
pwa-shortcut-seller-short = Vender
