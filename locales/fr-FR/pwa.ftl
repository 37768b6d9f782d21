# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = Vous êtes hors ligne. Les pages déjà ouvertes restent disponibles.
pwa-update = Une nouvelle version de Caravan est prête.
pwa-reload = Recharger et mettre à jour

# The installed app's name, description and shortcuts: the server puts them into
# /manifest.webmanifest?lang=<tag>, which public/pwa.js links to when the language changes.
pwa-app-name = Caravan — achetez dans le monde entier
pwa-app-description = Des produits de vendeurs du monde entier, dans votre langue et votre devise.
pwa-shortcut-shop = Boutique
pwa-shortcut-seller = Espace vendeur
pwa-shortcut-seller-short = Vendre
