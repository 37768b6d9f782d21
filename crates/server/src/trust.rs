//! Trust and safety: what the platform enforces on shops beyond single listings. Penalties and appeals
//! (PEN-*), promotions and their commitments (PRM-*), disputes (DSP-*) and the service score (SRV-*). Each module holds one concern; the API modules call in.

pub mod disputes;
pub mod penalties;
pub mod promotions;
pub mod service;
pub mod standing;
