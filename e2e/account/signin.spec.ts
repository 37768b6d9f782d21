import { test, expect, screenshot } from '../fixtures/test';
import { AuthForms, BUYER, Header, acceptRefusals, signInAsBuyer, uniqueEmail } from '../fixtures/account';

test('signing in from the header opens the account, and signing out returns to the shop', async ({ page }) => {
  await page.goto('/search?q=bottle');
  const header = new Header(page);
  await header.signIn.click();
  // The account page asks to sign in first, and comes back afterwards.
  await expect(page).toHaveURL(/\/signin\?next=%2Faccount$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await screenshot(page, 'signin');

  await new AuthForms(page).signIn(BUYER.email, BUYER.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.getByText(BUYER.email)).toBeVisible();
  await expect(header.account(BUYER.name)).toHaveAttribute('href', '/account');

  // The session and the name survive a reload.
  await page.reload();
  await expect(header.account(BUYER.name)).toBeVisible();
  await expect(page.getByText(BUYER.email)).toBeVisible();
  await screenshot(page, 'account');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(header.signIn).toBeVisible();
  const me = await page.request.get('/api/auth/me');
  expect(me.status(), 'the session is gone on the server too').toBe(401);
});

test('a page that needs an account brings the buyer back after signing in', async ({ page }) => {
  await page.goto('/signin?next=%2Fsearch%3Fq%3Dbottle');
  await new AuthForms(page).signIn(BUYER.email, BUYER.password);
  await expect(page).toHaveURL(/\/search\?q=bottle$/);
  await expect(new Header(page).account(BUYER.name)).toBeVisible();
});

test('a wrong password is refused at the form, in words, and the password is cleared', async ({ page, problems }) => {
  await page.goto('/signin');
  const forms = new AuthForms(page);
  await forms.signIn(uniqueEmail('nobody'), 'not the right one');
  await expect(forms.alert).toHaveText('The e-mail or password is not right.');
  await expect(forms.alert).toHaveAttribute('role', 'alert');
  await expect(forms.password).toHaveValue('');
  await expect(page).toHaveURL(/\/signin$/);
  acceptRefusals(problems, [401]);
});

test('empty fields are marked at the field before anything is sent', async ({ page }) => {
  await page.goto('/signin');
  let posted = false;
  page.on('request', (r) => { if (r.method() === 'POST') posted = true; });
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const forms = new AuthForms(page);
  await expect(forms.email).toHaveAttribute('aria-invalid', 'true');
  await expect(forms.email).toBeFocused();
  await expect(page.locator('#email-error')).toHaveText('Fill in this field.');
  await expect(forms.email).toHaveAccessibleDescription('Fill in this field.');
  expect(posted).toBe(false);
});

test('registration shows the server refusals at their fields, keeps the typing, then signs in', async ({ page, problems }) => {
  await page.goto('/register?next=%2Fsearch%3Fq%3Dlamp');
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  const forms = new AuthForms(page);

  // Too short a password and a taken e-mail: each is said at its own field.
  await forms.register('Ana Lima', BUYER.email, 'short');
  await expect(forms.password).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#password-error')).toHaveText('Use at least 8 characters.');
  await expect(forms.alert).toHaveText('Some of the details are not right. Check the highlighted fields.');
  await forms.password.fill('a long enough passphrase');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#email-error')).toHaveText('An account with this e-mail already exists. Sign in instead.');
  await expect(forms.email).toBeFocused();
  await screenshot(page, 'register-errors');

  // What was typed (not the password) survives a reload.
  await forms.email.fill('ana.lima@example.com');
  await page.reload();
  await expect(forms.name).toHaveValue('Ana Lima');
  await expect(forms.email).toHaveValue('ana.lima@example.com');
  await expect(forms.password).toHaveValue('');

  const email = uniqueEmail('ana');
  await forms.register('Ana Lima', email, 'a long enough passphrase');
  await expect(page).toHaveURL(/\/search\?q=lamp$/);
  await expect(new Header(page).account('Ana Lima')).toBeVisible();
  const me = await (await page.request.get('/api/auth/me')).json();
  expect(me).toMatchObject({ email, role: 'buyer', display_name: 'Ana Lima' });
  acceptRefusals(problems, [400, 409]);
});

test('the account page sends a signed-out visitor to sign in and back', async ({ page }) => {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/signin\?next=%2Faccount$/);
  await new AuthForms(page).signIn(BUYER.email, BUYER.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
});

test('a next address on another site is ignored', async ({ page }) => {
  await page.goto('/signin?next=%2F%2Fevil.example%2F');
  await new AuthForms(page).signIn(BUYER.email, BUYER.password);
  await expect(page).toHaveURL(/\/account$/);
});

test('signing in and out in one tab shows in the other', async ({ page, context }) => {
  await page.goto('/');
  const other = await context.newPage();
  await other.goto('/');
  await expect(new Header(other).signIn).toBeVisible();
  await signInAsBuyer(page);
  await expect(new Header(other).account(BUYER.name)).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(new Header(other).signIn).toBeVisible();
});

test('a session the server forgot counts as signed out', async ({ page, problems }) => {
  await signInAsBuyer(page);
  await page.context().clearCookies();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/signin\?next=%2Faccount$/);
  await expect(new Header(page).signIn).toBeVisible();
  acceptRefusals(problems, [401]);
});

test('sign-in works with the keyboard alone and shows the password on request', async ({ page }) => {
  await page.goto('/signin');
  const forms = new AuthForms(page);
  await forms.email.focus();
  await page.keyboard.type(BUYER.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(BUYER.password);
  await expect(forms.password).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(forms.password).toHaveAttribute('type', 'text');
  await forms.password.press('Enter');
  await expect(page).toHaveURL(/\/account$/);
});
