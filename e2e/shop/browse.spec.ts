import { test, expect, screenshot } from '../fixtures/test';
import { HomePage, ProductPage } from '../fixtures/shop';

interface Money { minor: number; currency: string }
interface Card { id: number; title: string; price: Money }
interface CardPage { items: Card[]; next_cursor: string | null }

const usd = (m: Money) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: m.currency }).format(m.minor / 100);

test('the home page shows the catalogue from the API, with prices in dollars', async ({ page, request }) => {
  const api: CardPage = await (await request.get('/api/listings?limit=24')).json();
  expect(api.items).toHaveLength(24);

  const home = new HomePage(page);
  await home.goto();
  await expect(home.cards).toHaveCount(24);
  const titles = await home.cards.getByRole('heading').allTextContents();
  expect(titles).toEqual(api.items.map((item) => item.title));
  const first = home.card(api.items[0].title);
  await expect(first.locator('.cv-price__now')).toHaveText(usd(api.items[0].price));
  // A discount shows the old price struck through; a full price shows no struck price.
  const full = api.items.find((item: any) => item.original_price === null)!;
  await expect(home.card(full.title).locator('.cv-price__was')).toHaveCount(0);
  const discounted: any = api.items.find((item: any) => item.original_price !== null);
  if (discounted) {
    await expect(home.card(discounted.title).locator('.cv-price__was')).toContainText(usd(discounted.original_price));
  }
  await expect(home.categories.getByRole('link')).toHaveCount(17);
  await screenshot(page, 'home');
});

test('"Show more" appends the next page of the catalogue', async ({ page, request }) => {
  const first: CardPage = await (await request.get('/api/listings?limit=24')).json();
  const second: CardPage = await (
    await request.get(`/api/listings?limit=24&cursor=${first.next_cursor}`)
  ).json();
  const home = new HomePage(page);
  await home.goto();
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(home.cards).toHaveCount(48);
  await expect(home.cards.nth(24).getByRole('heading')).toHaveText(second.items[0].title);
});

test('a category chip filters the catalogue and survives reload', async ({ page, request }) => {
  const kitchen: CardPage = await (await request.get('/api/listings?limit=24&category=kitchen')).json();
  const home = new HomePage(page);
  await home.goto();
  await home.categories.getByRole('link', { name: 'Kitchen & Dining' }).click();
  await expect(page).toHaveURL(/\?category=kitchen$/);
  await expect(home.cards.first().getByRole('heading')).toHaveText(kitchen.items[0].title);
  await expect(home.categories.getByRole('link', { name: 'Kitchen & Dining' })).toHaveAttribute('aria-current', 'page');
  await page.reload();
  await expect(home.cards.first().getByRole('heading')).toHaveText(kitchen.items[0].title);
  await page.goBack();
  await expect(home.cards.first().getByRole('heading')).not.toHaveText(kitchen.items[0].title);
});

test('a product link opens its product page with variants, shipping and the return policy', async ({ page, request }) => {
  const home = new HomePage(page);
  await home.goto();
  const firstCard = home.cards.first();
  const title = (await firstCard.getByRole('heading').textContent())!;
  await firstCard.getByRole('link').click();
  await expect(page).toHaveURL(/\/p\/\d+$/);
  const id = Number(page.url().split('/').pop());
  const detail = await (await request.get(`/api/listings/${id}`)).json();

  const product = new ProductPage(page);
  await expect(product.title).toHaveText(title);
  await expect(page.getByRole('heading', { name: 'Returns and refunds' })).toBeVisible();
  await expect(page.getByText(detail.shop.return_policy)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Shipping' })).toBeVisible();
  await expect(page.locator('.cv-shipping__item')).toHaveCount(detail.shipping.length);
  // The description is the server's sanitised HTML, rendered as paragraphs.
  await expect(page.locator('.cv-product__description p')).toHaveCount(3);
  await expect(page.locator('.cv-product__description')).toContainText('Designed for everyday use');
  await screenshot(page, 'product');
});

test('choosing a variant shows that SKU’s price and stock', async ({ page, request }) => {
  // Find a listing with at least two colours whose first SKUs differ in price.
  const cards: CardPage = await (await request.get('/api/listings?limit=60')).json();
  let chosen: any = null;
  for (const card of cards.items) {
    const detail = await (await request.get(`/api/listings/${card.id}`)).json();
    if (detail.variant_properties.length === 1 && detail.skus.length >= 2) {
      chosen = detail;
      break;
    }
  }
  expect(chosen, 'the demo catalogue has single-property variant listings').not.toBeNull();
  await page.goto(`/p/${chosen.id}`);
  const second = chosen.skus[1];
  const button = page.getByRole('button', { name: second.options[0], exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.cv-product__price .cv-price__now')).toHaveText(usd(second.price));
  const stockText = second.stock === 0 ? 'Out of stock' : second.stock === 1 ? 'Only 1 left in stock' : `${second.stock} in stock`;
  await expect(page.locator('.cv-product__stock')).toHaveText(stockText);
});

test('an unknown product and an unknown page say so in words', async ({ page, problems }) => {
  await page.goto('/p/99999999');
  await expect(page.getByRole('alert')).toContainText('could not find');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  // The browser logs the API's 404 for the missing product; that one is expected.
  expect(problems.every((p) => p.includes('404'))).toBe(true);
  problems.splice(0);
});
