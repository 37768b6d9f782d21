//! Pieces the cart, checkout and order pages share: the totals block (ORD-4) and the words for a cart
//! line's problems.

mod line_problem;
mod totals_block;

pub use line_problem::problem_text;
pub use totals_block::TotalsBlock;
