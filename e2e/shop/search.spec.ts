import { test, expect, screenshot } from '../fixtures/test';
import { HomePage, SearchPage } from '../fixtures/shop';

interface Card { id: number; title: string }
interface Results {
  items: Card[];
  next_cursor: string | null;
  total: number;
  facets: { categories: { slug: string; name: string; count: number }[]; classes: { class: string; count: number }[] };
}

const results = (n: number) => (n === 1 ? '1 result' : `${n} results`);

test('the header search finds listings, a category narrows them, and the URL keeps the state', async ({ page, request }) => {
  const steel: Results = await (await request.get('/api/search?limit=24&q=steel')).json();
  expect(steel.total).toBeGreaterThan(0);
  const search = new SearchPage(page);
  await page.goto('/');
  await search.search('steel');
  await expect(page).toHaveURL(/\/search\?q=steel$/);
  await expect(search.total).toHaveText(results(steel.total));
  await expect(search.cards).toHaveCount(steel.items.length);
  const titles = await search.cards.getByRole('heading').allTextContents();
  expect(titles).toEqual(steel.items.map((item) => item.title));
  for (const title of titles) expect(title.toLowerCase()).toContain('steel');
  await screenshot(page, 'search');

  // A category chip keeps the words and adds the category.
  const facet = steel.facets.categories[steel.facets.categories.length > 1 ? 1 : 0];
  const narrowed: Results = await (await request.get(`/api/search?limit=24&q=steel&category=${facet.slug}`)).json();
  expect(narrowed.total).toBe(facet.count);
  await search.categories.getByRole('link', { name: new RegExp(`^${facet.name.replace(/[&]/g, '\\$&')}`) }).click();
  await expect(page).toHaveURL(new RegExp(`\\?q=steel&category=${facet.slug}$`));
  await expect(search.total).toHaveText(results(narrowed.total));
  await expect(search.cards.first().getByRole('heading')).toHaveText(narrowed.items[0].title);

  // Reload keeps the search; the back button returns to the previous results.
  await page.reload();
  await expect(search.total).toHaveText(results(narrowed.total));
  await expect(search.box).toHaveValue('steel');
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=steel$/);
  await expect(search.total).toHaveText(results(steel.total));
});

test('filters go into the URL and match the API', async ({ page, request }) => {
  const api: Results = await (
    await request.get('/api/search?limit=24&q=steel&sort=price_asc&in_stock=true')
  ).json();
  const search = new SearchPage(page);
  await page.goto('/search?q=steel');
  await expect(search.cards.first()).toBeVisible();
  await page.getByLabel('Sort by', { exact: true }).selectOption('price_asc');
  await expect(page).toHaveURL(/\?q=steel&sort=price_asc$/);
  await page.getByLabel('In stock only').check();
  await expect(page).toHaveURL(/\?q=steel&sort=price_asc&in_stock=true$/);
  await expect(search.total).toHaveText(results(api.total));
  await expect(search.cards.first().getByRole('heading')).toHaveText(api.items[0].title);
  await expect(page.getByLabel('Rating', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Shipping', { exact: true })).toHaveValue('');
});

test('a price range in the shown currency and a destination narrow the results, in the URL', async ({ page, request }) => {
  const search = new SearchPage(page);
  await page.goto('/search?q=set');
  await expect(search.cards.first()).toBeVisible();
  await page.locator('header').getByRole('combobox', { name: 'Currency' }).selectOption('EUR');
  const range = page.getByRole('group', { name: 'Price (EUR)' });
  await expect(range).toBeVisible();

  // Unreadable or reversed bounds are explained at the field and change nothing.
  await range.getByLabel('Lowest').fill('ten');
  await range.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Enter an amount such as 12.5' })).toBeVisible();
  await expect(range.getByLabel('Lowest')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/search\?q=set$/);
  await range.getByLabel('Lowest').fill('30');
  await range.getByLabel('Highest').fill('20');
  await range.getByLabel('Highest').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be below the lowest' })).toBeVisible();
  await expect(range.getByLabel('Highest')).toHaveAttribute('aria-invalid', 'true');
  await expect(range.getByLabel('Lowest')).toHaveAttribute('aria-invalid', 'false');

  // €10 to €20,50 (a comma works as the decimal point): the URL holds euro cents, the server converts.
  await range.getByLabel('Lowest').fill('10');
  await range.getByLabel('Highest').fill('20,50');
  await range.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/\?q=set&price_min=1000&price_max=2050&currency=EUR$/);
  const priced: Results = await (
    await request.get('/api/search?limit=24&q=set&price_min=1000&price_max=2050&currency=EUR')
  ).json();
  const all: Results = await (await request.get('/api/search?limit=24&q=set')).json();
  expect(priced.total).toBeGreaterThan(0);
  expect(priced.total).toBeLessThan(all.total);
  await expect(search.total).toHaveText(results(priced.total));
  await expect(search.cards.first().getByRole('heading')).toHaveText(priced.items[0].title);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);

  // Ships to Brazil: named in the buyer's language, added to the range.
  await page.getByLabel('Ships to').selectOption({ label: 'Brazil' });
  await expect(page).toHaveURL(/&price_min=1000&price_max=2050&currency=EUR&ships_to=BR$/);
  const toBrazil: Results = await (
    await request.get('/api/search?limit=24&q=set&price_min=1000&price_max=2050&currency=EUR&ships_to=BR')
  ).json();
  expect(toBrazil.total).toBeLessThanOrEqual(priced.total);
  await expect(search.total).toHaveText(results(toBrazil.total));
  await screenshot(page, 'search-price-range');

  // A reload keeps it all, the fields show the bounds again, and emptying them removes the range.
  await page.reload();
  await expect(search.total).toHaveText(results(toBrazil.total));
  await expect(range.getByLabel('Lowest')).toHaveValue('10');
  await expect(range.getByLabel('Highest')).toHaveValue('20.5');
  await expect(page.getByLabel('Ships to')).toHaveValue('BR');
  await range.getByLabel('Lowest').fill('');
  await range.getByLabel('Highest').fill('');
  await range.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/\?q=set&ships_to=BR$/);
});

test('"Show more" appends the next page of results', async ({ page, request }) => {
  const first: Results = await (await request.get('/api/search?limit=24')).json();
  expect(first.next_cursor).not.toBeNull();
  const second: Results = await (await request.get(`/api/search?limit=24&cursor=${first.next_cursor}`)).json();
  const search = new SearchPage(page);
  await page.goto('/search');
  await expect(search.cards).toHaveCount(24);
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(search.cards).toHaveCount(24 + second.items.length);
  await expect(search.cards.nth(24).getByRole('heading')).toHaveText(second.items[0].title);
});

test('a search with no matches says so', async ({ page }) => {
  const search = new SearchPage(page);
  await page.goto('/');
  await search.search('zzqxv');
  await expect(page).toHaveURL(/\/search\?q=zzqxv$/);
  await expect(page.getByText('No results for “zzqxv”')).toBeVisible();
  await expect(search.total).toHaveText('0 results');
  await expect(search.cards).toHaveCount(0);
  await expect(search.categories).toHaveCount(0);
  await screenshot(page, 'search-empty');
});

test('the search box suggests titles while the buyer types, from the search chunk fetched on first focus', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (r) => /split_shop_search_page-/.test(r.url()) && chunks.push(r.url()));
  const home = new HomePage(page);
  await home.goto();
  await expect(home.cards.first()).toBeVisible();
  // Nothing of it is downloaded with the page.
  expect(chunks).toEqual([]);

  // The chunk arrives late, as on a slow phone: what was typed meanwhile is still looked up.
  await page.route(/split_shop_search_page-/, async (route) => {
    await new Promise((done) => setTimeout(done, 700));
    await route.continue();
  });
  const box = page.locator('.cv-search-box__input');
  await box.click();
  await box.pressSequentially('bamb');
  await expect(box).toHaveAttribute('list', 'cv-search-suggestions');
  const options = page.locator('#cv-search-suggestions option');
  await expect(options.first()).toBeAttached();
  const titles = await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.length).toBeLessThanOrEqual(8);
  for (const title of titles) expect(title.toLowerCase()).toContain('bamb');
  expect(chunks).toHaveLength(1);

  // Fewer than two characters: the list empties rather than showing stale titles.
  await box.fill('b');
  await box.dispatchEvent('input');
  await expect(options).toHaveCount(0);
});
