import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, screenshot } from '../fixtures/test';
import { HomePage, ProductPage } from '../fixtures/shop';
import { distDir, startServer, type CaravanServer } from '../fixtures/server';
import { PwaBanners, cachedUrls, controlledByServiceWorker } from '../fixtures/pwa';

test.use({ serviceWorkers: 'allow' });

/** A server of its own, serving a copy of dist/ that the test can "deploy" a new release into. */
const deployable = test.extend<{ site: { server: CaravanServer; dist: string } }>({
  site: async ({}, use) => {
    const dist = mkdtempSync(path.join(tmpdir(), 'caravan-dist-'));
    cpSync(distDir, dist, { recursive: true });
    const server = await startServer(dist);
    await use({ server, dist });
    await server.stop();
    rmSync(dist, { recursive: true, force: true });
  },
});

/**
 * Deploys a new release into `dist`, as a rebuild would: index.html changes (it gains a marker before its
 * title, since release builds are minified and leave out `<head>`), the worker gets a new release hash and
 * precache list, and the old product-page chunk is gone from the server (a rebuilt chunk gets a new name),
 * so only the old release's precache still has it.
 */
function deployNewRelease(dist: string) {
  const drop = (name: string) => ['', '.br', '.gz'].forEach((ext) => rmSync(path.join(dist, name + ext), { force: true }));
  const chunk = readdirSync(dist).find((f) => /^split_shop_product_page-[0-9a-f]{16}\.wasm$/.test(f))!;
  drop(chunk);
  const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8')
    .replace(/const RELEASE = '[0-9a-f]{16}';/, "const RELEASE = '0000000000000002';")
    .replace(`  '/${chunk}',\n`, '');
  expect(sw).toContain("'0000000000000002'");
  expect(sw).not.toContain(chunk);
  drop('sw.js');
  writeFileSync(path.join(dist, 'sw.js'), sw);
  const index = readFileSync(path.join(dist, 'index.html'), 'utf8');
  drop('index.html');
  writeFileSync(path.join(dist, 'index.html'), index.replace('<title>', '<meta name="caravan-release" content="2"><title>'));
}

/** Which release the page runs: 2 once it has loaded the new index.html. */
const runningRelease = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="caravan-release"]')?.getAttribute('content') ?? '1');

/** The hourly / back-in-view update check of pwa.js, run now. */
const checkForUpdate = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

deployable('a new release is offered as "reload to update"; the open session keeps working until the click', async ({ page, site }) => {
  const home = new HomePage(page);
  const banners = new PwaBanners(page);
  await page.goto(site.server.url);
  await expect(home.cards.first()).toBeVisible();
  await controlledByServiceWorker(page);
  await expect(banners.update).toBeHidden();

  deployNewRelease(site.dist);
  await checkForUpdate(page);
  await expect(banners.update).toContainText(await banners.message('en-US', 'pwa-update'));
  const reload = banners.update.getByRole('button', { name: await banners.message('en-US', 'pwa-reload') });
  await expect(reload).toBeVisible();
  // The new release's worker waits; the old one still controls the page.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting?.state)).toBe('installed');
  await screenshot(page, 'update-banner', { fullPage: false });

  // Nothing reloads by itself: the open page still runs release 1 and opens a product page, whose chunk
  // the server no longer has; the worker answers from release 1's precache.
  const chunk = page.waitForResponse((r) => /\/split_shop_product_page-/.test(r.url()));
  const title = (await home.cards.first().getByRole('heading').textContent())!;
  await home.cards.first().getByRole('link').click();
  await expect(new ProductPage(page).title).toHaveText(title);
  expect((await chunk).fromServiceWorker()).toBe(true);
  expect(await runningRelease(page)).toBe('1');

  // The click makes the new worker take over and reloads once, into release 2.
  let loads = 0;
  page.on('load', () => loads++);
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  expect(await runningRelease(page)).toBe('2');
  await expect(banners.update).toBeHidden();
  await page.waitForTimeout(500);
  expect(loads).toBe(1);
  const caches = Object.keys(await cachedUrls(page));
  expect(caches).toContain('caravan-precache-0000000000000002');
});

deployable('another tab that updated does not reload this one; it is offered the reload and keeps working', async ({ page, site }) => {
  const other = await page.context().newPage();
  const otherErrors: string[] = [];
  other.on('console', (m) => m.type() === 'error' && otherErrors.push(m.text()));
  for (const tab of [page, other]) {
    await tab.goto(site.server.url);
    await expect(new HomePage(tab).cards.first()).toBeVisible();
    await controlledByServiceWorker(tab);
  }
  await page.evaluate(() => ((window as any).stillHere = true));
  deployNewRelease(site.dist);
  await checkForUpdate(other);
  const otherBanners = new PwaBanners(other);
  await expect(otherBanners.update.getByRole('button')).toBeVisible();
  await Promise.all([other.waitForEvent('load'), otherBanners.update.getByRole('button').click()]);
  expect(await runningRelease(other)).toBe('2');

  // This tab was not reloaded, runs release 1, says a new version is ready, and still opens a product page
  // with release 1's chunk, which the new worker kept (the release it replaced).
  const banners = new PwaBanners(page);
  await expect(banners.update.getByRole('button')).toBeVisible();
  expect(await page.evaluate(() => (window as any).stillHere)).toBe(true);
  expect(await runningRelease(page)).toBe('1');
  const home = new HomePage(page);
  const title = (await home.cards.nth(1).getByRole('heading').textContent())!;
  await home.cards.nth(1).getByRole('link').click();
  await expect(new ProductPage(page).title).toHaveText(title);
  expect(Object.keys(await cachedUrls(page)).filter((n) => n.startsWith('caravan-precache-'))).toHaveLength(2);

  // Its button now simply reloads into release 2.
  await Promise.all([page.waitForEvent('load'), banners.update.getByRole('button').click()]);
  expect(await runningRelease(page)).toBe('2');
  expect(otherErrors).toEqual([]);
  await other.close();
});

