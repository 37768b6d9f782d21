import { test, expect, screenshot } from '../fixtures/test';
import { ADMIN, SELLER, allow, api, signIn, signInRequest } from '../fixtures/seller';
import { newBuyer, orderAt } from '../fixtures/orders';
import { Preferences } from '../fixtures/shop';

test('journey 8: the service score with its charts, and a penalty the platform issued is appealed', async ({ page, playwright, baseURL, problems }) => {
  test.setTimeout(150_000);
  // Two completed orders of the demo shop, rated by their buyer: one good, one bad.
  const buyer = await newBuyer(baseURL!);
  for (const [rating, described, communication, shipping] of [
    [5, 5, 4, 5],
    [2, 2, 4, 1],
  ]) {
    const order = await orderAt(baseURL!, buyer, 'completed');
    const review = await buyer.api.post(`/api/orders/${order.id}/review`, {
      data: { rating, text: '', dsr: { described, communication, shipping } },
    });
    expect(review.status(), await review.text()).toBe(201);
  }

  await signIn(page, SELLER);
  await page.goto('/seller/service');
  await expect(page.getByRole('heading', { name: 'Service score', level: 2 })).toBeVisible();
  const score = await (await page.request.get('/api/seller/service-score')).json();
  expect(score.dsr.ratings).toBeGreaterThanOrEqual(2);

  // The figures are the server's, in the seller's words, with what each means.
  const described = page.locator('[data-figure="seller-service-described"]');
  const tenths = score.dsr.described_tenths as number;
  await expect(described.locator('.cv-figure__value')).toHaveText(`${Math.floor(tenths / 10)}.${tenths % 10} / 5`);
  await expect(described).toContainText('Do the goods match the listing');
  // SRV-7: the threshold is marked and the shop is told how far it is.
  await expect(page.getByRole('img', { name: `${score.orders} orders in the last 90 days; a shop is assessed from 90 orders.` })).toBeVisible();
  await expect(page.locator('[data-assessed]')).toContainText(
    score.assessed ? 'enough orders to be assessed' : `${90 - score.orders} more than now`,
  );
  // The charts: DSR week by week (13 weeks, the bad order's shipping rated 1 shows) and the measures' bars.
  const trend = page.getByRole('img', { name: /Detailed seller ratings, week by week/ });
  await expect(trend).toBeVisible();
  await expect(trend).toHaveAccessibleDescription(/each of 13 weeks/);
  await expect(trend.locator('circle.cv-chart__series--shipping')).not.toHaveCount(0);
  const bars = page.getByRole('img', { name: 'How often each problem occurred in the last 90 days' });
  await expect(bars.locator('.cv-chart__bar-row')).toHaveCount(7);
  await expect(bars.locator('[data-measure="seller-service-bad-reviews"] .cv-chart__value')).toHaveText(String(score.bad_reviews.count));
  await expect(bars.locator('[data-measure="seller-service-bad-shipping"] .cv-chart__value')).toHaveText(String(score.bad_shipping.count));
  expect(score.bad_reviews.count).toBeGreaterThanOrEqual(1);
  await expect(page.getByText('Orders rated 3 stars or fewer.')).toBeVisible();
  // The charts fit the screen: nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, 'seller-service');

  // The platform issues a warning (PEN-1) through its API.
  const admin = await playwright.request.newContext({ baseURL });
  await signInRequest(admin, ADMIN);
  const shop = await (await page.request.get('/api/seller/shop')).json();
  const facts = `Listing photos reuse a brand's campaign pictures (${test.info().project.name} ${test.info().repeatEachIndex}).`;
  const issued = await api(admin, 'POST', '/api/admin/penalties', { shop_id: shop.id, rule: 'LST-4', facts, level: 'warning' });
  expect(issued.status, JSON.stringify(issued.body)).toBe(201);
  const id = issued.body.penalty.id;

  // The seller sees it with reason, level and expiry, and appeals.
  await page.getByRole('link', { name: 'Penalties' }).click();
  await expect(page).toHaveURL(/\/seller\/appeals$/);
  const card = page.locator(`[data-penalty="${id}"]`);
  await expect(card).toContainText('LST-4');
  await expect(card).toContainText('Warning');
  await expect(card).toContainText(facts);
  await expect(card).toContainText('No end date');
  await expect(card).toContainText('In force');
  await card.getByText('Statement of reasons').click();
  await expect(card).toContainText(`Caravan staff found a breach of LST-4: ${facts}`);
  const statement = card.getByLabel('Why should this penalty be lifted?');
  await expect(card).toContainText('You can appeal until');
  // Too short: the server's field error at the field. What was typed survives a reload.
  await statement.fill('Unfair');
  await card.getByRole('button', { name: 'Send the appeal' }).click();
  await expect(card.locator(`#f-appeal-${id}-error`)).toHaveText('Write 10 to 2,000 characters.');
  await expect(statement).toHaveAttribute('aria-invalid', 'true');
  const text = 'The pictures are our own studio photos; the originals with their dates are attached to the listing.';
  await statement.fill(text);
  await page.reload();
  await expect(statement).toHaveValue(text);
  await card.getByRole('button', { name: 'Send the appeal' }).click();
  await expect(card.locator('[data-appeal-status="pending"]')).toContainText('Under review');
  await expect(card.locator('.cv-appeal__text')).toHaveText(text);
  await expect(statement).toHaveCount(0);
  await screenshot(page, 'seller-penalties');

  // The platform's queue has the appeal.
  const queue: { penalty: { id: number }; appeal: { status: string } }[] = await (await admin.get('/api/admin/appeals')).json();
  expect(queue.find((c) => c.penalty.id === id)?.appeal.status).toBe('pending');
  await admin.dispose();
  allow(problems, /HTTP 400 for .*\/api\/seller\/penalties\/\d+\/appeal$/, /status of 400/);
});

test('the service score in Arabic: charts mirrored, labels readable', async ({ page }) => {
  await signIn(page, SELLER);
  // The language is chosen before the seller center opens, so it loads its Arabic messages.
  await page.goto('/');
  await new Preferences(page).chooseLanguage('ar');
  await page.goto('/seller/service');
  await expect(page.getByRole('heading', { name: 'تقييم الخدمة', level: 2 })).toBeVisible();
  await expect(page.getByRole('img', { name: 'عدد مرات حدوث كل مشكلة في آخر 90 يومًا' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await screenshot(page, 'seller-service-ar');
});
