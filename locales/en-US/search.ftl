# The search page's words: fetched with its code, the first time a search opens.

search-title = Search
search-title-query = Results for “{ $query }”
search-results =
    { $count ->
        [one] { $count } result
       *[other] { $count } results
    }
search-empty = No results for “{ $query }”
search-empty-hint = Check the spelling, try fewer or more general words, or remove a filter.
search-sort = Sort by
search-sort-relevance = Best match
search-sort-best-selling = Best selling
search-sort-newest = Newest
search-sort-price-asc = Price: low to high
search-sort-price-desc = Price: high to low
search-in-stock = In stock only
search-min-rating = Rating
search-rating-any = Any rating
search-rating-at-least = { $rating }★ and up
search-class = Shipping
search-class-any = Any shipping

# Price range and destination filters
search-price = Price ({ $currency })
search-price-min = Lowest
search-price-max = Highest
search-price-apply = Apply
search-price-invalid = Enter an amount such as { $example }
search-price-order = The highest price cannot be below the lowest.
search-ships-to = Ships to
search-ships-anywhere = Anywhere
