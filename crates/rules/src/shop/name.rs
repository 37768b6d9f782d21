//! SHOP-2: shop names. Length, sensitive words, trademarks the shop is not authorised for, and uniqueness
//! under a normalised key.

use crate::{
    Engine,
    engine::{ShopTerm, fold_key},
    text::{
        fold::{leet, skeleton},
        words::{collapse_whitespace, grapheme_count},
    },
    verdicts::{Report, keys, num, text},
};
use caravan_types::verdict::Verdict;
use serde::{Deserialize, Serialize};

/// The key under which two shop names count as equal (SHOP-2); the server stores it in a UNIQUE column
/// and the app computes the same key for its instant check.
///
/// Unicode NFKC, case folding, accents dropped, look-alike letters and leetspeak digits folded onto Latin
/// (`Ѕh0p` = `shop`), and every space and punctuation mark removed (`Shop-Co` = `shop co` = `ShopCo`).
/// Digits are folded whether or not they stand next to letters, so spacing never changes the key
/// (`Shop 24` = `Shop24`), and the key of a key is itself. The key does not depend on the policy, so it
/// stays stable across policy versions.
pub fn shop_name_key(name: &str) -> String {
    skeleton(name)
        .chars()
        .filter(|c| *c != ' ')
        .map(leet)
        .collect()
}

/// What the shop-name check needs besides the name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ShopNameContext {
    /// Brands the shop is authorised for, by policy brand id or name.
    pub authorised_brands: Vec<String>,
    /// Whether another shop already holds this name's [`shop_name_key`] (the server looks it up).
    pub name_taken: bool,
}

impl Engine {
    /// Verdicts on a proposed shop name (SHOP-2), sorted.
    pub fn check_shop_name(&self, name: &str, ctx: &ShopNameContext) -> Vec<Verdict> {
        let mut report = Report::new(self.version());
        let policy = &self.policy().shop_name;
        let collapsed = collapse_whitespace(name);
        let length = grapheme_count(&collapsed);
        let too_short = length < policy.min_chars as usize || shop_name_key(name).is_empty();
        if too_short || length > policy.max_chars as usize {
            report.push(
                keys::SHOP_2_NAME_LENGTH,
                "name",
                [
                    ("length", num(length)),
                    ("min", num(policy.min_chars)),
                    ("max", num(policy.max_chars)),
                ],
            );
        }
        for hit in self.shop_terms.find(skeleton(&collapsed).as_bytes()) {
            match hit.entry.kind {
                ShopTerm::Sensitive(i) => report.push(
                    keys::SHOP_2_SENSITIVE_WORD,
                    "name",
                    [
                        ("term", text(hit.entry.term.as_str())),
                        ("group", text(policy.sensitive[i].group.as_str())),
                    ],
                ),
                ShopTerm::Brand(i) if !self.brand_authorised(i, &ctx.authorised_brands) => report
                    .push(
                        keys::SHOP_2_TRADEMARK,
                        "name",
                        [
                            ("term", text(hit.entry.term.as_str())),
                            ("brand", text(self.policy().brands[i].name.as_str())),
                        ],
                    ),
                _ => {}
            }
        }
        if ctx.name_taken {
            report.push(keys::SHOP_2_NAME_TAKEN, "name", []);
        }
        report.finish()
    }

    /// Whether `brand` (as a seller typed it) is a policy brand, and which.
    pub(crate) fn policy_brand(&self, brand: &str) -> Option<usize> {
        self.brand_keys.get(&fold_key(brand)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_case_width_punctuation_and_look_alikes() {
        let key = shop_name_key("Sunny Shop");
        for same in [
            "sunny shop",
            "SUNNY  SHOP",
            "Sunny-Shop!",
            "ＳｕｎｎｙＳｈｏｐ",
            "Ѕunny Sh0p",
            "Sunny\u{200b} Shop",
        ] {
            assert_eq!(shop_name_key(same), key, "{same:?}");
        }
        assert_ne!(shop_name_key("Sunny Shops"), key);
        assert_eq!(shop_name_key("Café Olé"), shop_name_key("cafe ole"));
        assert_eq!(shop_name_key("Shop 24"), shop_name_key("Shop24"));
        assert_eq!(
            shop_name_key("&#117;gun"),
            shop_name_key(&shop_name_key("&#117;gun"))
        );
    }

    #[test]
    fn names_pass_or_fail_for_the_right_reason() {
        let engine = Engine::default_policy();
        let ctx = ShopNameContext::default();
        for fine in [
            "Essex Crafts",
            "Classic Home Goods",
            "Gunmetal Garage",
            "Sussex Textiles",
        ] {
            assert!(engine.check_shop_name(fine, &ctx).is_empty(), "{fine}");
        }
        let keys = |name: &str| -> Vec<String> {
            engine
                .check_shop_name(name, &ctx)
                .into_iter()
                .map(|v| v.message_key)
                .collect()
        };
        assert_eq!(keys("S.e.x Toys Shop"), ["rule-shop-2-sensitive-word"]);
        assert_eq!(keys("Nike Outlet"), ["rule-shop-2-trademark"]);
        assert_eq!(keys("abc"), ["rule-shop-2-name-length"]);
        let authorised = ShopNameContext {
            authorised_brands: vec!["nike".to_owned()],
            name_taken: true,
        };
        let verdicts = engine.check_shop_name("Nike Outlet", &authorised);
        assert_eq!(verdicts.len(), 1);
        assert_eq!(verdicts[0].message_key, "rule-shop-2-name-taken");
    }
}
