//! Reusable pieces of the UI, grouped by area.

pub mod account;
pub mod cart;
pub mod catalogue;
pub mod checkout;
pub mod common;
pub mod forms;
pub mod layout;
