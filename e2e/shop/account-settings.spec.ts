import type { Browser, Page } from '@playwright/test';
import { test, expect, screenshot } from '../fixtures/test';
import { Header, acceptRefusals } from '../fixtures/account';
import { CheckoutPage, addToCart, orderableListing } from '../fixtures/checkout';
import { newBuyer, signInInBrowser } from '../fixtures/orders';

/**
 * Another device: a new browser context with nothing in its storage, whose page reports errors into
 * `problems` like the fixture's own page does.
 */
async function otherDevice(browser: Browser, baseURL: string, problems: string[]): Promise<Page> {
  const project = test.info().project.use;
  const context = await browser.newContext({
    baseURL,
    viewport: project.viewport,
    isMobile: project.isMobile,
    hasTouch: project.hasTouch,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`other device console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`other device page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  return page;
}

test('the display name is refused at the field, kept as a draft over a reload, then saved', async ({ page, baseURL, problems }) => {
  const buyer = await newBuyer(baseURL!);
  await signInInBrowser(page, buyer, '/account');
  const profile = page.getByRole('region', { name: 'Profile' });
  const name = profile.getByRole('textbox', { name: 'Name', exact: true });
  await expect(name).toHaveValue(buyer.name);

  // The server judges the name; its refusal is shown at the field.
  await name.fill('   ');
  await profile.getByRole('button', { name: 'Save name' }).click();
  await expect(profile.locator('#display_name-error')).toHaveText('Use 1 to 60 characters.');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  acceptRefusals(problems, [400]);

  // What is typed survives a reload until it is saved.
  await name.fill('Ana Reyes-Ortiz');
  await page.reload();
  await expect(name).toHaveValue('Ana Reyes-Ortiz');
  await profile.getByRole('button', { name: 'Save name' }).click();
  await expect(profile.getByRole('status')).toHaveText('Your name is saved.');
  await expect(new Header(page).account('Ana Reyes-Ortiz')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('caravan.draft.profile.display_name'))).toBeNull();
  const saved = await (await buyer.api.get('/api/account/profile')).json();
  expect(saved.display_name).toBe('Ana Reyes-Ortiz');
  await page.reload();
  await expect(name).toHaveValue('Ana Reyes-Ortiz');
});

test('an address fixed at the field follows the account to another device and into its checkout', async ({ page, browser, baseURL, problems, request }) => {
  const buyer = await newBuyer(baseURL!);
  await signInInBrowser(page, buyer, '/account');
  const book = page.getByRole('region', { name: 'Delivery addresses' });
  await expect(book).toContainText('No saved addresses yet.');
  await book.getByRole('button', { name: 'Add an address' }).click();
  const editor = book.getByRole('form', { name: 'New address' });
  await expect(editor.getByRole('textbox', { name: 'Full name' })).toBeFocused();
  await editor.getByRole('combobox', { name: 'Country or region' }).selectOption('US');
  await editor.getByLabel('Full name').fill('Ada Buyer');
  await editor.getByLabel('Street and number').fill('1 Market Street');
  await editor.getByLabel('City').fill('San Francisco');
  await editor.getByLabel('ZIP code').fill('9410');
  await editor.getByRole('button', { name: 'Save address' }).click();
  // The United States' own rules, at their fields: a state is needed, and a ZIP code has five digits.
  await expect(editor.locator('#address\\.region-error')).toHaveText('Fill in this field.');
  await expect(editor.locator('#address\\.postal_code-error')).toHaveText('This postal code does not look right. Example: 94103');
  await expect(editor.getByLabel('State')).toBeFocused();
  await screenshot(page, 'account-address-errors');

  // The draft survives a reload, editor and all.
  await page.reload();
  await expect(editor.getByLabel('Full name')).toHaveValue('Ada Buyer');
  await expect(editor.getByRole('combobox', { name: 'Country or region' })).toHaveValue('US');
  await editor.getByLabel('State').fill('CA');
  await editor.getByLabel('ZIP code').fill('94103');
  await editor.getByRole('button', { name: 'Save address' }).click();
  await expect(book.getByRole('status')).toHaveText('Address saved.');
  await expect(editor).toHaveCount(0);
  const item = book.getByRole('listitem').filter({ hasText: 'Ada Buyer, 1 Market Street, San Francisco, 94103 · US' });
  await expect(item).toContainText('Default');
  await screenshot(page, 'account-settings');

  // Another device, signed in as the same buyer: the address is there, and its checkout offers it.
  const other = await otherDevice(browser, baseURL!, problems);
  await signInInBrowser(other, buyer, '/account');
  await expect(other.getByRole('region', { name: 'Delivery addresses' })).toContainText('Ada Buyer, 1 Market Street, San Francisco, 94103 · US');
  // The account never chose a language: this device keeps its own.
  await expect(other.locator('html')).toHaveAttribute('lang', 'en-US');
  const listing = await orderableListing(request);
  await addToCart(other, listing);
  const checkout = new CheckoutPage(other);
  await checkout.open();
  await expect(other.getByRole('button', { name: 'Ada Buyer, 1 Market Street, San Francisco, 94103', exact: true })).toBeVisible();
  await expect(checkout.field('Full name')).toHaveValue('Ada Buyer');
  await expect(other.getByRole('combobox', { name: 'Country or region' })).toHaveValue('US');
  await expect(checkout.field('State')).toHaveValue('CA');
  await other.context().close();
});

test('addresses kept in this browser before signing in are offered to the account, not lost', async ({ page, baseURL }) => {
  const buyer = await newBuyer(baseURL!);
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('caravan.addresses', JSON.stringify([
    { name: 'Ada Buyer', line1: 'Hauptstraße 1', line2: null, city: 'Berlin', region: null, postal_code: '10115', country: 'DE', phone: null },
  ])));
  await signInInBrowser(page, buyer, '/account');
  const book = page.getByRole('region', { name: 'Delivery addresses' });
  const offer = book.getByRole('group', { name: /saved only in this browser/ });
  await expect(offer).toContainText('Ada Buyer, Hauptstraße 1, Berlin, 10115 · DE');
  await offer.getByRole('button', { name: 'Keep in my account' }).click();
  await expect(offer).toHaveCount(0);
  await expect(book.getByRole('listitem')).toContainText('Ada Buyer, Hauptstraße 1, Berlin, 10115 · DE');
  expect(await page.evaluate(() => localStorage.getItem('caravan.addresses'))).toBe('[]');
  const saved = await (await buyer.api.get('/api/account/addresses')).json();
  expect(saved.items.map((a: any) => [a.address.city, a.is_default])).toEqual([['Berlin', true]]);
});

test('language and currency chosen on the account page apply when signing in on another device', async ({ page, browser, baseURL, problems }) => {
  const buyer = await newBuyer(baseURL!);
  await signInInBrowser(page, buyer, '/account');
  const preferences = page.getByRole('region', { name: 'Preferences' });
  await preferences.getByRole('combobox', { name: 'Currency for prices' }).selectOption('AED');
  await expect(preferences.getByRole('status')).toHaveText('Saved to your account.');
  await page.locator('#pref-language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect.poll(async () => (await (await buyer.api.get('/api/account/profile')).json()).preferred_language).toBe('ar');
  const profile = await (await buyer.api.get('/api/account/profile')).json();
  expect(profile.preferred_currency).toBe('AED');

  // A fresh browser starts in English and dollars; signing in brings the account's choices.
  const other = await otherDevice(browser, baseURL!, problems);
  await other.goto('/');
  await expect(other.locator('html')).toHaveAttribute('lang', 'en-US');
  await signInInBrowser(other, buyer, '/account');
  await expect(other.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(other.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(other.getByRole('heading', { level: 1, name: 'حسابك' })).toBeVisible();
  await expect(other.locator('#pref-currency')).toHaveValue('AED');
  await expect(other.locator('#pref-language')).toHaveValue('ar');
  await screenshot(other, 'account-settings-ar');
  await other.context().close();
});
