import { type APIRequestContext } from '@playwright/test';
import { test, expect, screenshot } from '../fixtures/test';
import { ADMIN, allow, api, sellerWithApplication, signIn, signInRequest } from '../fixtures/seller';

/** A new seller whose shop the admin approved over the API (its penalties touch no other test's shop). */
async function approvedShop(playwright: typeof import('@playwright/test'), baseURL: string, admin: APIRequestContext, name: string) {
  const seller = await sellerWithApplication(playwright, baseURL, admin, name);
  const approved = await api(admin, 'POST', `/api/admin/shops/${seller.shop.id}/approve`);
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return seller;
}

test('penalties: the console issues one to a shop, with field errors first, and lifts another', async ({ page, playwright, baseURL, problems }) => {
  test.setTimeout(90_000);
  const admin = await playwright.request.newContext({ baseURL });
  await signInRequest(admin, ADMIN);
  const shopName = `Harbour Kites ${Date.now() % 100000}`;
  const seller = await approvedShop(playwright, baseURL!, admin, shopName);

  await signIn(page, ADMIN);
  await page.goto('/admin/penalties');
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Issue a penalty' }) });
  await expect(form).toBeVisible();
  // Nothing chosen: required fields are marked before anything is sent.
  await form.getByRole('button', { name: 'Issue the penalty' }).click();
  await expect(form.getByLabel('Shop', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Rule broken')).toHaveAttribute('aria-invalid', 'true');

  const shopLabel = `${shopName} (No. ${seller.shop.id})`;
  await form.getByLabel('Shop', { exact: true }).selectOption({ label: shopLabel });
  await form.getByLabel('Rule broken').fill('XYZ-9');
  await form.getByLabel('Facts, shown to the seller').fill('Too short');
  await form.getByRole('button', { name: 'Issue the penalty' }).click();
  // The server's field errors, at their fields.
  await expect(form.getByText('Name a rule id from the platform rules, such as LST-4.')).toBeVisible();
  await form.getByLabel('Rule broken').fill('lst-4');
  await form.getByRole('button', { name: 'Issue the penalty' }).click();
  await expect(form.getByText('Describe the facts in 10 to 2,000 characters.')).toBeVisible();
  await expect(form.getByLabel('Facts, shown to the seller')).toHaveAttribute('aria-invalid', 'true');

  // The draft survives a reload.
  const facts = 'Three listings state a brand the shop has no authorisation for.';
  await form.getByLabel('Facts, shown to the seller').fill(facts);
  await form.getByLabel('Level', { exact: true }).selectOption({ label: 'Warning' });
  await page.reload();
  await expect(form.getByLabel('Facts, shown to the seller')).toHaveValue(facts);
  await expect(form.getByLabel('Rule broken')).toHaveValue('lst-4');
  await expect(form.getByLabel('Shop', { exact: true })).toHaveValue(String(seller.shop.id));
  await expect(form.getByLabel('Level', { exact: true })).toHaveValue('warning');
  await form.getByRole('button', { name: 'Issue the penalty' }).click();
  await expect(form.getByRole('status')).toHaveText(`Issued: Warning for ${shopLabel}.`);
  await expect(form.getByLabel('Facts, shown to the seller')).toHaveValue('');

  const mine = async () => (await (await seller.request.get('/api/seller/penalties')).json()).penalties;
  const warning = (await mine())[0];
  expect(warning.level).toBe('warning');
  expect(warning.rule).toBe('LST-4');
  expect(warning.facts).toBe(facts);
  const warningCard = page.locator(`article[data-penalty="${warning.id}"]`);
  await expect(warningCard).toContainText(`Warning · ${shopLabel}`);
  await expect(warningCard.locator('.cv-status')).toHaveText('In force');

  // A restriction issued over the API, lifted in the console with a reason.
  const issued = await api(admin, 'POST', '/api/admin/penalties', {
    shop_id: seller.shop.id,
    rule: 'LST-5',
    facts: 'Listing titles stuffed with unrelated search terms.',
    level: 'restricted_operations',
  });
  expect(issued.status, JSON.stringify(issued.body)).toBe(201);
  const restriction = issued.body.penalty;
  await page.reload();
  const card = page.locator(`article[data-penalty="${restriction.id}"]`);
  await expect(card).toContainText(`Restricted operations · ${shopLabel}`);
  await expect(card).toContainText('Listing titles stuffed with unrelated search terms.');
  await screenshot(page, 'console-penalties');
  await card.getByLabel('Reason for lifting, shown to the seller').fill('Short');
  await card.getByRole('button', { name: 'Lift the penalty' }).click();
  await expect(card.getByText('Explain the decision in 10 to 1,000 characters.')).toBeVisible();
  const reason = 'The seller corrected every title within a day.';
  await card.getByLabel('Reason for lifting, shown to the seller').fill(reason);
  await card.getByRole('button', { name: 'Lift the penalty' }).click();
  await expect(card.locator('.cv-status')).toHaveText('Lifted');
  await expect(card).toContainText(reason);
  await expect(card.getByRole('button', { name: 'Lift the penalty' })).toHaveCount(0);
  const lifted = (await mine()).find((p: { id: number }) => p.id === restriction.id);
  expect(lifted.status).toBe('lifted');
  expect(lifted.lift_reason).toBe(reason);
  allow(problems, /HTTP 400 for .*\/api\/admin\/penalties/, /status of 400/);
});

test('appeals: the console lifts one penalty on appeal and upholds another with a reason', async ({ page, playwright, baseURL, problems }) => {
  test.setTimeout(90_000);
  const admin = await playwright.request.newContext({ baseURL });
  await signInRequest(admin, ADMIN);
  const shopName = `Dune Lanterns ${Date.now() % 100000}`;
  const seller = await approvedShop(playwright, baseURL!, admin, shopName);
  const appealed = async (rule: string, facts: string, statement: string) => {
    const issued = await api(admin, 'POST', '/api/admin/penalties', { shop_id: seller.shop.id, rule, facts, level: 'warning' });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const appeal = await api(seller.request, 'POST', `/api/seller/penalties/${issued.body.penalty.id}/appeal`, { statement });
    expect(appeal.status, JSON.stringify(appeal.body)).toBe(201);
    return { penalty: issued.body.penalty.id as number, appeal: appeal.body.appeal.id as number };
  };
  const first = await appealed('LST-3', 'A brand listed without authorisation.', 'Our authorisation was approved last week; see document No. 12.');
  const second = await appealed('LST-4', 'Prohibited words in three titles.', 'We did not know the words were prohibited.');

  await signIn(page, ADMIN);
  await page.goto('/admin');
  await page.getByRole('link', { name: /^Appeals waiting: ([2-9]|\d\d+)$/ }).click();
  const lift = page.locator(`article[data-appeal="${first.appeal}"]`);
  const uphold = page.locator(`article[data-appeal="${second.appeal}"]`);
  await expect(lift).toContainText(`${shopName} · Warning`);
  await expect(lift).toContainText('Our authorisation was approved last week; see document No. 12.');
  await expect(lift).toContainText('A brand listed without authorisation.');
  await screenshot(page, 'console-appeals');

  await lift.getByRole('button', { name: 'Lift the penalty' }).click();
  await expect(lift.locator('.cv-status')).toHaveText('Penalty lifted');
  await uphold.getByRole('button', { name: 'Uphold the penalty' }).click();
  await expect(uphold.getByText('Explain the decision in 10 to 1,000 characters.')).toBeVisible();
  const reason = 'The titles still contained the prohibited words when checked.';
  await uphold.getByLabel('Reason, shown to the seller (needed to uphold)').fill(reason);
  await uphold.getByRole('button', { name: 'Uphold the penalty' }).click();
  await expect(uphold.locator('.cv-status')).toHaveText('Penalty upheld');
  await expect(uphold).toContainText(`Upheld: ${reason}`);

  const penalties = (await (await seller.request.get('/api/seller/penalties')).json()).penalties;
  const byId = (id: number) => penalties.find((p: { id: number }) => p.id === id);
  expect(byId(first.penalty).status).toBe('lifted');
  expect(byId(first.penalty).appeal.status).toBe('lifted');
  expect(byId(second.penalty).status).toBe('active');
  expect(byId(second.penalty).appeal.status).toBe('upheld');
  expect(byId(second.penalty).appeal.decision_reason).toBe(reason);
  allow(problems, /HTTP 400 for .*\/reject/, /status of 400/);
});
