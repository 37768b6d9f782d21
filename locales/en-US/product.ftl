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

# Gallery: swipe track, steps and position
gallery-track-label = Pictures: swipe, or use the arrow keys
gallery-thumbs-label = Choose a picture
gallery-previous = Previous picture
gallery-next = Next picture
gallery-position = { $number } / { $count }
gallery-position-spoken = Picture { $number } of { $count }
gallery-picture-alt = { $title }, picture { $number } of { $count }

# Ratings and reviews
reviews-title = Ratings and reviews
reviews-loading = Loading reviews…
reviews-empty = No reviews yet. Buyers can rate this product once their order is complete.
reviews-count =
    { $count ->
        [one] { $count } rating
       *[other] { $count } ratings
    }
reviews-positive = { $percent } positive feedback
reviews-distribution = Ratings by number of stars
reviews-stars-row =
    { $stars ->
        [one] { $stars } star
       *[other] { $stars } stars
    }
reviews-item-stars =
    { $count ->
        [one] Rated { $count } star out of 5
       *[other] Rated { $count } stars out of 5
    }
reviews-variant = Variant: { $variant }
reviews-more = More reviews
reviews-more-failed = The next reviews could not be loaded. Please try again.
