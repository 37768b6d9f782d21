//! Form building blocks for the account area: labelled fields with their errors, the server's refusals in
//! the user's words, and drafts kept in localStorage so nothing typed is lost on reload.

mod draft;
mod form_errors;
mod quantity_field;
mod text_field;

pub use draft::{clear_drafts, draft_field};
pub use form_errors::{FormErrors, error_text};
pub use quantity_field::QuantityField;
pub use text_field::TextField;
