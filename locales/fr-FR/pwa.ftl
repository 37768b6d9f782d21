# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = Vous êtes hors ligne. Les pages déjà ouvertes restent disponibles.
pwa-update = Une nouvelle version de Caravan est prête.
pwa-reload = Recharger et mettre à jour
