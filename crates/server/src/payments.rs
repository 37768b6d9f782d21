//! Payment providers (ORD-2, ORD-6): the interface the escrow flow charges and refunds through, card checks,
//! and the sandbox provider used in development and tests.
//!
//! Card data goes to the provider and nowhere else: the server keeps only the brand, the last four digits
//! and the provider's reference. Every call carries an idempotency key; a provider answers a repeated key
//! with the first answer, so a retried or re-driven request can never charge or refund twice.

pub mod card;
pub mod sandbox;

use caravan_types::{Money, order::CardDetails};
use std::{future::Future, pin::Pin};

/// A boxed future, so providers can be used as `dyn PaymentProvider`.
pub type ProviderFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A charge to make.
#[derive(Debug, Clone)]
pub struct ChargeRequest {
    /// Same key, same answer: a repeated call never charges again.
    pub idempotency_key: String,
    /// Amount in the settlement currency.
    pub amount: Money,
    /// The card; used for this call only.
    pub card: CardDetails,
    /// Our reference (the order group), shown on statements.
    pub reference: String,
}

/// A successful charge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charge {
    /// The provider's charge id.
    pub provider_ref: String,
    /// Card brand.
    pub brand: String,
    /// Last four digits.
    pub last4: String,
}

/// Why a charge or refund did not go through.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProviderError {
    /// The issuer refused; retrying the same card will not help.
    #[error("declined: {code}")]
    Declined {
        /// Provider reason, e.g. `card_declined`, `insufficient_funds`, `expired_card`.
        code: String,
        /// Card brand, when known.
        brand: String,
        /// Last four digits.
        last4: String,
    },
    /// A temporary failure (network, issuer timeout); the same request may succeed when retried.
    #[error("temporary failure: {0}")]
    Transient(String),
}

/// A refund made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundReceipt {
    /// The provider's refund id.
    pub provider_ref: String,
}

/// A payment provider.
pub trait PaymentProvider: Send + Sync {
    /// Short name stored with each payment, e.g. `sandbox`.
    fn name(&self) -> &'static str;

    /// Charges a card.
    fn charge(&self, request: ChargeRequest) -> ProviderFuture<'_, Result<Charge, ProviderError>>;

    /// Refunds part or all of a charge.
    fn refund(
        &self,
        idempotency_key: String,
        charge_ref: String,
        amount: Money,
    ) -> ProviderFuture<'_, Result<RefundReceipt, ProviderError>>;
}
