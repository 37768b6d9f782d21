import { test, expect, screenshot } from '../fixtures/test';
import { SELLER, allow, signIn } from '../fixtures/seller';
import { newBuyer, orderAt, signInInBrowser } from '../fixtures/orders';
import type { APIRequestContext } from '@playwright/test';

/** Whole days left to ship a just-paid order (its handling time minus the day that has begun). */
async function handlingDaysLeft(seller: APIRequestContext, id: number): Promise<number> {
  const order = await (await seller.get(`/api/seller/orders/${id}`)).json();
  return (order.ship_by - order.paid_at) / 86_400 - 1;
}

test('the to-ship queue: countdowns, a new order badged in every open tab, shipping with tracking', async ({ page, baseURL, browser, problems }) => {
  test.setTimeout(90_000);
  await signIn(page, SELLER);
  const buyer = await newBuyer(baseURL!);
  const first = await orderAt(baseURL!, buyer, 'paid');

  // The queue: the paid order with its ORD-3 countdown (the listing's handling time from payment).
  const days = await handlingDaysLeft(page.request, first.id);
  await page.goto('/seller/orders');
  const nav = page.getByRole('navigation', { name: 'Seller center sections' });
  await expect(nav.getByRole('link', { name: 'Orders' })).toHaveAttribute('aria-current', 'page');
  const row = page.locator(`li[data-order="${first.id}"]`);
  await expect(row).toContainText(`Order ${first.id}`);
  await expect(row).toContainText('To ship');
  await expect(row.locator('.cv-countdown')).toHaveText(new RegExp(`^Ship within ${days} d 23 h \\d+ min$`));
  await expect(row.locator('.cv-countdown')).toHaveAttribute('data-overdue', 'false');
  await expect(row).toContainText(buyer.name);
  // Seen now: no badge.
  await expect(page.locator('.cv-center-nav__badge')).toHaveCount(0);
  await screenshot(page, 'seller-orders-queue');

  // A second seller-center tab, on another page.
  const other = await page.context().newPage();
  await other.goto('/seller/listings');
  const otherNav = other.getByRole('navigation', { name: 'Seller center sections' });
  await expect(otherNav.getByRole('link', { name: 'Listings' })).toHaveAttribute('aria-current', 'page');
  await expect(other.locator('.cv-center-nav__badge')).toHaveCount(0);

  // A new order arrives: both tabs badge the Orders link, and the open queue shows it, marked new.
  const second = await orderAt(baseURL!, buyer, 'paid');
  await expect(other.locator('.cv-center-nav__badge')).toHaveText('1', { timeout: 25_000 });
  await expect(otherNav.getByRole('link', { name: /^Orders/ })).toContainText('1');
  await expect(page.locator('.cv-center-nav__badge')).toHaveText('1', { timeout: 25_000 });
  const fresh = page.locator(`li[data-order="${second.id}"]`);
  await expect(fresh).toContainText('New');
  // Earliest deadline first.
  const ids = await page.locator('li[data-order]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-order'))));
  expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));

  // Opening the queue in the second tab clears the badge in both.
  await otherNav.getByRole('link', { name: /^Orders/ }).click();
  await expect(other.locator(`li[data-order="${second.id}"]`)).toBeVisible();
  await expect(other.locator('.cv-center-nav__badge')).toHaveCount(0);
  await expect(page.locator('.cv-center-nav__badge')).toHaveCount(0);
  await other.close();

  // The order: items, destination, address as given, totals in the order's currency.
  await row.getByRole('link', { name: `Order ${first.id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/seller/orders/${first.id}$`));
  await expect(page.getByRole('heading', { name: `Order ${first.id}` })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Order details' });
  await expect(facts).toContainText('Ships to');
  await expect(facts.locator('.cv-order-country')).toHaveText('Germany');
  await expect(facts.locator('.cv-countdown')).toHaveText(new RegExp(`^Ship within ${days} d 23 h`));
  await expect(page.getByRole('region', { name: 'Delivery address' })).toContainText('Hauptstraße 1');
  await expect(page.getByRole('region', { name: 'Delivery address' })).toContainText('10115 Berlin');
  const detail = await (await page.request.get(`/api/seller/orders/${first.id}`)).json();
  expect(detail.paid_with).toBeUndefined();
  const usd = (minor: number) => `$${(minor / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
  await expect(page.locator('dd.cv-order-totals__total')).toHaveText(usd(detail.totals.total.minor));

  // Shipping: the server's field error shows at the tracking number; the class offered is the order's.
  const form = page.getByRole('form', { name: 'Ship this order' });
  const classes = await form.getByLabel('Logistics class').locator('option').allTextContents();
  expect(classes.length).toBe(new Set(detail.lines.map((l: { shipping: { class: string } }) => l.shipping.class)).size);
  await form.getByLabel('Tracking number').fill('no!');
  await form.getByRole('button', { name: 'Mark as shipped' }).click();
  await expect(form.getByLabel('Tracking number')).toHaveAccessibleDescription(/Enter the tracking number as on the label/);
  await expect(form.getByLabel('Tracking number')).toHaveAttribute('aria-invalid', 'true');
  // What was typed survives a reload.
  await form.getByLabel('Tracking number').fill('LX987654321CN');
  await form.getByLabel('Carrier (optional)').fill('China Post');
  await page.reload();
  await expect(form.getByLabel('Tracking number')).toHaveValue('LX987654321CN');
  await screenshot(page, 'seller-order-ship');
  await form.getByRole('button', { name: 'Mark as shipped' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Shipped. The buyer can follow the parcel now.' })).toBeVisible();
  await expect(page.locator('.cv-order-head .cv-status')).toHaveText('Shipped');
  await expect(facts.locator('.cv-order-tracking')).toHaveText('LX987654321CN');
  await expect(form).toHaveCount(0);

  // The order left the queue; the other one waits.
  await page.getByRole('link', { name: 'Back to the orders to ship' }).click();
  await expect(page.locator(`li[data-order="${second.id}"]`)).toBeVisible();
  await expect(page.locator(`li[data-order="${first.id}"]`)).toHaveCount(0);
  // "All orders" filtered by "Shipped" lists it.
  await page.getByRole('link', { name: 'All orders' }).click();
  await page.getByLabel('Status').selectOption('shipped');
  await expect(page).toHaveURL(/view=all&status=shipped/);
  await expect(page.locator(`li[data-order="${first.id}"]`)).toContainText('Shipped');
  await expect(page.locator(`li[data-order="${second.id}"]`)).toHaveCount(0);

  // The buyer sees it shipped, with the tracking number.
  const buyerContext = await browser.newContext();
  const buyerPage = await buyerContext.newPage();
  await signInInBrowser(buyerPage, buyer, `/orders/${first.id}`);
  await expect(buyerPage.getByRole('region', { name: 'Tracking' })).toContainText('LX987654321CN');
  await expect(buyerPage.locator('.cv-steps__step').nth(2)).toHaveClass(/--done|current/);
  await buyerContext.close();
  // The refused tracking number was the only failed request.
  allow(problems, /HTTP 400 for .*\/shipment$/, /status of 400 \(Bad Request\)/);
});

test('countdowns run live and mark an order overdue once its deadline passes', async ({ page, baseURL }) => {
  await signIn(page, SELLER);
  const buyer = await newBuyer(baseURL!);
  const order = await orderAt(baseURL!, buyer, 'paid');
  const days = await handlingDaysLeft(page.request, order.id);
  await page.clock.install();
  await page.goto(`/seller/orders/${order.id}`);
  const countdown = page.getByRole('region', { name: 'Order details' }).locator('.cv-countdown');
  await expect(countdown).toHaveText(new RegExp(`^Ship within ${days} d 23 h`));
  const before = await countdown.textContent();
  await page.clock.fastForward(3 * 60_000);
  await expect(countdown).not.toHaveText(before!);
  await expect(countdown).toHaveText(new RegExp(`^Ship within ${days} d 23 h \\d+ min$`));
  // Within the last day the seconds count too.
  await page.clock.fastForward(days * 86_400_000 + 3_600_000);
  await expect(countdown).toHaveText(/^Ship within 22 h \d+ min \d+ s$/);
  await page.clock.fastForward(2 * 86_400_000);
  await expect(countdown).toHaveText(/^Overdue by 1 d \d+ h \d+ min$/);
  await expect(countdown).toHaveAttribute('data-overdue', 'true');
});
