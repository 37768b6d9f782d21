import { test, expect, screenshot } from '../fixtures/test';
import { HomePage, Preferences } from '../fixtures/shop';

// Category names come from the server in the active language (`?lang=`), not from the app's bundles.

test('French names the categories on the home strip, the product breadcrumb and the search facets', async ({ page }) => {
  const home = new HomePage(page);
  const prefs = new Preferences(page);
  await home.goto();
  await expect(home.categories.getByRole('link', { name: 'Kitchen & Dining' })).toBeVisible();

  // Switching asks the server again, in French.
  const refetched = page.waitForRequest((r) => r.url().includes('/api/categories?lang=fr-FR'));
  await prefs.chooseLanguage('fr-FR');
  await refetched;
  const strip = page.getByRole('navigation', { name: 'Catégories' });
  const kitchen = strip.getByRole('link', { name: 'Cuisine et arts de la table' });
  await expect(kitchen).toBeVisible();
  await expect(strip.getByRole('link', { name: 'Animalerie' })).toBeVisible();
  await expect(strip.getByRole('link', { name: 'Mode femme' })).toBeVisible();
  await expect(strip.getByRole('link', { name: 'Kitchen & Dining' })).toHaveCount(0);

  // The chip still filters by slug; the product page's breadcrumb is French too.
  await kitchen.click();
  await expect(page).toHaveURL(/\?category=kitchen$/);
  await expect(kitchen).toHaveAttribute('aria-current', 'page');
  await home.cards.first().locator('a.cv-card__link').click();
  const crumbs = page.getByRole('navigation', { name: 'Catégorie' }).getByRole('link');
  await expect(crumbs).toHaveCount(2);
  await expect(crumbs.first()).toHaveText('Cuisine et arts de la table');
  await expect(crumbs.first()).toHaveAttribute('href', '/?category=kitchen');
  await expect(crumbs.nth(1)).toHaveText(/^(Cuisson|Mugs, gourdes et théières|Ustensiles de cuisine)$/);
  await screenshot(page, 'product-fr-breadcrumb');

  // Search facets.
  await page.goto('/search?q=cotton');
  const facets = page.locator('.cv-search__categories');
  await expect(facets.getByRole('link', { name: /^Cuisine et arts de la table\s*\d+$/ })).toBeVisible();
  await expect(facets).not.toContainText('Kitchen & Dining');
});

test('Arabic names the categories in Arabic, and English comes back on switching back', async ({ page }) => {
  const home = new HomePage(page);
  const prefs = new Preferences(page);
  await home.goto();
  await prefs.chooseLanguage('ar');
  const strip = page.getByRole('navigation', { name: 'الفئات' });
  await expect(strip.getByRole('link', { name: 'المطبخ وأدوات المائدة' })).toBeVisible();
  await expect(strip.getByRole('link', { name: 'الإلكترونيات' })).toBeVisible();
  await expect(strip).not.toContainText('Electronics');
  await screenshot(page, 'home-ar-categories');

  await home.cards.first().locator('a.cv-card__link').click();
  const crumbs = page.getByRole('navigation', { name: 'الفئة' }).getByRole('link');
  await expect(crumbs.first()).toBeVisible();
  for (const text of await crumbs.allInnerTexts()) {
    expect(text, 'an Arabic name').toMatch(/[\u0600-\u06FF]/);
    expect(text, 'no Latin letters').not.toMatch(/[A-Za-z]/);
  }

  await page.goto('/');
  await prefs.chooseLanguage('en-US');
  await expect(home.categories.getByRole('link', { name: 'Kitchen & Dining' })).toBeVisible();
  await expect(home.categories).not.toContainText('المطبخ');
});

test('a reload in French asks for French names from the first request', async ({ page }) => {
  const home = new HomePage(page);
  const prefs = new Preferences(page);
  await home.goto();
  await prefs.chooseLanguage('fr-FR');
  const categoryRequests: (string | null)[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/api/categories') categoryRequests.push(url.searchParams.get('lang'));
  });
  await page.reload();
  await expect(
    page.getByRole('navigation', { name: 'Catégories' }).getByRole('link', { name: 'Chaussures' }),
  ).toBeVisible();
  expect(categoryRequests).toEqual(['fr-FR']);
});
