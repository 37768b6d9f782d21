# Rule verdicts (crates/rules MESSAGE_KEYS): one message per key, using every argument the key declares.

rule-reg-1-missing-field = This field is required.
rule-reg-1-country-invalid = “{ $country }” is not a country we can register sellers from.
rule-reg-1-licence-number-invalid = The business licence number must have at least { $min } characters.
rule-reg-2-email-invalid = Enter a valid e-mail address.
rule-reg-2-password-too-short = The password must have at least { $min } characters.
rule-reg-2-password-is-email = The password must not be your e-mail address.
rule-reg-3-missing-contact = Add a contact person.
rule-reg-3-email-unverified = Verify your company e-mail address first.
rule-reg-3-phone-invalid = Enter a valid phone number with the country code.
rule-reg-4-unknown-main-category = “{ $category }” is not a category we know.
rule-reg-4-no-sales-region = Choose at least one region to sell in.
rule-reg-4-region-closed = New sellers cannot join in { $region } at the moment.
rule-shop-1-not-approved = Your shop is not approved yet (status: { $status }).
rule-shop-2-name-length = The shop name has { $length } characters; it must have between { $min } and { $max }.
rule-shop-2-sensitive-word = The shop name contains “{ $term }”, which is not allowed ({ $group }).
rule-shop-2-trademark = The shop name contains “{ $term }”, a trademark of { $brand }.
rule-shop-2-name-taken = This shop name is already taken.
rule-shop-3-qualification-missing = To sell in { $category }, upload your { $qualification }.
rule-shop-4-brand-not-authorised = Your shop is not authorised to sell { $brand }.
rule-lst-1-missing-field = This field is required.
rule-lst-1-missing-attribute = Fill in the attribute “{ $attribute }”.
rule-lst-2-prohibited-term = “{ $term }” may not be sold on Caravan ({ $list }).
rule-lst-2-prohibited-category = Products in { $category } may not be sold on Caravan.
rule-lst-3-licence-required = Listings that mention “{ $term }” need a { $licence }.
rule-lst-3-category-licence-required = Selling in { $category } needs a { $licence }.
rule-lst-4-trademark = “{ $term }” is a trademark of { $brand }. Remove it or prove you may use it.
rule-lst-4-character = “{ $term }” is a character owned by { $brand }. Remove it or prove you may use it.
rule-lst-5-title-too-long = The title has { $length } characters; the maximum is { $max }.
rule-lst-5-title-too-short = The title has { $length } characters; the minimum is { $min }.
rule-lst-5-keyword-stuffing = “{ $word }” appears { $count } times in the title; the maximum is { $max }.
rule-lst-5-all-caps = Avoid writing the title in capital letters.
rule-lst-5-contact-in-title = Remove contact details from the title ({ $kind }).
rule-lst-5-promo-in-title = Remove the promotional claim “{ $term }” from the title.
rule-lst-6-category-mismatch = This product may belong in { $suggested }.
rule-lst-6-unknown-category = Choose a category from the list.
rule-lst-7-too-many-images = { $count } pictures were added; the maximum is { $max }.
rule-lst-7-image-too-small = The picture is { $width } × { $height } pixels, which is too small.
rule-lst-7-image-aspect = The picture is { $width } × { $height } pixels; use a square picture.
rule-lst-7-image-too-large = The picture file has { $bytes } bytes; the maximum is { $max }.
rule-lst-7-image-type = Pictures of type { $mime } are not accepted. Use JPEG, PNG or WebP.
rule-lst-7-more-images-recommended =
    { $count ->
        [one] The listing has 1 picture; we recommend at least { $recommended }.
       *[other] The listing has { $count } pictures; we recommend at least { $recommended }.
    }
rule-lst-8-price-out-of-range = The price must be between { $min } and { $max } { $currency }.
rule-lst-8-discount-not-below-price = The discounted price must be lower than the price.
rule-lst-8-discount-not-positive = The discounted price must be more than zero.
rule-lst-8-price-unusual = This price is far from the usual price in this category ({ $median } { $currency }). Check it.
rule-lst-9-template-required = Choose a shipping template.
rule-lst-9-template-empty = The shipping template has no delivery options.
rule-lst-9-delivery-days-unrealistic = { $min }–{ $max } days is unusual for { $class } delivery. Check the delivery time.
rule-lst-10-sell-as-bundle = Shipping ({ $shipping }) costs more than the item ({ $price }). Consider selling it as a bundle.
rule-lst-11-stock-out-of-range = Stock must be between { $min } and { $max }.
rule-lst-11-no-stock = Add stock to at least one variant.
rule-lst-12-margin-low = The margin is { $margin }%, below the usual minimum of { $min }%.
rule-lst-12-margin-high = The margin is { $margin }%, above the usual maximum of { $max }%.
rule-lst-13-too-many-properties = The listing has { $count } variant properties; the maximum is { $max }.
rule-lst-13-options-mismatch = This variant has { $count } options, but { $expected } are expected.
rule-lst-13-empty-option = Options must not be empty.
rule-lst-13-unknown-option = “{ $value }” is not an option of { $property }.
rule-lst-13-duplicate-combination = This combination of options is already used by variant { $first }.
rule-lst-13-sku-code-invalid = The SKU code may have up to { $max } letters, digits, dashes or underscores.
rule-lst-13-duplicate-sku-code = This SKU code is already used by variant { $first }.
rule-lst-13-single-sku-expected = A listing without variant properties has exactly one SKU, not { $count }.
rule-lst-13-sku-image-missing = Variant { $index } needs a picture.
rule-lst-14-weight-out-of-range = The weight must be between { $min } and { $max } grams.
rule-lst-14-package-side-out-of-range = Each side of the package must be between { $min } and { $max } cm.
rule-lst-14-handling-out-of-range = The handling time must be between { $min } and { $max } days.
rule-lst-14-handling-overseas = Overseas warehouse listings must ship within { $max } days.
rule-lst-15-markup-removed = Unsupported formatting was removed from the description ({ $item }).
rule-lst-15-external-link = Links to other sites are not allowed ({ $host }).
rule-lst-15-contact-details = Remove contact details from the description ({ $kind }).
rule-lst-15-description-too-long = The description has { $length } characters; the maximum is { $max }.
rule-lst-16-near-duplicate = This listing looks like your listing “{ $title }” ({ $similarity }% similar).
rule-lst-16-too-many-copies = You have { $count } near-identical listings; the maximum is { $max }.
rule-prm-1-not-approved = Your shop cannot join promotions yet (status: { $status }).
rule-prm-2-left-promotion =
    { $ban_months ->
        [one] Leaving a running promotion bars your shop from promotions for 1 month.
       *[other] Leaving a running promotion bars your shop from promotions for { $ban_months } months.
    }
rule-prm-2-promo-stock-lowered =
    { $ban_months ->
        [one] Promotion stock was lowered from { $before } to { $after }. This bars your shop from promotions for 1 month.
       *[other] Promotion stock was lowered from { $before } to { $after }. This bars your shop from promotions for { $ban_months } months.
    }
rule-prm-2-discount-reduced =
    { $ban_months ->
        [one] The discount was reduced from { $before } to { $after }. This bars your shop from promotions for 1 month.
       *[other] The discount was reduced from { $before } to { $after }. This bars your shop from promotions for { $ban_months } months.
    }
rule-prm-2-price-raised =
    { $ban_months ->
        [one] The price was raised from { $before } to { $after } during a promotion. This bars your shop from promotions for 1 month.
       *[other] The price was raised from { $before } to { $after } during a promotion. This bars your shop from promotions for { $ban_months } months.
    }
rule-prm-2-shipping-raised =
    { $ban_months ->
        [one] Shipping was raised from { $before } to { $after } during a promotion. This bars your shop from promotions for 1 month.
       *[other] Shipping was raised from { $before } to { $after } during a promotion. This bars your shop from promotions for { $ban_months } months.
    }
rule-prm-2-description-edited =
    { $ban_months ->
        [one] The description may not change during a promotion. This bars your shop from promotions for 1 month.
       *[other] The description may not change during a promotion. This bars your shop from promotions for { $ban_months } months.
    }
rule-prm-3-infringing-goods =
    { $ban_months ->
        [one] “{ $term }” suggests infringing goods. This bars your shop from promotions for 1 month.
       *[other] “{ $term }” suggests infringing goods. This bars your shop from promotions for { $ban_months } months.
    }
rule-prm-4-order-price-raised =
    { $ban_months ->
        [one] The price of a promotion order was raised from { $before } to { $after }. This bars your shop from promotions for 1 month.
       *[other] The price of a promotion order was raised from { $before } to { $after }. This bars your shop from promotions for { $ban_months } months.
    }
rule-prm-5-forced-bundling =
    { $ban_months ->
        [one] Buyers may not be forced to buy “{ $term }” as well. This bars your shop from promotions for 1 month.
       *[other] Buyers may not be forced to buy “{ $term }” as well. This bars your shop from promotions for { $ban_months } months.
    }
rule-prm-6-improper-gain =
    { $ban_months ->
        [one] Promotions were used for improper gain. This bars your shop from promotions for 1 month.
       *[other] Promotions were used for improper gain. This bars your shop from promotions for { $ban_months } months.
    }
rule-prm-7-too-many-sessions = On { $day } you have { $count } flash sale sessions; the maximum is { $max } a day.
rule-prm-7-too-many-items = The flash sale has { $count } items; the maximum is { $max }.
rule-prm-7-session-length =
    { $hours ->
        [one] A flash sale session lasts exactly 1 hour.
       *[other] A flash sale session lasts exactly { $hours } hours.
    }
rule-prm-7-sessions-overlap = This session overlaps session { $other }.
rule-ord-1-total-mismatch = The order total is { $expected }, not { $submitted }. Reload the cart.
rule-ord-2-receipt-timeout = If the buyer does not confirm receipt, the payment is released on { $released_at }.
rule-ord-3-not-shipped-in-time = The order was not shipped by { $deadline }.
rule-ord-3-tracking-missing = Add a tracking number to ship the order.
rule-ord-4-rate-mismatch = The exchange rate from { $base } to { $quote } has changed. Check the new total.
rule-ord-5-return-policy-missing = Add a return policy before selling.
rule-ord-6-payment-detail-exposed = Remove card or bank details from the message.
rule-dsp-1-order-not-paid = A dispute can only be opened for a paid order.
rule-dsp-1-evidence-required = Add photos or documents that show the problem.
rule-dsp-1-refund-out-of-range = The refund must be more than zero and at most { $max }.
rule-dsp-2-response-overdue = The seller did not respond by { $deadline }.
rule-dsp-3-arbitration-overdue = Caravan did not decide by { $deadline }.
rule-pen-3-appeal-too-late = The appeal deadline passed on { $deadline }.
rule-pen-3-not-appealable = This penalty cannot be appealed.
rule-pen-4-statement-incomplete = Complete every part of the statement.

# --- Trust and safety (issue 7): penalties, appeals, promotions, disputes, reviews. ---
rule-srv-1-bad-reviews-high = Bad reviews: { $rate } per thousand orders, above the limit of { $max }.
rule-srv-2-described-high = “Item as described” rated badly on { $rate } per thousand orders, above the limit of { $max }.
rule-srv-2-communication-high = Communication rated badly on { $rate } per thousand orders, above the limit of { $max }.
rule-srv-2-shipping-high = Shipping speed rated badly on { $rate } per thousand orders, above the limit of { $max }.
rule-srv-3-not-shipped-high = Sold but not shipped: { $rate } per thousand orders, above the limit of { $max }.
rule-srv-4-arbitration-high = Disputes escalated to arbitration: { $rate } per thousand orders, above the limit of { $max }.
rule-srv-5-timeouts-high = Dispute responses missed: { $rate } per thousand orders, above the limit of { $max }.
