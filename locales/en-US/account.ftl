# The buyer's account area: sign-in, cart, checkout, orders, disputes, reviews, account (loaded when it opens).

account-area-title = Your account

# Sign-in, registration and the account overview (buyer helper).
form-error-network = We could not reach Caravan. Check your connection and try again.
form-show-password = Show
field-error-required = Fill in this field.
field-error-invalid = Check this field.
field-error-email-invalid = Enter an e-mail address like name@example.com.
field-error-email-taken = An account with this e-mail already exists. Sign in instead.
field-error-password-too-short = Use at least 8 characters.
field-error-password-too-long = Use at most 128 characters.
field-error-password-too-common = This password is too common and easy to guess. Choose another.
field-error-password-contains-email = The password must not contain your e-mail name.
field-error-name-length = Use 1 to 60 characters.
field-email = E-mail
field-password = Password
field-display-name = Name
field-display-name-hint = Shown to sellers and with your reviews.
field-new-password-hint = At least 8 characters. A long phrase is easy to remember and hard to guess.
signin-title = Sign in
signin-submit = Sign in
signin-busy = Signing in…
signin-new-here = New to Caravan?
signin-create-account = Create an account
register-title = Create your account
register-role = What do you want to do?
register-role-buyer = Shop
register-role-seller = Sell on Caravan
register-submit = Create account
register-busy = Creating your account…
register-have-account = Already have an account?
register-sign-in = Sign in
account-profile = Profile
account-links = Your shopping
account-cart = Cart
account-seller-center = Seller center
account-console = Platform console
account-sign-out = Sign out

# Account settings: profile, address book in the account, preferences saved to the account (account helper, journey 9).
account-profile-save = Save name
account-profile-saved = Your name is saved.
account-book-hint = Saved in your account: checkout offers them on every device where you sign in.
account-book-empty = No saved addresses yet. Add one, or the address of your next order is kept here.
account-book-full = Your address book is full (20 addresses). Remove one to add another.
account-address-add = Add an address
account-address-new = New address
account-address-editing = Edit address
account-address-default-check = Use this address by default at checkout
account-address-save = Save address
account-address-cancel = Cancel
account-address-saved = Address saved.
account-address-removed = Address removed.
account-address-default-set = Default address changed.
account-address-gone = This address was removed meanwhile. Save to add it as a new address.
account-address-edit = Edit the address { $address }
account-address-edit-short = Edit
account-address-make-default = Make { $address } the default address
account-address-make-default-short = Make default
account-device-addresses = { $count ->
    [one] One address is saved only in this browser, from before you signed in:
   *[other] { $count } addresses are saved only in this browser, from before you signed in:
}
account-device-keep = Keep in my account
account-device-forget = Forget them
account-preferences-hint = Saved to your account and used when you sign in on another device.
account-preferences-saved = Saved to your account.
account-preferences-not-saved = Not saved to your account.
address-default = Default
address-postal-code-none = This country has no postal codes. Leave it empty.
address-country-invalid = Choose a country from the list.
