//! Countries for delivery: ISO 3166-1 alpha-2 codes, named in the buyer's language by the browser's
//! `Intl.DisplayNames` (no country names in the wasm), and the destination a buyer starts with.

use js_sys::{Array, Intl, JsString, Object, Reflect};
use wasm_bindgen::JsValue;

/// Every officially assigned ISO 3166-1 alpha-2 code, in code order.
const CODES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR \
BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET \
FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ \
IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML \
MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS \
PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL \
TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// Whether `code` is one of the codes offered.
pub fn is_known(code: &str) -> bool {
    code.len() == 2 && CODES.split(' ').any(|c| c == code)
}

/// A namer of countries in `locale`.
pub struct CountryNames(Option<Intl::DisplayNames>);

impl CountryNames {
    /// Names in `locale` (a BCP 47 tag).
    pub fn new(locale: &str) -> CountryNames {
        let options = Object::new();
        let _ = Reflect::set(&options, &"type".into(), &"region".into());
        // Intl.DisplayNames is in every browser the app supports; without it, codes stand for names.
        let has_display_names = Reflect::get(&js_sys::global(), &"Intl".into())
            .and_then(|intl| Reflect::get(&intl, &"DisplayNames".into()))
            .is_ok_and(|names| !names.is_undefined());
        CountryNames(
            has_display_names.then(|| {
                Intl::DisplayNames::new(&Array::of1(&JsValue::from_str(locale)), &options)
            }),
        )
    }

    /// The name of the country `code`, e.g. `Deutschland` for `DE` in German.
    pub fn name(&self, code: &str) -> String {
        self.0
            .as_ref()
            .and_then(|names| names.of(code))
            .map(String::from)
            .unwrap_or_else(|| code.to_owned())
    }

    /// Every country as (code, name), sorted by name the way the locale sorts.
    pub fn all_sorted(&self, locale: &str) -> Vec<(&'static str, String)> {
        let mut all: Vec<(&'static str, String)> = CODES
            .split(' ')
            .map(|code| (code, self.name(code)))
            .collect();
        let locales = Array::of1(&JsValue::from_str(locale));
        let options = Object::new();
        all.sort_by(|(_, a), (_, b)| {
            JsString::from(a.as_str())
                .locale_compare(b, &locales, &options)
                .cmp(&0)
        });
        all
    }
}

/// The destination a buyer starts with: the region of the active locale (`pt-BR` → `BR`); Arabic, which
/// names no region, starts with Saudi Arabia, where the locale's currency is used.
pub fn default_destination(locale: &str) -> &'static str {
    let region = locale.rsplit('-').next().unwrap_or_default();
    CODES
        .split(' ')
        .find(|c| *c == region)
        .unwrap_or(if locale == "ar" { "SA" } else { "US" })
}
