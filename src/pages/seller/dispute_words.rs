//! Words the seller's dispute pages share: stages, reasons, remedies, outcomes and the DSP-2 countdown.

use super::deadline::{countdown, minor_money};
use crate::contexts::{I18n, use_i18n};
use caravan_i18n::Arg;
use caravan_types::dispute::{
    Dispute, DisputeOutcome, DisputeParty, DisputeReason, DisputeStatus, Remedy,
};
use leptos::prelude::*;

/// The path of one of the shop's disputes.
pub fn dispute_path(id: i64) -> String {
    format!("/seller/disputes/{id}")
}

/// A dispute's stage in a few words.
pub fn stage_label(i18n: I18n, status: DisputeStatus) -> String {
    i18n.t(match status {
        DisputeStatus::AwaitingSeller => "seller-dispute-stage-awaiting",
        DisputeStatus::Negotiating => "seller-dispute-stage-negotiating",
        DisputeStatus::Arbitration => "seller-dispute-stage-arbitration",
        DisputeStatus::Resolved => "seller-dispute-stage-resolved",
    })
}

/// Why the buyer opened it (DSP-1), with what they added (counterfeit, damaged).
pub fn reason_label(i18n: I18n, dispute: &Dispute) -> String {
    let mut words = i18n.t(match dispute.reason {
        DisputeReason::NotReceived => "seller-dispute-reason-not-received",
        DisputeReason::NotAsDescribed => "seller-dispute-reason-not-as-described",
    });
    if dispute.counterfeit {
        words.push_str(" · ");
        words.push_str(&i18n.t("seller-dispute-counterfeit"));
    }
    if dispute.damaged {
        words.push_str(" · ");
        words.push_str(&i18n.t("seller-dispute-damaged"));
    }
    words
}

/// A remedy in words, amounts in the order's currency `code`.
pub fn remedy_words(i18n: I18n, remedy: Remedy, code: &str) -> String {
    match remedy {
        Remedy::FullRefund => i18n.t("seller-remedy-full-refund"),
        Remedy::PartialRefund { amount_minor } => i18n.t_args(
            "seller-remedy-partial-refund-of",
            &[("amount", Arg::from(minor_money(i18n, amount_minor, code)))],
        ),
        Remedy::Resend => i18n.t("seller-remedy-resend"),
    }
}

/// Who did something, from the seller's side.
pub fn party_label(i18n: I18n, party: DisputeParty) -> String {
    i18n.t(match party {
        DisputeParty::Buyer => "seller-dispute-by-buyer",
        DisputeParty::Seller => "seller-dispute-by-you",
        DisputeParty::Platform => "seller-dispute-by-caravan",
    })
}

/// How a resolved dispute closed, with the refund.
pub fn outcome_words(i18n: I18n, dispute: &Dispute) -> String {
    let key = match dispute.outcome {
        Some(DisputeOutcome::SellerAccepted) => "seller-dispute-outcome-seller-accepted",
        Some(DisputeOutcome::BuyerAccepted) => "seller-dispute-outcome-buyer-accepted",
        Some(DisputeOutcome::ResponseTimeout) => "seller-dispute-outcome-timeout",
        Some(DisputeOutcome::DecidedForBuyer) => "seller-dispute-outcome-for-buyer",
        Some(DisputeOutcome::DecidedForSeller) => "seller-dispute-outcome-for-seller",
        Some(DisputeOutcome::Withdrawn) | None => "seller-dispute-outcome-withdrawn",
    };
    i18n.t_args(
        key,
        &[(
            "amount",
            Arg::from(minor_money(i18n, dispute.refunded_minor, &dispute.currency)),
        )],
    )
}

/// The live DSP-2 countdown: the time left to answer, or how long ago it ran out.
#[component]
pub fn ResponseCountdown(
    /// The response deadline, Unix seconds.
    deadline: i64,
    /// The page's ticking clock.
    now: ReadSignal<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let words = move || {
        countdown(
            i18n,
            deadline,
            now.get(),
            "seller-respond-left",
            "seller-respond-overdue",
        )
    };
    view! {
        <span class="cv-countdown" class:cv-countdown--overdue=move || words().1
            data-overdue=move || words().1.to_string()>
            {move || words().0}
        </span>
    }
}
