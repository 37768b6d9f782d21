//! Every locale has exactly the source locale's keys, every file parses, and every key the app asks for exists.

use caravan_i18n::{Arg, Bundle, EN_US_FILES, LOCALE_FILES, LOCALES, LocaleRules};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::{
    collections::BTreeSet,
    fs,
    path::{Path, PathBuf},
};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Message ids defined in a Fluent source (top-level `id =` lines; terms start with `-`).
fn message_ids(source: &str) -> BTreeSet<String> {
    source
        .lines()
        .filter(|line| line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

fn locale_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(repo_root().join("locales"))
        .expect("locales/ exists")
        .map(|entry| entry.expect("readable").path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn ftl_files(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = fs::read_dir(dir)
        .expect("locale dir readable")
        .map(|entry| entry.expect("readable").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(&path).expect("utf-8 ftl"))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn compiled_in_files_are_all_the_source_files() {
    let on_disk: Vec<String> = ftl_files(&repo_root().join("locales/en-US"))
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    let compiled: Vec<String> = EN_US_FILES
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .collect();
    assert_eq!(on_disk, compiled, "add new en-US files to EN_US_FILES");
}

#[test]
fn every_locale_parses_and_has_exactly_the_source_keys() {
    let source: BTreeSet<String> = EN_US_FILES
        .iter()
        .flat_map(|(_, text)| message_ids(text))
        .collect();
    for dir in locale_dirs() {
        let tag = dir.file_name().unwrap().to_string_lossy().into_owned();
        let files = ftl_files(&dir);
        let borrowed: Vec<(&str, &str)> = files
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        let _: unic_langid::LanguageIdentifier = tag
            .parse()
            .unwrap_or_else(|_| panic!("`{tag}` is not a BCP 47 tag"));
        let bundle = Bundle::parse(&tag, &borrowed).unwrap_or_else(|e| panic!("{tag}: {e}"));
        let keys: BTreeSet<String> = files
            .iter()
            .flat_map(|(_, text)| message_ids(text))
            .collect();
        let missing: Vec<_> = source.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&source).collect();
        assert!(missing.is_empty(), "{tag} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{tag} has keys the source lacks: {extra:?}"
        );
        for key in &keys {
            assert!(bundle.has(key), "{tag}: `{key}` has no value");
        }
    }
}

/// Keys the app asks for literally: `t("key")` and `t_args("key", …)` in `src/`.
fn keys_used_in(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in fs::read_dir(dir).expect("src readable") {
        let path = entry.expect("readable").path();
        if path.is_dir() {
            keys_used_in(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            keys_in_source(&fs::read_to_string(&path).expect("utf-8 source"), out);
        }
    }
}

/// Keys asked for literally in one Rust source.
fn keys_in_source(text: &str, out: &mut BTreeSet<String>) {
    for call in [".t(\"", ".t_args(\""] {
        for (start, _) in text.match_indices(call) {
            let rest = &text[start + call.len()..];
            if let Some(end) = rest.find('"') {
                out.insert(rest[..end].to_owned());
            }
        }
    }
}

#[test]
fn every_key_the_app_uses_exists() {
    let en = Bundle::en_us_all().expect("en-US parses");
    let mut used = BTreeSet::new();
    keys_used_in(&repo_root().join("src"), &mut used);
    assert!(
        used.len() > 20,
        "the scan found the app's keys ({})",
        used.len()
    );
    let missing: Vec<_> = used.iter().filter(|key| !en.has(key)).collect();
    assert!(
        missing.is_empty(),
        "keys used in src/ but missing from en-US: {missing:?}"
    );
}

/// Message ids of en-US files by name.
fn en_us_ids(files: &[&str]) -> BTreeSet<String> {
    files
        .iter()
        .flat_map(|name| message_ids(en_us_file(name)))
        .collect()
}

/// A lazily opened page that lists its message files inline (`open_section(i18n, &["a.ftl", …], …)` in
/// `src/pages/shop/<page>.rs`) finds every key it uses in the core files or in those, and the files only it
/// loads hold no key that code outside the page uses: such a key would show as a raw id there, because
/// the file is only fetched when the page opens.
fn assert_page_keys_come_from_its_files(page: &str, own_files: &[&str]) {
    let shop = repo_root().join("src/pages/shop");
    let source = fs::read_to_string(shop.join(format!("{page}.rs"))).expect("page source");
    let mut used = BTreeSet::new();
    keys_in_source(&source, &mut used);
    if shop.join(page).is_dir() {
        keys_used_in(&shop.join(page), &mut used);
    }
    let call = &source[source
        .find("open_section(")
        .expect("opens with open_section")..];
    let list = &call[call.find("&[").expect("inline file list") + 2..];
    let loaded: Vec<&str> = list[..list.find(']').unwrap()]
        .split(',')
        .map(|name| name.trim().trim_matches('"'))
        .filter(|name| !name.is_empty())
        .collect();
    let mut available = en_us_ids(caravan_i18n::CORE_FILES);
    available.extend(en_us_ids(&loaded));
    let missing: Vec<_> = used.difference(&available).collect();
    assert!(
        missing.is_empty(),
        "{page} uses keys neither the core files nor {loaded:?} have: {missing:?}"
    );
    // Everywhere else in the app.
    let mut elsewhere = BTreeSet::new();
    let mut stack = vec![repo_root().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).expect("src readable") {
            let path = entry.expect("readable").path();
            if path == shop.join(page) || path == shop.join(format!("{page}.rs")) {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                keys_in_source(&fs::read_to_string(&path).expect("utf-8"), &mut elsewhere);
            }
        }
    }
    for file in own_files {
        assert!(loaded.contains(file), "{page} does not load {file}");
        let leaked: Vec<_> = en_us_ids(&[file])
            .intersection(&elsewhere)
            .cloned()
            .collect();
        assert!(
            leaked.is_empty(),
            "{file} is loaded by {page} only, but code elsewhere uses {leaked:?}"
        );
    }
}

#[test]
fn the_product_and_search_pages_find_their_keys_in_the_files_they_load() {
    assert_page_keys_come_from_its_files("product_page", &["product.ftl"]);
    assert_page_keys_come_from_its_files("search_page", &["search.ftl"]);
}

/// CLDR plural rules from `intl_pluralrules`, numbers written plainly (as fluent-bundle writes them).
struct CldrRules(PluralRules);

impl LocaleRules for CldrRules {
    fn plural_category(&self, n: i64) -> &'static str {
        match self.0.select(n) {
            Ok(PluralCategory::ZERO) => "zero",
            Ok(PluralCategory::ONE) => "one",
            Ok(PluralCategory::TWO) => "two",
            Ok(PluralCategory::FEW) => "few",
            Ok(PluralCategory::MANY) => "many",
            _ => "other",
        }
    }

    fn format_integer(&self, n: i64) -> String {
        n.to_string()
    }
}

/// Variable names used anywhere in a source.
fn variables(source: &str) -> BTreeSet<String> {
    source
        .match_indices('$')
        .map(|(i, _)| {
            source[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect::<String>()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// Our runtime and fluent-bundle, the reference implementation, produce the same text for every message of
/// every locale, over numbers that exercise every plural category of every supported language.
#[test]
fn runtime_matches_fluent_bundle_on_every_message() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    let mut checked = 0;
    for dir in locale_dirs() {
        let tag = dir.file_name().unwrap().to_string_lossy().into_owned();
        let langid: unic_langid::LanguageIdentifier = tag.parse().unwrap();
        let files = ftl_files(&dir);
        let borrowed: Vec<(&str, &str)> = files
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        let ours = Bundle::parse(&tag, &borrowed).unwrap();
        // CLDR keys plural rules by language ("en"), not by full tag ("en-US").
        let language: unic_langid::LanguageIdentifier = langid.language.as_str().parse().unwrap();
        let rules = CldrRules(PluralRules::create(language, PluralRuleType::CARDINAL).unwrap());
        let mut reference = FluentBundle::new(vec![langid]);
        reference.set_use_isolating(false);
        for (_, text) in &files {
            reference
                .add_resource(FluentResource::try_new(text.clone()).expect("reference parses"))
                .expect("no duplicates");
        }
        let names: BTreeSet<String> = files.iter().flat_map(|(_, t)| variables(t)).collect();
        for n in [
            0_i64, 1, 2, 3, 4, 5, 6, 11, 12, 21, 22, 25, 100, 101, 102, 1000, 1001,
        ] {
            let our_args: Vec<(&str, Arg)> =
                names.iter().map(|k| (k.as_str(), Arg::Number(n))).collect();
            let mut ref_args = FluentArgs::new();
            for name in &names {
                ref_args.set(name.as_str(), FluentValue::from(n));
            }
            for id in ours.message_ids() {
                let got = ours.format(id, &our_args, &rules).unwrap().unwrap();
                let message = reference.get_message(id).unwrap();
                let mut errors = Vec::new();
                let want = reference
                    .format_pattern(message.value().unwrap(), Some(&ref_args), &mut errors)
                    .into_owned();
                assert!(errors.is_empty(), "{tag} {id}: {errors:?}");
                assert_eq!(got, want, "{tag} `{id}` with {n}");
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "checked {checked} messages");
}

/// The offered locales are exactly the folders under `locales/`, and each has every file the app fetches.
#[test]
fn offered_locales_are_the_locale_folders() {
    let dirs: BTreeSet<String> = locale_dirs()
        .iter()
        .map(|d| d.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let offered: BTreeSet<String> = LOCALES.iter().map(|l| l.tag.to_owned()).collect();
    let unoffered: Vec<_> = dirs.difference(&offered).collect();
    assert!(
        unoffered.is_empty(),
        "locales/ has folders LOCALES lacks: {unoffered:?}"
    );
    for dir in locale_dirs() {
        let names: Vec<String> = ftl_files(&dir).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, LOCALE_FILES, "{}", dir.display());
    }
}

/// Each argument shows up in the text when passed as text (so a selector's default variant shows it too).
fn assert_uses_args(bundle: &Bundle, tag: &str, key: &str, args: &[&str]) {
    let markers: Vec<(String, String)> = args
        .iter()
        .map(|a| ((*a).to_owned(), format!("⟦{a}⟧")))
        .collect();
    let passed: Vec<(&str, Arg)> = markers
        .iter()
        .map(|(name, marker)| (name.as_str(), Arg::from(marker.as_str())))
        .collect();
    let text = bundle
        .format(key, &passed, &caravan_i18n::EnglishRules)
        .unwrap_or_else(|| panic!("{tag} lacks `{key}`"))
        .unwrap_or_else(|e| panic!("{tag} `{key}`: {e}"));
    for (name, marker) in &markers {
        assert!(
            text.contains(marker.as_str()),
            "{tag} `{key}` does not show ${name}: {text}"
        );
    }
}

fn locale_bundle(dir: &Path) -> (String, Bundle) {
    let tag = dir.file_name().unwrap().to_string_lossy().into_owned();
    let files = ftl_files(dir);
    let borrowed: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let bundle = Bundle::parse(&tag, &borrowed).unwrap_or_else(|e| panic!("{tag}: {e}"));
    (tag, bundle)
}

/// Every verdict the rule engine can emit has a message in every locale that shows all its arguments.
#[test]
fn every_rule_verdict_has_a_message_with_its_arguments() {
    let en = Bundle::en_us_all().unwrap();
    let rules_src = EN_US_FILES
        .iter()
        .find(|(name, _)| *name == "rules.ftl")
        .expect("rules.ftl is compiled in")
        .1;
    let rule_ids = message_ids(rules_src);
    for key in caravan_rules::MESSAGE_KEYS {
        assert!(
            rule_ids.contains(key.key),
            "en-US rules.ftl lacks `{}`",
            key.key
        );
        assert_uses_args(&en, "en-US", key.key, key.args);
    }
    for dir in locale_dirs() {
        let (tag, bundle) = locale_bundle(&dir);
        for key in caravan_rules::MESSAGE_KEYS {
            assert_uses_args(&bundle, &tag, key.key, key.args);
        }
    }
    // And rules.ftl holds nothing else, so a removed rule does not leave a stale message behind.
    let known: BTreeSet<&str> = caravan_rules::MESSAGE_KEYS.iter().map(|k| k.key).collect();
    let stale: Vec<_> = rule_ids
        .iter()
        .filter(|id| !known.contains(id.as_str()))
        .collect();
    assert!(
        stale.is_empty(),
        "rules.ftl has messages no rule emits: {stale:?}"
    );
}

/// Top-level error codes in the server's source: `code: "x",` fields of `AppError` variants and the
/// `(StatusCode::…, "x")` pairs of `status_and_code`. Field-level codes (`code: "x".to_owned()`, the second
/// argument of `bad_field`) are not top-level codes.
fn server_error_codes(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in fs::read_dir(dir).expect("server src readable") {
        let path = entry.expect("readable").path();
        if path.is_dir() {
            server_error_codes(&path, out);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = fs::read_to_string(&path).expect("utf-8 source");
        let literal = |rest: &str| -> Option<(String, char)> {
            let rest = rest.strip_prefix('"')?;
            let end = rest.find('"')?;
            let code = &rest[..end];
            let after = rest[end + 1..].chars().next()?;
            (!code.is_empty() && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
                .then(|| (code.to_owned(), after))
        };
        for (start, _) in text.match_indices("code: ") {
            if let Some((code, ',')) = literal(&text[start + 6..]) {
                out.insert(code);
            }
        }
        for (start, _) in text.match_indices("(StatusCode::") {
            let line_end = text[start..].find('\n').map_or(text.len(), |e| start + e);
            let line = &text[start..line_end];
            if let Some(comma) = line.find(", \"")
                && let Some((code, ')')) = literal(&line[comma + 2..])
            {
                out.insert(code);
            }
        }
    }
}

/// Every error code the server can send has a message in every locale (`error-code-<code with dashes>`).
#[test]
fn every_server_error_code_has_a_message() {
    let mut codes = BTreeSet::new();
    server_error_codes(&repo_root().join("crates/server/src"), &mut codes);
    for expected in [
        "not_found",
        "invalid_input",
        "malformed_json",
        "internal",
        "wrong_role",
    ] {
        assert!(
            codes.contains(expected),
            "the scan finds `{expected}` ({codes:?})"
        );
    }
    assert!(
        codes.len() >= 20,
        "the scan found {} codes: {codes:?}",
        codes.len()
    );
    for dir in locale_dirs() {
        let (tag, bundle) = locale_bundle(&dir);
        let missing: Vec<String> = codes
            .iter()
            .map(|code| format!("error-code-{}", code.replace('_', "-")))
            .filter(|key| !bundle.has(key))
            .collect();
        assert!(missing.is_empty(), "{tag} has no message for {missing:?}");
    }
}

/// Category names are translated, not copied: in every other locale each category's name differs from the
/// English one (a marketplace in that language would not show "Outerwear" or "Pet Supplies").
#[test]
fn category_names_are_translated_in_every_locale() {
    let en = Bundle::parse("en-US", &[("categories.ftl", en_us_file("categories.ftl"))]).unwrap();
    let keys: Vec<&str> = en.message_ids().collect();
    assert!(keys.len() >= 64, "en-US names {} categories", keys.len());
    for dir in locale_dirs() {
        let (tag, bundle) = locale_bundle(&dir);
        if tag == "en-US" {
            continue;
        }
        for key in &keys {
            let english = en
                .format(key, &[], &caravan_i18n::EnglishRules)
                .unwrap()
                .unwrap();
            let local = bundle
                .format(key, &[], &caravan_i18n::EnglishRules)
                .unwrap_or_else(|| panic!("{tag} lacks `{key}`"))
                .unwrap();
            assert_ne!(local, english, "{tag} `{key}` is the English name");
        }
    }
}

fn en_us_file(name: &str) -> &'static str {
    EN_US_FILES
        .iter()
        .find(|(file, _)| *file == name)
        .unwrap_or_else(|| panic!("{name} is compiled in"))
        .1
}
