//! Typed app locations, so links are built from values rather than string literals.

use caravan_types::ListingId;

/// A place in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppRoute {
    /// The shop's home page with the catalogue.
    Home,
    /// A product page.
    Product(ListingId),
    /// Search results; the words and filters travel in the query string.
    Search,
    /// Sign-in; `?next=` names the page to return to.
    SignIn,
    /// Registration; `?next=` as for sign-in.
    Register,
    /// The signed-in buyer's account.
    Account,
    /// The cart.
    Cart,
    /// Checkout of the cart.
    Checkout,
}

impl AppRoute {
    /// The URL path of this place.
    pub fn path(&self) -> String {
        match self {
            AppRoute::Home => "/".to_owned(),
            AppRoute::Product(id) => format!("/p/{id}"),
            AppRoute::Search => "/search".to_owned(),
            AppRoute::SignIn => "/signin".to_owned(),
            AppRoute::Register => "/register".to_owned(),
            AppRoute::Account => "/account".to_owned(),
            AppRoute::Cart => "/cart".to_owned(),
            AppRoute::Checkout => "/checkout".to_owned(),
        }
    }
}
