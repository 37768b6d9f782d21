import { test, expect, screenshot } from '../fixtures/test';
import { Header } from '../fixtures/account';
import { newBuyer, orderAt, signInInBrowser } from '../fixtures/orders';

test('the account shows the profile, leads to orders and notifications, keeps preferences, and signs out', async ({ page, baseURL }) => {
  const buyer = await newBuyer(baseURL!);
  const order = await orderAt(baseURL!, buyer, 'shipped');
  await signInInBrowser(page, buyer, '/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.getByText(buyer.email)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Your orders' })).toHaveAttribute('href', '/orders');
  await screenshot(page, 'account-overview');

  // The address book is the account's: an address checkout remembered in this browser is offered for
  // keeping there, then listed and removable.
  const addresses = page.getByRole('region', { name: 'Delivery addresses' });
  await expect(addresses).toContainText('No saved addresses yet.');
  await page.evaluate(() => localStorage.setItem('caravan.addresses', JSON.stringify([
    { name: 'Ada Buyer', line1: 'Hauptstraße 1', line2: null, city: 'Berlin', region: null, postal_code: '10115', country: 'DE', phone: null },
  ])));
  await page.reload();
  await addresses.getByRole('button', { name: 'Keep in my account' }).click();
  await expect(addresses.getByRole('listitem')).toHaveText(/Ada Buyer, Hauptstraße 1, Berlin, 10115 · DE/);
  await addresses.getByRole('button', { name: 'Remove the address Ada Buyer, Hauptstraße 1, Berlin, 10115 · DE' }).click();
  await expect(addresses).toContainText('No saved addresses yet.');
  expect(await page.evaluate(() => localStorage.getItem('caravan.addresses'))).toBe('[]');

  // Notifications: newest first, unread marked, each leading to its order.
  await page.getByRole('link', { name: 'Notifications' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  const items = page.locator('.cv-notification');
  await expect(items.first()).toContainText(`Order ${order.id} is on its way.`);
  await expect(page.locator('.cv-notification--unread')).not.toHaveCount(0);
  await expect(page.getByText(`Payment for order ${order.id} received.`)).toBeVisible();
  await screenshot(page, 'notifications');
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'unread' })).toHaveText('0 unread');
  await expect(page.locator('.cv-notification--unread')).toHaveCount(0);
  const feed = await (await buyer.api.get('/api/notifications')).json();
  expect(feed.unread).toBe(0);
  await items.first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/orders/${order.id}$`));

  // Preferences: currency and language, kept across reloads.
  await page.goto('/account');
  await page.getByRole('combobox', { name: 'Currency for prices' }).selectOption('EUR');
  await expect(page.locator('header').getByRole('combobox', { name: 'Currency' })).toHaveValue('EUR');
  await page.locator('#pref-language').selectOption('fr-FR');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.getByRole('heading', { level: 1, name: 'Votre compte' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Vos commandes' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.locator('#pref-currency')).toHaveValue('EUR');

  // The orders page in French, with its words from orders.ftl.
  await page.goto('/orders');
  await expect(page.getByRole('heading', { level: 1, name: 'Vos commandes' })).toBeVisible();
  await expect(page.locator('.cv-order-row .cv-status')).toHaveText('Expédiée');
  await page.goto('/account');
  await page.locator('#pref-language').selectOption('en-US');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(new Header(page).signIn).toBeVisible();
});

test('the order pages read right to left in Arabic', async ({ page, baseURL }) => {
  const buyer = await newBuyer(baseURL!);
  const order = await orderAt(baseURL!, buyer, 'in_transit');
  await signInInBrowser(page, buyer, `/orders/${order.id}`);
  await page.evaluate(() => localStorage.setItem('caravan.locale', 'ar'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.cv-steps__step')).toHaveCount(5);
  await expect(page.locator('.cv-order__status .cv-status')).toHaveText('تم الشحن');
  await screenshot(page, 'order-detail-ar');
});
