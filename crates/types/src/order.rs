//! Carts, quotes, orders, payments and fulfilment (ORD-1 … ORD-6) as the API carries them.
//!
//! Money is always in the settlement currency (USD) with integer minor units; `display` blocks carry the
//! same figures converted into the buyer's currency at a named day's reference rate, marked approximate
//! (ORD-4). Times are Unix seconds.

use crate::{
    Currency, ListingId, Money, OrderGroupId, OrderId, Rate, ShopId, SkuId,
    listing::ShippingOption, logistics::LogisticsClass,
};
use serde::{Deserialize, Serialize};

/// Most units of one SKU on one order line.
pub const MAX_LINE_QUANTITY: i64 = 999;
/// Most lines in one cart.
pub const MAX_CART_LINES: usize = 50;

/// One line of a cart as the app sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CartLine {
    /// The listing.
    pub listing_id: ListingId,
    /// The SKU (variant) of that listing.
    pub sku_id: SkuId,
    /// Units, 1 … [`MAX_LINE_QUANTITY`]; anything else is reported as `invalid_quantity`.
    pub quantity: i64,
    /// The logistics class the buyer chose; the cheapest one that reaches the destination when absent.
    #[serde(default)]
    pub shipping_class: Option<LogisticsClass>,
    /// The unit price (after discounts) the buyer saw; a different current price is reported as
    /// `price_changed` (and refuses the order, so nobody is charged a price they did not see).
    #[serde(default)]
    pub expected_unit_price: Option<Money>,
}

/// `POST /api/cart/quote`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteRequest {
    /// ISO 3166-1 alpha-2 country the parcel goes to, e.g. `DE`.
    pub destination: String,
    /// Currency to show the totals in as well (approximate, ORD-4); settlement only when absent.
    #[serde(default)]
    pub display_currency: Option<Currency>,
    /// The cart, 1 … [`MAX_CART_LINES`] lines.
    pub lines: Vec<CartLine>,
}

/// Why a cart line cannot be ordered as it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum LineProblemCode {
    /// The listing or SKU does not exist, is not published, or its shop cannot sell.
    Unavailable,
    /// The listing's shipping template does not deliver to the destination.
    NotShippedToDestination,
    /// The chosen logistics class is not offered to the destination (others may be: see the options).
    ShippingClassUnavailable,
    /// No units left.
    OutOfStock,
    /// Fewer units left than asked for (`available` says how many).
    QuantityOverStock,
    /// More than [`MAX_LINE_QUANTITY`] units (`limit`).
    QuantityOverLimit,
    /// Zero or negative quantity.
    InvalidQuantity,
    /// The current unit price differs from `expected_unit_price` (`expected`, `actual`).
    PriceChanged,
    /// The same SKU appears on an earlier line; merge them.
    DuplicateLine,
    /// The buyer owns the shop selling this listing.
    OwnListing,
}

impl LineProblemCode {
    /// The stable snake_case name (also the field-error code when an order is refused).
    pub fn as_str(&self) -> &'static str {
        match self {
            LineProblemCode::Unavailable => "unavailable",
            LineProblemCode::NotShippedToDestination => "not_shipped_to_destination",
            LineProblemCode::ShippingClassUnavailable => "shipping_class_unavailable",
            LineProblemCode::OutOfStock => "out_of_stock",
            LineProblemCode::QuantityOverStock => "quantity_over_stock",
            LineProblemCode::QuantityOverLimit => "quantity_over_limit",
            LineProblemCode::InvalidQuantity => "invalid_quantity",
            LineProblemCode::PriceChanged => "price_changed",
            LineProblemCode::DuplicateLine => "duplicate_line",
            LineProblemCode::OwnListing => "own_listing",
        }
    }
}

/// A problem with one cart line, with the figures the app needs to explain it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LineProblem {
    /// What is wrong.
    pub code: LineProblemCode,
    /// English explanation (the app translates `code`).
    pub message: String,
    /// Units available, for stock problems.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available: Option<i64>,
    /// The limit, for `quantity_over_limit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The price the buyer expected, for `price_changed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<Money>,
    /// The current price, for `price_changed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<Money>,
}

/// A promotion discount applied to a line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppliedDiscount {
    /// The promotion.
    pub promotion_id: i64,
    /// Short label of the promotion, as the seller named it.
    pub label: String,
    /// Discount per unit.
    pub per_unit: Money,
    /// Discount on the whole line (per unit × quantity).
    pub total: Money,
}

/// Shipping chosen for a line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LineShipping {
    /// The logistics class.
    pub class: LogisticsClass,
    /// Cost for the line (charged once per line, whatever the quantity).
    pub cost: Money,
    /// Fewest days to deliver once shipped.
    pub min_days: u16,
    /// Most days to deliver once shipped.
    pub max_days: u16,
}

/// One priced cart line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteLine {
    /// Position of the line in the request (0-based), so problems map back to cart rows.
    pub index: u32,
    /// The listing.
    pub listing_id: ListingId,
    /// The SKU.
    pub sku_id: SkuId,
    /// Seller's SKU code.
    pub sku_code: String,
    /// Listing title (empty when `unavailable`).
    pub title: String,
    /// The SKU's option values joined with " / " (e.g. `Red / XL`); empty for single-SKU listings.
    pub sku_label: String,
    /// Thumbnail of the SKU's (or the listing's first) picture.
    pub image_url: Option<String>,
    /// Quantity as asked.
    pub quantity: i64,
    /// Current unit price before promotions (the seller's sale price when there is one).
    pub unit_price: Money,
    /// The seller's crossed-out price, when `unit_price` is a sale price.
    pub original_unit_price: Option<Money>,
    /// Promotion discount, when one applies.
    pub discount: Option<AppliedDiscount>,
    /// What one unit costs after the discount (compare with `expected_unit_price`).
    pub final_unit_price: Money,
    /// Items after discount: `final_unit_price` × quantity.
    pub items: Money,
    /// Shipping for this line, when the listing reaches the destination.
    pub shipping: Option<LineShipping>,
    /// Every logistics class that reaches the destination, cheapest first.
    pub shipping_options: Vec<ShippingOption>,
    /// Items plus shipping.
    pub total: Money,
    /// Units in stock now.
    pub available: i64,
    /// Days the seller has to ship after payment (ORD-3).
    pub handling_days: u32,
    /// Problems; an empty list means the line can be ordered.
    pub problems: Vec<LineProblem>,
}

/// Totals converted into the buyer's display currency (ORD-4): approximate, charged in settlement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisplayTotals {
    /// The display currency.
    pub currency: Currency,
    /// Settlement → display rate used.
    pub rate: Rate,
    /// Reference date of the rate, `YYYY-MM-DD`.
    pub rate_date: String,
    /// Items after discounts.
    pub items: Money,
    /// Discounts.
    pub discount: Money,
    /// Shipping.
    pub shipping: Money,
    /// Total.
    pub total: Money,
    /// Always true: the charge is in the settlement currency.
    pub approximate: bool,
}

/// Figures of a shop's part of a cart, or of a whole cart, in settlement currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Totals {
    /// Items before promotion discounts.
    pub subtotal: Money,
    /// Promotion discounts (a positive amount taken off).
    pub discount: Money,
    /// Items after discounts: `subtotal - discount`.
    pub items: Money,
    /// Shipping.
    pub shipping: Money,
    /// What is charged: `items + shipping`.
    pub total: Money,
}

/// One shop's lines of a quote: becomes one order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShopQuote {
    /// The shop (0 for lines whose listing is unavailable).
    pub shop_id: ShopId,
    /// Shop name.
    pub shop_name: String,
    /// The lines, in request order.
    pub lines: Vec<QuoteLine>,
    /// This shop's totals over the lines without problems.
    pub totals: Totals,
    /// Those totals in the display currency.
    pub display: Option<DisplayTotals>,
}

/// Answer of `POST /api/cart/quote`: server-computed prices (ORD-1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Quote {
    /// Destination country.
    pub destination: String,
    /// The currency everything is charged in.
    pub settlement_currency: Currency,
    /// Lines grouped by shop, in order of each shop's first line.
    pub shops: Vec<ShopQuote>,
    /// Totals over every line without problems.
    pub totals: Totals,
    /// Those totals in the display currency.
    pub display: Option<DisplayTotals>,
    /// True when no line has a problem: placing this cart would succeed now.
    pub orderable: bool,
    /// Policy version the figures were computed under.
    pub policy_version: String,
}

/// Where an order is delivered. The seller sees it (to ship); payment details never travel with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShippingAddress {
    /// Recipient, 1–100 characters.
    pub name: String,
    /// Street and number, 1–200 characters.
    pub line1: String,
    /// Flat, floor, building (optional, ≤ 200).
    #[serde(default)]
    pub line2: Option<String>,
    /// City, 1–100 characters.
    pub city: String,
    /// State, province or region (optional, ≤ 100).
    #[serde(default)]
    pub region: Option<String>,
    /// Postal code, 0–20 characters (some countries have none).
    #[serde(default)]
    pub postal_code: String,
    /// ISO 3166-1 alpha-2 country; the destination of every line.
    pub country: String,
    /// Phone for the carrier (optional, ≤ 30).
    #[serde(default)]
    pub phone: Option<String>,
}

/// `POST /api/orders` (with an `Idempotency-Key` header).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlaceOrderRequest {
    /// The cart; prices are recomputed by the server.
    pub lines: Vec<CartLine>,
    /// Delivery address; its country is the destination.
    pub address: ShippingAddress,
    /// Currency the buyer was shown; its rate is recorded with the order (ORD-4).
    #[serde(default)]
    pub display_currency: Option<Currency>,
}

/// Where one shop's order stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum OrderStatus {
    /// Placed, stock reserved, waiting for payment until `pay_by`.
    AwaitingPayment,
    /// Paid into escrow; the seller must ship by `ship_by`.
    Paid,
    /// Handed to the carrier with a tracking number.
    Shipped,
    /// The carrier delivered it; escrow releases on confirmation or at `auto_confirm_at`.
    Delivered,
    /// Receipt confirmed (by the buyer or by timeout); the payout is scheduled.
    Completed,
    /// Cancelled before shipment; paid money refunded, stock restored.
    Cancelled,
    /// Not paid in time; stock restored.
    Expired,
}

impl OrderStatus {
    /// Every status.
    pub const ALL: [OrderStatus; 7] = [
        OrderStatus::AwaitingPayment,
        OrderStatus::Paid,
        OrderStatus::Shipped,
        OrderStatus::Delivered,
        OrderStatus::Completed,
        OrderStatus::Cancelled,
        OrderStatus::Expired,
    ];

    /// The stable name stored in the database and used in the API.
    pub fn as_str(&self) -> &'static str {
        match self {
            OrderStatus::AwaitingPayment => "awaiting_payment",
            OrderStatus::Paid => "paid",
            OrderStatus::Shipped => "shipped",
            OrderStatus::Delivered => "delivered",
            OrderStatus::Completed => "completed",
            OrderStatus::Cancelled => "cancelled",
            OrderStatus::Expired => "expired",
        }
    }

    /// The status stored under `name`.
    pub fn from_name(name: &str) -> Option<OrderStatus> {
        OrderStatus::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

/// ORD-3 as the rules crate judges it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ShipmentState {
    /// Paid, deadline not passed.
    AwaitingShipment,
    /// Shipped by the deadline.
    ShippedInTime,
    /// Not shipped by the deadline ("sold but not shipped", SRV-3), whether shipped late or not at all.
    SoldButNotShipped,
}

/// A line of a placed order: a snapshot of what was bought, unchanged by later listing edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderLine {
    /// The listing (it may since have changed or gone).
    pub listing_id: ListingId,
    /// The SKU.
    pub sku_id: SkuId,
    /// Title at order time.
    pub title: String,
    /// SKU code at order time.
    pub sku_code: String,
    /// Option values at order time, joined with " / ".
    pub sku_label: String,
    /// Picture at order time.
    pub image_url: Option<String>,
    /// Units.
    pub quantity: i64,
    /// Unit price before promotion.
    pub unit_price: Money,
    /// Promotion discount on the whole line.
    pub discount: Money,
    /// The promotion, when one applied.
    pub promotion_id: Option<i64>,
    /// Shipping paid for the line.
    pub shipping: LineShipping,
    /// What the line cost: unit price × quantity − discount + shipping.
    pub total: Money,
}

/// Where the money of an order stands (ORD-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EscrowStatus {
    /// Nothing paid yet.
    None,
    /// Paid and held by the platform.
    Held,
    /// Released to the seller (payout scheduled).
    Released,
    /// Given back to the buyer in full.
    Refunded,
}

/// Who released the escrow (ORD-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReleasedBy {
    /// The buyer confirmed receipt.
    Buyer,
    /// The receipt timeout passed after delivery.
    Timeout,
    /// A dispute decision.
    Decision,
}

/// The scheduled transfer of an order's released escrow to the seller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Payout {
    /// Amount paid out.
    pub amount: Money,
    /// `scheduled` or `paid`.
    pub status: String,
    /// Earliest arrival (ORD-2: working days after completion).
    pub earliest_at: i64,
    /// Latest arrival.
    pub latest_at: i64,
}

/// The escrow of an order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Escrow {
    /// Where it stands.
    pub status: EscrowStatus,
    /// Amount still held.
    pub held: Money,
    /// Amount refunded to the buyer so far.
    pub refunded: Money,
    /// When it was released.
    pub released_at: Option<i64>,
    /// Who released it.
    pub released_by: Option<ReleasedBy>,
    /// The payout, once scheduled.
    pub payout: Option<Payout>,
}

/// The card a buyer paid with, as the buyer sees it. Never part of a seller's view (ORD-6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaidWith {
    /// Card brand, e.g. `visa`.
    pub brand: String,
    /// Last four digits.
    pub last4: String,
}

/// What the seller sent the order with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShipmentInfo {
    /// The logistics class used.
    pub class: LogisticsClass,
    /// The carrier's tracking number.
    pub tracking_number: String,
    /// Carrier name, when given.
    pub carrier: Option<String>,
}

/// Kinds of entries in an order's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum TrackingKind {
    /// The order was placed.
    Placed,
    /// Payment arrived in escrow.
    Paid,
    /// The seller shipped it.
    Shipped,
    /// A carrier scan on the way.
    InTransit,
    /// Out for delivery.
    OutForDelivery,
    /// A carrier problem (address, customs, …).
    Exception,
    /// Delivered.
    Delivered,
    /// Receipt confirmed.
    Completed,
    /// Cancelled.
    Cancelled,
    /// Not paid in time.
    Expired,
    /// The handling time passed without shipment.
    NotShippedInTime,
}

impl TrackingKind {
    /// Every kind.
    pub const ALL: [TrackingKind; 11] = [
        TrackingKind::Placed,
        TrackingKind::Paid,
        TrackingKind::Shipped,
        TrackingKind::InTransit,
        TrackingKind::OutForDelivery,
        TrackingKind::Exception,
        TrackingKind::Delivered,
        TrackingKind::Completed,
        TrackingKind::Cancelled,
        TrackingKind::Expired,
        TrackingKind::NotShippedInTime,
    ];

    /// The stable name.
    pub fn as_str(&self) -> &'static str {
        match self {
            TrackingKind::Placed => "placed",
            TrackingKind::Paid => "paid",
            TrackingKind::Shipped => "shipped",
            TrackingKind::InTransit => "in_transit",
            TrackingKind::OutForDelivery => "out_for_delivery",
            TrackingKind::Exception => "exception",
            TrackingKind::Delivered => "delivered",
            TrackingKind::Completed => "completed",
            TrackingKind::Cancelled => "cancelled",
            TrackingKind::Expired => "expired",
            TrackingKind::NotShippedInTime => "not_shipped_in_time",
        }
    }

    /// The kind stored under `name`.
    pub fn from_name(name: &str) -> Option<TrackingKind> {
        TrackingKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// One entry of an order's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrackingEvent {
    /// What happened.
    pub kind: TrackingKind,
    /// Free text from the carrier or seller.
    pub description: Option<String>,
    /// Where, when known.
    pub location: Option<String>,
    /// When.
    pub at: i64,
}

/// What the caller may do with an order now (the server checks again when asked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderActions {
    /// Buyer: pay (the whole order group).
    pub pay: bool,
    /// Buyer: cancel.
    pub cancel: bool,
    /// Buyer: confirm receipt.
    pub confirm_receipt: bool,
    /// Buyer: rate the order (completed and not reviewed yet, SRV); the app asks for the review itself only
    /// when there is one.
    #[serde(default)]
    pub review: bool,
    /// Seller: enter the shipment.
    pub ship: bool,
    /// Seller: add tracking events.
    pub track: bool,
}

/// The other party of an order, as each side sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Party {
    /// Account or shop id.
    pub id: i64,
    /// Display name.
    pub name: String,
}

/// An order in a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderSummary {
    /// The order.
    pub id: OrderId,
    /// Its checkout.
    pub group_id: OrderGroupId,
    /// Status.
    pub status: OrderStatus,
    /// The shop.
    pub shop: Party,
    /// The buyer (seller views only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer: Option<Party>,
    /// Total charged.
    pub total: Money,
    /// Units over all lines.
    pub units: i64,
    /// Title of the first line.
    pub first_title: String,
    /// Picture of the first line.
    pub first_image_url: Option<String>,
    /// Placed at.
    pub created_at: i64,
    /// Payment deadline (awaiting payment).
    pub pay_by: i64,
    /// Shipping deadline (ORD-3), once paid.
    pub ship_by: Option<i64>,
    /// ORD-3 state, once paid.
    pub shipment_state: Option<ShipmentState>,
}

/// Everything about one order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderDetail {
    /// The order.
    pub id: OrderId,
    /// Its checkout (pay through the group).
    pub group_id: OrderGroupId,
    /// Status.
    pub status: OrderStatus,
    /// The shop.
    pub shop: Party,
    /// The buyer (seller views only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buyer: Option<Party>,
    /// What was bought.
    pub lines: Vec<OrderLine>,
    /// Totals in settlement currency.
    pub totals: Totals,
    /// Totals in the buyer's display currency at the recorded rate.
    pub display: Option<DisplayTotals>,
    /// Policy version at order time.
    pub policy_version: String,
    /// Delivery address.
    pub address: ShippingAddress,
    /// Placed at.
    pub created_at: i64,
    /// Unpaid orders expire at this time.
    pub pay_by: i64,
    /// Paid at.
    pub paid_at: Option<i64>,
    /// Shipping deadline (ORD-3).
    pub ship_by: Option<i64>,
    /// ORD-3 state.
    pub shipment_state: Option<ShipmentState>,
    /// Shipped at.
    pub shipped_at: Option<i64>,
    /// The shipment.
    pub shipment: Option<ShipmentInfo>,
    /// Delivered at.
    pub delivered_at: Option<i64>,
    /// Escrow is released at this time unless the buyer confirms earlier (ORD-2).
    pub auto_confirm_at: Option<i64>,
    /// Completed at.
    pub completed_at: Option<i64>,
    /// Cancelled or expired at.
    pub cancelled_at: Option<i64>,
    /// Why it was cancelled.
    pub cancel_reason: Option<String>,
    /// The money.
    pub escrow: Escrow,
    /// The card used (buyer's view only; never in a seller's view, ORD-6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_with: Option<PaidWith>,
    /// Timeline, oldest first.
    pub events: Vec<TrackingEvent>,
    /// What the caller may do now.
    pub actions: OrderActions,
}

/// Where a checkout stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum OrderGroupStatus {
    /// Waiting for payment until `pay_by`.
    AwaitingPayment,
    /// Paid.
    Paid,
    /// Not paid in time.
    Expired,
    /// Every order cancelled before payment.
    Cancelled,
}

impl OrderGroupStatus {
    /// The stable name.
    pub fn as_str(&self) -> &'static str {
        match self {
            OrderGroupStatus::AwaitingPayment => "awaiting_payment",
            OrderGroupStatus::Paid => "paid",
            OrderGroupStatus::Expired => "expired",
            OrderGroupStatus::Cancelled => "cancelled",
        }
    }

    /// The status stored under `name`.
    pub fn from_name(name: &str) -> Option<OrderGroupStatus> {
        [
            OrderGroupStatus::AwaitingPayment,
            OrderGroupStatus::Paid,
            OrderGroupStatus::Expired,
            OrderGroupStatus::Cancelled,
        ]
        .into_iter()
        .find(|s| s.as_str() == name)
    }
}

/// One checkout: the orders (one per shop) placed together and paid with one charge. Answer of
/// `POST /api/orders` and `GET /api/order-groups/{id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderGroup {
    /// The checkout.
    pub id: OrderGroupId,
    /// Status.
    pub status: OrderGroupStatus,
    /// The orders, one per shop.
    pub orders: Vec<OrderDetail>,
    /// Totals over the orders still to be paid or paid (cancelled ones excluded).
    pub totals: Totals,
    /// Those totals in the display currency.
    pub display: Option<DisplayTotals>,
    /// Pay before this time or the orders expire and the stock is released.
    pub pay_by: i64,
    /// Paid at.
    pub paid_at: Option<i64>,
    /// The card used, once paid.
    pub paid_with: Option<PaidWith>,
    /// Placed at.
    pub created_at: i64,
}

/// Card details for one payment. Sent to the payment provider and forgotten: only the brand and last four
/// digits are stored.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CardDetails {
    /// Card number, 12–19 digits; spaces and dashes are ignored.
    pub number: String,
    /// Expiry month, 1–12.
    pub exp_month: u32,
    /// Expiry year, four digits.
    pub exp_year: u32,
    /// Security code, 3 digits (4 for American Express).
    pub cvc: String,
    /// Name on the card (optional).
    #[serde(default)]
    pub holder: Option<String>,
}

impl std::fmt::Debug for CardDetails {
    // Card data must never reach a log line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CardDetails").finish_non_exhaustive()
    }
}

/// `POST /api/order-groups/{id}/payment`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PaymentRequest {
    /// The card.
    pub card: CardDetails,
}

/// `POST /api/orders/{id}/cancel`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CancelRequest {
    /// Why, in the buyer's words (optional, ≤ 500 characters).
    #[serde(default)]
    pub reason: Option<String>,
}

/// `POST /api/seller/orders/{id}/shipment` (ORD-3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShipmentRequest {
    /// The logistics class used.
    pub class: LogisticsClass,
    /// The carrier's tracking number: 6–40 letters, digits or dashes.
    pub tracking_number: String,
    /// Carrier name (optional, ≤ 60).
    #[serde(default)]
    pub carrier: Option<String>,
}

/// Kinds of tracking events a seller may relay from the carrier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum CarrierEventKind {
    /// A scan on the way.
    InTransit,
    /// Out for delivery.
    OutForDelivery,
    /// A problem (address, customs, …).
    Exception,
    /// Delivered: starts the receipt timeout (ORD-2).
    Delivered,
}

impl CarrierEventKind {
    /// The timeline kind.
    pub fn tracking_kind(&self) -> TrackingKind {
        match self {
            CarrierEventKind::InTransit => TrackingKind::InTransit,
            CarrierEventKind::OutForDelivery => TrackingKind::OutForDelivery,
            CarrierEventKind::Exception => TrackingKind::Exception,
            CarrierEventKind::Delivered => TrackingKind::Delivered,
        }
    }
}

/// `POST /api/seller/orders/{id}/tracking-events`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TrackingEventRequest {
    /// What happened.
    pub kind: CarrierEventKind,
    /// Carrier text (optional, ≤ 200).
    #[serde(default)]
    pub description: Option<String>,
    /// Where (optional, ≤ 100).
    #[serde(default)]
    pub location: Option<String>,
}

/// A page of orders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderPage {
    /// The orders.
    pub items: Vec<OrderSummary>,
    /// Cursor for the next page; `None` on the last.
    pub next_cursor: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for status in OrderStatus::ALL {
            assert_eq!(OrderStatus::from_name(status.as_str()), Some(status));
            assert_eq!(
                serde_json::to_string(&status).unwrap(),
                format!("\"{}\"", status.as_str())
            );
        }
        for kind in TrackingKind::ALL {
            assert_eq!(TrackingKind::from_name(kind.as_str()), Some(kind));
            assert_eq!(
                serde_json::to_string(&kind).unwrap(),
                format!("\"{}\"", kind.as_str())
            );
        }
        let code = LineProblemCode::NotShippedToDestination;
        assert_eq!(
            serde_json::to_string(&code).unwrap(),
            format!("\"{}\"", code.as_str())
        );
    }

    #[test]
    fn card_details_never_print() {
        let card = CardDetails {
            number: "4242424242424242".into(),
            exp_month: 12,
            exp_year: 2030,
            cvc: "123".into(),
            holder: None,
        };
        assert!(!format!("{card:?}").contains("4242"));
    }
}
