import { test, expect, screenshot } from '../fixtures/test';
import { ADMIN, allow, api, signInRequest, verificationCode } from '../fixtures/seller';

test('a new seller registers and applies: instant SHOP-2 verdicts, the taken-name check, the e-mail code, then pending and a rejection with its reason', async ({ page, playwright, baseURL, problems }) => {
  test.setTimeout(90_000);
  const admin = await playwright.request.newContext({ baseURL });
  await signInRequest(admin, ADMIN);
  const email = `mila.${Date.now()}@example.com`;

  // Signed out: the seller center offers a seller account.
  await page.goto('/seller/onboarding');
  await expect(page.getByRole('heading', { name: 'Create your seller account' })).toBeVisible();
  await screenshot(page, 'seller-onboarding-account');
  await page.getByLabel('Your name').fill('Mila Petrova');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create seller account' }).click();
  await expect(page.locator('#f-password-error')).toHaveText('The password is too short: use at least 10 characters.');
  await page.getByLabel('Password', { exact: true }).fill('a long seller password 2026');
  await page.getByRole('button', { name: 'Create seller account' }).click();

  // The application form, judged as it is filled in.
  await expect(page.getByRole('group', { name: 'Company' })).toBeVisible();
  await page.getByLabel('Registered company name').fill('Mila Home Goods LLC');
  await page.getByLabel('Business licence number').fill('77-12');
  await page.getByLabel('Business licence number').blur();
  await expect(page.locator('#f-licence_number-verdicts')).toContainText('REG-1');
  await page.getByLabel('Business licence number').fill('7712345678');
  await expect(page.locator('#f-licence_number-verdicts li')).toHaveCount(0);
  await page.getByLabel('Legal representative').fill('Mila Petrova');
  await page.getByLabel('Country of registration').selectOption('RU');
  await expect(page.getByLabel('Company e-mail')).toHaveValue(email);
  await page.getByLabel('Customer service phone').fill('+7 495 123 45 67');
  await page.getByLabel('Emergency contact (name and phone)').fill('Ivan Petrov +7 916 000 11 22');
  await page.getByLabel('Selling to businesses (B2B)').check();
  await page.getByLabel('Main category').selectOption('home-garden');
  await page.getByRole('checkbox', { name: 'Russia' }).check();
  await page.getByRole('checkbox', { name: 'Brazil' }).check();

  // The shop name: words and trademarks judged in the browser as typed, a taken name found by the server.
  const name = page.getByLabel('Shop name', { exact: true });
  await name.fill('Nike Outlet');
  await expect(page.locator('#f-shop_name-verdicts')).toContainText('SHOP-2');
  await expect(page.locator('#f-shop_name-verdicts')).toContainText('a trademark of Nike');
  await name.fill('Caravan Official Store');
  await expect(page.locator('#f-shop_name-verdicts')).toContainText('which is not allowed (official)');
  await name.fill('CARAVAN demo-store');
  await expect(page.locator('.cv-name-check')).toHaveText('Another shop already uses this name or one that looks the same.');
  await expect(page.locator('#f-shop_name-verdicts')).toContainText('This shop name is already taken.');
  await name.fill('Mila Home Goods');
  await expect(page.locator('.cv-name-check')).toHaveText('This name is free.');
  await expect(page.locator('#f-shop_name-verdicts li')).toHaveCount(0);

  // Without the e-mail code the application is stopped at the field.
  await page.getByRole('button', { name: 'Apply for review' }).click();
  await expect(page.locator('#f-company_email-verdicts')).toContainText('Verify your company e-mail address first.');
  await page.getByRole('button', { name: 'Send verification code' }).click();
  await expect(page.getByText(`We sent a 6-digit code to ${email}`)).toBeVisible();
  await page.getByLabel('Verification code').fill(await verificationCode(admin, email));
  await page.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(page.getByText('E-mail verified.')).toBeVisible();
  await screenshot(page, 'seller-onboarding-form');

  await page.getByRole('button', { name: 'Apply for review' }).click();
  await expect(page.getByRole('heading', { name: /Your application is under review/ })).toBeVisible();
  await expect(page.locator('.cv-review__shop')).toHaveText('Mila Home Goods');
  await screenshot(page, 'seller-onboarding-pending');

  // The platform rejects it with a reason; the seller reads it and can apply again.
  const shop = await (await page.request.get('/api/seller/shop')).json();
  const reason = 'The business licence number does not match the company name in the registry (REG-1).';
  expect((await api(admin, 'POST', `/api/admin/shops/${shop.id}/reject`, { reason })).status).toBe(200);
  await page.reload();
  await expect(page.getByRole('heading', { name: /Your application was rejected/ })).toBeVisible();
  await expect(page.locator('.cv-review__reason')).toContainText(reason);
  await expect(page.getByLabel('Registered company name')).toHaveValue('Mila Home Goods LLC');
  await page.getByRole('button', { name: 'Correct and apply again' }).click();
  await expect(page.getByRole('heading', { name: /Your application is under review/ })).toBeVisible();

  // The signed-out visitor's 401 and the no-shop-yet 404 are how the page learns where the visitor stands.
  // The short password's 400 is the server refusing it, on purpose.
  allow(problems, /HTTP 401 for .*\/api\/auth\/me/, /HTTP 404 for .*\/api\/seller\/shop$/, /HTTP 400 for .*\/api\/auth\/register/, /status of 40[014]/);
});
