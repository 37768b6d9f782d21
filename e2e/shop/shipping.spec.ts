import { test, expect, screenshot } from '../fixtures/test';
import { ProductPage } from '../fixtures/shop';

interface Option { class: string; min_days: number; max_days: number }

const days = (o: Option) => `${o.min_days}–${o.max_days} days`;

test('the product page gives the delivery days to the chosen country, and remembers it', async ({ page, request }) => {
  // A listing on a worldwide template (the overseas-warehouse ones reach fewer countries).
  const { items } = await (await request.get('/api/search?class=economy&limit=1')).json();
  const id = items[0].id;
  const toUs: Option[] = (await (await request.get(`/api/listings/${id}?ships_to=US`)).json()).shipping;
  const toBrazil: Option[] = (await (await request.get(`/api/listings/${id}?ships_to=BR`)).json()).shipping;
  expect(toBrazil.map(days)).not.toEqual(toUs.map(days));

  await page.goto(`/p/${id}`);
  await expect(new ProductPage(page).title).toBeVisible();
  // An en-US buyer starts in the United States.
  const country = page.getByRole('combobox', { name: 'Deliver to' });
  await expect(country).toHaveValue('US');
  const listed = page.locator('.cv-shipping__days');
  await expect(listed).toHaveText(toUs.map(days));

  // Another country: its own days, asked of the server without reloading the page.
  const asked = page.waitForRequest((r) => r.url().includes(`/api/listings/${id}?ships_to=BR`));
  await country.selectOption('BR');
  await asked;
  await expect(listed).toHaveText(toBrazil.map(days));
  // The select, as wide as its longest country name by default, must not widen the page on a phone.
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
  await screenshot(page, 'product-shipping-brazil');

  // The choice is the buyer's destination from now on (the cart and checkout start from it too).
  await page.reload();
  await expect(country).toHaveValue('BR');
  await expect(listed).toHaveText(toBrazil.map(days));
});

test('a country the listing does not reach is said in words', async ({ page, request }) => {
  const { items } = await (await request.get('/api/search?class=overseas_warehouse&limit=1')).json();
  const id = items[0].id;
  const toJapan = (await (await request.get(`/api/listings/${id}?ships_to=JP`)).json()).shipping;
  expect(toJapan).toEqual([]);

  await page.goto(`/p/${id}`);
  await expect(new ProductPage(page).title).toBeVisible();
  await page.getByRole('combobox', { name: 'Deliver to' }).selectOption('JP');
  await expect(page.locator('.cv-shipping')).toContainText('This item is not delivered to Japan.');
  await expect(page.locator('.cv-shipping__item')).toHaveCount(0);
});
