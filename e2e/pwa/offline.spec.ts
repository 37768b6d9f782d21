import { test, expect, screenshot } from '../fixtures/test';
import { HomePage, Preferences, ProductPage } from '../fixtures/shop';
import { PwaBanners, cachedUrls, controlledByServiceWorker } from '../fixtures/pwa';
import { CartPage, ProductBuying, findListings } from '../fixtures/cart';
import { SELLER, signIn } from '../fixtures/seller';

test.use({ serviceWorkers: 'allow' });

test('a visited product page and the home page still open offline, with the offline chip', async ({ page, context }) => {
  const home = new HomePage(page);
  const banners = new PwaBanners(page);
  // First visit: the catalogue is fetched before the worker exists; pwa.js has it cached afterwards.
  await home.goto();
  await controlledByServiceWorker(page);
  const titles = await home.cards.getByRole('heading').allTextContents();
  await home.cards.first().getByRole('link').click();
  const product = new ProductPage(page);
  await expect(product.title).toHaveText(titles[0]);
  await expect(page.locator('.cv-product__gallery img, .cv-product img').first()).toBeVisible();
  const productUrl = page.url();
  await expect(banners.offline).toBeEmpty();
  await expect(banners.offline).toBeHidden();

  await context.setOffline(true);
  await expect(banners.offline).toHaveText(await banners.message('en-US', 'pwa-offline'));
  const fromWorker: string[] = [];
  const fromNetwork: string[] = [];
  page.on('response', (r) => (r.fromServiceWorker() ? fromWorker : fromNetwork).push(new URL(r.url()).pathname));
  await page.reload();
  await expect(product.title).toHaveText(titles[0]);
  await expect(page.getByRole('heading', { name: 'Returns and refunds' })).toBeVisible();
  await expect(banners.offline).toBeVisible();
  await expect(banners.offline).toHaveAttribute('role', 'status');
  expect(fromWorker).toContain(new URL(productUrl).pathname);
  expect(fromWorker.some((p) => /^\/split_shop_product_page-/.test(p))).toBe(true);
  expect(fromNetwork).toEqual([]);
  await screenshot(page, 'offline-product', { fullPage: false });

  // Back to the home page inside the app, then as a fresh navigation.
  await page.getByRole('link', { name: 'Caravan' }).first().click();
  await expect(home.cards.first().getByRole('heading')).toHaveText(titles[0]);
  await page.goto('/');
  await expect(home.cards).toHaveCount(titles.length);
  await expect(banners.offline).toBeVisible();
  await screenshot(page, 'offline', { fullPage: false });

  await context.setOffline(false);
  await expect(banners.offline).toBeHidden();
});

test('the cart opens offline after a reload, with what the buyer put in it', async ({ page, context, request, problems }) => {
  const [listing] = await findListings(request, (d) => d.skus.some((s) => s.stock >= 5));
  const sku = listing.skus.find((s) => s.stock >= 5)!;
  const buying = new ProductBuying(page);
  await buying.open(listing.id);
  await controlledByServiceWorker(page);
  await buying.add(sku.options, 2);
  const cart = new CartPage(page);
  // The cart's page once online, so its chunk and messages are in the worker's caches like any visited page.
  await cart.open();
  await expect(cart.quantity(listing.title)).toHaveValue('2');

  await context.setOffline(true);
  await page.reload();
  await expect(cart.quantity(listing.title)).toHaveValue('2');
  await expect(cart.line(listing.title)).toBeVisible();
  // Prices cannot be checked offline; the page says so instead of failing.
  await expect(page.getByRole('status').filter({ hasText: 'could not check prices' })).toBeVisible();
  await context.setOffline(false);
  // The quote requests made while offline failed, as they should have.
  expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(p))).toEqual([]);
  problems.length = 0;
});

test('only public catalogue answers are cached; private API calls and writes go to the network', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await controlledByServiceWorker(page);
  // A signed-in seller's own data passes through the worker untouched.
  const statuses = await page.evaluate(async () => {
    const csrf = { 'X-Caravan-Csrf': '1', 'Content-Type': 'application/json' };
    const login = await fetch('/api/auth/login', {
      method: 'POST',
      headers: csrf,
      body: JSON.stringify({ email: 'seller@caravan.test', password: 'caravan-seller-2026' }),
    });
    const out = [login.status];
    for (const url of ['/api/auth/me', '/api/seller/shop', '/api/seller/listings', '/api/health', '/api/categories']) {
      out.push((await fetch(url)).status);
    }
    out.push((await fetch('/api/auth/logout', { method: 'POST', headers: csrf })).status);
    return out;
  });
  expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 204]);
  // The catalogue the first visit fetched before the worker took control is cached too (pwa.js passes it on).
  await expect.poll(async () => Object.values(await cachedUrls(page)).flat()).toContain('/api/categories');
  await expect
    .poll(async () => Object.values(await cachedUrls(page)).flat().some((u) => u.startsWith('/api/listings?')))
    .toBe(true);
  const cached = await cachedUrls(page);
  for (const url of Object.values(cached).flat().filter((u) => u.startsWith('/api/'))) {
    expect(url).toMatch(/^\/api\/(listings|search|categories|fx|policy)(\?|\/\d+$|$)/);
  }
  expect(cached['caravan-media'].length).toBeGreaterThan(0);
  // Catalogue answers and the app shell are kept per release; pictures are shared by all releases.
  const release = Object.keys(cached).find((n) => n.startsWith('caravan-precache-'))!.slice('caravan-precache-'.length);
  expect(cached[`caravan-api-${release}`]).toContain('/api/categories');
  expect(Object.keys(cached).sort()).toEqual(
    [`caravan-api-${release}`, 'caravan-media', 'caravan-meta', `caravan-precache-${release}`].sort(),
  );
});

test('the picture cache keeps only its newest entries', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await controlledByServiceWorker(page);
  // 220 distinct pictures (hue 0–219), fetched in order in small batches; the cap is 200.
  await page.evaluate(async () => {
    for (let start = 0; start < 220; start += 20) {
      await Promise.all(Array.from({ length: 20 }, (_, i) => fetch(`/media/demo/${start + i}/CV.svg?size=thumb`).then((r) => r.blob())));
    }
  });
  const media = (await cachedUrls(page))['caravan-media'];
  expect(media.length).toBe(200);
  expect(media).toContain('/media/demo/219/CV.svg?size=thumb');
  expect(media).not.toContain('/media/demo/0/CV.svg?size=thumb');
});

test('the offline chip speaks the page’s language', async ({ page, context }) => {
  const home = new HomePage(page);
  const prefs = new Preferences(page);
  const banners = new PwaBanners(page);
  await home.goto();
  await controlledByServiceWorker(page);
  const english = await banners.message('en-US', 'pwa-offline');
  for (const tag of ['ru-RU', 'ar', 'ja-JP', 'en-US']) {
    await prefs.chooseLanguage(tag);
    await context.setOffline(true);
    const text = await banners.message(tag, 'pwa-offline');
    if (tag !== 'en-US') expect(text).not.toBe(english);
    await expect(banners.offline).toHaveText(text);
    if (tag === 'ar') await screenshot(page, 'offline-ar', { fullPage: false });
    await context.setOffline(false);
    await expect(banners.offline).toBeHidden();
  }
});

test('the chip also shows when the network is up but requests fail, and goes when they succeed again', async ({ page, context, problems }) => {
  const home = new HomePage(page);
  const banners = new PwaBanners(page);
  await home.goto();
  await controlledByServiceWorker(page);
  // A connection that is "online" but does not answer: the worker's requests fail.
  await context.route(/\/api\/listings\?/, (route) => route.abort('connectionrefused'));
  await home.categories.getByRole('link', { name: 'Kitchen & Dining' }).click();
  await expect(banners.offline).toHaveText(await banners.message('en-US', 'pwa-offline'));
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  await context.unroute(/\/api\/listings\?/);
  await home.categories.getByRole('link', { name: 'Electronics' }).click();
  await expect(home.cards.first()).toBeVisible();
  await expect(banners.offline).toBeHidden();
  // The refused request is expected here; anything else is not.
  const unexpected = problems.filter((p) => !/Failed to load resource|ERR_CONNECTION_REFUSED|ERR_FAILED/.test(p));
  problems.length = 0;
  expect(unexpected).toEqual([]);
});

test('the seller center is not precached, but a seller who opens it has it cached for next time', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await controlledByServiceWorker(page);
  const isSellerChunk = (u: string) => /\/split_seller_center-[0-9a-f]{16}\.wasm$/.test(u);
  const cached = async () => Object.values(await cachedUrls(page)).flat().some(isSellerChunk);
  expect(await cached()).toBe(false);
  // A seller (signed in, so the seller center has no refusal to report) opens the seller center.
  await signIn(page, SELLER);
  const chunk = page.waitForResponse((r) => isSellerChunk(r.url()));
  await page.goto('/seller');
  expect((await chunk).ok()).toBe(true);
  await expect.poll(cached).toBe(true);
});
