import { test, expect, screenshot } from '../fixtures/test';
import { HomePage, Preferences } from '../fixtures/shop';

test('Arabic lays the shop out right to left', async ({ page }) => {
  const home = new HomePage(page);
  const prefs = new Preferences(page);
  await home.goto();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await prefs.chooseLanguage('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('navigation', { name: 'الفئات' })).toBeVisible();
  await expect(home.cards.first()).toBeVisible();
  // The header starts at the right edge: the brand sits to the right of the pickers.
  const brand = await page.locator('.cv-header__brand').boundingBox();
  const picker = await prefs.language.boundingBox();
  expect(brand!.x).toBeGreaterThan(picker!.x);
  // Directional icons (the cart) are mirrored; the others (search) are not.
  await expect(page.locator('.cv-header__link svg.cv-flip')).toHaveCSS('transform', 'matrix(-1, 0, 0, 1, 0, 0)');
  await expect(page.locator('.cv-search-box__submit svg')).toHaveCSS('transform', 'none');
  // Saudi riyals by default for Arabic, converted and marked approximate.
  await expect(prefs.currency).toHaveValue('SAR');
  await expect(home.cards.first().locator('.cv-price__now')).toContainText('≈');
  await screenshot(page, 'home-ar');
});

test('Japanese with yen shows prices without decimals', async ({ page }) => {
  const home = new HomePage(page);
  const prefs = new Preferences(page);
  await home.goto();
  await prefs.chooseLanguage('ja-JP');
  await expect(prefs.currency).toHaveValue('JPY');
  await expect(page.getByRole('heading', { name: 'いま人気の商品' })).toBeVisible();
  const price = home.cards.first().locator('.cv-price__now');
  await expect(price).toContainText('≈');
  const text = (await price.innerText()).trim();
  expect(text).toMatch(/^≈\s*[￥¥][\d,]+$/);
  // The title names the USD amount it was converted from.
  await expect(price).toHaveAttribute('title', /概算価格（\$[\d,]+\.\d\d から換算）/);
  // The product page says what is charged.
  await home.cards.first().locator('a.cv-card__link').click();
  await expect(page.locator('.cv-product__charged')).toContainText('USD');
  await expect(page.locator('.cv-product__price .cv-price__now').first()).toHaveText(/^≈\s*[￥¥][\d,]+$/);
  await screenshot(page, 'product-ja');
});

test('Russian uses its plural forms', async ({ page }) => {
  const home = new HomePage(page);
  const prefs = new Preferences(page);
  await home.goto();
  await prefs.chooseLanguage('ru-RU');
  await expect(page.getByRole('navigation', { name: 'Категории' })).toBeVisible();
  await expect(home.cards.first().locator('.cv-rating__orders')).toBeVisible();
  const orders = await home.cards.locator('.cv-rating__orders').allInnerTexts();
  expect(orders.length).toBeGreaterThan(0);
  // Every count carries the form Russian grammar asks for.
  for (const phrase of orders) {
    const n = Number(phrase.replace(/[^\d]/g, ''));
    const [mod10, mod100] = [n % 10, n % 100];
    const form =
      mod10 === 1 && mod100 !== 11 ? 'заказ'
        : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 'заказа'
          : 'заказов';
    expect(phrase.trim(), phrase).toMatch(/^\d[\d\s]* заказ(а|ов)?$/);
    expect(phrase.trim().split(/\s/).pop(), phrase).toBe(form);
  }
  expect(orders.join('\n')).toMatch(/заказов/);
});

test('a reload keeps the chosen language and currency', async ({ page }) => {
  const home = new HomePage(page);
  const prefs = new Preferences(page);
  await home.goto();
  await prefs.chooseLanguage('fr-FR');
  await prefs.currency.selectOption('KWD');
  await expect(home.cards.first().locator('.cv-price__now')).toContainText('KWD');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(prefs.language).toHaveValue('fr-FR');
  await expect(prefs.currency).toHaveValue('KWD');
  await expect(page.getByRole('heading', { name: 'Populaire en ce moment' })).toBeVisible();
  // Kuwaiti dinars have three decimals.
  await expect(home.cards.first().locator('.cv-price__now')).toHaveText(/\d,\d{3}\s*KWD/);
});

test('a locale that cannot be fetched keeps the current language and says so', async ({ page, problems }) => {
  const home = new HomePage(page);
  const prefs = new Preferences(page);
  await home.goto();
  await page.route('**/locales/es-ES/*.ftl', (route) => route.abort());
  await prefs.language.selectOption('es-ES');
  await expect(page.getByRole('status')).toContainText('We could not load Español');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await expect(page.getByRole('heading', { name: 'Popular right now' })).toBeVisible();
  // The aborted requests are the point of this test.
  problems.length = 0;
});
