# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = Você está offline. As páginas que você já abriu continuam disponíveis.
pwa-update = Há uma nova versão do Caravan.
pwa-reload = Recarregar e atualizar
