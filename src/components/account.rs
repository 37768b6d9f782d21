//! Account pieces shared by the account area's pages and checkout: the sign-in and registration forms and
//! the gate that sends signed-out visitors to sign in.

mod register_form;
mod sign_in_form;
mod signed_in;

pub use register_form::RegisterForm;
pub use sign_in_form::SignInForm;
pub use signed_in::{SignedIn, return_target};
