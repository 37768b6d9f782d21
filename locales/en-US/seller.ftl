# The seller center's screens (loaded when the seller center opens).

seller-center-title = Seller center

## Seller center: frame, session and shared states (issue 4)

seller-nav-label = Seller center sections
seller-nav-overview = Overview
seller-nav-listings = Listings
seller-nav-documents = Licences and brands
seller-new-listing = New listing
seller-overview-title = Your shop
seller-shop-status-pending = Under review
seller-shop-status-approved = Approved
seller-shop-status-rejected = Rejected
seller-sign-in-needed = Sign in with your seller account to open the seller center.
seller-sign-in = Sign in
seller-register-instead = Register as a seller
seller-not-a-seller = This account is a buyer account. The seller center needs a seller account.
seller-sign-out-to-register = Sign out and register as a seller
seller-signed-in-as = You are signed in as { $email }.
seller-no-shop-yet = You have not opened your shop yet.
seller-open-shop = Open your shop
seller-see-application = See your application
seller-choose = Choose…
seller-error-network = We could not reach Caravan. Your work is kept on this device; we will try again.
seller-number-invalid = Enter a number, for example 12.50.
seller-rules-unavailable = The platform rules could not be loaded, so problems are only shown when you save.
verdict-block = Blocks publishing:
verdict-warn = Warning:

## Seller center: onboarding (journey 1)

seller-onboarding-title = Open your shop
seller-account-title = Create your seller account
seller-account-intro = Your seller account signs you in to the seller center. Company details come next.
seller-account-name = Your name
seller-account-email = E-mail
seller-account-password = Password
seller-account-password-hint = At least 10 characters. Do not use your e-mail address.
seller-account-create = Create seller account
seller-account-have-one = I already have an account
seller-company-title = Company
seller-company-name = Registered company name
seller-company-licence = Business licence number
seller-company-representative = Legal representative
seller-company-country = Country of registration
seller-contact-title = Contacts
seller-contact-email = Company e-mail
seller-contact-phone = Customer service phone
seller-contact-emergency = Emergency contact (name and phone)
seller-email-send-code = Send verification code
seller-email-resend = Send a new code
seller-email-code-sent = We sent a 6-digit code to { $email }. It is valid for 15 minutes.
seller-email-code = Verification code
seller-email-verify = Verify
seller-email-verified = E-mail verified.
seller-business-title = Business
seller-account-type = Account type
seller-account-type-b2c = Selling to consumers (B2C)
seller-account-type-b2b = Selling to businesses (B2B)
seller-main-category = Main category
seller-sales-regions = Sales regions
seller-shop-name-title = Shop name
seller-shop-name = Shop name
seller-shop-name-hint = 4 to 64 characters. No brand names you are not authorised for, no sensitive words.
seller-shop-name-checking = Checking whether the name is free…
seller-shop-name-available = This name is free.
seller-shop-name-taken = Another shop already uses this name or one that looks the same.
seller-apply = Apply for review
seller-apply-again = Correct and apply again
seller-review-pending-title = Your application is under review
seller-review-pending-body = The platform checks your company details, usually within 2 working days. You can prepare listings meanwhile; they can be published once the shop is approved.
seller-review-approved-title = Your shop is open
seller-review-approved-body = Your shop is approved. Create listings and publish them to the catalogue.
seller-review-rejected-title = Your application was rejected
seller-review-rejected-body = Read the reason below, correct your details and apply again.
seller-review-reason = Reason given by the platform
seller-first-listing = Create your first listing
seller-field-display-name-length = Use 1 to 60 characters.
seller-field-email-invalid = Enter an e-mail address like name@example.com.
seller-field-code-wrong = This code is not right. Check the e-mail and try again.
seller-field-code-expired = This code has expired. Ask for a new one.
seller-field-code-none = Ask for a code for this e-mail address first.
seller-field-password-too-short = The password is too short: use at least 10 characters.
seller-field-password-too-long = The password is too long: use at most 128 characters.
seller-field-password-too-common = This password is too common. Choose another.
seller-field-password-contains-email = The password must not contain your e-mail address.
seller-field-reference-length = Give the document number or a description of 4 to 200 characters.
seller-field-document-name-invalid = Use the name from the list, or the brand as written on the certificate.
seller-field-reason-length = Explain the decision in 10 to 1,000 characters.

## Seller center: listing editor (journeys 2 and 3)

seller-editor-title-new = New listing
seller-editor-title-edit = Edit listing
seller-editor-basics = Product
seller-editor-title = Title
seller-editor-title-hint = Core word, then attributes, then where it is used, e.g. “Steel water bottle 750 ml for hiking”.
seller-editor-brand = Brand
seller-editor-brand-hint = Leave empty for unbranded goods. Branded goods need a brand authorisation on file.
seller-editor-description = Description
seller-editor-description-hint = Scripts, forms and links to other sites are removed. No contact details.
seller-editor-category = Category
seller-editor-category-none = No category chosen yet.
seller-editor-category-search = Search categories
seller-editor-category-no-match = No category matches.
seller-editor-attributes = Specifications
seller-editor-attribute-name = Attribute name
seller-editor-attribute-value = { $name }
seller-editor-attribute-add = Add an attribute
seller-editor-attribute-add-required = Add the attributes this category requires
seller-editor-attribute-remove = Remove attribute
seller-editor-images = Pictures
seller-editor-images-hint = Up to { $max } pictures, JPEG, PNG or WebP, at most { $size } MB each; square pictures of at least 800 × 800 pixels.
seller-image-add = Add pictures
seller-image-alt = Picture { $number }
seller-image-earlier = Move picture { $number } earlier
seller-image-later = Move picture { $number } later
seller-image-remove = Remove picture { $number }
seller-image-uploading = Uploading { $count ->
        [one] 1 picture…
       *[other] { $count } pictures…
    }
seller-image-refused-size = { $name } is { $size } MB; pictures may be at most { $max } MB. It was not uploaded.
seller-image-refused-type = { $name } is not a JPEG, PNG or WebP picture. It was not uploaded.
seller-image-refused-count = A listing has at most { $max } pictures; the rest were not uploaded.
seller-image-too-large = The picture is larger than 5 MB.
seller-image-wrong-type = Only JPEG, PNG and WebP pictures are accepted.
seller-image-too-many-pixels = The picture has too many pixels. Use a smaller one.
seller-image-unreadable = The picture could not be read. Try another file.
seller-image-not-uploaded = Upload the picture again: listings show only pictures stored on Caravan.
seller-editor-pricing = Price, stock and variants
seller-editor-currency = Currency
seller-editor-variants = Variants
seller-editor-variants-hint = Up to 3 properties such as colour or size. Every combination of their values is a variant with its own price and stock.
seller-editor-property-name = Property { $number }
seller-editor-property-values = Values, separated by commas
seller-editor-property-add = Add a property
seller-editor-property-remove = Remove property
seller-editor-skus = Variants with price and stock
seller-sku-variant = Variant
seller-sku-single = All
seller-sku-code = SKU code
seller-sku-price = Price
seller-sku-discount = Discount price
seller-sku-stock = Stock
seller-sku-image = Picture
seller-sku-image-none = None
seller-sku-code-of = SKU code of { $variant }
seller-sku-price-of = Price of { $variant }
seller-sku-discount-of = Discount price of { $variant }
seller-sku-stock-of = Stock of { $variant }
seller-sku-image-of = Picture of { $variant }
seller-editor-shipping = Package and shipping
seller-editor-weight = Package weight (kg)
seller-editor-length = Length (cm)
seller-editor-width = Width (cm)
seller-editor-height = Height (cm)
seller-editor-handling = Days to ship
seller-editor-template = Shipping template
seller-editor-no-templates = Your shop has no shipping templates yet.
seller-field-template-not-yours = Choose one of your shop's shipping templates.
seller-editor-save = Save now
seller-editor-publish = Publish
seller-editor-republish = Publish changes
seller-editor-republish-hint = Saved changes are not in the shop until you publish them.
seller-editor-unpublish = Unpublish
seller-editor-view-in-shop = View in the shop
seller-listing-status-draft = Draft: not in the shop
seller-listing-status-published = Published: in the shop
seller-listing-status-suspended = Suspended by the platform
seller-summary-ready = Nothing stops publishing
seller-summary-blocked = { $count ->
        [one] 1 problem stops publishing
       *[other] { $count } problems stop publishing
    }
seller-summary-warnings = { $count ->
        [one] 1 warning; you may still publish.
       *[other] { $count } warnings; you may still publish.
    }
seller-save-new = Not saved yet. Your work is kept on this device as you type.
seller-save-idle = All changes saved.
seller-save-pending = Unsaved changes, kept on this device; saving when you pause.
seller-save-saving = Saving…
seller-save-saved = All changes saved.
seller-save-offline = Offline: changes are kept on this device and saved when the connection is back.
seller-save-conflict = Not saved: this listing was changed elsewhere.
seller-conflict-title = This listing was saved in another tab or device
seller-conflict-body = Your save was refused because the listing is now at version { $version } and your changes are based on version { $mine }. Nothing you typed is lost: choose what to keep.
seller-conflict-compare = Compare the versions
seller-conflict-use-theirs = Load the saved version
seller-conflict-keep-mine = Keep my version and save it
seller-other-tab-title = Saved in another tab
seller-other-tab-body = Another tab saved version { $version } of this listing while you have unsaved changes here.
seller-compare-caption = Saved version { $version } compared with yours
seller-compare-field = Field
seller-compare-theirs = Saved version
seller-compare-mine = Your version
seller-compare-same = The versions are the same.
seller-restore-offer = Unsaved changes to this listing from another window were found ({ $time }).
seller-restore = Restore them
seller-restore-discard = Discard them
seller-restored = Your unsaved changes from { $time } were restored.

## Seller center: listings table (journey 4)

seller-listings-title = Listings
seller-listings-search = Search by title or number
seller-listings-status = Status
seller-listings-status-all = All
seller-status-draft = Draft
seller-status-published = Published
seller-status-suspended = Suspended
seller-listings-count = { $count ->
        [one] 1 listing
       *[other] { $count } listings
    }
seller-listings-empty = No listings match. Change the search or the status, or create a listing.
seller-listings-untitled = (untitled draft)
seller-listings-col-listing = Listing
seller-listings-col-status = Status
seller-listings-col-price = Price
seller-listings-col-stock = Stock
seller-listings-col-verdicts = Rule checks
seller-listings-price-of = Price of { $title }
seller-listings-stock-of = Stock of { $title }
seller-listings-price-from = from { $price }
seller-listings-stock-variants = { $stock } in { $count } variants
seller-listings-blocks = Problems that stop publishing
seller-listings-blocks-count = { $count ->
        [one] 1 problem
       *[other] { $count } problems
    }
seller-listings-warns-count = { $count ->
        [one] 1 warning
       *[other] { $count } warnings
    }
seller-bulk-label = Bulk actions
seller-bulk-selected = { $count ->
        [one] 1 selected
       *[other] { $count } selected
    }
seller-bulk-select-all = Select all listings shown
seller-bulk-select = Select { $title }
seller-bulk-publish = Publish
seller-bulk-unpublish = Unpublish
seller-bulk-published = Published: { $done }. Refused: { $refused } (open a listing to see why).
seller-bulk-unpublished = Unpublished: { $done }. Refused: { $refused }.

## Seller center: licences and brands (journey 9)

seller-documents-title = Licences and brands
seller-documents-intro = Some goods need a licence (alcohol, medical devices), some categories a qualification (cosmetics), and branded goods an authorisation from the brand. Listings that need them can be published once the platform has approved them.
seller-documents-submit-title = Submit a document
seller-documents-kind = Kind
seller-documents-kind-licence = Licence for restricted goods
seller-documents-kind-qualification = Category qualification
seller-documents-kind-brand = Brand authorisation or trademark certificate
seller-documents-name = Name
seller-documents-brand = Brand
seller-documents-reference = Document number or description
seller-documents-reference-hint = For example the licence number and who issued it.
seller-documents-submit = Submit for review
seller-documents-submitted = Submitted. The platform reviews documents within 2 working days.
seller-documents-none = No documents on file yet.
seller-documents-on-file = { $count ->
        [one] 1 document on file
       *[other] { $count } documents on file
    }
seller-documents-status = Review
seller-documents-reason = Reason: { $reason }

## Seller center: orders and disputes (journeys 5 and 6)

seller-nav-orders = Orders
seller-nav-disputes = Disputes
seller-orders-new-count = { $count ->
        [one] { $count } new order
       *[other] { $count } new orders
    }
seller-duration-days = { $days } d { $hours } h { $minutes } min
seller-duration-hours = { $hours } h { $minutes } min { $seconds } s
seller-ship-left = Ship within { $time }
seller-ship-overdue = Overdue by { $time }
seller-ship-overdue-now = Overdue: not shipped in time
seller-order-status-awaiting-payment = Awaiting payment
seller-order-status-paid = To ship
seller-order-status-shipped = Shipped
seller-order-status-delivered = Delivered
seller-order-status-completed = Completed
seller-order-status-cancelled = Cancelled
seller-order-status-expired = Not paid in time
seller-orders-title = Orders
seller-orders-views = Order lists
seller-orders-to-ship = To ship
seller-orders-all = All orders
seller-orders-status = Status
seller-orders-any-status = Any status
seller-orders-to-ship-hint = Paid orders waiting for you, the nearest shipping deadline first. Ship within the handling time and enter the tracking number, or the order counts as sold but not shipped.
seller-orders-none-to-ship = Nothing to ship right now.
seller-orders-none = No orders here yet.
seller-orders-count = { $count ->
        [one] { $count } order
       *[other] { $count } orders
    }
seller-orders-more = Show more orders
seller-orders-new = New
seller-orders-units = { $count ->
        [one] ({ $count } item)
       *[other] ({ $count } items)
    }
seller-order-number = Order { $id }
seller-order-back = Back to orders
seller-order-facts = Order details
seller-order-placed = Placed
seller-order-paid = Paid
seller-order-buyer = Buyer
seller-order-country = Ships to
seller-order-ship-by = Ship by
seller-order-shipment = Shipment
seller-order-items = Items
seller-order-line-quantity = { $count } × { $price }
seller-order-items-total = Items
seller-order-discount = Discount
seller-order-shipping = Shipping
seller-order-total = Total
seller-order-address = Delivery address
seller-ship-title = Ship this order
seller-ship-intro = Hand the parcel to the carrier, then enter its tracking number. The buyer is told at once.
seller-ship-class = Logistics class
seller-ship-tracking = Tracking number
seller-ship-tracking-hint = 6 to 40 letters, digits or dashes, as on the carrier's label.
seller-ship-carrier = Carrier (optional)
seller-ship-submit = Mark as shipped
seller-ship-done = Shipped. The buyer can follow the parcel now.
seller-ship-back-to-queue = Back to the orders to ship
seller-ship-tracking-invalid = Enter the tracking number as on the label: 6 to 40 letters, digits or dashes.
seller-ship-carrier-invalid = The carrier's name can be at most 60 characters.
seller-ship-not-shippable = This order cannot be shipped any more: it was shipped or cancelled meanwhile.
seller-disputes-title = Disputes
seller-disputes-intro = Answer every new dispute within 5 days, or it closes in the buyer's favour and counts against your shop.
seller-disputes-none = No disputes. Well done.
seller-disputes-count = { $count ->
        [one] { $count } dispute
       *[other] { $count } disputes
    }
seller-dispute-number = Dispute { $id } on order { $order }
seller-dispute-order-total = Order total: { $amount }
seller-dispute-back = Back to disputes
seller-dispute-stage = Where the dispute stands
seller-dispute-stage-awaiting = Waiting for your answer
seller-dispute-stage-negotiating = Negotiating
seller-dispute-stage-arbitration = With Caravan
seller-dispute-stage-resolved = Closed
seller-respond-left = { $time } left to answer
seller-respond-overdue = Answer time ran out { $time } ago
seller-dispute-answer-by = Answer by { $date }.
seller-dispute-answer-hint = A message or an offer counts as your answer. Without one the dispute closes in the buyer's favour.
seller-dispute-negotiating = You answered. Agree with the buyer, or ask Caravan to decide.
seller-dispute-arbitration = Caravan is reviewing both sides' evidence and decides by { $date }.
seller-dispute-arbitration-pending = Caravan is reviewing both sides' evidence.
seller-dispute-outcome-seller-accepted = Settled: you accepted the buyer's request. Refunded: { $amount }.
seller-dispute-outcome-buyer-accepted = Settled: the buyer accepted your offer. Refunded: { $amount }.
seller-dispute-outcome-timeout = Closed in the buyer's favour: no answer in time. Refunded: { $amount }.
seller-dispute-outcome-for-buyer = Caravan decided in the buyer's favour. Refunded: { $amount }.
seller-dispute-outcome-for-seller = Caravan decided in your favour. Nothing was refunded.
seller-dispute-outcome-withdrawn = The buyer withdrew the dispute.
seller-dispute-decision-reason = Caravan's reasons:
seller-dispute-claim = The buyer's claim
seller-dispute-reason = Problem
seller-dispute-reason-not-received = Not received
seller-dispute-reason-not-as-described = Not as described
seller-dispute-counterfeit = looks counterfeit
seller-dispute-damaged = arrived damaged
seller-dispute-requested = Asks for
seller-dispute-order = Order
seller-dispute-opened = Opened
seller-remedy-full-refund = A full refund
seller-remedy-partial-refund = A partial refund
seller-remedy-partial-refund-of = A partial refund of { $amount }
seller-remedy-resend = Sending the item again
seller-dispute-buyer-asks = The buyer asks for
seller-dispute-accept = Accept the buyer's request
seller-dispute-escalate = Ask Caravan to decide
seller-dispute-escalate-hint = If you cannot agree, Caravan reviews both sides' evidence and decides within 7 working days.
seller-dispute-thread = Messages and history
seller-dispute-by-buyer = Buyer
seller-dispute-by-you = You
seller-dispute-by-caravan = Caravan
seller-dispute-event-opened = opened the dispute
seller-dispute-event-message = wrote
seller-dispute-event-offer = made an offer
seller-dispute-event-accepted = accepted the offer
seller-dispute-event-escalated = asked Caravan to decide
seller-dispute-event-decided = decided
seller-dispute-event-timed-out = the answer time ran out
seller-dispute-event-withdrawn = withdrew the dispute
seller-dispute-message-title = Reply to the buyer
seller-dispute-message = Your message
seller-dispute-message-required = Write a message first.
seller-dispute-message-send = Send the message
seller-evidence-label = Evidence photos
seller-evidence-hint = JPEG, PNG or WebP, up to 5 MB each, at most { $count }.
seller-evidence-uploading = Uploading…
seller-evidence-too-many = You can add at most { $count } photos.
seller-evidence-too-large = That photo is over 5 MB. Choose a smaller one.
seller-evidence-wrong-type = That file is not a JPEG, PNG or WebP picture.
seller-evidence-picture = Evidence photo { $number }
seller-evidence-remove = Remove photo { $number }
seller-offer-title = Make an offer
seller-offer-kind = What you offer
seller-offer-amount = Refund in { $currency }
seller-offer-amount-hint = Less than the order total of { $total }, for example 5.50.
seller-offer-amount-invalid = Enter an amount above zero and below { $total }, for example 5.50.
seller-offer-amount-refused = Caravan cannot refund that amount for this order. Enter a smaller one.
seller-offer-note = Note to the buyer (optional)
seller-offer-send = Send the offer
seller-dispute-error-closed = This dispute is closed.
seller-dispute-error-wrong-step = That is not possible at this step of the dispute.
seller-dispute-error-escrow = Caravan no longer holds payment for this order.

## Seller center: promotions, service score, penalties and appeals (journeys 7 and 8)

seller-nav-promotions = Promotions
seller-nav-service = Service score
seller-nav-penalties = Penalties
seller-save-held = Not saved: an approved promotion forbids this change (see the fields marked PRM-2). It is kept on this device.
seller-editor-promotion-frozen = This listing is in an approved promotion. Until it ends you may not raise a price or the shipping cost, edit the description or take the listing out of the catalogue (PRM-2).
seller-editor-promotion-until = “{ $name }” until { $end }
seller-editor-unpublish-promotion = A listing in an approved promotion stays in the catalogue until the promotion ends.
seller-promo-title = Promotions
seller-promo-intro = Offer a discount for a period you choose or join a flash deal. Every promotion runs only after the platform approves it, and once approved its prices, stock and description are frozen until it ends.
seller-promo-apply-title = Apply for a promotion
seller-promo-name = Promotion name
seller-promo-kind = Kind
seller-promo-kind-discount = Discount
seller-promo-kind-flash = Flash deal ({ $hours } hours)
seller-promo-kind-flash-short = Flash deal
seller-promo-discount = What is taken off
seller-promo-discount-percent = A percentage of the price
seller-promo-discount-fixed = A fixed amount
seller-promo-percent = Percent off
seller-promo-percent-hint = A whole number from 1 to 90.
seller-promo-amount = Amount off ({ $currency })
seller-promo-amount-hint = Taken off each unit; it must stay below every chosen variant's price.
seller-promo-starts = Starts
seller-promo-ends = Ends
seller-promo-session = Flash session
seller-promo-session-hint = Sessions last { $hours } hours and start at fixed times each day; each holds at most 10 products.
seller-promo-items = Products
seller-promo-add-listing = Add a published listing
seller-promo-items-none = No products yet. Add a listing: all its variants are added, and you can remove the ones you do not want.
seller-promo-item-facts = Price { $price } · { $stock } in stock
seller-promo-stock = Promotion stock for { $sku }
seller-promo-remove = Remove { $sku }
seller-promo-remove-short = Remove
seller-promo-submit = Apply for approval
seller-promo-clear = Start again
seller-promo-sent = “{ $name }” was sent for approval.
seller-promo-list-title = Your promotions
seller-promo-none = No promotions yet.
seller-promo-status-pending = Awaiting approval
seller-promo-status-scheduled = Approved, starts later
seller-promo-status-active = Running
seller-promo-status-ended = Ended
seller-promo-status-rejected = Rejected
seller-promo-status-withdrawn = Withdrawn
seller-promo-off-percent = { $percent } % off
seller-promo-off-amount = { $amount } off
seller-promo-period = From { $start } to { $end }
seller-promo-skus = { $count ->
        [one] 1 variant
       *[other] { $count } variants
    }
seller-promo-removed = { $count ->
        [one] (1 removed under a sanction)
       *[other] ({ $count } removed under a sanction)
    }
seller-promo-frozen-hint = Approved: until it ends, prices, shipping cost and description of these listings are frozen, and promotion stock and the discount may only grow (PRM-2).
seller-promo-withdraw = Withdraw
seller-promo-withdraw-pending-note = Withdraw this application? It has not been approved yet, so nothing else happens.
seller-promo-withdraw-approved-warning = This promotion is approved. Leaving it now breaks PRM-2: its products are removed and your shop is banned from promotions for 6 months.
seller-promo-withdraw-confirm = Withdraw anyway
seller-promo-withdraw-keep = Keep it
seller-promo-error-name-length = Give the promotion a name of 1 to 80 characters.
seller-promo-error-required = Fill this in.
seller-promo-error-in-past = The start cannot lie in the past.
seller-promo-error-not-a-session = Choose one of the coming flash sessions.
seller-promo-error-period = A discount runs from 1 hour to 90 days after its start.
seller-promo-error-percent = Take off 1 to 90 percent.
seller-promo-error-amount = Take off at least the smallest unit of the currency.
seller-promo-error-amount-too-large = The amount must stay below the price of every chosen variant.
seller-promo-error-stock = Promotion stock is at least 1 and at most the variant's stock.
seller-promo-error-count = Add 1 to 100 variants.
seller-promo-error-duplicate = This variant is listed twice.
seller-promo-error-not-published = Only your published listings can join a promotion.
seller-promo-error-mixed-currency = All listings of a promotion must be priced in one currency.
seller-promo-error-unknown-sku = The listing no longer has this variant.
seller-promo-error-in-promotion = This variant is already in another promotion at that time.
seller-service-title = Service score
seller-service-intro = How buyers rate your shop and how reliably it serves them, over the last 90 days. The platform assesses these figures and may penalise a shop whose measures exceed the limits.
seller-service-window = Orders placed from { $start } to { $end }
seller-service-assessment = Assessment
seller-service-meter-title = { $orders } orders in the last 90 days; a shop is assessed from { $min } orders.
seller-service-threshold = { $min } orders: assessed
seller-service-assessed = Your shop has enough orders to be assessed (SRV-7).
seller-service-not-assessed = Your shop is still growing: it is assessed once it has { $min } orders in 90 days, { $missing } more than now (SRV-7).
seller-service-counted = { $orders } paid orders, { $counted } counted, { $excluded } left out.
seller-service-dsr-title = Detailed seller ratings
seller-service-dsr-count = { $count ->
        [one] From 1 rated order.
       *[other] From { $count } rated orders.
    }
seller-service-no-ratings = No ratings yet
seller-service-stars = { $value } / 5
seller-service-percent = { $value } %
seller-service-described = Item as described
seller-service-described-help = Do the goods match the listing's words and pictures? Rated 1 to 5 by the buyer.
seller-service-communication = Communication
seller-service-communication-help = How helpful and quick your answers were, 1 to 5.
seller-service-shipping = Shipping speed
seller-service-shipping-help = How fast the order was shipped, 1 to 5.
seller-service-positive = Positive feedback
seller-service-positive-help = Share of order ratings with 4 or 5 stars.
seller-service-trend-title = Detailed seller ratings, week by week
seller-service-trend-desc = Average rating from 1 to 5 stars for each of { $weeks } weeks; { $rated } of them have ratings. Weeks without ratings leave a gap.
seller-service-point = { $series }, week from { $week }: { $value } / 5
seller-service-measures-title = Service measures
seller-service-bars-title = How often each problem occurred in the last 90 days
seller-service-rate = ({ $rate } % of counted orders)
seller-service-bad-reviews = Bad reviews
seller-service-bad-reviews-help = Orders rated 3 stars or fewer.
seller-service-bad-dsr = Bad detailed ratings
seller-service-bad-dsr-help = “Item as described” or communication rated 3 or lower, or shipping speed rated 1 (shipping is judged leniently because you control it less).
seller-service-bad-described = Bad “as described” ratings
seller-service-bad-communication = Bad communication ratings
seller-service-bad-shipping = Bad shipping ratings
seller-service-not-shipped = Sold but not shipped
seller-service-not-shipped-help = Paid orders not shipped in time.
seller-service-arbitration = Sent to arbitration
seller-service-arbitration-help = Disputes that went to the platform to decide.
seller-service-timeouts = Dispute responses missed
seller-service-timeouts-help = Disputes you did not answer in time.
seller-service-excluded = Left out
seller-service-excluded-help = Orders whose “not received” dispute was closed do not count, nor do their reviews, whoever was refunded.
seller-service-findings = Above the limits
seller-penalties-title = Penalties and appeals
seller-penalties-intro = Every penalty states the rule, the facts and until when it applies. You may appeal a penalty until its deadline; the platform then lifts or upholds it.
seller-penalties-none = Your shop has no penalties.
seller-standing-title = What your shop may do now
seller-standing-can-sell = Your listings are in the catalogue and can be bought.
seller-standing-cannot-sell = Trading is suspended: your listings cannot be bought.
seller-standing-can-publish = You may publish listings.
seller-standing-cannot-publish = You may not publish listings.
seller-standing-can-promote = You may apply for promotions.
seller-standing-cannot-promote = You may not apply for promotions.
seller-standing-ban-until = Banned from promotions until { $date }.
seller-standing-ip = Intellectual-property record: { $points } points, { $serious } serious infringements.
seller-penalty-level-warning = Warning
seller-penalty-level-restricted = Restricted operations
seller-penalty-level-suspended = Trading suspended
seller-penalty-level-ended = Cooperation ended
seller-penalty-level-promotion-ban = Banned from promotions
seller-penalty-status-active = In force
seller-penalty-status-expired = Expired
seller-penalty-status-lifted = Lifted
seller-penalty-reason = Reason
seller-penalty-issued = Issued
seller-penalty-expiry = Applies until
seller-penalty-expires = { $date }
seller-penalty-no-expiry = No end date
seller-penalty-automated = decided automatically
seller-penalty-by-staff = decided by platform staff
seller-penalty-statement = Statement of reasons
seller-penalty-policy = Rules applied: policy { $version }.
seller-penalty-lift-reason = Lifted: { $reason }
seller-appeal-title = Appeal
seller-appeal-status-pending = Under review
seller-appeal-status-lifted = Granted: the penalty was lifted
seller-appeal-status-upheld = Refused: the penalty stands
seller-appeal-label = Why should this penalty be lifted?
seller-appeal-hint = Explain the facts in 10 to 2,000 characters. You can appeal until { $date }.
seller-appeal-submit = Send the appeal
seller-appeal-closed = The appeal deadline passed on { $date }.
seller-appeal-error-length = Write 10 to 2,000 characters.
