//! Checkout's pieces: the delivery address with the country's own fields, the shipping choice of one
//! shop, the card form and signing in or registering without leaving checkout.

mod address_form;
mod card_form;
mod inline_account;
mod shop_shipping;

pub use address_form::{
    AddressFields, AddressForm, AddressInputs, DraftKeys, show_address_refusal,
};
pub use card_form::{CardFields, CardForm};
pub use inline_account::InlineAccount;
pub use shop_shipping::ShopShipping;
