# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = Нет подключения к сети. Открытые ранее страницы по-прежнему доступны.
pwa-update = Готова новая версия Caravan.
pwa-reload = Перезагрузить и обновить
