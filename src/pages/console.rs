//! The platform console for admins: its own lazily loaded section under `/admin`.

mod console_section;

pub(crate) use console_section::open_console;
