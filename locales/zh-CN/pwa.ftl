# The offline chip and the new-release banner: read by public/pwa.js, not by the wasm.
# One line each, no placeables.
pwa-offline = 您已离线。打开过的页面仍可使用。
pwa-update = Caravan 新版本已就绪。
pwa-reload = 重新加载以更新
