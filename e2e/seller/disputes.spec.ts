import { test, expect, screenshot } from '../fixtures/test';
import { ADMIN, SELLER, signIn } from '../fixtures/seller';
import { apiSession, newBuyer, orderAt, pngPicture } from '../fixtures/orders';

test('a dispute: the seller answers with evidence, offers a partial refund, escalates, and sees Caravan\'s decision', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await signIn(page, SELLER);
  const buyer = await newBuyer(baseURL!);
  const order = await orderAt(baseURL!, buyer, 'shipped');
  const opened = await buyer.api.post(`/api/orders/${order.id}/dispute`, {
    data: { reason: 'not_received', remedy: { kind: 'full_refund' }, description: 'Tracking has not moved for three weeks.' },
  });
  expect(opened.status(), await opened.text()).toBe(201);
  const dispute = await opened.json();

  // The list: waiting for the seller, with the DSP-2 countdown (5 days).
  await page.goto('/seller/disputes');
  const row = page.locator(`li[data-dispute="${dispute.id}"]`);
  await expect(row).toContainText(`Dispute ${dispute.id} on order ${order.id}`);
  await expect(row).toContainText('Waiting for your answer');
  await expect(row).toContainText('Not received');
  await expect(row.locator('.cv-countdown')).toHaveText(/^4 d 23 h \d+ min left to answer$/);

  await row.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/seller/disputes/${dispute.id}$`));
  const claim = page.getByRole('region', { name: "The buyer's claim" });
  await expect(claim).toContainText('Not received');
  await expect(claim).toContainText('A full refund');
  await expect(claim).toContainText('Tracking has not moved for three weeks.');
  await expect(page.locator('.cv-dispute-stage__text')).toContainText('Answer by');
  await expect(page.getByRole('region', { name: 'The buyer asks for' })).toContainText('A full refund');

  // The answer: a message with an evidence photo; files the server would refuse are stopped here.
  const reply = page.getByRole('form', { name: 'Reply to the buyer' });
  await reply.getByRole('button', { name: 'Send the message' }).click();
  await expect(reply.getByLabel('Your message')).toHaveAccessibleDescription('Write a message first.');
  await reply.getByLabel('Your message').fill('The parcel was handed to China Post on time; here is the receipt.');
  const photos = reply.getByLabel('Evidence photos');
  await photos.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
  await expect(photos).toHaveAccessibleDescription(/That file is not a JPEG, PNG or WebP picture\./);
  await photos.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(5 * 1024 * 1024 + 1) });
  await expect(photos).toHaveAccessibleDescription(/That photo is over 5 MB\./);
  await photos.setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: pngPicture(80, 60) });
  await expect(reply.getByRole('img', { name: 'Evidence photo 1' })).toBeVisible();
  await expect(photos).not.toHaveAccessibleDescription(/over 5 MB/);
  await reply.getByRole('button', { name: 'Send the message' }).click();
  const thread = page.getByRole('region', { name: 'Messages and history' });
  const last = thread.locator('.cv-thread__item').last();
  await expect(last).toContainText('You · wrote');
  await expect(last).toContainText('here is the receipt');
  await expect(last.locator('img')).toHaveCount(1);
  await expect(page.locator('.cv-order-head .cv-status')).toHaveText('Negotiating');
  await expect(reply.getByLabel('Your message')).toHaveValue('');

  // An offer: the amount is read in the order's currency as minor units, and checked before sending.
  const offer = page.getByRole('form', { name: 'Make an offer' });
  await offer.getByRole('radio', { name: 'A partial refund' }).check();
  const amount = offer.getByLabel('Refund in USD');
  await amount.fill('2,5x');
  await offer.getByRole('button', { name: 'Send the offer' }).click();
  await expect(amount).toHaveAccessibleDescription(/Enter an amount above zero and below/);
  await amount.fill(String(order.total / 100 + 1));
  await offer.getByRole('button', { name: 'Send the offer' }).click();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await amount.fill('2,50');
  await offer.getByLabel('Note to the buyer (optional)').fill('Half the shipping back while China Post searches.');
  await offer.getByRole('button', { name: 'Send the offer' }).click();
  await expect(thread.locator('.cv-thread__item').last()).toContainText('A partial refund of $2.50');
  const offered = await (await page.request.get(`/api/disputes/${dispute.id}`)).json();
  expect(offered.offers.at(-1)).toMatchObject({ by: 'seller', remedy: { kind: 'partial_refund', amount_minor: 250 }, status: 'open' });
  await screenshot(page, 'seller-dispute');

  // No agreement: the seller asks Caravan to decide.
  await page.getByRole('button', { name: 'Ask Caravan to decide' }).click();
  await expect(page.locator('.cv-order-head .cv-status')).toHaveText('With Caravan');
  await expect(page.locator('.cv-dispute-stage__text')).toContainText("Caravan is reviewing both sides' evidence and decides by");
  await expect(offer).toHaveCount(0);

  // Caravan decides for the seller; the seller sees the outcome and the reasons.
  const admin = await apiSession(baseURL!, ADMIN.email, ADMIN.password);
  const decided = await admin.post(`/api/admin/disputes/${dispute.id}/decide`, {
    data: { favour: 'seller', reason: 'The carrier confirms delivery to the buyer\'s address.' },
  });
  expect(decided.status(), await decided.text()).toBe(200);
  await page.reload();
  await expect(page.locator('.cv-order-head .cv-status')).toHaveText('Closed');
  const outcome = page.locator('.cv-dispute-outcome');
  await expect(outcome).toContainText('Caravan decided in your favour. Nothing was refunded.');
  await expect(outcome).toContainText("The carrier confirms delivery to the buyer's address.");
  await expect(thread.locator('.cv-thread__item').last()).toContainText('Caravan · decided');
  await expect(page.getByRole('form', { name: 'Reply to the buyer' })).toHaveCount(0);
  await screenshot(page, 'seller-dispute-decided');

  // In Arabic the page reads right to left.
  await page.evaluate(() => localStorage.setItem('caravan.locale', 'ar'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.cv-dispute-outcome')).toContainText('قررت Caravan لصالحك');
  await screenshot(page, 'seller-dispute-ar');
  await page.goto('/seller/orders');
  await expect(page.getByRole('heading', { name: 'الطلبات', exact: true })).toBeVisible();
  await screenshot(page, 'seller-orders-ar');
});
