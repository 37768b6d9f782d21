import { test, expect, screenshot } from '../fixtures/test';
import { ADMIN, ListingEditor, SELLER, allow, api, publishedListing, signIn, signInRequest } from '../fixtures/seller';
import { Preferences } from '../fixtures/shop';

type Promotion = { id: number; name: string; status: string; active: boolean };

test('journey 7: a promotion is applied for, approved by the platform, runs, and the listing editor flags PRM-2 edits before saving', async ({ page, playwright, baseURL, problems }) => {
  test.setTimeout(150_000);
  await signIn(page, SELLER);
  // A listing of its own (two SKUs, TB0 and TB1, $18.99 each), so no other test's edits meet this promotion.
  const project = test.info().project.name;
  const title = `Promotion bottle ${project} ${test.info().repeatEachIndex}`;
  const listing = await publishedListing(page.request, title, 2);
  const name = `Winter warmers ${project} ${test.info().repeatEachIndex}`;
  const admin = await playwright.request.newContext({ baseURL });
  /** The card of the promotion named exactly `n`. */
  const cardNamed = (n: string) =>
    page.locator('.cv-promo').filter({ has: page.getByRole('heading', { name: n, exact: true }) });
  await signInRequest(admin, ADMIN);

  await page.goto('/seller/promotions');
  await expect(page.getByRole('heading', { name: 'Apply for a promotion' })).toBeVisible();
  await page.getByLabel('Promotion name').fill(name);
  await page.getByLabel('Percent off').fill('95');
  await page.getByLabel('Add a published listing').selectOption(String(listing));
  const items = page.locator('.cv-promo-item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText(title);
  await page.getByLabel('Promotion stock for TB0').fill('500');

  // What was typed survives a reload.
  await page.reload();
  await expect(page.getByLabel('Promotion name')).toHaveValue(name);
  await expect(page.getByLabel('Percent off')).toHaveValue('95');
  await expect(items).toHaveCount(2);
  await expect(page.getByLabel('Promotion stock for TB0')).toHaveValue('500');

  // The server's field errors show at their fields.
  await page.getByRole('button', { name: 'Apply for approval' }).click();
  await expect(page.locator('#f-discount-percent-error')).toHaveText('Take off 1 to 90 percent.');
  await expect(page.locator('#f-items-0-promo_stock-error')).toHaveText("Promotion stock is at least 1 and at most the variant's stock.");
  await expect(page.getByRole('alert')).toHaveText('Some of the details are not right. Check the highlighted fields.');

  // Only TB0 joins: 20 % off, 10 units.
  await page.getByLabel('Percent off').fill('20');
  await page.getByLabel('Promotion stock for TB0').fill('10');
  await page.getByRole('button', { name: 'Remove TB1' }).click();
  await expect(items).toHaveCount(1);
  await page.getByRole('button', { name: 'Apply for approval' }).click();
  await expect(page.locator('.cv-notice--ok')).toHaveText(`“${name}” was sent for approval.`);
  const card = cardNamed(name);
  await expect(card).toHaveAttribute('data-status', 'pending');
  await expect(card).toContainText('Awaiting approval');
  await expect(card).toContainText('20 % off');
  // The form is empty again and so is its kept copy.
  await expect(page.getByLabel('Promotion name')).toHaveValue('');

  // The platform approves it (PRM-1); it runs from now on.
  const mine: Promotion[] = await (await page.request.get('/api/seller/promotions')).json();
  const promotion = mine.find((p) => p.name === name)!;
  expect((await api(admin, 'POST', `/api/admin/promotions/${promotion.id}/approve`)).status).toBe(200);
  await page.reload();
  await expect(card).toHaveAttribute('data-status', 'active');
  await expect(card).toContainText('Running');
  await expect(card).toContainText('frozen');
  await screenshot(page, 'seller-promotions');

  // A flash deal: the same SKU is already in the running promotion at that time (409 at the item), so only
  // TB1 joins the next session; then the seller withdraws the application while it is pending.
  await page.getByLabel('Promotion name').fill(`Flash ${name}`);
  await page.getByRole('radio', { name: /Flash deal/ }).check();
  await page.getByLabel('Percent off').fill('30');
  const session = page.getByLabel('Flash session');
  await session.selectOption({ index: 1 });
  await page.getByLabel('Add a published listing').selectOption(String(listing));
  await expect(items).toHaveCount(2);
  await page.getByRole('button', { name: 'Apply for approval' }).click();
  await expect(items.first()).toContainText('This variant is already in another promotion at that time.');
  await page.getByRole('button', { name: 'Remove TB0' }).click();
  await page.getByRole('button', { name: 'Apply for approval' }).click();
  const flash = cardNamed(`Flash ${name}`);
  await expect(flash).toHaveAttribute('data-status', 'pending');
  await expect(flash).toContainText('Flash deal · 30 % off');
  await flash.getByRole('button', { name: 'Withdraw' }).click();
  await expect(flash).toContainText('It has not been approved yet, so nothing else happens.');
  await flash.getByRole('button', { name: 'Withdraw anyway' }).click();
  await expect(flash).toHaveAttribute('data-status', 'withdrawn');

  // Withdrawing the approved one warns of the PRM-2 sanction first; the seller keeps it.
  await card.getByRole('button', { name: 'Withdraw' }).click();
  await expect(card).toContainText('banned from promotions for 6 months');
  await card.getByRole('button', { name: 'Keep it' }).click();
  await expect(card).toHaveAttribute('data-status', 'active');

  // A rejected application shows the platform's reason.
  const now = Math.floor(Date.now() / 1000);
  const refused = await api(page.request, 'POST', '/api/seller/promotions', {
    name: `Refused ${name}`,
    kind: 'discount',
    discount: { type: 'fixed', amount_minor: 300 },
    starts_at: now,
    ends_at: now + 3 * 86_400,
    items: [{ listing_id: listing, sku_code: 'TB1', promo_stock: 5 }],
  });
  expect(refused.status, JSON.stringify(refused.body)).toBe(201);
  expect(
    (await api(admin, 'POST', `/api/admin/promotions/${refused.body.id}/reject`, { reason: 'The pictures do not show the discounted colour.' })).status,
  ).toBe(200);
  await page.reload();
  const rejected = cardNamed(`Refused ${name}`);
  await expect(rejected).toHaveAttribute('data-status', 'rejected');
  await expect(rejected).toContainText('$3.00 off');
  await expect(rejected).toContainText('Reason: The pictures do not show the discounted colour.');

  // The listing editor: the commitment is stated, and a higher price or a new description is flagged at
  // its field by the browser's rules, with nothing sent to the server.
  const editor = new ListingEditor(page);
  await editor.open(listing);
  await expect(page.locator('.cv-notice[data-rule="PRM-2"]')).toContainText(name);
  await page.waitForLoadState('networkidle');
  const saves: string[] = [];
  page.on('request', (r) => r.method() === 'PUT' && saves.push(r.url()));
  const price = page.locator('#f-skus-0-price');
  await price.fill('24.99');
  await expect(editor.verdicts('skus[0].price').filter({ hasText: 'PRM-2' })).toContainText(
    'The price was raised from',
  );
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.publish).toBeDisabled();
  await expect(editor.status).toHaveAttribute('data-save-state', 'held');
  await expect(editor.status).toContainText('an approved promotion forbids this change');
  await screenshot(page, 'seller-editor-prm2');
  await page.getByLabel('Description').fill('<p>Now with a lifetime guarantee.</p>');
  await expect(editor.verdicts('description').filter({ hasText: 'PRM-2' })).toContainText('The description may not change during a promotion');
  expect(saves, 'a forbidden edit is never sent').toEqual([]);
  // The server agrees: the same draft, sent directly, is refused with the same verdicts.
  const current = await (await page.request.get(`/api/seller/listings/${listing}`)).json();
  const edited = { ...current.draft, skus: current.draft.skus.map((s: { price_minor: number }, i: number) => (i === 0 ? { ...s, price_minor: 2499 } : s)) };
  const refusedSave = await api(page.request, 'PUT', `/api/seller/listings/${listing}`, { version: current.version, draft: edited });
  expect(refusedSave.status).toBe(422);
  expect(refusedSave.body.error.verdicts.map((v: { field: string; rule: string }) => `${v.rule} ${v.field}`)).toEqual(['PRM-2 skus[0].price']);
  // A lower price is allowed: the flag goes and the draft saves.
  await page.getByLabel('Description').fill(current.draft.description);
  await price.fill('17.99');
  await expect(editor.verdicts('skus[0].price')).toHaveCount(0);
  await editor.saved();
  await admin.dispose();
  // The refusals this journey provoked on purpose (field errors and the overlap).
  allow(problems, /HTTP 400 for .*\/api\/seller\/promotions$/, /HTTP 409 for .*\/api\/seller\/promotions$/, /status of 40[09]/);
});

test('promotions in Arabic are laid out right to left', async ({ page }) => {
  await signIn(page, SELLER);
  const listing = await publishedListing(page.request, `Arabic promotion bottle ${test.info().project.name} ${test.info().repeatEachIndex}`, 2);
  // The language is chosen before the seller center opens, so it loads its Arabic messages.
  await page.goto('/');
  await new Preferences(page).chooseLanguage('ar');
  await page.goto('/seller/promotions');
  await expect(page.getByRole('heading', { name: 'التقدّم بطلب عرض ترويجي' })).toBeVisible();
  await page.getByLabel('اسم العرض').fill('تخفيضات الشتاء');
  await page.getByLabel('إضافة إعلان منشور').selectOption(String(listing));
  await expect(page.locator('.cv-promo-item')).toHaveCount(2);
  await screenshot(page, 'seller-promotions-ar');
  // Nothing of this form is kept for the next test: it starts again.
  await page.getByRole('button', { name: 'البدء من جديد' }).click();
  await expect(page.locator('.cv-promo-item')).toHaveCount(0);
});
