//! The seller center: its own lazily loaded section under `/seller`.

mod seller_center;

pub(crate) use seller_center::open_seller_center;
