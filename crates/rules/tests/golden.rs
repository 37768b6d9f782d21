#![cfg(not(target_family = "wasm"))]
//! Golden scenarios: `tests/scenarios/*.json` hold inputs and the exact expected output of a check.
//!
//! Each scenario names the rule it is about and whether it should `pass` (no verdict of that rule) or
//! `fail` (at least one). Listing drafts and contexts are JSON merge patches (RFC 7386) over
//! `tests/scenarios/base.json`, so a scenario shows only what it changes. Run with `BLESS=1` to rewrite the
//! expected outputs after a deliberate change, then review the diff.

use caravan_rules::{
    Engine, ListingContext, ShopNameContext,
    dispute::{DisputeClaim, DisputeRequest, triage_dispute},
    order::{display_price, order_totals},
    penalty::{AppealDecision, IpStrike, Penalty, StatementOfReasons, Violation},
    promotion::{
        FlashSession, ImproperGainFinding, OrderPriceChange, PromotedListing, Promotion,
        PromotionSkuTerms,
    },
    registration::{BuyerRegistration, SellerRegistration},
    service::OrderRecord,
};
use caravan_types::{Currency, Money, Rate, listing_draft::ListingDraft, verdict::Verdict};
use serde::{Deserialize, de::DeserializeOwned};
use serde_json::{Value, json};
use std::{collections::BTreeSet, fs, path::PathBuf};

/// Every rule id of RULES.md; checked against the file itself when it is reachable.
const RULE_IDS: &[&str] = &[
    "REG-1", "REG-2", "REG-3", "REG-4", "SHOP-1", "SHOP-2", "SHOP-3", "SHOP-4", "LST-1", "LST-2",
    "LST-3", "LST-4", "LST-5", "LST-6", "LST-7", "LST-8", "LST-9", "LST-10", "LST-11", "LST-12",
    "LST-13", "LST-14", "LST-15", "LST-16", "PRM-1", "PRM-2", "PRM-3", "PRM-4", "PRM-5", "PRM-6",
    "PRM-7", "ORD-1", "ORD-2", "ORD-3", "ORD-4", "ORD-5", "ORD-6", "DSP-1", "DSP-2", "DSP-3",
    "DSP-4", "SRV-1", "SRV-2", "SRV-3", "SRV-4", "SRV-5", "SRV-6", "SRV-7", "SRV-8", "PEN-1",
    "PEN-2", "PEN-3", "PEN-4", "PEN-5",
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    name: String,
    rule: String,
    expect: Expect,
    check: String,
    input: Value,
    expected: Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Expect {
    Pass,
    Fail,
}

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios")
}

/// RFC 7386 JSON merge patch.
fn merge(base: &mut Value, patch: &Value) {
    match (base, patch) {
        (Value::Object(base), Value::Object(patch)) => {
            for (key, value) in patch {
                if value.is_null() {
                    base.remove(key);
                } else {
                    merge(base.entry(key.clone()).or_insert(Value::Null), value);
                }
            }
        }
        (base, patch) => *base = patch.clone(),
    }
}

fn patched<T: DeserializeOwned>(base: &Value, patch: Option<&Value>) -> T {
    let mut value = base.clone();
    if let Some(patch) = patch {
        merge(&mut value, patch);
    }
    serde_json::from_value(value).expect("scenario input fits the type")
}

fn field<T: DeserializeOwned>(input: &Value, name: &str) -> T {
    serde_json::from_value(input.get(name).cloned().unwrap_or(Value::Null))
        .unwrap_or_else(|e| panic!("input `{name}`: {e}"))
}

struct Bases {
    draft: Value,
    context: Value,
}

fn promoted(bases: &Bases, value: &Value) -> PromotedListing {
    PromotedListing {
        listing: patched(&bases.draft, value.get("draft")),
        shipping_cost_minor: field(value, "shipping_cost_minor"),
        enrolment: field::<Option<Vec<PromotionSkuTerms>>>(value, "enrolment"),
        authorised_brands: field::<Option<Vec<String>>>(value, "authorised_brands")
            .unwrap_or_default(),
    }
}

fn out<T: serde::Serialize>(value: T) -> Value {
    serde_json::to_value(value).expect("outputs serialise")
}

/// Runs one scenario's check and returns its output as JSON.
fn run(engine: &Engine, bases: &Bases, check: &str, input: &Value) -> Value {
    match check {
        "listing" => {
            let draft: ListingDraft = patched(&bases.draft, input.get("draft"));
            let ctx: ListingContext = patched(&bases.context, input.get("context"));
            out(engine.check_listing(&draft, &ctx))
        }
        "shop_name" => {
            let ctx: ShopNameContext = field::<Option<_>>(input, "context").unwrap_or_default();
            out(engine.check_shop_name(&field::<String>(input, "name"), &ctx))
        }
        "promotion_publish" => {
            out(engine.check_promotion_publish(&field::<Promotion>(input, "promotion")))
        }
        "promotion_edit" => out(engine.check_promotion_edit(
            &promoted(bases, &input["before"]),
            &promoted(bases, &input["after"]),
            &field::<Promotion>(input, "promotion"),
        )),
        "order_price_change" => {
            out(engine.check_order_price_change(&field::<OrderPriceChange>(input, "change")))
        }
        "improper_gain" => {
            out(engine.check_improper_gain(&field::<ImproperGainFinding>(input, "finding")))
        }
        "flash_schedule" => {
            out(engine.check_flash_schedule(&field::<Vec<FlashSession>>(input, "sessions")))
        }
        "submitted_total" => {
            let totals = order_totals(
                field::<Money>(input, "unit_price"),
                field(input, "quantity"),
                field::<Money>(input, "shipping"),
            )
            .expect("valid totals");
            json!({
                "totals": out(totals),
                "verdicts": out(engine.check_submitted_total(&totals, field::<Money>(input, "submitted"))),
            })
        }
        "escrow" => out(engine.escrow(
            field(input, "delivered_at"),
            field(input, "confirmed_at"),
            field(input, "now"),
        )),
        "shipment" => out(engine.shipment(
            field(input, "paid_at"),
            field(input, "handling_days"),
            field(input, "shipped_at"),
            field::<Option<String>>(input, "tracking_number").as_deref(),
            field(input, "now"),
        )),
        "display_price" => json!({
            "display": out(display_price(field::<Money>(input, "price"), field::<Rate>(input, "rate")).expect("converts")),
            "verdicts": out(engine.check_charge_rate(
                field::<Currency>(input, "buyer_currency"),
                field::<Currency>(input, "settlement"),
                field::<Option<Rate>>(input, "recorded_rate"),
            )),
        }),
        "return_policy" => {
            out(engine.check_return_policy(&field::<String>(input, "return_policy")))
        }
        "seller_view" => out(engine.check_seller_view(&field::<Vec<String>>(input, "fields"))),
        "dispute" => out(engine.check_dispute(&field::<DisputeRequest>(input, "request"))),
        "dispute_response" => out(engine.dispute_response(
            field(input, "opened_at"),
            field(input, "responded_at"),
            field(input, "now"),
        )),
        "arbitration" => out(engine.arbitration(
            field(input, "evidence_complete_at"),
            field(input, "decided_at"),
            field(input, "now"),
        )),
        "triage" => out(triage_dispute(&field::<DisputeClaim>(input, "claim"))),
        "service" => out(engine.assess_service(
            &field::<Vec<OrderRecord>>(input, "orders"),
            field(input, "now"),
        )),
        "listing_feedback" => out(engine.listing_feedback(&field::<Vec<u8>>(input, "ratings"))),
        "next_penalty" => out(engine.next_penalty(
            &field::<Vec<Penalty>>(input, "history"),
            &field::<Violation>(input, "violation"),
            field(input, "now"),
        )),
        "appeal" => {
            let penalty: Penalty = field(input, "penalty");
            let verdicts = engine.check_appeal(&penalty, field(input, "appealed_at"));
            let decision: Option<AppealDecision> = field(input, "decision");
            let resolved =
                decision.map(|d| engine.resolve_appeal(&penalty, d, field(input, "appealed_at")));
            json!({ "verdicts": out(verdicts), "resolved": out(resolved) })
        }
        "statement" => {
            let verdicts: Vec<Verdict> = field(input, "verdicts");
            let statement = engine.statement_of_reasons(
                &field::<String>(input, "decision"),
                &verdicts,
                field(input, "automated"),
                field(input, "now"),
            );
            json!({ "statement": out(&statement), "verdicts": out(engine.check_statement(&statement)) })
        }
        "check_statement" => {
            out(engine.check_statement(&field::<StatementOfReasons>(input, "statement")))
        }
        "ip_standing" => out(engine.ip_standing(
            &field::<Vec<IpStrike>>(input, "strikes"),
            field(input, "now"),
        )),
        "ip_infringement" => out(engine.ip_infringement(
            &field::<Vec<IpStrike>>(input, "history"),
            field::<IpStrike>(input, "strike"),
        )),
        "seller_registration" => {
            let base: Value = field(input, "base");
            let form: SellerRegistration = patched(&base, input.get("patch"));
            out(engine.check_seller_registration(&form))
        }
        "buyer_registration" => {
            out(engine.check_buyer_registration(&field::<BuyerRegistration>(input, "form")))
        }
        other => panic!("unknown check `{other}`"),
    }
}

/// Verdicts found anywhere in an output (a bare list, or a `verdicts` field at any depth).
fn verdicts_in(value: &Value, found: &mut Vec<Value>) {
    match value {
        Value::Array(items) => {
            for item in items {
                if item.get("message_key").is_some() && item.get("rule").is_some() {
                    found.push(item.clone());
                } else {
                    verdicts_in(item, found);
                }
            }
        }
        Value::Object(map) => map.values().for_each(|v| verdicts_in(v, found)),
        _ => {}
    }
}

/// Removes `policy_version` after checking it names the engine's version, to keep the files readable.
fn strip_version(value: &mut Value, version: &str) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(|v| strip_version(v, version)),
        Value::Object(map) => {
            if let Some(found) = map.remove("policy_version") {
                assert_eq!(found, json!(version), "verdicts name the policy version");
            }
            map.values_mut().for_each(|v| strip_version(v, version));
        }
        _ => {}
    }
}

#[test]
fn golden_scenarios() {
    let engine = Engine::default_policy();
    let bases: Value =
        serde_json::from_str(&fs::read_to_string(dir().join("base.json")).unwrap()).unwrap();
    let bases = Bases {
        draft: bases["draft"].clone(),
        context: bases["context"].clone(),
    };
    let bless = std::env::var_os("BLESS").is_some();
    let mut covered: BTreeSet<(String, Expect)> = BTreeSet::new();
    let mut failures = Vec::new();
    let mut files: Vec<PathBuf> = fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().is_some_and(|n| n != "base.json"))
        .collect();
    files.sort();
    let mut total = 0;
    for path in files {
        let text = fs::read_to_string(&path).unwrap();
        let mut raw: Vec<Value> =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for entry in &mut raw {
            let scenario: Scenario = serde_json::from_value(entry.clone())
                .unwrap_or_else(|e| panic!("{}: {e}: {entry}", path.display()));
            total += 1;
            let mut actual = run(&engine, &bases, &scenario.check, &scenario.input);
            strip_version(&mut actual, engine.version());
            let mut verdicts = Vec::new();
            verdicts_in(&actual, &mut verdicts);
            let of_rule = verdicts
                .iter()
                .filter(|v| v["rule"] == json!(scenario.rule))
                .count();
            let label_ok = match scenario.expect {
                Expect::Pass => of_rule == 0,
                Expect::Fail => of_rule > 0 || !is_verdict_check(&scenario.check),
            };
            if !label_ok {
                failures.push(format!(
                    "{} / {}: expected {:?}, got {actual}",
                    path.display(),
                    scenario.name,
                    scenario.expect
                ));
            }
            covered.insert((scenario.rule.clone(), scenario.expect));
            if bless {
                entry["expected"] = actual;
            } else if actual != scenario.expected {
                failures.push(format!(
                    "{} / {}:\n  expected {}\n  actual   {}",
                    path.display(),
                    scenario.name,
                    scenario.expected,
                    actual
                ));
            }
        }
        if bless {
            fs::write(&path, serde_json::to_string_pretty(&raw).unwrap() + "\n").unwrap();
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} scenarios failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let missing: Vec<String> = RULE_IDS
        .iter()
        .flat_map(|rule| [(rule, Expect::Pass), (rule, Expect::Fail)])
        .filter(|(rule, expect)| !covered.contains(&(rule.to_string(), *expect)))
        .map(|(rule, expect)| format!("{rule} {expect:?}"))
        .collect();
    assert!(
        missing.is_empty(),
        "rules without a passing and a failing scenario: {missing:?}"
    );
}

/// Whether a check reports its findings only as verdicts (for other checks a `fail` scenario shows the
/// rule's effect in the output, e.g. a bad-review count, rather than a verdict).
fn is_verdict_check(check: &str) -> bool {
    !matches!(
        check,
        "service"
            | "listing_feedback"
            | "triage"
            | "next_penalty"
            | "ip_standing"
            | "ip_infringement"
    )
}

#[test]
fn rule_ids_match_rules_md() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/RULES.md");
    let Ok(text) = fs::read_to_string(&path) else {
        eprintln!(
            "{} not reachable; using the list in this file",
            path.display()
        );
        return;
    };
    let mut ids: Vec<String> = text
        .lines()
        .filter_map(|line| line.strip_prefix("- **"))
        .filter_map(|rest| rest.split("**").next())
        .map(str::to_owned)
        .collect();
    ids.dedup();
    assert_eq!(ids, RULE_IDS);
}

#[test]
fn every_emitted_key_is_in_the_catalogue_with_its_arguments() {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir()).unwrap() {
        let path = entry.unwrap().path();
        let value: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        verdicts_in(&value, &mut found);
    }
    assert!(found.len() > 50, "scenarios hold verdicts");
    for verdict in found {
        let key = verdict["message_key"].as_str().unwrap();
        let entry = caravan_rules::message_key(key)
            .unwrap_or_else(|| panic!("`{key}` not in MESSAGE_KEYS"));
        assert_eq!(json!(entry.rule), verdict["rule"]);
        let names: BTreeSet<&str> = verdict["args"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            names,
            entry.args.iter().copied().collect(),
            "arguments of `{key}`"
        );
    }
}
