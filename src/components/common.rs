//! Small pieces used everywhere.

mod error_view;
mod price;
mod rating;

pub use error_view::ErrorView;
pub use price::Price;
pub use rating::Rating;
