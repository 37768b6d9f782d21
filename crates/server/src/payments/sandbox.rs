//! The sandbox provider: behaves like a card processor's test mode, in memory.
//!
//! | card number | outcome |
//! |---|---|
//! | `4242 4242 4242 4242` (Visa), `5555 5555 5555 4444` (Mastercard), `3782 822463 10005` (Amex) | approved |
//! | `4000 0000 0000 0002` | declined: `card_declined` |
//! | `4000 0000 0000 9995` | declined: `insufficient_funds` |
//! | `4000 0000 0000 0069` | declined: `expired_card` |
//! | `4000 0000 0000 0119` | the first charge for a reference fails temporarily (`processing_error`); a retry is approved |
//! | any other number | declined: `live_card_in_sandbox` (real cards are never accepted here) |
//!
//! Like a real processor it re-checks the card, answers a repeated idempotency key with its first answer,
//! and refuses to refund more than was charged.

use super::{
    Charge, ChargeRequest, PaymentProvider, ProviderError, ProviderFuture, RefundReceipt, card,
};
use caravan_types::Money;
use std::{
    collections::{HashMap, HashSet},
    sync::Mutex,
};

/// Test cards that are approved.
pub const APPROVE: &[&str] = &["4242424242424242", "5555555555554444", "378282246310005"];
/// Test cards that are declined, with the reason.
pub const DECLINE: &[(&str, &str)] = &[
    ("4000000000000002", "card_declined"),
    ("4000000000009995", "insufficient_funds"),
    ("4000000000000069", "expired_card"),
];
/// The test card whose first charge per reference fails temporarily.
pub const RETRY: &str = "4000000000000119";

#[derive(Debug, Default)]
struct Ledger {
    /// Answers by idempotency key.
    charges: HashMap<String, Result<Charge, ProviderError>>,
    /// Charged amounts by charge id: (amount, refunded so far).
    amounts: HashMap<String, (Money, i64)>,
    /// Refund answers by idempotency key.
    refunds: HashMap<String, Result<RefundReceipt, ProviderError>>,
    /// References that have had their temporary failure.
    failed_once: HashSet<String>,
    next_id: u64,
}

/// The in-memory sandbox processor.
#[derive(Debug, Default)]
pub struct SandboxProvider {
    ledger: Mutex<Ledger>,
}

impl SandboxProvider {
    /// Charges the sandbox has approved (for tests: a double click must leave one).
    pub fn charge_count(&self) -> usize {
        self.lock().amounts.len()
    }

    /// Total refunded on a charge.
    pub fn refunded(&self, charge_ref: &str) -> i64 {
        self.lock().amounts.get(charge_ref).map_or(0, |(_, r)| *r)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Ledger> {
        self.ledger.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn decide(&self, request: &ChargeRequest) -> Result<Charge, ProviderError> {
        let mut ledger = self.lock();
        if let Some(answer) = ledger.charges.get(&request.idempotency_key) {
            return answer.clone();
        }
        let number = card::digits(&request.card.number);
        let brand = card::brand(&number).to_owned();
        let last4 = number
            .get(number.len().saturating_sub(4)..)
            .unwrap_or_default()
            .to_owned();
        let declined = |code: &str| ProviderError::Declined {
            code: code.to_owned(),
            brand: brand.clone(),
            last4: last4.clone(),
        };
        let answer = if !card::luhn(&number) || number.len() < 12 {
            Err(declined("invalid_number"))
        } else if let Some((_, code)) = DECLINE.iter().find(|(n, _)| *n == number) {
            Err(declined(code))
        } else if number == RETRY && ledger.failed_once.insert(request.reference.clone()) {
            Err(ProviderError::Transient("processing_error".to_owned()))
        } else if APPROVE.contains(&number.as_str()) || number == RETRY {
            ledger.next_id += 1;
            let provider_ref = format!("ch_sandbox_{:08}", ledger.next_id);
            ledger
                .amounts
                .insert(provider_ref.clone(), (request.amount, 0));
            Ok(Charge {
                provider_ref,
                brand,
                last4,
            })
        } else {
            Err(declined("live_card_in_sandbox"))
        };
        // Temporary failures are not remembered: the point of retrying is a different answer.
        if !matches!(answer, Err(ProviderError::Transient(_))) {
            ledger
                .charges
                .insert(request.idempotency_key.clone(), answer.clone());
        }
        answer
    }

    fn decide_refund(
        &self,
        key: &str,
        charge_ref: &str,
        amount: Money,
    ) -> Result<RefundReceipt, ProviderError> {
        let mut ledger = self.lock();
        if let Some(answer) = ledger.refunds.get(key) {
            return answer.clone();
        }
        let answer = match ledger.amounts.get_mut(charge_ref) {
            Some((charged, refunded))
                if charged.currency == amount.currency
                    && amount.minor > 0
                    && *refunded + amount.minor <= charged.minor =>
            {
                *refunded += amount.minor;
                ledger.next_id += 1;
                Ok(RefundReceipt {
                    provider_ref: format!("re_sandbox_{:08}", ledger.next_id),
                })
            }
            _ => Err(ProviderError::Declined {
                code: "refund_exceeds_charge".to_owned(),
                brand: String::new(),
                last4: String::new(),
            }),
        };
        ledger.refunds.insert(key.to_owned(), answer.clone());
        answer
    }
}

impl PaymentProvider for SandboxProvider {
    fn name(&self) -> &'static str {
        "sandbox"
    }

    fn charge(&self, request: ChargeRequest) -> ProviderFuture<'_, Result<Charge, ProviderError>> {
        Box::pin(async move { self.decide(&request) })
    }

    fn refund(
        &self,
        idempotency_key: String,
        charge_ref: String,
        amount: Money,
    ) -> ProviderFuture<'_, Result<RefundReceipt, ProviderError>> {
        Box::pin(async move { self.decide_refund(&idempotency_key, &charge_ref, amount) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use caravan_types::{Currency, order::CardDetails};

    fn request(key: &str, number: &str, reference: &str) -> ChargeRequest {
        ChargeRequest {
            idempotency_key: key.into(),
            amount: Money::new(1_000, Currency::USD),
            card: CardDetails {
                number: number.into(),
                exp_month: 12,
                exp_year: 2040,
                cvc: "123".into(),
                holder: None,
            },
            reference: reference.into(),
        }
    }

    #[tokio::test]
    async fn behaves_like_a_test_mode_processor() {
        let sandbox = SandboxProvider::default();
        let ok = sandbox
            .charge(request("k1", "4242 4242 4242 4242", "g1"))
            .await
            .unwrap();
        assert_eq!((ok.brand.as_str(), ok.last4.as_str()), ("visa", "4242"));
        // Same key, same answer, one charge.
        assert_eq!(
            sandbox
                .charge(request("k1", "4242424242424242", "g1"))
                .await
                .unwrap(),
            ok
        );
        assert_eq!(sandbox.charge_count(), 1);
        assert!(matches!(
            sandbox.charge(request("k2", "4000000000000002", "g2")).await,
            Err(ProviderError::Declined { code, .. }) if code == "card_declined"
        ));
        assert!(matches!(
            sandbox
                .charge(request("k3", "4000000000000119", "g3"))
                .await,
            Err(ProviderError::Transient(_))
        ));
        assert!(
            sandbox
                .charge(request("k3", "4000000000000119", "g3"))
                .await
                .is_ok()
        );
        assert!(matches!(
            sandbox.charge(request("k4", "4111111111111111", "g4")).await,
            Err(ProviderError::Declined { code, .. }) if code == "live_card_in_sandbox"
        ));
        // Refunds: never more than charged, idempotent by key.
        let usd = |m| Money::new(m, Currency::USD);
        assert!(
            sandbox
                .refund("r1".into(), ok.provider_ref.clone(), usd(600))
                .await
                .is_ok()
        );
        assert!(
            sandbox
                .refund("r1".into(), ok.provider_ref.clone(), usd(600))
                .await
                .is_ok()
        );
        assert_eq!(sandbox.refunded(&ok.provider_ref), 600);
        assert!(
            sandbox
                .refund("r2".into(), ok.provider_ref.clone(), usd(600))
                .await
                .is_err()
        );
        assert!(
            sandbox
                .refund("r3".into(), ok.provider_ref.clone(), usd(400))
                .await
                .is_ok()
        );
        assert_eq!(sandbox.refunded(&ok.provider_ref), 1_000);
    }
}
