import type { APIRequestContext, CDPSession, Locator, Page } from '@playwright/test';
import { test, expect, screenshot } from '../fixtures/test';
import { Preferences } from '../fixtures/shop';

interface Sku { id: number; options: string[]; image_index: number | null }
interface Detail {
  id: number;
  title: string;
  images: { url: string }[];
  variant_properties: { name: string; values: string[] }[];
  skus: Sku[];
}

/** The first listing of the catalogue with at least `min` pictures that `also` accepts, asked of the API. */
async function listingWith(request: APIRequestContext, min: number, also: (d: Detail) => boolean = () => true): Promise<Detail> {
  const cards = await (await request.get('/api/listings?limit=48')).json();
  for (const card of cards.items) {
    const detail: Detail = await (await request.get(`/api/listings/${card.id}`)).json();
    if (detail.images.length >= min && also(detail)) return detail;
  }
  throw new Error(`no listing with ${min} pictures in the demo catalogue`);
}

/** A SKU other than the first with a picture of its own that is not the first picture. */
function skuWithOwnPicture(detail: Detail): Sku | undefined {
  return detail.skus.slice(1).find((s) => s.image_index !== null && s.image_index > 0 && s.image_index < detail.images.length);
}

/** The gallery's parts, found by role and name as a screen reader would. */
function gallery(page: Page) {
  const region = page.getByRole('region', { name: 'Product pictures' });
  return {
    region,
    track: region.getByRole('group', { name: 'Pictures: swipe, or use the arrow keys' }),
    thumbs: region.getByRole('group', { name: 'Choose a picture' }).getByRole('button'),
    position: region.locator('.cv-gallery__position'),
  };
}

/** Waits until the track rests exactly on a picture (the snap has finished). */
async function settled(track: Locator) {
  await expect.poll(() => track.evaluate((el) => Math.abs(el.scrollLeft) % el.clientWidth)).toBeLessThan(2);
}

/** The slide the track shows, measured from its scroll position (0-based). */
function shownSlide(track: Locator): Promise<number> {
  return track.evaluate((el) => Math.round(Math.abs(el.scrollLeft) / el.clientWidth));
}

/**
 * Drags a finger across the track with real touch events through Chromium's input pipeline (the same path
 * a phone's touchscreen takes), from 85% to 15% of its width (`toward: 'left'`) or back.
 */
async function swipe(cdp: CDPSession, track: Locator, toward: 'left' | 'right') {
  await track.scrollIntoViewIfNeeded();
  const box = (await track.boundingBox())!;
  const y = Math.round(box.y + box.height / 2);
  const [from, to] = toward === 'left' ? [0.85, 0.15] : [0.15, 0.85];
  const x = (share: number) => Math.round(box.x + box.width * share);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x(from), y }] });
  const steps = 10;
  for (let i = 1; i <= steps; i++) {
    const share = from + ((to - from) * i) / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x(share), y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('on a phone, swiping the pictures moves the position and the thumbnails along', async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'touch swiping is a phone journey');
  const detail = await listingWith(request, 3);
  const count = detail.images.length;
  await page.goto(`/p/${detail.id}`);
  const g = gallery(page);
  await expect(g.position).toContainText(`1 / ${count}`);
  await expect(g.thumbs).toHaveCount(count);
  await expect(g.thumbs.first()).toHaveAttribute('aria-pressed', 'true');
  // Pictures after the first wait until they come near; the first is there at once, in a square slide.
  await expect(g.track.getByRole('img').first()).toHaveAttribute('loading', 'eager');
  await expect(g.track.getByRole('img').nth(1)).toHaveAttribute('loading', 'lazy');
  const slide = (await g.track.locator('.cv-gallery__slide').first().boundingBox())!;
  expect(Math.abs(slide.width - slide.height)).toBeLessThan(2);

  const cdp = await page.context().newCDPSession(page);
  await swipe(cdp, g.track, 'left');
  await expect(g.position).toContainText(`2 / ${count}`);
  await expect(g.position).toContainText(`Picture 2 of ${count}`);
  await expect(g.thumbs.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(g.thumbs.first()).toHaveAttribute('aria-pressed', 'false');
  // The swipe settles on a whole picture (scroll snapping), never between two.
  await settled(g.track);
  await expect.poll(() => shownSlide(g.track)).toBe(1);
  await swipe(cdp, g.track, 'left');
  await expect(g.position).toContainText(`3 / ${count}`);
  await expect(g.thumbs.nth(2)).toHaveAttribute('aria-pressed', 'true');
  await settled(g.track);
  await screenshot(page, 'product-gallery-swiped', { fullPage: false });
  // Back the other way.
  await swipe(cdp, g.track, 'right');
  await expect(g.position).toContainText(`2 / ${count}`);
  await expect(g.thumbs.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await cdp.detach();
});

test('in Arabic the pictures run right to left: the next one comes in from the left', async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'touch swiping is a phone journey');
  const detail = await listingWith(request, 3);
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('caravan.locale', 'ar'));
  await page.goto(`/p/${detail.id}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const region = page.getByRole('region', { name: 'صور المنتج' });
  const track = region.getByRole('group', { name: 'الصور: اسحب أو استخدم مفاتيح الأسهم' });
  const thumbs = region.locator('.cv-gallery__thumb');
  await expect(thumbs.first()).toHaveAttribute('aria-pressed', 'true');
  const cdp = await page.context().newCDPSession(page);
  // A finger moving right pulls the next picture in from the left, as in any right-to-left app.
  await swipe(cdp, track, 'right');
  await expect(thumbs.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect(region.locator('.cv-gallery__position')).toContainText('الصورة');
  await expect.poll(() => track.evaluate((el) => el.scrollLeft)).toBeLessThan(0);
  await expect.poll(() => shownSlide(track)).toBe(1);
  // Swiping the other way in Arabic goes back.
  await swipe(cdp, track, 'left');
  await expect(thumbs.first()).toHaveAttribute('aria-pressed', 'true');
  await cdp.detach();
  await swipe(await page.context().newCDPSession(page), track, 'right');
  await expect(thumbs.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await settled(track);
  await screenshot(page, 'product-gallery-ar', { fullPage: false });
});

test('thumbnails, the arrow keys and the step buttons move the pictures', async ({ page, request }, testInfo) => {
  const detail = await listingWith(request, 3);
  const count = detail.images.length;
  await page.goto(`/p/${detail.id}`);
  const g = gallery(page);
  await expect(g.position).toContainText(`1 / ${count}`);

  await g.thumbs.nth(2).click();
  await expect(g.position).toContainText(`3 / ${count}`);
  await expect(g.thumbs.nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => shownSlide(g.track)).toBe(2);

  // Keyboard: the track takes the focus; arrows step, Home and End jump.
  await g.track.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(g.position).toContainText(`2 / ${count}`);
  await page.keyboard.press('End');
  await expect(g.position).toContainText(`${count} / ${count}`);
  await expect(g.thumbs.last()).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight'); // already the last: stays
  await expect(g.position).toContainText(`${count} / ${count}`);
  await page.keyboard.press('Home');
  await expect(g.position).toContainText(`1 / ${count}`);
  await page.keyboard.press('ArrowRight');
  await expect(g.position).toContainText(`2 / ${count}`);
  await expect.poll(() => shownSlide(g.track)).toBe(1);

  const previous = g.region.getByRole('button', { name: 'Previous picture' });
  const next = g.region.getByRole('button', { name: 'Next picture' });
  if (testInfo.project.name === 'desktop') {
    // A mouse has no swipe: the step buttons do it, and the first and last hide the way they cannot go.
    await next.click();
    await expect(g.position).toContainText(`3 / ${count}`);
    await previous.click();
    await previous.click();
    await expect(g.position).toContainText(`1 / ${count}`);
    await expect(previous).toBeHidden();
    await expect(next).toBeVisible();
    await settled(g.track);
    await screenshot(page, 'product-gallery', { fullPage: false });
  } else {
    // Touch screens swipe; the buttons would only cover the picture.
    await expect(next).toBeHidden();
  }
});

test('choosing a variant with its own picture moves the gallery to it', async ({ page, request }) => {
  const detail = await listingWith(request, 3, (d) => skuWithOwnPicture(d) !== undefined);
  const sku = skuWithOwnPicture(detail)!;
  const count = detail.images.length;
  await page.goto(`/p/${detail.id}`);
  const g = gallery(page);
  const first = detail.skus[0].image_index ?? 0;
  await expect(g.position).toContainText(`${Math.min(first, count - 1) + 1} / ${count}`);
  for (const [index, value] of sku.options.entries()) {
    await page.locator('.cv-variants').nth(index).getByRole('button', { name: value, exact: true }).click();
  }
  const wanted = sku.image_index! + 1;
  await expect(g.position).toContainText(`${wanted} / ${count}`);
  await expect(g.thumbs.nth(wanted - 1)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => shownSlide(g.track)).toBe(wanted - 1);
});

test('a listing with one picture shows it without steps, position or thumbnails', async ({ page, request }) => {
  const cards = await (await request.get('/api/listings?limit=48')).json();
  let single: Detail | undefined;
  for (const card of cards.items) {
    const detail: Detail = await (await request.get(`/api/listings/${card.id}`)).json();
    if (detail.images.length === 1) {
      single = detail;
      break;
    }
  }
  test.skip(!single, 'the first catalogue page has no single-picture listing');
  await page.goto(`/p/${single!.id}`);
  const g = gallery(page);
  await expect(g.track.getByRole('img', { name: single!.title, exact: true })).toBeVisible();
  await expect(g.position).toHaveCount(0);
  await expect(g.region.getByRole('button')).toHaveCount(0);
});
