# The buyer's account area: sign-in, cart, checkout, orders, disputes, reviews, account (loaded when it opens).

account-area-title = Votre compte
