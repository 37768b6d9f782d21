//! Small pieces used everywhere.

mod error_view;
mod logistics_name;
mod price;
mod rating;
mod sign_in_prompt;

pub use error_view::ErrorView;
pub use logistics_name::logistics_name;
pub use price::Price;
pub use rating::Rating;
pub use sign_in_prompt::SignInPrompt;
