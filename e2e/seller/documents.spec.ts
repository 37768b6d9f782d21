import { test, expect, screenshot } from '../fixtures/test';
import { ADMIN, SELLER, api, signIn, signInRequest } from '../fixtures/seller';

test('licences and brand authorisations: submitted, listed as pending, approved by the platform', async ({ page, playwright, baseURL, problems }) => {
  await signIn(page, SELLER);
  await page.goto('/seller/documents');
  await expect(page.getByRole('heading', { name: 'Submit a document' })).toBeVisible();

  // A licence named as the policy names it.
  await page.getByLabel('Kind').selectOption('licence');
  await page.getByLabel('Name', { exact: true }).selectOption('medical-devices');
  await page.getByLabel('Document number or description').fill('Class II device licence 2026-0042');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Submitted. The platform reviews documents within 2 working days.')).toBeVisible();
  await expect(page.getByRole('row', { name: /medical-devices/ })).toContainText('Under review');

  // A brand authorisation; a reference that is too short is refused at the field.
  await page.getByLabel('Kind').selectOption('brand');
  await page.getByLabel('Brand').fill('Nike');
  await page.getByLabel('Document number or description').fill('x');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.locator('#f-reference-error')).toHaveText('Give the document number or a description of 4 to 200 characters.');
  await page.getByLabel('Document number or description').fill('Distributor authorisation No. 7781');
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('row', { name: /Nike/ })).toContainText('Under review');
  await screenshot(page, 'seller-documents');

  // The platform approves the brand and rejects the licence; the seller sees both.
  const admin = await playwright.request.newContext({ baseURL });
  await signInRequest(admin, ADMIN);
  const pending: { id: number; name: string }[] = await (await admin.get('/api/admin/documents')).json();
  const nike = pending.find((d) => d.name === 'Nike')!;
  const licence = pending.find((d) => d.name === 'medical-devices')!;
  expect((await api(admin, 'POST', `/api/admin/documents/${nike.id}/approve`)).status).toBe(200);
  expect((await api(admin, 'POST', `/api/admin/documents/${licence.id}/reject`, { reason: 'The licence number is not in the regulator register.' })).status).toBe(200);
  await page.reload();
  await expect(page.getByRole('row', { name: /Nike/ })).toContainText('Approved');
  await expect(page.getByRole('row', { name: /medical-devices/ })).toContainText('Rejected');
  await expect(page.getByRole('row', { name: /medical-devices/ })).toContainText('Reason: The licence number is not in the regulator register.');
  problems.splice(0, problems.length, ...problems.filter((p) => !/HTTP 400 for .*\/api\/seller\/documents|status of 400/.test(p)));
});
