import { test, expect, screenshot } from '../fixtures/test';
import { ListingEditor, SELLER, allow, signIn } from '../fixtures/seller';

/** The id of one of the demo seller's listings. */
async function someListing(page: import('@playwright/test').Page, index = 0): Promise<number> {
  const response = await page.request.get('/api/seller/listings');
  const listings = await response.json();
  return listings[index].id;
}

test('the same listing in two tabs: the other tab hears of the save, the stale save is refused and nothing is lost', async ({ page, context, problems }) => {
  test.setTimeout(90_000);
  await signIn(page, SELLER);
  const id = await someListing(page, 3);
  const tabA = new ListingEditor(page);
  const tabB = new ListingEditor(await context.newPage());
  await tabA.open(id);
  await tabB.open(id);
  const originalTitle = await tabA.title.inputValue();

  // Tab B's first save is held on the way until tab A has saved, so B's save arrives second.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await tabB.page.route(`**/api/seller/listings/${id}`, async (route) => {
    if (route.request().method() === 'PUT') await held;
    await route.continue();
  });
  await tabB.page.getByLabel('Description').fill('Written in tab B, which must not be lost.');
  await tabA.title.fill(`${originalTitle} (tab A)`);
  await tabA.saved();

  // Tab B is told at once, while its own save is still on the way.
  await expect(tabB.page.getByRole('heading', { name: 'Saved in another tab' })).toBeVisible();
  release();

  // The server refuses B's stale save; B keeps everything it typed.
  await expect(tabB.page.getByRole('heading', { name: 'This listing was saved in another tab or device' })).toBeVisible();
  await expect(tabB.status).toHaveAttribute('data-save-state', 'conflict');
  await expect(tabB.page.getByLabel('Description')).toHaveValue('Written in tab B, which must not be lost.');
  await screenshot(tabB.page, 'seller-editor-conflict');

  // Still there after a reload of tab B (kept on the device), and still refused until the seller chooses.
  await tabB.page.reload();
  await expect(tabB.page.getByLabel('Description')).toHaveValue('Written in tab B, which must not be lost.');
  await expect(tabB.page.getByText(/Your unsaved changes from .* were restored/)).toBeVisible();
  await expect(tabB.status).toHaveAttribute('data-save-state', 'conflict');

  // Compare shows both sides; keeping B's version saves it over A's.
  await tabB.page.getByRole('button', { name: 'Compare the versions' }).first().click();
  const compare = tabB.page.locator('table.cv-compare');
  await expect(compare.getByRole('row', { name: /^Title/ })).toContainText(`${originalTitle} (tab A)`);
  await expect(compare.getByRole('row', { name: /^Description/ })).toContainText('Written in tab B');
  await tabB.page.getByRole('button', { name: 'Keep my version and save it' }).click();
  await tabB.saved();

  // Tab A had nothing unsaved, so it takes B's version when it hears of the save.
  await expect(tabA.page.getByLabel('Description')).toHaveValue('Written in tab B, which must not be lost.');
  const saved = await (await page.request.get(`/api/seller/listings/${id}`)).json();
  expect(saved.draft.description).toBe('Written in tab B, which must not be lost.');
  allow(problems, /HTTP 409 for .*\/api\/seller\/listings\//, /status of 409/);
});

test('a draft survives a reload before it reached the server, and a closed tab leaves it to restore', async ({ page, context, problems }) => {
  test.setTimeout(90_000);
  await signIn(page, SELLER);
  const id = await someListing(page, 5);
  const editor = new ListingEditor(page);
  await editor.open(id);

  // Reloaded at once, before the pause that saves to the server: the typed title comes back.
  await editor.title.fill('Typed just before a reload');
  await page.reload();
  await expect(editor.title).toHaveValue('Typed just before a reload');
  await expect(page.getByText(/Your unsaved changes from .* were restored/)).toBeVisible();
  await editor.saved();

  // Offline: the save fails, the draft stays on the device; the tab is closed.
  await page.route(`**/api/seller/listings/${id}`, (route) =>
    route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue(),
  );
  await editor.title.fill('Typed while offline, then the tab closed');
  await expect(editor.status).toHaveAttribute('data-save-state', 'offline', { timeout: 10_000 });
  await page.close();

  // Another tab finds the copy and offers it.
  const next = new ListingEditor(await context.newPage());
  await next.open(id);
  await expect(next.title).toHaveValue('Typed just before a reload');
  await expect(next.page.getByText(/Unsaved changes to this listing from another window were found/)).toBeVisible();
  await next.page.getByRole('button', { name: 'Restore them' }).click();
  await expect(next.title).toHaveValue('Typed while offline, then the tab closed');
  await next.saved();
  const saved = await (await next.page.request.get(`/api/seller/listings/${id}`)).json();
  expect(saved.draft.title).toBe('Typed while offline, then the tab closed');
  allow(problems, /ERR_INTERNET_DISCONNECTED|Failed to fetch/);
});
