import { test, expect } from '../fixtures/test';
import { HomePage, ProductPage } from '../fixtures/shop';

const chunk = /\/split_shop_product_page-[0-9a-f]{16}\.wasm$/;

test('the home page does not download the product page; opening a product does, once', async ({ page }) => {
  const chunkRequests: string[] = [];
  page.on('request', (request) => {
    if (chunk.test(new URL(request.url()).pathname)) chunkRequests.push(request.url());
  });
  const home = new HomePage(page);
  await home.goto();
  await page.waitForLoadState('networkidle');
  expect(chunkRequests).toEqual([]);

  const title = (await home.cards.first().getByRole('heading').textContent())!;
  await home.cards.first().getByRole('link').click();
  await expect(new ProductPage(page).title).toHaveText(title);
  expect(chunkRequests).toHaveLength(1);

  await page.goBack();
  await expect(home.cards.first()).toBeVisible();
  const second = (await home.cards.nth(1).getByRole('heading').textContent())!;
  await home.cards.nth(1).getByRole('link').click();
  await expect(new ProductPage(page).title).toHaveText(second);
  expect(chunkRequests).toHaveLength(1);
});

test('a product page opened directly loads its chunk', async ({ page }) => {
  const response = page.waitForResponse((r) => chunk.test(new URL(r.url()).pathname));
  await page.goto('/p/1');
  expect((await response).headers()['content-type']).toBe('application/wasm');
  await expect(new ProductPage(page).title).not.toBeEmpty();
});

test('a product page whose code cannot be fetched says so, and the app keeps working', async ({ page, problems }) => {
  await page.route(chunk, (route) => route.abort('internetdisconnected'));
  const home = new HomePage(page);
  await home.goto();
  await home.cards.first().getByRole('link').click();
  await expect(page.getByRole('alert')).toContainText('We could not load this');
  await page.unroute(chunk);
  await page.getByRole('link', { name: 'Caravan' }).first().click();
  await expect(home.cards.first()).toBeVisible();
  const title = (await home.cards.first().getByRole('heading').textContent())!;
  await home.cards.first().getByRole('link').click();
  await expect(new ProductPage(page).title).toHaveText(title);
  // The failed fetches are expected here; anything else is not.
  const unexpected = problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(p));
  problems.length = 0;
  expect(unexpected).toEqual([]);
});
