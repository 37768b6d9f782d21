//! Orders (ORD-1 … ORD-6): one module per concern. Handlers live in `api/`; these modules hold the domain
//! logic and, where they write, run inside the caller's `BEGIN IMMEDIATE` transaction.
//!
//! Life of an order: placed (`awaiting_payment`, stock reserved, one order per shop in one order group) →
//! `paid` (one charge for the group, each order's total held in escrow) → `shipped` → `delivered` →
//! `completed` (escrow released by the buyer or by the receipt timeout, payout scheduled). Before shipment
//! the buyer may cancel (`cancelled`: stock restored, paid money refunded); an unpaid group expires
//! (`expired`: stock restored). Deadlines are applied by [`crate::deadlines::sweep`].

pub mod cancel;
pub mod escrow;
pub mod fulfilment;
pub mod payment;
pub mod placement;
pub mod quote;
pub mod stock;
pub mod timeline;
pub mod view;
