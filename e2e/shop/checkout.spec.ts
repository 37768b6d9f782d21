import { test, expect, screenshot } from '../fixtures/test';
import { AuthForms, BUYER, Header, acceptRefusals } from '../fixtures/account';
import { CARDS, CheckoutPage, addToCart, myOrders, orderableListing } from '../fixtures/checkout';
import { Preferences } from '../fixtures/shop';

test('a signed-out buyer signs in inside checkout, pays with an approved card and sees the order', async ({ page, request }) => {
  const listing = await orderableListing(request);
  await addToCart(page, listing);
  const checkout = new CheckoutPage(page);
  await checkout.open();

  // Paying before signing in points back to step 1.
  await checkout.priced();
  await checkout.payButton.click();
  await expect(checkout.alert).toHaveText('Sign in or create an account first (step 1).');
  await expect(page.getByRole('region', { name: 'Your account' })).toBeFocused();

  await new AuthForms(page).signIn(BUYER.email, BUYER.password);
  await expect(page.getByText(`Signed in as ${BUYER.name}.`)).toBeVisible();
  await expect(new Header(page).account(BUYER.name)).toBeVisible();
  await checkout.fillUsAddress();
  await expect(page.getByRole('group', { name: `Shipping from ${listing.shop.name}` }).getByRole('radio').first()).toBeChecked();
  await checkout.fillCard(CARDS.approved);
  await checkout.priced();
  // Another shipping method re-prices the order and keeps what was typed (the card is never stored).
  const radios = page.getByRole('group', { name: `Shipping from ${listing.shop.name}` }).getByRole('radio');
  expect(await radios.count(), 'the demo listing ships two ways').toBeGreaterThan(1);
  const cheapest = await checkout.payButton.textContent();
  await radios.nth(1).check();
  await expect(checkout.payButton).not.toHaveText(cheapest!);
  await expect(checkout.field('Card number')).toHaveValue(CARDS.approved);
  await radios.nth(0).check();
  await expect(checkout.payButton).toHaveText(cheapest!);
  await screenshot(page, 'checkout');

  await checkout.payButton.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you! Your order is placed' })).toBeVisible();
  await expect(page.getByText('Paid with VISA ending in 4242.')).toBeVisible();
  await expect(page.getByRole('region', { name: `Order from ${listing.shop.name}` })).toContainText(listing.title);
  await screenshot(page, 'checkout-done');

  // The cart is empty, the address is in the address book, and the server holds one paid order.
  await expect(new Header(page).cart).toHaveAccessibleName('Cart, empty');
  const groupId = Number(new URL(page.url()).pathname.split('/').pop());
  const group = await (await page.request.get(`/api/order-groups/${groupId}`)).json();
  expect(group.status).toBe('paid');
  expect(group.orders).toHaveLength(1);
  expect(group.orders[0].address.postal_code).toBe('94103');
  expect(group.orders[0].lines[0].listing_id).toBe(listing.id);
  await addToCart(page, listing);
  await checkout.open();
  await expect(page.getByRole('button', { name: 'Ada Buyer, 1 Market Street, San Francisco, 94103', exact: true })).toBeVisible();
  await expect(checkout.field('Full name')).toHaveValue('Ada Buyer');
  // The address is kept in the account's address book, so checkout on any device offers it.
  await expect
    .poll(async () => (await (await page.request.get('/api/account/addresses')).json()).items.map((a: any) => a.address.postal_code))
    .toContain('94103');
});

test('a new buyer registers inside checkout; a declined card says what to do and another card pays the same order', async ({ page, request, problems }) => {
  const listing = await orderableListing(request, 1);
  await addToCart(page, listing);
  const checkout = new CheckoutPage(page);
  await checkout.open();
  await checkout.registerInline();
  await checkout.fillUsAddress();
  await checkout.fillCard(CARDS.declined);
  await checkout.priced();
  await checkout.payButton.click();

  await expect(checkout.field('Card number')).toHaveAccessibleDescription(/Your bank declined this card\./);
  await expect(checkout.alert).toContainText('Your card was declined and nothing was charged. Check the card details or use another card');
  // The security code is typed again; everything else stays.
  await expect(checkout.field('Security code')).toHaveValue('');
  await expect(checkout.field('Full name')).toHaveValue('Ada Buyer');
  await screenshot(page, 'checkout-declined');
  acceptRefusals(problems, [402]);

  await checkout.fillCard(CARDS.approved);
  await checkout.payButton.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you! Your order is placed' })).toBeVisible();
  const orders = await myOrders(page);
  expect(orders, 'the declined attempt and the paid one are the same order').toHaveLength(1);
  expect(orders[0].status).toBe('paid');
});

test('a double click on Pay places one order', async ({ page, request }) => {
  const listing = await orderableListing(request, 2);
  await addToCart(page, listing);
  const checkout = new CheckoutPage(page);
  await checkout.open();
  await checkout.registerInline();
  await checkout.fillUsAddress();
  await checkout.fillCard(CARDS.approved);
  await checkout.priced();
  const placed: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/orders') placed.push(r.url());
  });
  await checkout.payButton.dblclick();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you! Your order is placed' })).toBeVisible();
  expect(placed, 'one placement request').toHaveLength(1);
  const orders = await myOrders(page);
  expect(orders).toHaveLength(1);
  expect(orders[0].status).toBe('paid');
});

test('a lost answer and a payment service hiccup are retried without a second order or charge', async ({ page, request, problems }) => {
  const listing = await orderableListing(request, 3);
  await addToCart(page, listing);
  const checkout = new CheckoutPage(page);
  await checkout.open();
  await checkout.registerInline();
  await checkout.fillUsAddress();
  // This card's first charge fails temporarily (503), the next is approved.
  await checkout.fillCard(CARDS.failsOnce);
  await checkout.priced();

  // The server places the order but its answer never reaches the page.
  const keys: string[] = [];
  await page.route('**/api/orders', async (route) => {
    keys.push((await route.request().allHeaders())['idempotency-key']);
    if (keys.length === 1) {
      await route.fetch();
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await checkout.payButton.click();
  await expect(checkout.alert).toContainText('We could not reach the shop. Nothing was charged. Press Pay again');
  // The reset connection is the only problem so far.
  expect(problems.filter((p) => !p.includes('ERR_CONNECTION_RESET'))).toEqual([]);
  problems.length = 0;

  await checkout.payButton.click();
  await expect(checkout.alert).toContainText('The payment service did not answer in time and nothing was charged. Press Pay again.');
  acceptRefusals(problems, [503]);

  await checkout.payButton.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you! Your order is placed' })).toBeVisible();
  expect(keys).toHaveLength(2);
  expect(keys[1], 'the retry sends the same Idempotency-Key').toBe(keys[0]);
  const orders = await myOrders(page);
  expect(orders, 'one order despite the retries').toHaveLength(1);
  expect(orders[0].status).toBe('paid');
});

test('the address form follows the country: names, required fields and postal code shapes', async ({ page, request }) => {
  const listing = await orderableListing(request);
  await addToCart(page, listing);
  const checkout = new CheckoutPage(page);
  await checkout.open();
  const country = page.getByRole('combobox', { name: 'Country or region' });

  await country.selectOption('JP');
  await expect(checkout.field('Prefecture')).toBeVisible();
  await expect(page.getByText('Example: 100-0001')).toBeVisible();
  await country.selectOption('GB');
  await expect(checkout.field('County (optional)')).toBeVisible();
  await expect(checkout.field('Postcode')).toBeVisible();
  await country.selectOption('AE');
  await expect(page.getByLabel(/postal code|postcode/i)).toHaveCount(0);

  // The destination follows the address: the cart page is now priced for the same country.
  await country.selectOption('US');
  await checkout.field('ZIP code').fill('9410');
  await checkout.fillCard(CARDS.approved);
  await checkout.priced();
  await new AuthForms(page).signIn(BUYER.email, BUYER.password);
  await expect(page.getByText(`Signed in as ${BUYER.name}.`)).toBeVisible();
  await checkout.payButton.click();
  await expect(checkout.field('ZIP code')).toHaveAccessibleDescription(/This postal code does not look right\. Example: 94103/);
  await expect(checkout.field('Full name')).toBeFocused();
  await expect(checkout.alert).toHaveText('Some details are missing or need a fix. They are marked above.');

  // In euros the summary is approximate and states what is charged in dollars, at which rate of which day
  // (ORD-4); the button names the charge.
  await page.getByRole('combobox', { name: 'Currency' }).selectOption('EUR');
  const fx = await (await request.get('/api/fx')).json();
  const summary = page.getByRole('complementary');
  await expect(summary.locator('.cv-totals dd').last()).toContainText('≈');
  await expect(summary.locator('.cv-totals__charged')).toContainText(`in USD. Converted at 1 USD = `);
  await expect(summary.locator('.cv-totals__charged')).toContainText(`the reference rate of ${fx.date}.`);
  await expect(checkout.payButton).toHaveText(/^Pay \$/);

  await page.goto('/cart');
  await expect(page.getByRole('combobox', { name: 'Deliver to' })).toHaveValue('US');
});

test('checkout in Arabic reads right to left, with its words, the country names and the sandbox card hint', async ({ page, request }) => {
  const listing = await orderableListing(request);
  await addToCart(page, listing);
  const checkout = new CheckoutPage(page);
  await checkout.open();
  await new Preferences(page).chooseLanguage('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'إتمام الطلب' })).toBeVisible();
  // No country chosen yet: Arabic starts with Saudi Arabia, named by the browser in Arabic.
  const country = page.getByRole('combobox', { name: 'البلد أو المنطقة' });
  await expect(country).toHaveValue('SA');
  await expect(country.locator('option:checked')).toHaveText('المملكة العربية السعودية');
  await expect(page.getByRole('tab', { name: 'لدي حساب' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: /^ادفع / })).toBeEnabled();
  await screenshot(page, 'checkout-ar');
});
