import { test, expect, screenshot } from '../fixtures/test';
import { newBuyer, orderAt, signInInBrowser } from '../fixtures/orders';
import { acceptRefusals } from '../fixtures/account';

/** `minor` US cents as the en-US app writes them, e.g. `$12.34`. */
const usd = (minor: number) => `$${(minor / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

test('the orders list leads to an order with its progress, tracking and escrow; receipt is confirmed', async ({ page, baseURL }) => {
  const buyer = await newBuyer(baseURL!);
  const delivered = await orderAt(baseURL!, buyer, 'delivered');
  const paid = await orderAt(baseURL!, buyer, 'paid');

  await signInInBrowser(page, buyer, '/orders');
  await expect(page.getByRole('heading', { level: 1, name: 'Your orders' })).toBeVisible();
  const rows = page.locator('.cv-order-row');
  await expect(rows).toHaveCount(2);
  // Newest first.
  await expect(rows.nth(0)).toContainText('Paid, waiting for shipment');
  await expect(rows.nth(0)).toContainText(usd(paid.total));
  await expect(rows.nth(1)).toContainText('Delivered');
  await expect(rows.nth(1)).toContainText('Caravan Demo Store');
  await screenshot(page, 'orders');

  await rows.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/orders/${delivered.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Order ${delivered.id}` })).toBeVisible();
  const steps = page.locator('.cv-steps__step');
  await expect(steps).toHaveText([/^Placed/, /^Paid/, /^Shipped/, /^Delivered/, /^Completed/]);
  await expect(steps.nth(3)).toHaveAttribute('aria-current', 'step');
  await expect(steps.nth(4)).not.toHaveClass(/--done/);
  // ORD-2: confirmed automatically 15 days after delivery unless the buyer confirms first.
  await expect(page.locator('.cv-order__deadline')).toContainText('15 days left');
  const tracking = page.getByRole('region', { name: 'Tracking' });
  await expect(tracking).toContainText('Tracking number LX123456789CN · China Post');
  await expect(tracking.locator('.cv-tracking__event').first()).toContainText('Delivered');
  await expect(tracking).toContainText('Arrived at the sorting centre · Frankfurt');
  const escrow = page.getByRole('region', { name: 'Your payment' });
  await expect(escrow).toContainText(`Caravan holds your ${usd(delivered.total)} safely`);
  await expect(page.locator('.cv-order__total')).toHaveText(usd(delivered.total));
  await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  await screenshot(page, 'order-detail');

  // Asked twice: a stray tap does not pay the seller.
  await page.getByRole('button', { name: 'Confirm receipt' }).click();
  await expect(page.getByRole('group')).toContainText('Confirming releases the payment to the seller');
  await page.getByRole('button', { name: 'Yes, I received it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The seller is paid.' })).toBeVisible();
  await expect(page.locator('.cv-order__status .cv-status')).toHaveText('Completed');
  await expect(escrow).toContainText('You confirmed receipt, so the payment went to the seller.');
  await expect(steps.nth(4)).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('button', { name: 'Confirm receipt' })).toHaveCount(0);

  // The server agrees, and a reload shows the same.
  const stored = await (await buyer.api.get(`/api/orders/${delivered.id}`)).json();
  expect(stored.status).toBe('completed');
  expect(stored.escrow.released_by).toBe('buyer');
  await page.reload();
  await expect(page.locator('.cv-order__status .cv-status')).toHaveText('Completed');
});

test('an order not yet shipped can be cancelled with a reason, and is refunded', async ({ page, baseURL }) => {
  const buyer = await newBuyer(baseURL!);
  const order = await orderAt(baseURL!, buyer, 'paid');
  await signInInBrowser(page, buyer, `/orders/${order.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Order ${order.id}` })).toBeVisible();
  await expect(page.locator('.cv-order__deadline')).toContainText('The seller must ship by');
  await expect(page.getByRole('button', { name: 'Confirm receipt' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Cancel order' }).click();
  await page.getByRole('textbox', { name: 'Why? (optional)' }).fill('Ordered the wrong size');
  // Going back keeps the order as it was.
  await page.getByRole('button', { name: 'Go back' }).click();
  await expect(page.getByRole('button', { name: 'Cancel order' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel order' }).click();
  await expect(page.getByRole('textbox', { name: 'Why? (optional)' })).toHaveValue('Ordered the wrong size');
  await page.getByRole('button', { name: 'Cancel the order' }).click();

  await expect(page.locator('.cv-order__status .cv-status')).toHaveText('Cancelled');
  await expect(page.getByRole('region', { name: 'Your payment' })).toContainText(`${usd(order.total)} was refunded to you.`);
  await expect(page.locator('.cv-steps__step').last()).toHaveText(/^Cancelled/);
  await expect(page.getByRole('button', { name: 'Cancel order' })).toHaveCount(0);
  const stored = await (await buyer.api.get(`/api/orders/${order.id}`)).json();
  expect(stored.status).toBe('cancelled');
  expect(stored.cancel_reason).toBe('Ordered the wrong size');
});

test('a buyer without orders is invited to shop; another buyer\'s order is not found', async ({ page, baseURL, problems }) => {
  const owner = await newBuyer(baseURL!);
  const theirs = await orderAt(baseURL!, owner, 'paid');
  const buyer = await newBuyer(baseURL!);
  await signInInBrowser(page, buyer, '/orders');
  await expect(page.getByText('You have not ordered anything yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start shopping' })).toHaveAttribute('href', '/');

  await page.goto(`/orders/${theirs.id}`);
  await expect(page.getByRole('alert')).toContainText('We could not find what you were looking for.');
  acceptRefusals(problems, [404]);
});

test('the orders pages ask to sign in first and come back', async ({ page }) => {
  await page.goto('/orders');
  await expect(page).toHaveURL(/\/signin\?next=%2Forders$/);
});
