//! Text handling shared by the rules: folding for term matching, the term matcher, contact-detail scanning
//! and rich-text (HTML) scanning.

pub(crate) mod bytes;
pub(crate) mod case;
pub(crate) mod compat;
pub(crate) mod fold;
pub(crate) mod grapheme;
pub(crate) mod html;
pub(crate) mod matcher;
pub(crate) mod scan;
pub(crate) mod words;

pub use html::sanitize_description;
