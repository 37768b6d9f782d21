//! The review queues' status filter.

use crate::contexts::use_i18n;
use caravan_types::shop::ReviewStatus;
use leptos::prelude::*;

/// Pending, approved or rejected items.
#[component]
pub fn StatusFilter(
    /// The status shown.
    status: RwSignal<ReviewStatus>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="cv-form-field cv-status-filter">
            <label class="cv-form-field__label" for="cv-review-status">{i18n.t("console-filter-status")}</label>
            <select class="cv-input" id="cv-review-status"
                on:change=move |ev| status.set(ReviewStatus::from_name(&event_target_value(&ev)).unwrap_or_default())>
                <option value="pending">{i18n.t("console-status-pending")}</option>
                <option value="approved">{i18n.t("console-status-approved")}</option>
                <option value="rejected">{i18n.t("console-status-rejected")}</option>
            </select>
        </div>
    }
}
