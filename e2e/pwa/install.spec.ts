import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '../fixtures/test';
import { HomePage, Preferences } from '../fixtures/shop';
import { controlledByServiceWorker } from '../fixtures/pwa';

test.use({ serviceWorkers: 'allow' });

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('the manifest describes an installable app with real icons and shortcuts', async ({ page, request }) => {
  const home = new HomePage(page);
  await home.goto();
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const response = await request.get(href!);
  expect(response.headers()['content-type']).toBe('application/manifest+json');
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: 'Caravan — shop the world',
    short_name: 'Caravan',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    // The header's brand colour and the page background of style/main.css.
    theme_color: '#0f766e',
    background_color: '#f5f5f4',
  });
  const css = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return [style.getPropertyValue('--cv-color-brand').trim(), style.getPropertyValue('--cv-color-page').trim()];
  });
  expect(css).toEqual([manifest.theme_color, manifest.background_color]);
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', manifest.theme_color);

  for (const purpose of ['any', 'maskable']) {
    for (const size of [192, 512]) {
      const icon = manifest.icons.find((i: any) => i.purpose === purpose && i.sizes === `${size}x${size}`);
      expect(icon, `${purpose} ${size}px icon`).toBeTruthy();
      const png = await request.get(icon.src);
      expect(png.headers()['content-type']).toBe('image/png');
      expect(pngSize(await png.body())).toEqual([size, size]);
    }
  }
  expect(manifest.shortcuts.map((s: any) => s.url)).toEqual(['/', '/seller']);
});

test('the installed app is named in the language the buyer chose', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await new Preferences(page).chooseLanguage('ar');
  const link = page.locator('link[rel="manifest"]');
  await expect(link).toHaveAttribute('href', '/manifest.webmanifest?lang=ar');
  // What Chromium would install from now on: the page's current manifest, as it fetched it.
  const cdp = await page.context().newCDPSession(page);
  const { url, errors, data } = await cdp.send('Page.getAppManifest');
  expect(new URL(url).search).toBe('?lang=ar');
  expect(errors).toEqual([]);
  const manifest = JSON.parse(data!);
  expect(manifest).toMatchObject({ lang: 'ar', dir: 'rtl', short_name: 'Caravan', start_url: '/', display: 'standalone' });
  expect(manifest.name).toContain('تسوّق');
  expect(manifest.shortcuts.map((s: any) => [s.url, s.name])).toEqual([['/', 'المتجر'], ['/seller', 'مركز البائعين']]);
  expect(manifest.icons).toHaveLength(4);

  // Back to English: the built manifest again.
  await new Preferences(page).chooseLanguage('en-US');
  await expect(link).toHaveAttribute('href', '/manifest.webmanifest');
});

test('Chromium finds no installability errors', async ({ playwright, server }, testInfo) => {
  // Chromium never offers installation in an incognito profile, which is what Playwright's contexts are
  // ("in-incognito"): check in a real, persistent profile.
  const profile = mkdtempSync(path.join(tmpdir(), 'caravan-profile-'));
  const { launchOptions, viewport } = testInfo.project.use;
  const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, viewport, baseURL: server.url });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    const home = new HomePage(page);
    await home.goto();
    await controlledByServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(new URL(url).pathname).toBe('/manifest.webmanifest');
    expect(errors).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the service worker is served from the root with no-cache and its own CSP', async ({ request }) => {
  const response = await request.get('/sw.js');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/javascript/);
  expect(response.headers()['cache-control']).toBe('no-cache');
  expect(response.headers()['content-security-policy']).toBe("default-src 'none'; connect-src 'self'");
  const source = await response.text();
  const release = /const RELEASE = '([0-9a-f]{16})';/.exec(source);
  expect(release).not.toBeNull();
  // The precache list names this build's files, each of which the server has.
  const list = /const PRECACHE = \[([^\]]*)\]/.exec(source)![1].match(/'[^']+'/g)!.map((s) => s.slice(1, -1));
  const index = await (await request.get('/index.html')).text();
  const referenced = [...index.matchAll(/(?:src|href)=["']?(\/[^"'\s>]+\.(?:js|wasm|css))/g)].map((m) => m[1]);
  expect(referenced.length).toBeGreaterThan(2);
  for (const file of ['/index.html', ...referenced]) expect(list).toContain(file);
  expect(list.some((f) => /^\/split_shop_product_page-[0-9a-f]{16}\.wasm$/.test(f))).toBe(true);
  expect(list.some((f) => /^\/__wasm_split-[0-9a-f]{16}\.js$/.test(f))).toBe(true);
  // A buyer's phone never downloads the seller center or the console ahead of time.
  expect(list.some((f) => /^\/split_(seller_center|console)-/.test(f))).toBe(false);
  for (const file of list) expect((await request.get(file)).status(), file).toBe(200);
});
