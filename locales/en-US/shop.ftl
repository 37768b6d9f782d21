# The buyer shop: catalogue, product page.

home-title = Caravan shop
home-popular = Popular right now
categories-label = Categories
categories-all = All
catalogue-empty = Nothing here yet. Try another category.
catalogue-show-more = Show more
price-was = Was
listing-free-shipping = Free shipping
listing-new = New
listing-rating = Rated { $rating } out of 5
listing-orders =
    { $count ->
        [one] { $count } order
       *[other] { $count } orders
    }
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
product-delivery-days = { $min }–{ $max } days
product-specifications = Specifications
product-description = Description
logistics-economy = Economy
logistics-standard = Standard express
logistics-commercial = Commercial express
logistics-overseas-warehouse = Overseas warehouse
shop-ships-from = Ships from { $country }
shop-return-policy = Returns and refunds
price-approximate = Approximate price, converted from { $amount }
product-charged-in = You are charged in { $currency }: { $amount }
product-converted-at = Other currencies are approximate, at the reference rate of { $date }.

# Search
search-label = Search
search-placeholder = Search products