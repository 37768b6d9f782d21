//! The uniqueness key of a shop name (SHOP-2).

/// Normalised key under which two shop names count as equal.
///
/// Delegates to the rule engine so the browser's instant check and the database's UNIQUE column agree.
pub fn key(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
