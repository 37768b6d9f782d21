//! Sign-in rate limits: failed attempts are counted per account and per client address over a sliding
//! window; past the limit, sign-in is refused until the oldest counted failure leaves the window.

use std::{
    collections::{HashMap, VecDeque},
    sync::Mutex,
};

/// Failed sign-ins allowed per account within the window.
pub const PER_ACCOUNT: usize = 5;
/// Failed sign-ins allowed per client address within the window (shared networks get more room).
pub const PER_ADDRESS: usize = 30;
/// The window, in seconds: 15 minutes.
pub const WINDOW_SECONDS: i64 = 15 * 60;
/// Keys tracked at most; beyond that the stalest are dropped so memory stays bounded under attack.
const MAX_KEYS: usize = 100_000;

/// Sign-in is refused for this many more seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimited(pub u64);

/// Counts failed sign-ins.
#[derive(Debug, Default)]
pub struct LoginLimiter {
    failures: Mutex<HashMap<String, VecDeque<i64>>>,
}

impl LoginLimiter {
    /// Whether `account` from `address` may try to sign in at `now`.
    pub fn check(&self, account: &str, address: &str, now: i64) -> Result<(), RateLimited> {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        let mut wait = 0;
        for (key, limit) in [
            (account_key(account), PER_ACCOUNT),
            (address_key(address), PER_ADDRESS),
        ] {
            if let Some(times) = failures.get_mut(&key) {
                times.retain(|t| *t > now - WINDOW_SECONDS);
                if times.len() >= limit {
                    let oldest = times.front().copied().unwrap_or(now);
                    wait = wait.max(oldest + WINDOW_SECONDS - now);
                }
            }
        }
        if wait > 0 {
            Err(RateLimited(u64::try_from(wait).unwrap_or(1)))
        } else {
            Ok(())
        }
    }

    /// Counts a failed sign-in.
    pub fn record_failure(&self, account: &str, address: &str, now: i64) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        if failures.len() >= MAX_KEYS {
            failures.retain(|_, times| times.back().is_some_and(|t| *t > now - WINDOW_SECONDS));
        }
        for key in [account_key(account), address_key(address)] {
            failures.entry(key).or_default().push_back(now);
        }
    }

    /// Forgets an account's failures after a successful sign-in.
    pub fn record_success(&self, account: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        failures.remove(&account_key(account));
    }
}

fn account_key(account: &str) -> String {
    format!("account:{}", account.trim().to_lowercase())
}

fn address_key(address: &str) -> String {
    format!("address:{address}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_is_locked_after_five_failures_until_the_window_passes() {
        let limiter = LoginLimiter::default();
        for i in 0..5 {
            assert!(limiter.check("A@x.test", "1.1.1.1", 1000 + i).is_ok());
            limiter.record_failure("a@x.test", "1.1.1.1", 1000 + i);
        }
        assert_eq!(
            limiter.check("a@x.test", "2.2.2.2", 1010),
            Err(RateLimited(890))
        );
        assert!(
            limiter.check("b@x.test", "1.1.1.1", 1010).is_ok(),
            "other accounts unaffected"
        );
        assert!(
            limiter
                .check("a@x.test", "2.2.2.2", 1000 + WINDOW_SECONDS + 5)
                .is_ok()
        );
    }

    #[test]
    fn an_address_trying_many_accounts_is_limited() {
        let limiter = LoginLimiter::default();
        for i in 0..PER_ADDRESS {
            limiter.record_failure(&format!("user{i}@x.test"), "9.9.9.9", 50);
        }
        assert!(limiter.check("new@x.test", "9.9.9.9", 60).is_err());
        assert!(limiter.check("new@x.test", "8.8.8.8", 60).is_ok());
    }

    #[test]
    fn success_clears_the_account() {
        let limiter = LoginLimiter::default();
        for _ in 0..4 {
            limiter.record_failure("a@x.test", "1.1.1.1", 10);
        }
        limiter.record_success("a@x.test");
        limiter.record_failure("a@x.test", "1.1.1.1", 11);
        assert!(limiter.check("a@x.test", "1.1.1.1", 12).is_ok());
    }
}
