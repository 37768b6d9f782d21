//! Orders (ORD-1 … ORD-6): one module per concern. Handlers live in `api/`; these modules hold the domain
//! logic and run inside the caller's transaction where they write.

pub mod quote;
