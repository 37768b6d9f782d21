import { test, expect, screenshot } from '../fixtures/test';
import { acceptRefusals } from '../fixtures/account';
import { newBuyer, orderAt, pngPicture, sellerSession, signInInBrowser } from '../fixtures/orders';

test('a dispute with photo evidence, a seller offer, a counter-offer, and accepting the seller\'s final offer', async ({ page, baseURL, problems }) => {
  const buyer = await newBuyer(baseURL!);
  const order = await orderAt(baseURL!, buyer, 'delivered');
  const seller = await sellerSession(baseURL!);
  await signInInBrowser(page, buyer, `/orders/${order.id}`);

  const panel = page.getByRole('region', { name: 'Problem with the order' });
  await panel.getByRole('button', { name: 'Open a dispute' }).click();
  // Nothing chosen: the reason is asked for before anything is sent.
  await panel.getByRole('button', { name: 'Open the dispute' }).click();
  await expect(panel.locator('#reason-error')).toHaveText('Fill in this field.');

  await panel.getByRole('radio', { name: 'It is not as described' }).check();
  await panel.getByRole('checkbox', { name: 'It arrived damaged' }).check();
  await panel.getByRole('radio', { name: 'A partial refund' }).first().check();
  const amount = panel.getByRole('textbox', { name: 'Amount in USD' });
  await amount.fill('12.345');
  await panel.getByRole('textbox', { name: 'What happened?' }).fill('The lid is cracked and the box was crushed.');
  await panel.getByRole('button', { name: 'Open the dispute' }).click();
  await expect(amount).toHaveAccessibleDescription(/Enter an amount above zero/);

  // DSP-1: "not as described" needs evidence; the server's refusal is shown in words.
  await amount.fill('5.00');
  await panel.getByRole('button', { name: 'Open the dispute' }).click();
  await expect(panel.getByRole('alert').first()).toContainText('photos when the item is not as described');
  acceptRefusals(problems, [422]);

  // The description survives a reload (kept as a draft).
  await page.reload();
  await panel.getByRole('button', { name: 'Open a dispute' }).click();
  await expect(panel.getByRole('textbox', { name: 'What happened?' })).toHaveValue('The lid is cracked and the box was crushed.');
  await panel.getByRole('radio', { name: 'It is not as described' }).check();
  await panel.getByRole('checkbox', { name: 'It arrived damaged' }).check();
  await panel.getByRole('radio', { name: 'A partial refund' }).first().check();
  await panel.getByRole('textbox', { name: 'Amount in USD' }).fill('5.00');
  await panel.getByLabel('Photos').setInputFiles({ name: 'lid.png', mimeType: 'image/png', buffer: pngPicture() });
  await expect(panel.getByRole('img', { name: 'Photo 1' })).toBeVisible();
  await screenshot(page, 'dispute-form');
  await panel.getByRole('button', { name: 'Open the dispute' }).click();

  // DSP-2: the seller has five days to answer.
  await expect(panel.locator('.cv-dispute__stage')).toContainText("Waiting for the seller's answer");
  await expect(panel.locator('.cv-dispute__stage')).toContainText('5 days left');
  await expect(panel).toContainText('A partial refund of $5.00');
  await expect(panel.locator('.cv-dispute__event img')).toHaveCount(1);
  const opened = (await (await buyer.api.get('/api/disputes')).json())[0];
  expect(opened.order_id).toBe(order.id);
  expect(opened.reason).toBe('not_as_described');
  expect(opened.damaged).toBe(true);
  expect(opened.requested).toEqual({ kind: 'partial_refund', amount_minor: 500 });
  expect(opened.events[0].images).toHaveLength(1);

  // The seller answers with a smaller offer.
  const offer = await seller.post(`/api/disputes/${opened.id}/offers`, {
    data: { remedy: { kind: 'partial_refund', amount_minor: 200 }, note: 'Sorry about the lid.' },
  });
  expect(offer.status(), await offer.text()).toBe(200);
  await page.reload();
  await expect(panel.locator('.cv-dispute__stage')).toContainText('The seller answered');
  await expect(panel.locator('.cv-dispute__offer')).toContainText('The seller offers: A partial refund of $2.00');
  await expect(panel.locator('.cv-dispute__offer')).toContainText('Sorry about the lid.');

  // The buyer counters with $4.00.
  await panel.getByRole('button', { name: 'Make a counter-offer' }).click();
  const counter = panel.locator('form.cv-dispute__counter');
  await counter.getByRole('radio', { name: 'A partial refund' }).check();
  await counter.getByRole('textbox', { name: 'Amount in USD' }).fill('4');
  await counter.getByRole('textbox', { name: 'Note (optional)' }).fill('Four dollars covers a new lid.');
  await counter.getByRole('button', { name: 'Send the offer' }).click();
  await expect(panel.locator('.cv-dispute__offer')).toHaveCount(0);
  await expect(panel.locator('.cv-dispute__events')).toContainText('A partial refund of $4.00');

  // The seller makes a final offer of $3.00, and the buyer accepts it.
  const final = await seller.post(`/api/disputes/${opened.id}/offers`, {
    data: { remedy: { kind: 'partial_refund', amount_minor: 300 }, note: 'Meet in the middle?' },
  });
  expect(final.status(), await final.text()).toBe(200);
  await page.reload();
  await expect(panel.locator('.cv-dispute__offer')).toContainText('A partial refund of $3.00');
  await screenshot(page, 'dispute-offer');
  await panel.getByRole('button', { name: 'Accept this offer' }).click();
  await expect(panel.locator('.cv-dispute__stage')).toHaveText("Settled: you accepted the seller's offer. Refunded: $3.00.");
  await expect(page.getByRole('region', { name: 'Your payment' })).toContainText(`Caravan holds your $${((order.total - 300) / 100).toFixed(2)} safely`);
  const settled = await (await buyer.api.get(`/api/orders/${order.id}`)).json();
  expect(settled.escrow.refunded.minor).toBe(300);
});

test('a dispute the parties cannot settle goes to Caravan, with its deadline shown', async ({ page, baseURL }) => {
  const buyer = await newBuyer(baseURL!);
  const order = await orderAt(baseURL!, buyer, 'shipped');
  const seller = await sellerSession(baseURL!);
  await signInInBrowser(page, buyer, `/orders/${order.id}`);
  const panel = page.getByRole('region', { name: 'Problem with the order' });
  await panel.getByRole('button', { name: 'Open a dispute' }).click();
  await panel.getByRole('radio', { name: 'I did not receive it' }).check();
  await panel.getByRole('radio', { name: 'A full refund' }).check();
  await panel.getByRole('textbox', { name: 'What happened?' }).fill('Tracking has not moved for three weeks.');
  await panel.getByRole('button', { name: 'Open the dispute' }).click();
  await expect(panel.locator('.cv-dispute__stage')).toContainText('5 days left');
  // While the dispute is open the order cannot be confirmed or cancelled around it.
  await expect(page.getByRole('button', { name: 'Confirm receipt' })).toHaveCount(0);

  const dispute = (await (await buyer.api.get('/api/disputes')).json())[0];
  const message = await seller.post(`/api/disputes/${dispute.id}/messages`, {
    data: { text: 'The parcel is with customs; please wait.' },
  });
  expect(message.status(), await message.text()).toBe(200);
  await page.reload();
  await expect(panel.locator('.cv-dispute__events')).toContainText('The parcel is with customs; please wait.');

  // The buyer answers with more evidence: a message and a photo.
  await panel.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(panel.getByRole('textbox', { name: 'Your message' })).toHaveAccessibleDescription('Fill in this field.');
  await panel.getByRole('textbox', { name: 'Your message' }).fill('Customs released it two weeks ago, see the screenshot.');
  await panel.getByLabel('Photos').setInputFiles({ name: 'tracking.png', mimeType: 'image/png', buffer: pngPicture(80, 60) });
  await expect(panel.getByRole('img', { name: 'Photo 1' })).toBeVisible();
  await panel.getByRole('button', { name: 'Send', exact: true }).click();
  const latest = panel.locator('.cv-dispute__event').first();
  await expect(latest).toContainText('Customs released it two weeks ago');
  await expect(latest.locator('img')).toHaveCount(1);
  await expect(panel.getByRole('textbox', { name: 'Your message' })).toHaveValue('');

  await panel.getByRole('button', { name: 'Ask Caravan to decide' }).click();
  await expect(panel.locator('.cv-dispute__stage')).toContainText('Caravan is reviewing the dispute and decides by');
  await expect(panel.locator('.cv-dispute__stage')).toContainText(/\d+ days left/);
  await expect(panel.getByRole('button', { name: 'Ask Caravan to decide' })).toHaveCount(0);
  await screenshot(page, 'dispute-arbitration');
  const escalated = await (await buyer.api.get('/api/disputes')).json();
  expect(escalated[0].status).toBe('arbitration');
  expect(escalated[0].escalated_by).toBe('buyer');
});
