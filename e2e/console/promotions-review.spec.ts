import { test, expect, screenshot } from '../fixtures/test';
import { ADMIN, SELLER, allow, api, publishedListing, signIn, signInRequest } from '../fixtures/seller';

test('promotion review: one promotion rejected with a reason, one approved; the seller sees both outcomes', async ({ page, playwright, baseURL, problems }) => {
  test.setTimeout(90_000);
  const seller = await playwright.request.newContext({ baseURL });
  await signInRequest(seller, SELLER);
  const stamp = Date.now() % 100000;
  const hour = 3600;
  const now = Math.floor(Date.now() / 1000);
  const apply = async (name: string, listing: number, discount: object) => {
    const created = await api(seller, 'POST', '/api/seller/promotions', {
      name,
      kind: 'discount',
      discount,
      starts_at: now + hour,
      ends_at: now + 7 * 24 * hour,
      items: [{ listing_id: listing, sku_code: 'TB0', promo_stock: 10 }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id as number;
  };
  const rejectedId = await apply(`Spring bottles ${stamp}`, await publishedListing(seller, `Steel bottle ${stamp} A`), { type: 'percent', percent: 20 });
  const approvedId = await apply(`Summer bottles ${stamp}`, await publishedListing(seller, `Steel bottle ${stamp} B`), { type: 'fixed', amount_minor: 300 });

  await signIn(page, ADMIN);
  await page.goto('/admin');
  await page.getByRole('link', { name: /^Promotions waiting: ([2-9]|\d\d+)$/ }).click();
  const rejected = page.locator(`article[data-promotion="${rejectedId}"]`);
  const approved = page.locator(`article[data-promotion="${approvedId}"]`);
  await expect(rejected).toContainText(`Spring bottles ${stamp}`);
  await expect(rejected).toContainText('Caravan Demo Store (No.');
  await expect(rejected).toContainText('20% off');
  await expect(rejected).toContainText('SKU TB0, 10 at the promotion price');
  await expect(approved).toContainText('$3.00 off');
  // On a phone the console's links scroll sideways: the current page's link is brought into sight.
  await expect(page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Promotions' })).toBeInViewport();
  await screenshot(page, 'console-promotions');

  await rejected.getByRole('button', { name: 'Reject' }).click();
  await expect(rejected.getByText('Explain the decision in 10 to 1,000 characters.')).toBeVisible();
  await expect(rejected.getByLabel('Reason, shown to the seller')).toHaveAttribute('aria-invalid', 'true');
  const reason = 'Twenty per cent off a price raised the week before is not a real discount (PRM-1).';
  await rejected.getByLabel('Reason, shown to the seller').fill(reason);
  await rejected.getByRole('button', { name: 'Reject' }).click();
  await expect(rejected.locator('.cv-status')).toHaveText('Rejected');
  await expect(rejected).toContainText(`Rejected: ${reason}`);
  await approved.getByRole('button', { name: 'Approve' }).click();
  await expect(approved.locator('.cv-status')).toHaveText('Approved');
  await expect(approved.getByRole('button', { name: 'Approve' })).toHaveCount(0);

  const mine = await (await seller.get('/api/seller/promotions')).json();
  const byId = (id: number) => mine.find((p: { id: number }) => p.id === id);
  expect(byId(rejectedId).status).toBe('rejected');
  expect(byId(rejectedId).rejection_reason).toBe(reason);
  expect(byId(approvedId).status).toBe('approved');

  // Both left the queue; the approved filter lists the approved one.
  await page.reload();
  await expect(page.locator('article[data-promotion], .cv-empty').first()).toBeVisible();
  await expect(page.locator(`article[data-promotion="${rejectedId}"]`)).toHaveCount(0);
  await page.getByLabel('Show').selectOption('approved');
  await expect(page.locator(`article[data-promotion="${approvedId}"] .cv-status`)).toHaveText('Approved');
  allow(problems, /HTTP 400 for .*\/reject/, /status of 400/);
});
