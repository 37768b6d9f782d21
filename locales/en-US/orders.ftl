# The buyer's orders, disputes, reviews, notifications and account preferences (account area; buyerorders helper).

account-orders = Your orders
account-notifications = Notifications
account-preferences = Preferences
account-language = Language
account-currency = Currency for prices
account-currency-hint = Prices are converted for your information; orders are charged in US dollars.
account-addresses = Delivery addresses
account-address-remove = Remove the address { $address }
account-address-remove-short = Remove

orders-title = Your orders
orders-empty = You have not ordered anything yet.
orders-start-shopping = Start shopping
orders-more = Show older orders
orders-units = { $count ->
    [one] 1 item
   *[other] { $count } items
}

order-status-awaiting-payment = Awaiting payment
order-status-paid = Paid, waiting for shipment
order-status-shipped = Shipped
order-status-delivered = Delivered
order-status-completed = Completed
order-status-cancelled = Cancelled
order-status-expired = Not paid in time

order-back = ← All orders
order-title = Order { $id }
order-from = from { $shop }
order-progress = Progress
order-step-placed = Placed
order-step-paid = Paid
order-step-shipped = Shipped
order-step-delivered = Delivered
order-step-completed = Completed
order-step-cancelled = Cancelled
order-step-expired = Expired, not paid
order-pay-by = Pay for it in time or it is cancelled: { $left }.
order-ship-by = The seller must ship by { $date } ({ $left }).
order-auto-confirm = If you do nothing, receipt is confirmed on { $date } ({ $left }).
order-confirm-receipt = Confirm receipt
order-confirm-question = Did the order arrive as described? Confirming releases the payment to the seller.
order-confirm-yes = Yes, I received it
order-confirmed = Thank you. The seller is paid.
order-cancel = Cancel order
order-cancel-question = Cancel this order? A paid order is refunded in full.
order-cancel-reason = Why? (optional)
order-cancel-yes = Cancel the order
order-cancelled = The order is cancelled.
order-keep = Go back
order-items = Items
order-quantity = Quantity: { $count }
order-items-total = Items
order-shipping = Shipping
order-total = Total charged
order-display-total = About { $amount } at the rate of { $date }.
order-paid-with = Paid with { $brand } ending in { $last4 }
order-address = Delivery address

escrow-title = Your payment
escrow-none = Nothing has been paid yet.
escrow-held = Caravan holds your { $amount } safely. The seller is paid only when you confirm receipt.
escrow-held-until = Caravan holds your { $amount } safely. The seller is paid when you confirm receipt, or on { $date } if you do nothing.
escrow-released-buyer = You confirmed receipt, so the payment went to the seller.
escrow-released-timeout = The time to confirm receipt passed, so the payment went to the seller.
escrow-released-decision = After Caravan's decision the payment went to the seller.
escrow-refunded = { $amount } was refunded to you.
escrow-payout = The seller receives the money in 3 to 5 working days.

tracking-title = Tracking
tracking-number = Tracking number { $number }
tracking-placed = Order placed
tracking-paid = Payment received
tracking-shipped = Handed to the carrier
tracking-in-transit = On the way
tracking-out-for-delivery = Out for delivery
tracking-exception = Delivery problem
tracking-delivered = Delivered
tracking-completed = Receipt confirmed
tracking-cancelled = Cancelled
tracking-expired = Not paid in time
tracking-not-shipped-in-time = The seller did not ship in time

deadline-passed = the deadline has passed
deadline-days-left = { $count ->
    [one] 1 day left
   *[other] { $count } days left
}
deadline-hours-left = { $count ->
    [one] 1 hour left
   *[other] { $count } hours left
}
deadline-minutes-left = { $count ->
    [one] 1 minute left
   *[other] { $count } minutes left
}

order-error-not-cancellable = This order can no longer be cancelled: it has been shipped.
order-error-payment-in-progress = A payment for this order is being processed. Try again in a minute.
order-error-not-confirmable = Receipt can be confirmed once the order has been shipped.
order-error-dispute-open = This order has an open dispute. Its outcome decides, or withdraw it first.

dispute-title = Problem with the order
dispute-intro = Did the parcel not arrive, or is the item not as described? Open a dispute: your payment stays with Caravan until it is settled.
dispute-open = Open a dispute
dispute-reason = What is wrong?
dispute-reason-not-received = I did not receive it
dispute-reason-not-as-described = It is not as described
dispute-counterfeit = It looks counterfeit
dispute-damaged = It arrived damaged
dispute-remedy = What would you like?
remedy-full-refund = A full refund
remedy-partial-refund = A partial refund
remedy-partial-refund-of = A partial refund of { $amount }
remedy-resend = The item sent again
dispute-amount = Amount in { $currency }
dispute-amount-invalid = Enter an amount above zero and at most what you paid, like 12.50.
dispute-description = What happened?
dispute-description-hint = At least 10 characters. The seller and, if needed, Caravan read it.
dispute-description-short = Write at least 10 characters.
dispute-submit = Open the dispute
evidence-label = Photos
evidence-hint = JPEG, PNG or WebP, up to 5 MB each, at most { $count }. Needed when the item is not as described.
evidence-uploading = Uploading…
evidence-too-many = You can add at most { $count } photos.
evidence-too-large = That photo is over 5 MB. Choose a smaller one.
evidence-not-picture = That file is not a JPEG, PNG or WebP picture.
evidence-required = Add at least one photo that shows the problem.
evidence-picture = Photo { $number }
evidence-remove = Remove photo { $number }
dispute-by-you = You
dispute-by-seller = Seller
dispute-by-caravan = Caravan
dispute-awaiting-seller = Waiting for the seller's answer until { $date } ({ $left }). If the seller does not answer, the dispute closes in your favour.
dispute-negotiating = The seller answered. Accept their offer, make a counter-offer, or ask Caravan to decide.
dispute-arbitration = Caravan is reviewing the dispute and decides by { $date } ({ $left }).
dispute-arbitration-pending = Caravan is reviewing the dispute.
dispute-outcome-seller-accepted = Settled: the seller accepted. Refunded: { $amount }.
dispute-outcome-buyer-accepted = Settled: you accepted the seller's offer. Refunded: { $amount }.
dispute-outcome-timeout = Closed in your favour: the seller did not answer in time. Refunded: { $amount }.
dispute-outcome-for-buyer = Caravan decided in your favour. Refunded: { $amount }.
dispute-outcome-for-seller = Caravan decided in the seller's favour.
dispute-outcome-withdrawn = You withdrew the dispute.
dispute-requested = You asked for
dispute-opened = Opened
dispute-seller-offers = The seller offers:
dispute-accept = Accept this offer
dispute-counter = Make a counter-offer
dispute-note = Note (optional)
dispute-send-offer = Send the offer
dispute-escalate = Ask Caravan to decide
dispute-escalate-hint = Caravan reviews both sides' evidence and decides within a few working days.
dispute-withdraw = Withdraw the dispute
dispute-message-title = Add a message or photos
dispute-message = Your message
dispute-message-send = Send
dispute-history = History
dispute-event-opened = opened the dispute
dispute-event-message = wrote
dispute-event-offer = made an offer
dispute-event-accepted = accepted the offer
dispute-event-escalated = asked Caravan to decide
dispute-event-decided = decided
dispute-event-timed-out = the seller did not answer in time
dispute-event-withdrawn = withdrew the dispute
dispute-error-exists = This order already has a dispute.
dispute-error-closed = This dispute is closed.
dispute-error-wrong-step = That is not possible at this step of the dispute.
dispute-error-rules = The dispute cannot be opened like this: a paid order is needed, and photos when the item is not as described.
dispute-error-escrow = Caravan no longer holds payment for this order.

review-title = Your review
review-overall = Your rating of the order
review-dsr-intro = And how was the seller?
review-dsr-described = Item as described
review-dsr-communication = Communication
review-dsr-shipping = Shipping speed
review-stars = { $count ->
    [one] 1 star
   *[other] { $count } stars
}
review-choose-stars = Choose 1 to 5 stars.
review-text = Your review (optional)
review-submit = Send review
review-thanks = Thank you for your review of { $date }.
review-error-not-completed = You can review an order once it is completed.
review-error-exists = You have reviewed this order already.

notifications-title = Notifications
notifications-empty = Nothing new. Updates about your orders appear here.
notifications-unread = { $count ->
    [one] 1 unread
   *[other] { $count } unread
}
notifications-mark-read = Mark all as read
notifications-new = New:
notification-order-placed = Order { $order } placed.
notification-order-paid = Payment for order { $order } received.
notification-order-shipped = Order { $order } is on its way.
notification-order-delivered = Order { $order } was delivered. Confirm receipt if all is well.
notification-order-completed = Order { $order } is completed.
notification-order-cancelled = Order { $order } was cancelled.
notification-order-expired = Order { $order } was not paid in time and is cancelled.
notification-order-not-shipped-in-time = The seller did not ship order { $order } in time.
notification-dispute-opened = A dispute was opened on order { $order }.
notification-dispute-message = New message in the dispute on order { $order }.
notification-dispute-offer = New offer in the dispute on order { $order }.
notification-dispute-escalated = The dispute on order { $order } went to Caravan for a decision.
notification-dispute-resolved = The dispute on order { $order } is settled.
notification-other = An update about your account.
