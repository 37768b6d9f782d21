//! What checkout keeps between steps and visits: the address book, the countries' address formats and the
//! order being placed (its idempotency key), all in the browser. Only the account area's chunk uses it.

pub mod address_book;
/// The countries' address forms: shared with the server, which checks saved addresses by the same rules.
pub use caravan_types::address as address_format;
pub mod pending;
