//! What checkout keeps between steps and visits: the address book, the countries' address formats and the
//! order being placed (its idempotency key), all in the browser. Only the account area's chunk uses it.

pub mod address_book;
pub mod address_format;
pub mod pending;
