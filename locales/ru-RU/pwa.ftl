# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = Нет подключения к сети. Открытые ранее страницы по-прежнему доступны.
pwa-update = Готова новая версия Caravan.
pwa-reload = Перезагрузить и обновить

# The installed app's name, description and shortcuts: the server puts them into
# /manifest.webmanifest?lang=<tag>, which public/pwa.js links to when the language changes.
pwa-app-name = Caravan — покупки со всего мира
pwa-app-description = Товары от продавцов со всего мира на вашем языке и в вашей валюте.
pwa-shortcut-shop = Магазин
pwa-shortcut-seller = Кабинет продавца
pwa-shortcut-seller-short = Продавать
