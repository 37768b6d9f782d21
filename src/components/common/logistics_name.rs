use crate::contexts::use_i18n;
use caravan_types::logistics::LogisticsClass;

/// The translated name of a logistics class (product page, checkout).
pub fn logistics_name(class: LogisticsClass) -> String {
    let i18n = use_i18n();
    match class {
        LogisticsClass::Economy => i18n.t("logistics-economy"),
        LogisticsClass::Standard => i18n.t("logistics-standard"),
        LogisticsClass::Commercial => i18n.t("logistics-commercial"),
        LogisticsClass::OverseasWarehouse => i18n.t("logistics-overseas-warehouse"),
    }
}
