//! Logistics classes (LST-9).

use serde::{Deserialize, Serialize};
use std::{fmt, str::FromStr};

/// How a parcel travels from the seller to the buyer (LST-9).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum LogisticsClass {
    /// Economy / postal small packet, 15–30 days; about 90% of orders.
    Economy,
    /// Standard express, 5–10 days.
    Standard,
    /// Commercial express: fast and expensive, for high-value goods.
    Commercial,
    /// Shipped from stock in an overseas warehouse, 3–7 days.
    OverseasWarehouse,
}

impl LogisticsClass {
    /// Every class, cheapest first.
    pub const ALL: [LogisticsClass; 4] = [
        LogisticsClass::Economy,
        LogisticsClass::Standard,
        LogisticsClass::Commercial,
        LogisticsClass::OverseasWarehouse,
    ];

    /// The stable identifier used in URLs, the database and the API.
    pub fn as_str(&self) -> &'static str {
        match self {
            LogisticsClass::Economy => "economy",
            LogisticsClass::Standard => "standard",
            LogisticsClass::Commercial => "commercial",
            LogisticsClass::OverseasWarehouse => "overseas_warehouse",
        }
    }
}

impl fmt::Display for LogisticsClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A logistics class name that is not one of [`LogisticsClass::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown logistics class `{0}`")]
pub struct UnknownLogisticsClass(pub String);

impl FromStr for LogisticsClass {
    type Err = UnknownLogisticsClass;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LogisticsClass::ALL
            .into_iter()
            .find(|class| class.as_str() == s)
            .ok_or_else(|| UnknownLogisticsClass(s.to_owned()))
    }
}

/// A shipping template as the listing rules see it (LST-9, LST-10, LST-14).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShippingTemplate {
    /// Options the template offers.
    pub options: Vec<ShippingOptionTerms>,
}

/// One option of a shipping template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShippingOptionTerms {
    /// Logistics class.
    pub class: LogisticsClass,
    /// Cost for one unit in minor units of the draft's currency; 0 for free shipping.
    pub cost_minor: i64,
    /// Fewest days the template promises.
    pub min_days: u32,
    /// Most days the template promises.
    pub max_days: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for class in LogisticsClass::ALL {
            assert_eq!(class.as_str().parse::<LogisticsClass>().unwrap(), class);
            let json = serde_json::to_string(&class).unwrap();
            assert_eq!(json, format!("\"{}\"", class.as_str()));
        }
        assert!("teleport".parse::<LogisticsClass>().is_err());
    }
}
