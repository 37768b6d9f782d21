// Caravan's service worker (plain JS; Workbox's strategies, written out). The build
// (scripts/pwa/build-sw.sh) writes dist/sw.js as two generated constants followed by this file:
//   RELEASE   a hash of every precached file, so each release is a byte-different worker;
//   PRECACHE  the app shell of that release: index.html, the hashed wasm/js/css, the shop's lazy chunks, the
//             en-US message files the app fetches (its default locale) and every locale's pwa.ftl.
//
// - App shell: precached per release at install; navigations get this release's index.html (also offline);
//   assets come from the precache of this release or the one before it, so a tab still running the
//   previous release can load its lazy chunks after another tab updated.
// - A new release installs in the background and waits; pwa.js offers "reload to update" and sends
//   SKIP_WAITING only when the buyer clicks.
// - Public catalogue API GETs and locale bundles (/locales/**): stale-while-revalidate, in per-release
//   caches (a new app may need new fields or keys). Product images (/media/**, immutable URLs): cache-first,
//   and a neutral tile for a picture never seen while offline. Runtime caches keep their newest entries
//   and drop the oldest beyond a limit.
// - Never cached: anything not a GET, and every other /api/ route (sign-in, seller, admin, orders, cart…):
//   private or changing data goes straight to the network.

const PRECACHE_CACHE = 'caravan-precache-' + RELEASE;
const LOCALE_CACHE = 'caravan-locales-' + RELEASE;
// Catalogue answers are kept per release too: a new app may expect new fields, so it starts afresh.
const API_CACHE = 'caravan-api-' + RELEASE;
const MEDIA_CACHE = 'caravan-media';
const LIMITS = { [API_CACHE]: 150, [MEDIA_CACHE]: 200, [LOCALE_CACHE]: 40 };
const SHELL = '/index.html';
const OFFLINE_IMAGE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3" fill="#e7e5e4"/></svg>';
// Catalogue data that is the same for every visitor. Anchored, so /api/listings-private would not match.
const PUBLIC_API = /^\/api\/(listings(\/\d+(\/reviews)?)?|search|categories|fx|policy)$/;
// Trunk's and wasm-split's content-hashed names, e.g. caravan-3f9a0c1d2b4e5f60_bg.wasm.
const HASHED = /-[0-9a-f]{16}[._]/;
const precached = new Set(PRECACHE);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(PRECACHE_CACHE).then((cache) =>
      Promise.all(
        PRECACHE.map(async (url) => {
          // A hashed file never changes, so the HTTP cache may answer (the page has just downloaded it);
          // the others are revalidated so that this release's copy is the one stored.
          const response = await fetch(url, { cache: HASHED.test(url) ? 'default' : 'no-cache' });
          // One missing file fails the install; the browser tries again later and the old release stays.
          if (!response.ok) throw new Error(`precache ${url}: HTTP ${response.status}`);
          await cache.put(url, response);
        }),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Keep this release's caches, and the precache of the release it replaces (a tab still running that
      // one may need a lazy chunk); delete the rest.
      const meta = await caches.open('caravan-meta');
      const previous = await meta.match('release').then((r) => r && r.text());
      await meta.put('release', new Response(RELEASE));
      for (const name of await caches.keys()) {
        const release = /^caravan-(precache|locales|api)-(.+)$/.exec(name);
        const keep = release && (release[2] === RELEASE || (release[1] === 'precache' && release[2] === previous));
        if (release && !keep) await caches.delete(name);
      }
      // The first install takes the open page at once, so what it fetches next is cached too.
      await self.clients.claim();
    })(),
  );
});

// From pwa.js: 'SKIP_WAITING' when the buyer clicks "reload to update", or the URLs the page fetched before
// this worker controlled it.
self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
  else if (Array.isArray(event.data)) event.waitUntil(Promise.all(event.data.map(cacheSeen)));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const url = new URL(request.url);
  if (url.origin !== location.origin) return;
  const path = url.pathname;
  if (request.mode === 'navigate') {
    // Client routes get the app shell; the API, media and real files (a dot in the last segment) do not.
    if (!/^\/(api|media)\//.test(path) && !/\.[^/]*$/.test(path)) event.respondWith(appShell(request));
    return;
  }
  // Precached files first (some live under /locales/), then the runtime routes, then hashed files of an
  // earlier release that a tab still running it asks for.
  if (precached.has(path)) return event.respondWith(fromPrecache(request));
  const route = runtimeRoute(path);
  if (route) return event.respondWith(route.strategy(request, route.cache));
  if (HASHED.test(path)) event.respondWith(hashedFile(request));
});

/** A hashed file outside the precache (the seller center's or console's chunks, or an earlier release's
 * file a tab still running it asks for): from any cache, else the network, then kept in this release's
 * precache, so a seller's browser has the seller center offline and after an update too. */
async function hashedFile(request) {
  const hit = await caches.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    const copy = response.clone();
    caches.open(PRECACHE_CACHE).then((cache) => cache.put(request, copy)).catch(() => {});
  }
  return response;
}

/** The runtime cache and strategy for a path, or nothing (the network alone). */
function runtimeRoute(path) {
  // Flash deals carry the server's clock for their countdown: fresh when online, the last answer offline.
  if (path.startsWith('/api/flash-deals')) return { cache: API_CACHE, strategy: networkFirst };
  if (PUBLIC_API.test(path)) return { cache: API_CACHE, strategy: staleWhileRevalidate };
  if (path.startsWith('/locales/')) return { cache: LOCALE_CACHE, strategy: staleWhileRevalidate };
  if (path.startsWith('/media/')) return { cache: MEDIA_CACHE, strategy: cacheFirst };
  return null;
}

async function appShell(request) {
  const shell = await caches.match(SHELL, { cacheName: PRECACHE_CACHE });
  // Without it (storage was cleared) the page behaves as if there were no worker.
  return shell || fetch(request);
}

async function fromPrecache(request) {
  return (await caches.match(request, { ignoreSearch: false, ignoreVary: true })) || fetch(request);
}

async function staleWhileRevalidate(request, name) {
  const cache = await caches.open(name);
  const cached = await cache.match(request, { ignoreVary: true });
  const fresh = fetchAndStore(request, cache, name);
  if (!cached) return fresh;
  // Answer at once from the cache; the network refreshes it for next time (a failure is already reported).
  fresh.catch(() => {});
  return cached;
}

async function networkFirst(request, name) {
  const cache = await caches.open(name);
  try {
    return await fetchAndStore(request, cache, name);
  } catch (error) {
    const cached = await cache.match(request, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request, name) {
  const cache = await caches.open(name);
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  try {
    return await fetchAndStore(request, cache, name);
  } catch (error) {
    if (request.destination !== 'image' || error.name === 'AbortError') throw error;
    // A picture never seen, while offline: a neutral tile (never stored) instead of a broken image.
    return new Response(OFFLINE_IMAGE, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' } });
  }
}

/** Fetches `request` and stores a complete, same-origin 200 answer that the server lets be stored. */
async function fetchAndStore(request, cache, name) {
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    // The page cancelling its own request (it aborts on navigation) says nothing about the network.
    if (error.name !== 'AbortError') report(false);
    throw error;
  }
  report(true);
  const control = response.headers.get('cache-control') || '';
  if (response.status === 200 && response.type === 'basic' && !/no-store|private/.test(control)) {
    // A full disk (QuotaExceededError) must not fail a request the network answered.
    await cache
      .put(request, response.clone())
      .then(() => trim(cache, LIMITS[name]))
      .catch(() => {});
  }
  return response;
}

/** Drops the oldest entries (the Cache API keeps insertion order; a refresh re-inserts) beyond `limit`. */
async function trim(cache, limit) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - limit)).map((key) => cache.delete(key)));
}

/** Stores a URL the page fetched before this worker controlled it, if its route is cached at all. */
async function cacheSeen(href) {
  const url = new URL(href, location.href);
  const route = url.origin === location.origin && runtimeRoute(url.pathname);
  if (!route) return;
  const cache = await caches.open(route.cache);
  if (await cache.match(url.href, { ignoreVary: true })) return;
  await fetchAndStore(new Request(url.href), cache, route.cache).catch(() => {});
}

/** Tells the pages whether the network answers, when that changes (pwa.js shows the offline chip). */
let networkOk;
function report(ok) {
  if (ok === networkOk) return;
  networkOk = ok;
  self.clients.matchAll({ type: 'window' }).then((clients) => clients.forEach((client) => client.postMessage(ok)));
}
