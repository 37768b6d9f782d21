//! Reusable pieces of the UI, grouped by area.

pub mod catalogue;
pub mod common;
pub mod layout;
