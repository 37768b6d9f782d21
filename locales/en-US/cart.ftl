# Buying: the product page's quantity and "Add to cart", the cart page and the totals block (cart, checkout,
# orders). Loaded with the product page and the account area.
product-quantity = Quantity
product-add-to-cart = Add to cart
product-added =
    { $count ->
        [one] Added. Your cart has 1 of these.
       *[other] Added. Your cart has { $count } of these.
    }
product-view-cart = View cart
product-cart-full = Your cart is full. Check out or remove something first.
product-deal = Deal
product-flash-deal = Flash deal
quantity-fewer = One fewer
quantity-more = One more
cart-title =
    { $count ->
        [0] Cart
        [one] Cart (1 item)
       *[other] Cart ({ $count } items)
    }
cart-empty = Your cart is empty.
cart-continue = Continue shopping
cart-deliver-to = Deliver to
cart-pricing = Checking prices and shipping…
cart-quote-failed = We could not check prices and stock right now, so the cart shows the prices you saw. Your cart is saved.
cart-quantity-of = Quantity of { $item }
cart-remove-item = Remove { $item }
cart-remove = Remove
cart-accept-price = Accept the new price
cart-take-available = Change to { $count }
cart-cheapest-shipping = Use the cheapest shipping
cart-summary = Order summary
cart-fix-problems = Some items need your attention before checkout.
cart-checkout = Go to checkout
cart-problem-unavailable = This item is no longer available.
cart-problem-not-shipped = This item is not delivered to { $country }.
cart-problem-class-unavailable = The chosen shipping method does not reach { $country }.
cart-problem-out-of-stock = Sold out.
cart-problem-over-stock =
    { $count ->
        [one] Only 1 left.
       *[other] Only { $count } left.
    }
cart-problem-over-limit = At most { $count } per order.
cart-problem-invalid-quantity = Choose a quantity of at least 1.
cart-problem-price-changed = The price changed from { $was } to { $now }.
cart-problem-price-changed-plain = The price has changed.
cart-problem-duplicate = This item is in the cart twice.
cart-problem-own-listing = This item is from your own shop, so you cannot buy it.
totals-items = Items
totals-discount = Discounts
totals-shipping = Shipping
totals-total = Total
totals-free = Free
totals-charged = You are charged { $amount } in { $currency }. Converted at { $rate }, the reference rate of { $date }.

# Delivery days of a shipping option: the product page's shipping list and the checkout's.
product-delivery-days = { $min }–{ $max } days
