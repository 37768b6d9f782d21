//! Shops as their owners and the platform see them: the seller's application (REG-1, REG-3, REG-4), its
//! review (SHOP-1), the live name check (SHOP-2), e-mail verification and the documents on file (SHOP-3,
//! SHOP-4, LST-3).
//!
//! The rule engine re-exports [`ShopStatus`], [`AccountType`] and [`SellerRegistration`]: it judges them, the
//! server stores them and the seller center edits them, with one definition.

use crate::verdict::Verdict;
use serde::{Deserialize, Serialize};

/// Where a shop is in the platform's review (SHOP-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ShopStatus {
    /// Waiting for review.
    Pending,
    /// Reviewed and open; may publish listings.
    Approved,
    /// Reviewed and refused (with a reason).
    Rejected,
}

impl ShopStatus {
    /// The stable identifier used in the API and the database.
    pub fn as_str(&self) -> &'static str {
        match self {
            ShopStatus::Pending => "pending",
            ShopStatus::Approved => "approved",
            ShopStatus::Rejected => "rejected",
        }
    }

    /// The status stored under `name`.
    pub fn from_name(name: &str) -> Option<ShopStatus> {
        [
            ShopStatus::Pending,
            ShopStatus::Approved,
            ShopStatus::Rejected,
        ]
        .into_iter()
        .find(|s| s.as_str() == name)
    }
}

/// Where a submitted document is in the platform's review; the admin lists filter by it (`pending` unless
/// asked).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReviewStatus {
    /// Waiting for a decision.
    #[default]
    Pending,
    /// Approved.
    Approved,
    /// Rejected with a reason.
    Rejected,
}

impl ReviewStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Pending => "pending",
            ReviewStatus::Approved => "approved",
            ReviewStatus::Rejected => "rejected",
        }
    }

    /// The status stored under `name`.
    pub fn from_name(name: &str) -> Option<ReviewStatus> {
        [
            ReviewStatus::Pending,
            ReviewStatus::Approved,
            ReviewStatus::Rejected,
        ]
        .into_iter()
        .find(|s| s.as_str() == name)
    }
}

/// REG-4: B2C or B2B.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AccountType {
    /// Sells to consumers.
    B2c,
    /// Sells to businesses.
    B2b,
}

/// What a seller submits to register (REG-1, REG-3, REG-4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SellerRegistration {
    /// REG-1: registered company name.
    pub company_name: String,
    /// REG-1: business licence number.
    pub licence_number: String,
    /// REG-1: legal representative.
    pub legal_representative: String,
    /// REG-1: ISO 3166-1 alpha-2 country of registration.
    pub country: String,
    /// REG-3: company e-mail.
    pub company_email: String,
    /// REG-3: whether that e-mail has been verified (the server decides; what a client sends is ignored).
    pub email_verified: bool,
    /// REG-3: customer-service phone.
    pub service_phone: String,
    /// REG-3: emergency contact (name and phone).
    pub emergency_contact: String,
    /// REG-4: account type.
    pub account_type: AccountType,
    /// REG-4: main category slug (a top-level category).
    pub main_category: String,
    /// REG-4: regions the shop sells to (ISO 3166-1 alpha-2).
    pub sales_regions: Vec<String>,
}

/// A shop as its owner and the platform see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShopView {
    /// The shop.
    pub id: i64,
    /// Display name.
    pub name: String,
    /// Review status (SHOP-1).
    pub status: ShopStatus,
    /// Why the platform rejected it, when it did.
    pub rejection_reason: Option<String>,
    /// ISO 3166-1 alpha-2 country.
    pub country: String,
    /// The registration the shop applied with (absent for shops created before onboarding existed).
    pub registration: Option<SellerRegistration>,
    /// When it applied, Unix seconds.
    pub created_at: i64,
}

/// `POST /api/seller/shop`: a shop application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShopApplication {
    /// The shop's name (SHOP-2).
    pub shop_name: String,
    /// REG-1, REG-3, REG-4; `email_verified` is set by the server.
    pub registration: SellerRegistration,
}

/// Answer of `GET /api/seller/shop-name-check`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NameCheck {
    /// The normalised key the name is unique under.
    pub key: String,
    /// Whether no other shop holds the key.
    pub available: bool,
    /// SHOP-2 verdicts, including "taken".
    pub verdicts: Vec<Verdict>,
}

/// `POST /api/seller/email-verifications`: send a code to this address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmailRequest {
    /// The company e-mail to verify.
    pub email: String,
}

/// `POST /api/seller/email-verifications/confirm`: the code the seller received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConfirmRequest {
    /// The address the code was sent to.
    pub email: String,
    /// The 6-digit code.
    pub code: String,
}

/// Answer of the e-mail verification routes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EmailStatus {
    /// The address.
    pub email: String,
    /// Whether it is verified.
    pub verified: bool,
    /// Seconds until the code expires (after a code was sent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<i64>,
}

/// What a document proves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DocumentKind {
    /// A licence for a restricted class of goods (LST-3), e.g. `medical-devices`.
    Licence,
    /// A qualification document a category requires (SHOP-3).
    Qualification,
    /// A trademark certificate or brand authorisation (SHOP-4, LST-4).
    Brand,
}

impl DocumentKind {
    /// Every kind, in the order the seller center lists them.
    pub const ALL: [DocumentKind; 3] = [
        DocumentKind::Licence,
        DocumentKind::Qualification,
        DocumentKind::Brand,
    ];

    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Licence => "licence",
            DocumentKind::Qualification => "qualification",
            DocumentKind::Brand => "brand",
        }
    }

    /// The kind stored under `name`.
    pub fn from_name(name: &str) -> Option<DocumentKind> {
        DocumentKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// A licence, qualification or brand authorisation on file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShopDocument {
    /// The document.
    pub id: i64,
    /// The shop it belongs to.
    pub shop_id: i64,
    /// What it proves.
    pub kind: DocumentKind,
    /// Licence or qualification name from the policy (e.g. `medical-devices`), or the brand.
    pub name: String,
    /// The document's number, or what was submitted.
    pub reference: String,
    /// Review status.
    pub status: ReviewStatus,
    /// Why the platform rejected it, when it did.
    pub rejection_reason: Option<String>,
    /// When it was submitted, Unix seconds.
    pub created_at: i64,
}

/// `POST /api/seller/documents`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentSubmission {
    /// What the document proves.
    pub kind: DocumentKind,
    /// Licence or qualification name from the policy (e.g. `medical-devices`), or the brand.
    pub name: String,
    /// The document's number, or what was submitted.
    pub reference: String,
}

/// `POST /api/admin/{shops,documents}/{id}/reject`: the reason shown to the seller (PEN-4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rejection {
    /// 10 to 1,000 characters.
    pub reason: String,
}
