# Shared strings: brand, navigation, states every page uses.

brand-name = Caravan
brand-tagline = Shop the world, delivered
skip-to-content = Skip to content
loading = Loading…
action-retry = Try again
error-load-failed = We could not load this. Check your connection and try again.
error-not-found = We could not find what you were looking for. It may have been removed.
not-found-title = Page not found
not-found-body = The page you asked for does not exist or has moved.
not-found-home = Back to the shop
language-label = Language
currency-label = Currency
locale-load-failed = We could not load { $language }. The page stays in the current language.
fx-unavailable = Exchange rates are not available right now, so prices are shown in US dollars.
notice-dismiss = Dismiss

# Header: account and cart links (buyer journeys).
header-shopper-label = Your account and cart
header-sign-in = Sign in
header-cart =
    { $count ->
        [0] Cart, empty
        [one] Cart, { $count } item
       *[other] Cart, { $count } items
    }
