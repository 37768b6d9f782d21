import { test, expect, screenshot } from '../fixtures/test';
import { ListingEditor, SELLER, png, signIn } from '../fixtures/seller';

test.beforeEach(async ({ page }) => {
  await signIn(page, SELLER);
});

test('a prohibited term in the title is judged in the browser in the same frame, with no request', async ({ page }) => {
  const editor = new ListingEditor(page);
  await editor.open('new');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));

  // One keystroke's input event, then the next animation frame: the verdict must already be drawn.
  const drawnInSameFrame = await page.evaluate(async () => {
    const input = document.getElementById('f-title') as HTMLInputElement;
    input.value = 'Steel water bottle with gun holster';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    return document.querySelector('#f-title-verdicts [data-rule="LST-2"]')?.textContent ?? null;
  });
  expect(drawnInSameFrame).toContain('LST-2');
  expect(drawnInSameFrame).toContain('“gun” may not be sold on Caravan');
  // Typing key by key judges every keystroke the same way.
  await editor.title.fill('');
  await editor.title.pressSequentially('Brass knuckles');
  await expect(editor.verdicts('title').filter({ hasText: 'LST-2' })).toContainText('brass knuckles');
  expect(requests, 'no request while judging').toEqual([]);

  // The verdict blocks publishing and the summary links to the field.
  await expect(editor.publish).toBeDisabled();
  const summaryLink = page.locator('.cv-summary__list a', { hasText: 'brass knuckles' });
  await summaryLink.click();
  await expect(editor.title).toBeFocused();

  // The server's verdicts on the saved draft equal the browser's.
  await editor.saved();
  await expect(page.locator('.cv-editor')).toHaveAttribute('data-verdicts-match', 'true');
  await screenshot(page, 'seller-editor-prohibited');
});

test('a new listing with every field: instant verdicts, picture checks before upload, variants, save and publish', async ({ page }) => {
  test.setTimeout(90_000);
  const editor = new ListingEditor(page);
  await editor.open('new');

  await editor.title.fill('Insulated steel water bottle 750 ml for hiking');
  await expect(editor.verdicts('title')).toHaveCount(0);

  // Category from the searchable tree; its required attribute appears.
  await page.getByRole('combobox', { name: 'Category' }).fill('drinkware');
  await page.getByRole('button', { name: 'Kitchen & Dining › Drinkware' }).click();
  await expect(page.locator('.cv-category-picker__chosen')).toHaveText('Kitchen & Dining › Drinkware');
  await expect(page.locator('#cv-summary-title')).toContainText('stop publishing');
  await page.getByLabel('Material', { exact: true }).fill('Stainless steel');
  await page.getByLabel('Description').fill('<p>Double-walled steel keeps drinks cold for 24 hours and hot for 12.</p>');

  // A picture over the size limit is refused in the browser: nothing is sent.
  const uploads: string[] = [];
  page.on('request', (r) => r.url().endsWith('/api/seller/images') && uploads.push(r.url()));
  await page.locator('#f-images').setInputFiles({
    name: 'huge.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.alloc(6 * 1024 * 1024, 1),
  });
  await expect(page.locator('.cv-images')).toContainText('huge.jpg is 6.0 MB; pictures may be at most 5.0 MB');
  expect(uploads).toEqual([]);
  // A good picture uploads and is measured by the server.
  await page.locator('#f-images').setInputFiles([
    { name: 'front.png', mimeType: 'image/png', buffer: png(1000, 1000) },
    { name: 'side.png', mimeType: 'image/png', buffer: png(900, 900, [200, 80, 40]) },
  ]);
  await expect(page.locator('.cv-images__item')).toHaveCount(2);
  expect(uploads).toHaveLength(2);
  await expect(page.locator('.cv-images__item').first()).toContainText(/1000 × 1000|900 × 900/);
  // Reorder and remove.
  await page.getByRole('button', { name: 'Move picture 2 earlier' }).click();
  await page.getByRole('button', { name: 'Remove picture 2' }).click();
  await expect(page.locator('.cv-images__item')).toHaveCount(1);

  // Variants: two colours make two SKUs, each with its own price and stock.
  await page.getByRole('button', { name: 'Add a property' }).click();
  await page.getByLabel('Property 1').fill('Colour');
  await page.getByLabel('Values, separated by commas').fill('Black, Sand');
  await expect(page.locator('.cv-skus tbody tr')).toHaveCount(2);
  await page.getByLabel('Price of Black', { exact: true }).fill('18.99');
  await page.getByLabel('Stock of Black', { exact: true }).fill('40');
  await page.getByLabel('Price of Sand', { exact: true }).fill('18.99');
  await page.getByLabel('Discount price of Sand', { exact: true }).fill('19.99');
  await expect(editor.verdicts('skus[1].discount_price')).toContainText('LST-8');
  await page.getByLabel('Discount price of Sand', { exact: true }).fill('15.99');
  await expect(editor.verdicts('skus[1].discount_price')).toHaveCount(0);
  await page.getByLabel('Stock of Sand', { exact: true }).fill('25');
  await page.getByLabel('SKU code of Black', { exact: true }).fill('TB750BLK');
  await page.getByLabel('SKU code of Sand', { exact: true }).fill('TB750SND');

  // Package and shipping.
  await page.getByLabel('Package weight (kg)').fill('0.42');
  await page.getByLabel('Length (cm)').fill('28');
  await page.getByLabel('Width (cm)').fill('9');
  await page.getByLabel('Height (cm)').fill('9');
  await page.getByLabel('Width (cm)').fill('9,5x');
  await expect(page.locator('#f-package-width_cm_hundredths-error')).toHaveText('Enter a number, for example 12.50.');
  await page.getByLabel('Width (cm)').fill('9.5');
  await page.getByLabel('Shipping template').selectOption({ index: 1 });

  await expect(editor.summaryTitle).toHaveText('Nothing stops publishing');
  await expect(editor.publish).toBeEnabled();
  await screenshot(page, 'seller-editor-ready');

  // Saved on a pause; the URL takes the new listing's id; the server agrees with the browser.
  await editor.saved();
  await expect(page).toHaveURL(/\/seller\/listings\/\d+$/);
  await expect(page.locator('.cv-editor')).toHaveAttribute('data-verdicts-match', 'true');

  await editor.publish.click();
  await expect(page.locator('.cv-publish-bar__status')).toHaveText('Published: in the shop');
  await page.getByRole('link', { name: 'View in the shop' }).click();
  await expect(page.locator('.cv-product__title')).toHaveText('Insulated steel water bottle 750 ml for hiking');
});
