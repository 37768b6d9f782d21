#![cfg(not(target_family = "wasm"))]
//! `Policy::from_json` reads the policy document with a small reader of its own (for the browser bundle's
//! size); it must accept exactly what `serde_json` with the derived `Deserialize` accepts and build the
//! same value. Compared here on the default and grown policies and on thousands of mutated documents:
//! fields removed, added and repeated, values of every wrong type, integers out of range or written as
//! floats, structs written as arrays of their fields, enums as objects, escapes, stray bytes.

#[path = "../benches/support/listings.rs"]
#[allow(dead_code)]
mod listings;

use caravan_rules::{DEFAULT_POLICY_JSON, Policy};
use serde_json::{Value, json};

/// What serde accepts: the derived `Deserialize`, then the same checks `from_json` runs.
fn with_serde(json: &str) -> Result<Policy, String> {
    let policy: Policy = serde_json::from_str(json).map_err(|e| e.to_string())?;
    policy.validate().map_err(|e| e.to_string())?;
    Ok(policy)
}

fn assert_same(json: &str) -> bool {
    let expected = with_serde(json);
    let actual = Policy::from_json(json).map_err(|e| e.to_string());
    match (&expected, &actual) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "different values for {json}"),
        (Err(_), Err(_)) => {}
        _ => panic!("serde: {expected:?}\nreader: {actual:?}\ndocument: {json}"),
    }
    expected.is_ok()
}

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// A value of some other shape than `value`, or an edge case of the same shape.
fn replacement(rng: &mut Rng, value: &Value) -> Value {
    match rng.below(12) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!("text"),
        3 => json!(1.5),
        4 => json!(-1),
        5 => json!(u64::MAX),
        6 => json!(i64::MIN),
        7 => json!(256),
        8 => json!([]),
        9 => json!({}),
        10 => json!(u64::from(u32::MAX) + 1),
        _ => match value {
            Value::Array(items) if !items.is_empty() => Value::Array(items[..1].to_vec()),
            Value::Object(map) => Value::Array(map.values().cloned().collect()),
            Value::Number(n) => json!(n.as_u64().unwrap_or(0) + 1),
            _ => json!(0),
        },
    }
}

/// One random change somewhere in the tree.
fn mutate(rng: &mut Rng, value: &mut Value, depth: usize) {
    let descend = depth < 6 && rng.below(3) != 0;
    match value {
        Value::Object(map) if !map.is_empty() => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = keys[rng.below(keys.len())].clone();
            if descend {
                mutate(rng, map.get_mut(&key).expect("key"), depth + 1);
                return;
            }
            match rng.below(4) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    map.insert("unknown_field".to_owned(), json!(1));
                }
                _ => {
                    let new = replacement(rng, &map[&key]);
                    map.insert(key, new);
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = rng.below(items.len());
            if descend {
                mutate(rng, &mut items[i], depth + 1);
            } else if rng.below(2) == 0 {
                items.remove(i);
            } else {
                items[i] = replacement(rng, &items[i]);
            }
        }
        other => *other = replacement(rng, other),
    }
}

/// Changes at the level of the text: what a `Value` cannot hold.
fn mutate_text(rng: &mut Rng, json: &str) -> String {
    let mut text = json.to_owned();
    let at = |rng: &mut Rng, text: &str| {
        let mut i = rng.below(text.len() + 1);
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    match rng.below(10) {
        0 => {
            let i = at(rng, &text);
            text.insert_str(i, [" ", "\n\t", "\r", "\u{a0}", "\u{feff}"][rng.below(5)]);
        }
        1 => {
            let i = at(rng, &text);
            text.insert(
                i,
                [',', ']', '}', '"', ':', '0', '-', '.', 'e', '\\'][rng.below(10)],
            );
        }
        2 => {
            let i = at(rng, &text);
            if i < text.len() {
                let end = (i + 1..=text.len())
                    .find(|&e| text.is_char_boundary(e))
                    .unwrap_or(i);
                text.replace_range(i..end, "");
            }
        }
        // Trailing commas.
        3 => text = text.replacen("]", ",]", 1 + rng.below(3)),
        4 => text = text.replacen("}", ",}", 1),
        // Leading zeros, negative zero, exponents.
        5 => text = text.replacen(":3", ":03", 1),
        6 => text = text.replacen(":3", ":-0", 1),
        7 => text = text.replacen(":3", ":3e0", 1),
        // Escapes, valid and broken.
        8 => {
            let escape = [
                "\\u0067",
                "\\n",
                "\\/",
                "\\ud83d\\ude00",
                "\\ud83d",
                "\\ude00",
                "\\x",
                "\\u00G1",
            ][rng.below(8)];
            text = text.replacen("\"gun", &format!("\"{escape}gun"), 1);
        }
        // A repeated field.
        _ => text = text.replacen("{\"version\":", "{\"version\":\"again\",\"version\":", 1),
    }
    text
}

#[test]
fn reader_equals_serde_on_the_shipped_and_grown_policies() {
    assert!(assert_same(DEFAULT_POLICY_JSON));
    let grown = serde_json::to_string(&listings::grown_policy()).expect("serialises");
    assert!(assert_same(&grown));
    let pretty = serde_json::to_string_pretty(&listings::grown_policy()).expect("serialises");
    assert!(assert_same(&pretty));
}

#[test]
fn reader_equals_serde_on_structs_as_arrays_and_enums_as_objects() {
    let base: Value = serde_json::from_str(DEFAULT_POLICY_JSON).expect("valid");
    let policy = Policy::default_policy();
    let t = &policy.timeouts;
    let timeouts = json!([
        t.receipt_days,
        t.payout_min_working_days,
        t.payout_max_working_days,
        t.handling_days,
        t.dispute_response_days,
        t.arbitration_working_days
    ]);
    let cases: Vec<(&str, Value)> = vec![
        ("timeouts", timeouts.clone()),
        (
            "timeouts",
            Value::Array(timeouts.as_array().unwrap()[..5].to_vec()),
        ),
        ("timeouts", {
            let mut more = timeouts.as_array().unwrap().clone();
            more.push(json!(1));
            Value::Array(more)
        }),
        ("logistics", {
            let l: Vec<Value> = policy
                .logistics
                .iter()
                .map(|l| json!([{ l.class.as_str(): null }, l.min_days, l.max_days]))
                .collect();
            Value::Array(l)
        }),
        ("categories", {
            let c: Vec<Value> = policy
                .categories
                .iter()
                .map(|c| json!([c.slug, c.parent]))
                .collect();
            Value::Array(c)
        }),
        ("categories", {
            let c: Vec<Value> = policy.categories.iter().map(|c| json!([c.slug])).collect();
            Value::Array(c)
        }),
        (
            "brands",
            json!([["nike", "Nike", { "trademark": null }, ["nike"]]]),
        ),
        (
            "brands",
            json!([["nike", "Nike", { "trademark": 1 }, ["nike"]]]),
        ),
        (
            "brands",
            json!([["nike", "Nike", { "trademark": null, "x": null }, ["nike"]]]),
        ),
        ("brands", json!([["nike", "Nike", "sneaker", ["nike"]]])),
        ("brands", json!([["nike", "Nike", "trademark"]])),
    ];
    let mut accepted = 0;
    for (key, value) in cases {
        let mut doc = base.clone();
        doc[key] = value;
        if assert_same(&doc.to_string()) {
            accepted += 1;
        }
    }
    // The array and object forms serde accepts (five of the cases) are accepted here too.
    assert_eq!(accepted, 5);
}

#[test]
fn reader_equals_serde_on_mutated_documents() {
    let base: Value = serde_json::from_str(DEFAULT_POLICY_JSON).expect("valid");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut accepted, mut refused) = (0, 0);
    for round in 0..4_000 {
        let mut doc = base.clone();
        for _ in 0..1 + rng.below(2) {
            mutate(&mut rng, &mut doc, 0);
        }
        let mut text = doc.to_string();
        if round % 2 == 0 {
            text = mutate_text(&mut rng, &text);
        }
        if assert_same(&text) {
            accepted += 1;
        } else {
            refused += 1;
        }
    }
    // Both outcomes are exercised.
    assert!(
        accepted > 100 && refused > 2_000,
        "{accepted} accepted, {refused} refused"
    );
}
