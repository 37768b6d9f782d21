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
logistics-economy = Economy
logistics-standard = Standard express
logistics-commercial = Commercial express
logistics-overseas-warehouse = Overseas warehouse
price-approximate = Approximate price, converted from { $amount }

# Search
search-label = Search
search-placeholder = Search products