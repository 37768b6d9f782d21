//! The platform console for admins: its own lazily loaded section under `/admin`.

mod console_section;

pub use console_section::ConsoleRoute;
