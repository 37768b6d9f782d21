import { test, expect, screenshot } from '../fixtures/test';
import { SELLER, publishedListing, signIn } from '../fixtures/seller';

test.beforeEach(async ({ page }) => {
  await signIn(page, SELLER);
});

test('the listings table: search, status filter, verdict counts, inline stock and price, bulk unpublish and publish', async ({ page }) => {
  test.setTimeout(90_000);
  const one = await publishedListing(page.request, 'Table test bottle one');
  const two = await publishedListing(page.request, 'Table test bottle two', 2);
  await page.goto('/seller/listings');
  const rows = page.locator('tr.cv-listings__row');
  await expect(page.locator('.cv-listings-count')).toHaveText(/^\d+ listings$/);
  const total = await rows.count();
  expect(total).toBeGreaterThanOrEqual(50);
  // Every row shows its verdict counts: the demo catalogue's SVG pictures are refused by LST-7, the new
  // listings pass.
  const summaries: { id: number; block_count: number }[] = await (await page.request.get('/api/seller/listings')).json();
  const blocked = summaries.find((l) => l.block_count > 0)!;
  await expect(page.locator(`tr[data-listing="${blocked.id}"] .cv-count--block`)).toHaveText(
    `${blocked.block_count} problem${blocked.block_count === 1 ? '' : 's'}`,
  );
  const first = page.locator(`tr[data-listing="${one}"]`);
  const second = page.locator(`tr[data-listing="${two}"]`);
  await expect(first.locator('.cv-count--block')).toHaveText('0 problems');
  await expect(second).toContainText('from $18.99');
  await expect(second).toContainText('80 in 2 variants');

  // Search narrows the table by title.
  const title = (await rows.first().locator('.cv-listings__title a').textContent())!.trim();
  await page.getByLabel('Search by title or number').fill(title);
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Search by title or number').fill('');
  await expect(rows).toHaveCount(total);

  // A single-SKU listing: stock and price edited in place, published again at once.
  // A single-SKU listing's stock and price are edited in the table.
  const single = first;
  const id = one;
  await single.getByLabel(/^Stock of /).fill('7');
  await single.getByLabel(/^Stock of /).press('Enter');
  await expect(single.getByLabel(/^Stock of /)).toBeEnabled();
  await expect.poll(async () => (await (await page.request.get(`/api/listings/${id}`)).json()).skus[0].stock).toBe(7);
  await single.getByLabel(/^Price of /).fill('11.5');
  await single.getByLabel(/^Price of /).press('Enter');
  await expect
    .poll(async () => (await (await page.request.get(`/api/listings/${id}`)).json()).skus[0].price.minor)
    .toBe(1150);
  await screenshot(page, 'seller-listings');

  // Bulk: unpublish two listings, see them under "Draft", publish them again.
  await first.getByRole('checkbox').check();
  await second.getByRole('checkbox').check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Unpublish', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Unpublished: 2. Refused: 0.');
  await page.getByLabel('Status').selectOption('draft');
  await expect(first).toBeVisible();
  await expect(second).toBeVisible();
  await expect(rows.filter({ hasText: 'Published' })).toHaveCount(0);
  await first.getByRole('checkbox').check();
  await second.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Published: 2. Refused: 0 (open a listing to see why).');
  await expect(first).toBeHidden();
  await expect(second).toBeHidden();
  await page.getByLabel('Status').selectOption('published');
  await expect(first).toBeVisible();
  await expect(second).toBeVisible();
});
