//! Verdicts: what the rule engine says about an input, explainably.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How serious a verdict is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Severity {
    /// Stops publishing or saving.
    Block,
    /// Informs; the action may go ahead.
    Warn,
}

/// An argument of a verdict's message, e.g. the matched word or the limit.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum VerdictArg {
    /// A whole number (a limit, a count).
    Number(i64),
    /// Text (a matched term, a field value).
    Text(String),
}

/// One finding of a rule check (RULES.md, "Verdicts").
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Verdict {
    /// Rule id from RULES.md, e.g. `LST-5`.
    pub rule: String,
    /// Block or warn.
    pub severity: Severity,
    /// Path of the field concerned, e.g. `title`, `skus[2].price`, `images[0]`.
    pub field: String,
    /// Locale message key, e.g. `rule-lst-5-title-too-long`.
    pub message_key: String,
    /// Message arguments by name.
    pub args: BTreeMap<String, VerdictArg>,
    /// Version of the policy that produced the verdict.
    pub policy_version: String,
}

impl Verdict {
    /// Whether this verdict stops publishing.
    pub fn blocks(&self) -> bool {
        self.severity == Severity::Block
    }
}
