import { type APIRequestContext } from '@playwright/test';
import { test, expect, screenshot } from '../fixtures/test';
import { newBuyer, orderAt, pngPicture, sellerSession } from '../fixtures/orders';
import { ADMIN, allow, signIn } from '../fixtures/seller';

/** Uploads an evidence picture as the signed-in user of `request`; returns its URL. */
async function evidence(request: APIRequestContext): Promise<string> {
  const upload = await request.post('/api/dispute-images', {
    multipart: { file: { name: 'parcel.png', mimeType: 'image/png', buffer: pngPicture(400, 300) } },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  return (await upload.json()).url;
}

test('arbitration: the case shows both sides\' evidence; the decision refunds part of the order', async ({ page, baseURL, problems }) => {
  test.setTimeout(90_000);
  // A shipped order the buyer disputes with a photo; the seller answers with a photo of their own; the buyer
  // escalates (DSP-3).
  const buyer = await newBuyer(baseURL!);
  const seller = await sellerSession(baseURL!);
  const order = await orderAt(baseURL!, buyer, 'shipped');
  const buyerPhoto = await evidence(buyer.api);
  const opened = await buyer.api.post(`/api/orders/${order.id}/dispute`, {
    data: {
      reason: 'not_as_described',
      remedy: { kind: 'full_refund' },
      damaged: true,
      description: 'The bottle arrived dented and it leaks.',
      images: [buyerPhoto],
    },
  });
  expect(opened.status(), await opened.text()).toBe(201);
  const dispute = await opened.json();
  const sellerPhoto = await evidence(seller);
  const answered = await seller.post(`/api/disputes/${dispute.id}/messages`, {
    data: { text: 'It left our warehouse intact; see the packing photo.', images: [sellerPhoto] },
  });
  expect(answered.status(), await answered.text()).toBe(200);
  const escalated = await buyer.api.post(`/api/disputes/${dispute.id}/escalate`);
  expect(escalated.status(), await escalated.text()).toBe(200);
  const currency: string = (await escalated.json()).currency;

  await signIn(page, ADMIN);
  await page.goto('/admin');
  // Other specs on this server may have cases in arbitration too: the count is at least this one.
  const tile = page.getByRole('link', { name: /^Disputes in arbitration: [1-9]\d*$/ });
  await expect(tile).toBeVisible();
  await tile.click();
  const card = page.locator(`article[data-dispute="${dispute.id}"]`);
  await expect(card.getByRole('heading', { level: 3 })).toContainText(`Dispute No. ${dispute.id} · Caravan Demo Store`);
  await expect(card.locator('.cv-status')).toHaveText('In arbitration');
  await expect(card).toContainText('Priority 2 of 4');
  await expect(card).toContainText('Not as described · Damaged');
  await expect(card).toContainText('Decide by');
  await expect(card).toContainText('The bottle arrived dented and it leaks.');
  await expect(card).toContainText('It left our warehouse intact; see the packing photo.');
  // Both sides' pictures, each named by its side, load from the server.
  const buyerPicture = card.getByRole('img', { name: 'Picture 1 of 1 · Buyer' });
  const sellerPicture = card.getByRole('img', { name: 'Picture 1 of 1 · Seller' });
  await expect(buyerPicture).toHaveAttribute('src', buyerPhoto);
  await expect(sellerPicture).toHaveAttribute('src', sellerPhoto);
  await expect.poll(() => buyerPicture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect.poll(() => sellerPicture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await screenshot(page, 'console-arbitration');

  // Nothing chosen: the form says so. A refund that is not a whole number is caught before sending.
  await card.getByRole('button', { name: 'Record the decision' }).click();
  await expect(card.getByRole('alert')).toHaveText('Choose who is right.');
  await card.getByLabel('The buyer: refund').check();
  const refund = card.getByLabel(`Refund in minor units of ${currency}`);
  await refund.fill('12.50');
  await card.getByLabel('Reasons, shown to the buyer and the seller').fill('The photos show damage from poor packing.');
  await card.getByRole('button', { name: 'Record the decision' }).click();
  await expect(card.locator('.cv-form-field__error').first()).toHaveText(/whole number of minor units/);
  // More than the order holds: the server refuses it at the refund field.
  await refund.fill(String(order.total + 1));
  await card.getByRole('button', { name: 'Record the decision' }).click();
  await expect(card.getByText('The refund must be more than zero and at most what the order still holds.')).toBeVisible();
  await expect(refund).toHaveAttribute('aria-invalid', 'true');
  // A reason that says too little is refused at its field.
  await refund.fill('500');
  await expect(card.getByText(/This refunds \S+5[.,]00/)).toBeVisible();
  await card.getByLabel('Reasons, shown to the buyer and the seller').fill('Damaged.');
  await card.getByRole('button', { name: 'Record the decision' }).click();
  await expect(card.getByText('Explain the decision in 10 to 1,000 characters.')).toBeVisible();
  const reason = 'The photos show the bottle dented; the seller\'s packing photo shows no padding.';
  await card.getByLabel('Reasons, shown to the buyer and the seller').fill(reason);
  await card.getByRole('button', { name: 'Record the decision' }).click();
  await expect(card.locator('.cv-status')).toHaveText('Resolved');
  await expect(card.getByRole('status')).toContainText('Decided for the buyer');
  await expect(card.getByRole('status')).toContainText(/Refunded: \S*5[.,]00/);
  await expect(card.getByRole('status')).toContainText(reason);
  await expect(card.getByRole('button', { name: 'Record the decision' })).toHaveCount(0);
  await screenshot(page, 'console-arbitration-decided');

  // The buyer sees the decision and the partial refund.
  const decided = await (await buyer.api.get(`/api/disputes/${dispute.id}`)).json();
  expect(decided.status).toBe('resolved');
  expect(decided.outcome).toBe('decided_for_buyer');
  expect(decided.refunded_minor).toBe(500);
  expect(decided.decision_reason).toBe(reason);

  // The case left the queue; the resolved filter shows it.
  await page.reload();
  await expect(page.locator('article[data-dispute], .cv-empty').first()).toBeVisible();
  await expect(page.locator(`article[data-dispute="${dispute.id}"]`)).toHaveCount(0);
  await page.getByLabel('Show').selectOption('resolved');
  await expect(page.locator(`article[data-dispute="${dispute.id}"] .cv-status`)).toHaveText('Resolved');
  allow(problems, /HTTP 400 for .*\/decide/, /status of 400/);
});
