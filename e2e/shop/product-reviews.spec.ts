import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect, screenshot } from '../fixtures/test';
import { newBuyer, orderAt } from '../fixtures/orders';

interface Review { id: number; rating: number; text: string; author: string; sku_label: string; created_at: number }
interface ListingReviews {
  summary: {
    ratings: number;
    average_tenths: number | null;
    positive_permille: number | null;
    by_stars: { stars: number; count: number }[];
  };
  items: Review[];
  next_cursor: string | null;
}

/**
 * Six completed orders of one demo-seller listing, each rated through the API as the order pages do; returns
 * the listing. Ratings and texts are this test's own, so the newest reviews are these whatever ran before.
 */
async function reviewedListing(baseURL: string, tag: string): Promise<number> {
  const buyer = await newBuyer(baseURL);
  const ratings = [5, 4, 4, 2, 5, 1];
  let listing = 0;
  for (const [n, rating] of ratings.entries()) {
    const order = await orderAt(baseURL, buyer, 'completed');
    const detail = await (await buyer.api.get(`/api/orders/${order.id}`)).json();
    listing = detail.lines[0].listing_id;
    const text = n === 3 ? '' : `${tag} review ${n + 1}: ${'★'.repeat(rating)} as promised.\nSecond line.`;
    const rated = await buyer.api.post(`/api/orders/${order.id}/review`, {
      data: { rating, text, dsr: { described: rating, communication: 5, shipping: 4 } },
    });
    expect(rated.status(), await rated.text()).toBe(201);
  }
  return listing;
}

async function reviewsOf(request: APIRequestContext, listing: number, cursor?: string): Promise<ListingReviews> {
  const query = cursor ? `&cursor=${cursor}` : '';
  const answer = await request.get(`/api/listings/${listing}/reviews?limit=5${query}`);
  expect(answer.status()).toBe(200);
  return answer.json();
}

function section(page: Page) {
  return page.getByRole('region', { name: 'Ratings and reviews' });
}

const tenths = (t: number) => `${Math.floor(t / 10)}.${t % 10}`;

test('the product page shows the ratings and reviews the API has, a page at a time', async ({ page, request, baseURL }) => {
  const tag = `R${Date.now() % 100000}`;
  const listing = await reviewedListing(baseURL!, tag);
  const first = await reviewsOf(request, listing);
  const second = await reviewsOf(request, listing, first.next_cursor!);
  const { summary } = first;
  expect(summary.ratings).toBeGreaterThanOrEqual(6);

  await page.goto(`/p/${listing}`);
  const reviews = section(page);
  await expect(reviews.getByRole('img', { name: `Rated ${tenths(summary.average_tenths!)} out of 5` })).toBeVisible();
  await expect(reviews).toContainText(`${summary.ratings} ratings`);
  await expect(reviews).toContainText(`${Math.round(summary.positive_permille! / 10)}% positive feedback`);
  // The distribution, 5 stars first, with the API's counts.
  const bars = reviews.getByRole('list', { name: 'Ratings by number of stars' }).getByRole('listitem');
  await expect(bars).toHaveCount(5);
  for (const [i, row] of summary.by_stars.entries()) {
    await expect(bars.nth(i).locator('.cv-reviews__bar-label')).toHaveText(row.stars === 1 ? '1 star' : `${row.stars} stars`);
    await expect(bars.nth(i).locator('.cv-reviews__bar-count')).toHaveText(String(row.count));
  }

  // The first page: newest first, as the API orders them, each with its stars, buyer, date and variant.
  const items = reviews.locator('.cv-review');
  await expect(items).toHaveCount(5);
  for (const [i, review] of first.items.entries()) {
    const item = items.nth(i);
    const stars = review.rating === 1 ? '1 star' : `${review.rating} stars`;
    await expect(item.getByRole('img', { name: `Rated ${stars} out of 5` })).toBeVisible();
    await expect(item.locator('.cv-review__author')).toHaveText(review.author);
    if (review.text) await expect(item.locator('.cv-review__text')).toHaveText(review.text);
    else await expect(item.locator('.cv-review__text')).toHaveCount(0);
    if (review.sku_label) await expect(item).toContainText(`Variant: ${review.sku_label}`);
    const day = new Date(review.created_at * 1000).toISOString().slice(0, 10);
    await expect(item.locator('time')).toHaveAttribute('datetime', day);
  }
  // The buyer is named as the server names them: shortened, never an e-mail address.
  await expect(reviews).not.toContainText('@');
  await expect(items.first()).toContainText(`${tag} review 6`);
  await screenshot(page, 'product-reviews');

  await reviews.getByRole('button', { name: 'More reviews' }).click();
  await expect(items).toHaveCount(5 + second.items.length);
  await expect(items.nth(5).locator('.cv-review__author')).toHaveText(second.items[0].author);
  await expect(items.nth(5)).toContainText(second.items[0].text.split('\n')[0]);
  if (!second.next_cursor) {
    await expect(reviews.getByRole('button', { name: 'More reviews' })).toHaveCount(0);
  }
});

test('a listing nobody has reviewed says so', async ({ page, request }) => {
  const cards = await (await request.get('/api/listings?limit=48')).json();
  let quiet = 0;
  for (const card of cards.items) {
    if ((await reviewsOf(request, card.id)).summary.ratings === 0) {
      quiet = card.id;
      break;
    }
  }
  expect(quiet, 'the catalogue has a listing without reviews').toBeGreaterThan(0);
  await page.goto(`/p/${quiet}`);
  const reviews = section(page);
  await expect(reviews).toContainText('No reviews yet. Buyers can rate this product once their order is complete.');
  await expect(reviews.getByRole('listitem')).toHaveCount(0);
  await expect(reviews.getByRole('button', { name: 'More reviews' })).toHaveCount(0);
  await screenshot(page, 'product-reviews-empty');
});

test('reviews that fail to load say so and come with a retry; so does a failed next page', async ({ page, request, baseURL, problems }) => {
  const listing = await reviewedListing(baseURL!, `E${Date.now() % 100000}`);
  const first = await reviewsOf(request, listing);
  const second = await reviewsOf(request, listing, first.next_cursor!);
  // The first answer fails; the retry gets through. Then the first "More reviews" fails too.
  let failFirst = true;
  const failNext = { done: false };
  await page.route('**/api/listings/*/reviews?*', async (route) => {
    const cursor = new URL(route.request().url()).searchParams.get('cursor');
    if ((failFirst && !cursor) || (cursor && !failNext.done)) {
      if (cursor) failNext.done = true;
      else failFirst = false;
      await route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'try later', fields: [] } }),
      });
      return;
    }
    await route.continue();
  });
  await page.goto(`/p/${listing}`);
  const reviews = section(page);
  await expect(reviews.getByRole('alert')).toContainText('could not');
  await reviews.getByRole('button', { name: 'Try again' }).click();
  await expect(reviews.locator('.cv-review')).toHaveCount(5);
  await expect(reviews).toContainText(`${first.summary.ratings} ratings`);

  // "More reviews" fails once: the reviews shown stay, the failure is said, and pressing again loads them.
  const more = reviews.getByRole('button', { name: 'More reviews' });
  await more.click();
  await expect(reviews.getByRole('alert')).toHaveText('The next reviews could not be loaded. Please try again.');
  await expect(reviews.locator('.cv-review')).toHaveCount(5);
  await more.click();
  await expect(reviews.locator('.cv-review')).toHaveCount(5 + second.items.length);
  await expect(reviews.getByRole('alert')).toHaveCount(0);
  // The two 503s were this test's own doing.
  const unexpected = problems.filter((p) => !/503/.test(p));
  problems.length = 0;
  expect(unexpected).toEqual([]);
});
