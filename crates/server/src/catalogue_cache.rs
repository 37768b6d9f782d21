//! Rendered catalogue responses (`/api/listings`, `/api/search`), kept briefly in memory.
//!
//! The same few pages (home, popular searches) are asked for again and again; serving them from memory
//! instead of SQLite is most of the difference between hundreds and thousands of requests a second.
//! Correctness rests on one rule: **everything that changes what the catalogue shows calls
//! [`CatalogueCache::invalidate`]** (publishing and unpublishing today; orders and stock changes when they
//! exist). A response computed while an invalidation happened is not stored, and entries also expire after
//! [`TTL_SECONDS`], which bounds how stale slowly-changing figures (order counts, ratings) can be.

use axum::body::Bytes;
use std::{
    collections::HashMap,
    sync::{
        Mutex,
        atomic::{AtomicU64, Ordering},
    },
};

/// How long an entry is served, in seconds.
pub const TTL_SECONDS: i64 = 30;
/// Entries kept at most; past that the cache starts over (cheap, and rare: keys are whole query strings).
const MAX_ENTRIES: usize = 2_000;

/// Cached response bodies by request key, tagged with the catalogue generation they were computed in.
#[derive(Debug, Default)]
pub struct CatalogueCache {
    generation: AtomicU64,
    entries: Mutex<HashMap<String, (u64, i64, Bytes)>>,
}

impl CatalogueCache {
    /// The current generation; read it before computing a response and hand it to [`Self::put`].
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// The cached body for `key`, if it is from the current generation and younger than the TTL.
    pub fn get(&self, key: &str, now: i64) -> Option<Bytes> {
        let generation = self.generation();
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries
            .get(key)
            .filter(|(g, stored, _)| *g == generation && now - stored < TTL_SECONDS)
            .map(|(_, _, body)| body.clone())
    }

    /// Stores `body`, unless the catalogue changed since `generation` was read.
    pub fn put(&self, key: String, generation: u64, now: i64, body: Bytes) {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        // Checked under the lock: `invalidate` bumps first and clears under the same lock.
        if generation != self.generation() {
            return;
        }
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        entries.insert(key, (generation, now, body));
    }

    /// Forgets everything: call after any change to what the catalogue shows.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        self.entries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serves_fresh_entries_of_the_current_generation_only() {
        let cache = CatalogueCache::default();
        let g = cache.generation();
        cache.put("a".into(), g, 100, Bytes::from_static(b"1"));
        assert_eq!(cache.get("a", 110), Some(Bytes::from_static(b"1")));
        assert_eq!(cache.get("a", 100 + TTL_SECONDS), None, "expired");
        cache.invalidate();
        assert_eq!(cache.get("a", 110), None, "invalidated");
    }

    #[test]
    fn a_response_computed_across_an_invalidation_is_not_stored() {
        let cache = CatalogueCache::default();
        let before = cache.generation();
        cache.invalidate(); // a publish lands while the query runs
        cache.put("a".into(), before, 100, Bytes::from_static(b"stale"));
        assert_eq!(cache.get("a", 101), None);
    }
}
