//! Pieces the cart, checkout and order pages share: the totals block (ORD-4), the words for a cart
//! line's problems and the country choice.

mod country_select;
mod line_problem;
mod totals_block;

pub use country_select::CountrySelect;
pub use line_problem::problem_text;
pub use totals_block::TotalsBlock;
