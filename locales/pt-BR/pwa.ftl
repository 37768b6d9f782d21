# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = Você está offline. As páginas que você já abriu continuam disponíveis.
pwa-update = Há uma nova versão do Caravan.
pwa-reload = Recarregar e atualizar

# The installed app's name, description and shortcuts: the server puts them into
# /manifest.webmanifest?lang=<tag>, which public/pwa.js links to when the language changes.
pwa-app-name = Caravan — compre do mundo todo
pwa-app-description = Produtos de vendedores do mundo todo, no seu idioma e na sua moeda.
pwa-shortcut-shop = Loja
pwa-shortcut-seller = Central do vendedor
pwa-shortcut-seller-short = Vender
