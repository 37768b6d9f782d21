//! The seller center: its own lazily loaded section under `/seller`.

mod seller_center;

pub use seller_center::SellerCenterRoute;
