# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = Sin conexión. Las páginas que ya has abierto siguen disponibles.
pwa-update = Hay una nueva versión de Caravan.
pwa-reload = Recargar y actualizar
