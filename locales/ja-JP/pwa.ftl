# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = オフラインです。開いたことのあるページは引き続き使えます。
pwa-update = Caravan の新しいバージョンがあります。
pwa-reload = 再読み込みして更新
