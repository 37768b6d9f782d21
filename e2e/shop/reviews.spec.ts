import { test, expect, screenshot } from '../fixtures/test';
import { newBuyer, orderAt, signInInBrowser } from '../fixtures/orders';

test('a completed order is rated with stars and the three seller ratings, by pointer and by keyboard', async ({ page, baseURL }) => {
  const buyer = await newBuyer(baseURL!);
  const order = await orderAt(baseURL!, buyer, 'completed');
  await signInInBrowser(page, buyer, `/orders/${order.id}`);
  const review = page.getByRole('region', { name: 'Your review' });
  await expect(review).toBeVisible();

  // Nothing chosen: each missing rating says so at its group, and the first one gets the focus.
  await review.getByRole('button', { name: 'Send review' }).click();
  await expect(review.getByText('Choose 1 to 5 stars.')).toHaveCount(4);
  await expect(page.locator('#rating-1')).toBeFocused();

  const overall = review.getByRole('group', { name: 'Your rating of the order' });
  await overall.getByRole('radio', { name: '4 stars' }).check();
  await expect(overall.locator('.cv-star-choice__star--on')).toHaveCount(4);
  await review.getByRole('group', { name: 'Item as described' }).getByRole('radio', { name: '5 stars' }).check();
  // Keyboard: arrows move through a radio group like any other.
  const communication = review.getByRole('group', { name: 'Communication' });
  await communication.getByRole('radio', { name: '1 star', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(communication.getByRole('radio', { name: '3 stars' })).toBeChecked();
  await review.getByRole('group', { name: 'Shipping speed' }).getByRole('radio', { name: '2 stars' }).check();
  await review.getByRole('textbox', { name: 'Your review (optional)' }).fill('Good bottle, slow parcel.');
  // Each group's error went away when a star was chosen there.
  await expect(review.getByText('Choose 1 to 5 stars.')).toHaveCount(0);
  await screenshot(page, 'review-form');
  await review.getByRole('button', { name: 'Send review' }).click();

  await expect(review.getByRole('status')).toContainText('Thank you for your review');
  await expect(review.getByRole('img', { name: '4 stars' })).toBeVisible();
  const stored = await (await buyer.api.get(`/api/orders/${order.id}/review`)).json();
  expect(stored).toMatchObject({
    rating: 4,
    text: 'Good bottle, slow parcel.',
    dsr: { described: 5, communication: 3, shipping: 2 },
  });
  // Reviewed once: a reload shows the review, not the form.
  await page.reload();
  await expect(review.getByRole('img', { name: '3 stars' })).toBeVisible();
  await expect(review.getByRole('button', { name: 'Send review' })).toHaveCount(0);
});

test('an order that is not completed offers no review', async ({ page, baseURL }) => {
  const buyer = await newBuyer(baseURL!);
  const order = await orderAt(baseURL!, buyer, 'shipped');
  await signInInBrowser(page, buyer, `/orders/${order.id}`);
  await expect(page.locator('.cv-order__status .cv-status')).toHaveText('Shipped');
  await expect(page.getByRole('region', { name: 'Your review' })).toHaveCount(0);
});
