//! The rule engine in the browser: the policy the server judges by, fetched from `/api/policy` and compiled
//! once per version, so every verdict in the seller center appears as the seller types, with no request.
//!
//! Only seller-center code may use this module (and `caravan_rules`), which keeps the engine in the
//! `seller_center` chunk.

use crate::api::seller;
use caravan_rules::Engine;
use leptos::prelude::*;
use std::rc::Rc;

/// The compiled policy, shared through context; `None` until the first policy arrived.
#[derive(Debug, Clone, Copy)]
pub struct RulesEngine {
    engine: RwSignal<Option<Rc<Engine>>, LocalStorage>,
    /// Set while a newer policy is being fetched, so one stale verdict does not start many fetches.
    fetching: RwSignal<bool>,
    /// The policy could not be fetched or compiled.
    failed: RwSignal<bool>,
}

impl RulesEngine {
    /// The engine, tracked: checks that read it run again when a new policy arrives.
    pub fn get(&self) -> Option<Rc<Engine>> {
        self.engine.get()
    }

    /// The version of the policy in use, if one arrived.
    pub fn version_untracked(&self) -> Option<String> {
        self.engine
            .try_with_untracked(|e| e.as_ref().map(|e| e.version().to_owned()))
            .flatten()
    }

    /// Whether the policy could not be loaded.
    pub fn failed(&self) -> Signal<bool> {
        self.failed.into()
    }

    /// Makes sure the engine judges by `server_version`: fetches and compiles the policy again when the
    /// server names another version (it changed since the seller center opened).
    pub fn ensure_version(&self, server_version: &str) {
        if self.version_untracked().as_deref() != Some(server_version) {
            self.load();
        }
    }

    /// Fetches the policy and compiles it (the HTTP cache revalidates by ETag, so an unchanged policy costs
    /// one small 304 and no download).
    pub fn load(&self) {
        if self.fetching.try_get_untracked() != Some(false) {
            return;
        }
        self.fetching.set(true);
        let this = *self;
        leptos::task::spawn_local(async move {
            let compiled = match seller::get_policy_json().await {
                Ok(json) => Engine::from_json(&json).map_err(|e| e.to_string()),
                Err(error) => Err(error.to_string()),
            };
            if this.engine.is_disposed() {
                // The seller center closed while the policy was on its way.
                return;
            }
            match compiled {
                Ok(engine) => {
                    let same = this.version_untracked().as_deref() == Some(engine.version());
                    if !same {
                        this.engine.set(Some(Rc::new(engine)));
                    }
                    this.failed.set(false);
                }
                Err(error) => {
                    leptos::logging::warn!("rule policy not loaded: {error}");
                    this.failed.set(true);
                }
            }
            this.fetching.set(false);
        });
    }
}

/// Starts loading the policy and makes the engine available to the seller pages.
pub fn provide_rules_engine() -> RulesEngine {
    let rules = RulesEngine {
        engine: RwSignal::new_local(None),
        fetching: RwSignal::new(false),
        failed: RwSignal::new(false),
    };
    rules.load();
    provide_context(rules);
    rules
}

/// The engine provided by [`provide_rules_engine`].
pub fn use_rules_engine() -> RulesEngine {
    expect_context::<RulesEngine>()
}
