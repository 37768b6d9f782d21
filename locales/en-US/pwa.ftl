# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = You are offline. Pages you opened still work.
pwa-update = A new version of Caravan is ready.
pwa-reload = Reload to update
