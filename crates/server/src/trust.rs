//! Trust and safety: what the platform enforces on shops beyond single listings. Penalties and appeals
//! (PEN-*), promotions and their commitments (PRM-*). Each module holds one concern; the API modules call in.

pub mod penalties;
pub mod promotions;
pub mod standing;
