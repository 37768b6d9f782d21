import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, screenshot } from '../fixtures/test';
import { ADMIN, SELLER, allow, api, sellerWithApplication, signIn, signInRequest } from '../fixtures/seller';

test('the console reviews shops: one rejected with a reason, one approved; the sellers see the outcome', async ({ page, playwright, baseURL, problems }) => {
  test.setTimeout(90_000);
  const admin = await playwright.request.newContext({ baseURL });
  await signInRequest(admin, ADMIN);
  const first = await sellerWithApplication(playwright, baseURL!, admin, 'Northwind Lamps');
  const second = await sellerWithApplication(playwright, baseURL!, admin, 'Southwind Kites');

  await signIn(page, ADMIN);
  await page.goto('/admin');
  await expect(page.locator('.cv-policy-version')).toHaveText(/The platform judges by policy version \d{4}\.\d+\.\d+\./);
  await expect(page.getByRole('link', { name: 'Shop applications waiting: 2' })).toBeVisible();
  await page.getByRole('link', { name: 'Shop applications waiting: 2' }).click();

  const northwind = page.locator(`article[data-shop="${first.shop.id}"]`);
  const southwind = page.locator(`article[data-shop="${second.shop.id}"]`);
  await expect(northwind).toContainText('Lumen Trading Co., Ltd.');
  await expect(northwind).toContainText('(verified)');
  // Names, not codes: the country and sales regions (CN; RU, BR), the main category's slug, the account type.
  const facts = northwind.locator('.cv-facts');
  await expect(facts.locator('dt:has-text("Country") + dd')).toHaveText('China');
  await expect(facts.locator('dt:has-text("Sales regions") + dd')).toHaveText('Russia, Brazil');
  await expect(facts.locator('dt:has-text("Main category") + dd')).toHaveText('Electronics');
  await expect(facts.locator('dt:has-text("Account type") + dd')).toHaveText('Selling to consumers (B2C)');
  await screenshot(page, 'console-shops');

  // A reason that says too little is refused; a real one is recorded.
  await northwind.getByLabel('Reason, shown to the seller').fill('No.');
  await northwind.getByRole('button', { name: 'Reject' }).click();
  await expect(northwind.getByRole('alert')).toHaveText('Explain the decision in 10 to 1,000 characters.');
  const reason = 'The company registry lists another legal representative (REG-1).';
  await northwind.getByLabel('Reason, shown to the seller').fill(reason);
  await northwind.getByRole('button', { name: 'Reject' }).click();
  await expect(northwind.locator('.cv-status')).toHaveText('Rejected');
  await expect(northwind).toContainText(`Rejected: ${reason}`);
  await southwind.getByRole('button', { name: 'Approve' }).click();
  await expect(southwind.locator('.cv-status')).toHaveText('Approved');

  const rejected = await (await first.request.get('/api/seller/shop')).json();
  expect(rejected.status).toBe('rejected');
  expect(rejected.rejection_reason).toBe(reason);
  expect((await (await second.request.get('/api/seller/shop')).json()).status).toBe('approved');

  // The queue is empty now; the approved filter shows the approved shop.
  await page.reload();
  await expect(page.getByText('Nothing here.')).toBeVisible();
  await page.getByLabel('Show').selectOption('approved');
  await expect(page.locator(`article[data-shop="${second.shop.id}"]`)).toBeVisible();
  allow(problems, /HTTP 400 for .*\/reject/, /status of 400/);
});

test('the console reviews documents and imports exchange rates', async ({ page, playwright, baseURL }) => {
  test.setTimeout(90_000);
  const seller = await playwright.request.newContext({ baseURL });
  await signInRequest(seller, SELLER);
  const submitted = await api(seller, 'POST', '/api/seller/documents', { kind: 'brand', name: 'Adidas', reference: 'Signed authorisation No. 7781' });
  expect(submitted.status).toBe(201);

  await signIn(page, ADMIN);
  await page.goto('/admin/documents');
  const card = page.locator(`article[data-document="${submitted.body.id}"]`);
  await expect(card).toContainText('Brand authorisation: Adidas');
  await expect(card.locator('dt:has-text("Shop") + dd')).toHaveText(/^Caravan Demo Store \(No\. \d+\)$/);
  await card.getByRole('button', { name: 'Approve' }).click();
  await expect(card.locator('.cv-status')).toHaveText('Approved');
  const documents = await (await seller.get('/api/seller/documents')).json();
  expect(documents.find((d: { id: number }) => d.id === submitted.body.id).status).toBe('approved');

  await page.getByRole('link', { name: 'Exchange rates' }).click();
  const file = path.resolve(__dirname, '../../crates/server/data/eurofxref-sample.xml');
  await page.getByLabel('Rate file').setInputFiles(file);
  await expect(page.getByLabel('Or paste the file\'s contents')).toHaveValue(readFileSync(file, 'utf8'));
  await page.getByRole('button', { name: 'Import rates' }).click();
  await expect(page.getByRole('status')).toHaveText(/Imported the rates of \d{4}-\d{2}-\d{2} for \d+ currencies\./);
  await screenshot(page, 'console-fx');
});

test('the console is for platform staff only', async ({ page, problems }) => {
  test.setTimeout(90_000);
  await page.goto('/admin/shops');
  await expect(page.locator('#main').getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/signin?next=%2Fadmin%2Fshops');
  await signIn(page, SELLER);
  await page.reload();
  await expect(page.getByText('This account cannot use the platform console.')).toBeVisible();
  allow(problems, /HTTP 401 for .*\/api\/auth\/me/, /status of 401/);
});
