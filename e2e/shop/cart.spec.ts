import { test, expect, screenshot } from '../fixtures/test';
import { Header } from '../fixtures/account';
import { CartPage, ProductBuying, findListings, usd, type Detail } from '../fixtures/cart';

/** A listing with several variants in stock, and a second one from another shop. */
async function twoListings(request: any): Promise<[Detail, Detail]> {
  const [withVariants] = await findListings(request, (d) => d.skus.length > 1 && d.skus.every((s) => s.stock >= 5));
  const [other] = await findListings(request, (d) => d.shop.id !== withVariants.shop.id && d.skus[0].stock >= 3);
  return [withVariants, other];
}

test('add to cart with the chosen variant and quantity; the cart groups by shop and the server prices it', async ({ page, request }) => {
  const [first, second] = await twoListings(request);
  const sku = first.skus[1];
  const buying = new ProductBuying(page);
  await buying.open(first.id);
  await buying.add(sku.options, 3);
  await expect(page.getByRole('status')).toContainText('Your cart has 3 of these.');
  const header = new Header(page);
  await expect(header.cart).toHaveAccessibleName('Cart, 3 items');

  // The same variant again adds units; another shop's item becomes its own group.
  await buying.add(sku.options, 1);
  await expect(page.getByRole('status')).toContainText('Your cart has 4 of these.');
  await buying.open(second.id);
  await buying.add(second.skus[0].options, 1);
  await expect(header.cart).toHaveAccessibleName('Cart, 5 items');

  await header.cart.click();
  const cart = new CartPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cart (5 items)');
  await expect(cart.shop(first.shop.name).getByRole('link', { name: first.title })).toBeVisible();
  await expect(cart.shop(second.shop.name).getByRole('link', { name: second.title })).toBeVisible();
  await expect(cart.line(first.title)).toContainText(sku.options.join(' / '));
  await expect(cart.quantity(first.title)).toHaveValue('4');

  // The totals are the server's quote for the destination (en-US starts with the United States).
  const quote = await (
    await request.post('/api/cart/quote', {
      headers: { 'X-Caravan-Csrf': '1' },
      data: {
        destination: 'US',
        lines: [
          { listing_id: first.id, sku_id: sku.id, quantity: 4, expected_unit_price: sku.price },
          { listing_id: second.id, sku_id: second.skus[0].id, quantity: 1, expected_unit_price: second.skus[0].price },
        ],
      },
    })
  ).json();
  expect(quote.orderable).toBe(true);
  await expect(cart.summary.locator('.cv-totals dd').last()).toHaveText(usd(quote.totals.total));
  await expect(page.getByRole('combobox', { name: 'Deliver to' })).toHaveValue('US');
  await expect(cart.checkout).toBeVisible();
  await screenshot(page, 'cart');

  // Fewer units, then removal.
  await cart.line(first.title).getByRole('button', { name: 'One fewer' }).click();
  await expect(cart.quantity(first.title)).toHaveValue('3');
  await expect(header.cart).toHaveAccessibleName('Cart, 4 items');
  // From the keyboard: the row changes in place, so the focus stays on the button pressed.
  const more = cart.line(first.title).getByRole('button', { name: 'One more' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(cart.quantity(first.title)).toHaveValue('4');
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cart.quantity(first.title)).toHaveValue('5');
  await cart.line(second.title).getByRole('button', { name: `Remove ${second.title}` }).click();
  await expect(cart.shop(second.shop.name)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cart (5 items)');
});

test('the cart survives a reload and a closed tab, and works offline with the prices last seen', async ({ page, context, request, problems }) => {
  const [first] = await twoListings(request);
  const buying = new ProductBuying(page);
  await buying.open(first.id);
  await buying.add(first.skus[0].options, 2);
  const cart = new CartPage(page);
  await cart.open();
  await expect(cart.quantity(first.title)).toHaveValue('2');

  await page.reload();
  await expect(cart.quantity(first.title)).toHaveValue('2');
  await page.close();
  const again = await context.newPage();
  const cartAgain = new CartPage(again);
  await cartAgain.open();
  await expect(cartAgain.quantity(first.title)).toHaveValue('2');

  // Offline: the change is kept, the prices cannot be checked and the page says so.
  await context.setOffline(true);
  await again.getByRole('group', { name: `Quantity of ${first.title}` }).getByRole('button', { name: 'One more' }).click();
  await expect(cartAgain.quantity(first.title)).toHaveValue('3');
  await expect(again.getByRole('status').filter({ hasText: 'could not check prices' })).toBeVisible();
  await expect(new Header(again).cart).toHaveAccessibleName('Cart, 3 items');
  await context.setOffline(false);
  await again.getByRole('button', { name: 'Try again' }).click();
  await expect(cartAgain.checkout).toBeVisible();
  // The quote requests made while offline failed, as they should have.
  expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(p))).toEqual([]);
  problems.length = 0;
});

test('two open tabs show the same cart', async ({ page, context, request }) => {
  const [first, second] = await twoListings(request);
  const buying = new ProductBuying(page);
  await buying.open(first.id);
  await buying.add(first.skus[0].options, 1);
  const cartA = new CartPage(page);
  await cartA.open();

  const other = await context.newPage();
  const cartB = new CartPage(other);
  await cartB.open();
  await expect(cartB.quantity(first.title)).toHaveValue('1');

  await page.getByRole('group', { name: `Quantity of ${first.title}` }).getByRole('button', { name: 'One more' }).click();
  await expect(cartB.quantity(first.title)).toHaveValue('2');
  await expect(new Header(other).cart).toHaveAccessibleName('Cart, 2 items');

  // Adding in a third tab reaches both.
  const third = await context.newPage();
  const buyingThird = new ProductBuying(third);
  await buyingThird.open(second.id);
  await buyingThird.add(second.skus[0].options, 1);
  await expect(cartA.line(second.title)).toBeVisible();
  await expect(cartB.line(second.title)).toBeVisible();

  await other.getByRole('button', { name: `Remove ${first.title}` }).click();
  await expect(cartA.line(first.title)).toHaveCount(0);
});

test('a changed price and short stock are shown at their lines with a fix, and block checkout until fixed', async ({ page, request }) => {
  const [first, second] = await twoListings(request);
  const buying = new ProductBuying(page);
  await buying.open(first.id);
  await buying.add(first.skus[0].options, 1);
  await buying.open(second.id);
  await buying.add(second.skus[0].options, 1);

  // As if the buyer had added them while the first cost a dollar less and the second had more stock.
  const seenPrice = { ...first.skus[0].price, minor: first.skus[0].price.minor - 100 };
  const stock = second.skus[0].stock;
  await page.evaluate(
    ([price, stockNow]) => {
      const lines = JSON.parse(localStorage.getItem('caravan.cart')!);
      lines[0].unit_price = price;
      lines[1].stock = (stockNow as number) + 10;
      lines[1].quantity = (stockNow as number) + 5;
      localStorage.setItem('caravan.cart', JSON.stringify(lines));
      localStorage.setItem('caravan.cart.count', String(lines[0].quantity + lines[1].quantity));
    },
    [seenPrice, stock] as const,
  );
  const cart = new CartPage(page);
  await cart.open();
  const priceLine = cart.line(first.title);
  await expect(priceLine).toContainText(`The price changed from ${usd(seenPrice)} to ${usd(first.skus[0].price)}.`);
  const stockLine = cart.line(second.title);
  await expect(stockLine).toContainText(stock === 1 ? 'Only 1 left.' : `Only ${stock} left.`);
  await expect(page.getByText('Some items need your attention before checkout.')).toBeVisible();
  await expect(cart.summary.getByRole('button', { name: 'Go to checkout' })).toBeDisabled();
  await screenshot(page, 'cart-problems');

  await priceLine.getByRole('button', { name: 'Accept the new price' }).click();
  await stockLine.getByRole('button', { name: `Change to ${stock}` }).click();
  await expect(cart.quantity(second.title)).toHaveValue(String(stock));
  await expect(cart.checkout).toBeVisible();
});

test('another display currency shows converted totals with the charge in dollars, the rate and its date', async ({ page, request }) => {
  const [first] = await twoListings(request);
  const buying = new ProductBuying(page);
  await buying.open(first.id);
  await buying.add(first.skus[0].options, 2);
  const cart = new CartPage(page);
  await cart.open();
  await page.getByRole('combobox', { name: 'Currency' }).selectOption('EUR');
  const fx = await (await request.get('/api/fx')).json();
  const note = cart.summary.locator('.cv-totals__charged');
  await expect(note).toContainText('You are charged $');
  await expect(note).toContainText('in USD. Converted at 1 USD = ');
  await expect(note).toContainText(`the reference rate of ${fx.date}.`);
  await expect(cart.summary.locator('.cv-totals dd').last()).toContainText('≈');
  await expect(cart.summary.locator('.cv-totals dd').last()).toContainText('€');
});

test('the cart is usable with the keyboard and says when it is empty', async ({ page, request }) => {
  const cart = new CartPage(page);
  await cart.open();
  await expect(page.getByText('Your cart is empty.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Continue shopping' })).toBeVisible();

  const [first] = await twoListings(request);
  const buying = new ProductBuying(page);
  await buying.open(first.id);
  await buying.quantity.focus();
  await page.keyboard.press('Tab'); // to "One more"
  await page.keyboard.press('Enter');
  await expect(buying.quantity).toHaveValue('2');
  await buying.addButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Added.' })).toBeVisible();
});
