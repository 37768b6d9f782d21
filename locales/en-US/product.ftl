# The product page's words: fetched with its code, the first time a product page opens.

breadcrumbs-label = Category
gallery-label = Product pictures
gallery-show-image = Show picture { $number }
product-combination-unavailable = This combination is not available
product-in-stock =
    { $count ->
        [one] Only 1 left in stock
       *[other] { $count } in stock
    }
product-out-of-stock = Out of stock
product-shipping = Shipping
product-specifications = Specifications
product-description = Description
shop-ships-from = Ships from { $country }
shop-return-policy = Returns and refunds
product-charged-in = You are charged in { $currency }: { $amount }
product-converted-at = Other currencies are approximate, at the reference rate of { $date }.
