# Messages for the server's error codes (`error.code` in the JSON envelope), one per code.

error-code-not-found = We could not find that. It may have been removed.
error-code-bad-request = The request was not understood. Reload the page and try again.
error-code-invalid-input = Some of the details are not right. Check the highlighted fields.
error-code-malformed-json = The request was damaged on the way. Reload the page and try again.
error-code-invalid-body = The request had missing or unexpected details. Reload the page and try again.
error-code-invalid-query = The address has a setting we do not understand. Check the link and try again.
error-code-unsupported-media-type = This kind of file or data is not accepted here.
error-code-payload-too-large = That is too large to upload. Choose a smaller file.
error-code-method-not-allowed = This action is not possible here.
error-code-unauthenticated = Please sign in to continue.
error-code-invalid-credentials = The e-mail or password is not right.
error-code-wrong-role = Your account is not allowed to do this.
error-code-csrf-check-failed = Your session could not be confirmed. Reload the page and try again.
error-code-email-taken = An account with this e-mail already exists.
error-code-stale-version = This was changed somewhere else. Reload to see the latest version before saving.
error-code-blocked-by-rules = This breaks a platform rule. See the details below.
error-code-too-many-requests = Too many attempts. Wait a moment and try again.
error-code-no-shop = You do not have a shop yet. Open one in the seller center first.
error-code-shop-exists = You already have a shop.
error-code-shop-name-taken = This shop name is already taken. Choose another.
error-code-not-pending = This application has already been decided.
error-code-not-published = This listing is not published.
error-code-listing-suspended = This listing is suspended and cannot be changed.
error-code-internal = Something went wrong on our side. Please try again.
error-code-document-on-file = This document is already on file or waiting for review.

# --- Trust and safety (issue 7): penalties, appeals, promotions, disputes, reviews. ---
error-code-shop-restricted = Your shop's operations are restricted by a penalty. See Penalties in the seller center.
error-code-shop-suspended = Your shop's trading is suspended. Its listings cannot be published or bought until the penalty ends.
error-code-shop-closed = Caravan has ended cooperation with this shop.
error-code-promotion-banned = Your shop is banned from promotions for now. See Penalties for the end date.
error-code-appeal-exists = You have already appealed this penalty.
error-code-penalty-lifted = This penalty has already been lifted.
penalty-reason-staff-finding = Caravan staff found a breach of { $rule }: { $facts }
penalty-reason-ip-closure = Intellectual-property infringements reached the limit ({ $serious } serious, { $points } points), so cooperation ends.
error-code-promotion-overlap = Some of these products are already in another promotion at that time.
error-code-promotion-terms-frozen = Once a promotion is approved, its products and discount type stay as they are. You can only add stock or deepen the discount.
error-code-promotion-closed = This promotion has ended, was rejected or was withdrawn.
error-code-dispute-exists = This order already has a dispute. Continue it from the order page.
error-code-dispute-closed = This dispute is closed.
error-code-dispute-wrong-step = That is not possible at this stage of the dispute.
error-code-dispute-open = This order has an open dispute. Its outcome decides what happens to the payment, or withdraw the dispute first.
error-code-escrow-not-held = The payment for this order is no longer held, so it cannot be refunded this way.
error-code-buyer-only = Only the buyer can do this.
error-code-order-not-completed = You can review an order once it is completed.
error-code-review-exists = You have already reviewed this order.

# Orders, payment and fulfilment (issue 7).
error-code-cart-changed = Some items in your cart changed or can no longer be ordered. Check the highlighted items and try again.
error-code-idempotency-key-missing = The order could not be sent safely. Reload the page and try again.
error-code-idempotency-key-invalid = The order could not be sent safely. Reload the page and try again.
error-code-idempotency-key-reused = This order was already sent with different contents. Reload the page to start a new order.
error-code-not-payable = This order can no longer be paid. It expired or was cancelled.
error-code-payment-in-progress = Your payment is being processed. Wait a moment and reload the page.
error-code-card-declined = Your card was declined. Try another card.
error-code-payment-retry = The payment could not be completed just now. Nothing was charged. Please try again.
error-code-not-cancellable = This order can no longer be cancelled because it has already shipped.
error-code-not-confirmable = Receipt can be confirmed only once, after the order has shipped.
error-code-not-shippable = Only paid orders that have not shipped yet can be shipped.
error-code-not-in-transit = Tracking updates can be added only to shipped orders that are not yet delivered.

# Account: address book (account helper, journey 9).
error-code-address-book-full = Your address book is full (20 addresses). Remove one to save another.
