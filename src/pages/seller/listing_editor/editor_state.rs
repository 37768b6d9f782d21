//! The editor's state and what happens to it: the draft and its verdicts, the local copy, saving to the
//! server on a pause, publishing, and hearing other tabs' saves.

use super::draft_store::{self, LocalDraft, SaveChannel, SavedNotice};
use crate::{
    api::{self, seller},
    contexts::I18n,
    pages::seller::rules_engine::{RulesEngine, use_rules_engine},
};
use caravan_rules::{ListingContext, promotion::cheapest_shipping};
use caravan_types::{
    CategoryId, ListingId,
    listing::{Attribute, Category},
    listing_draft::ListingDraft,
    promotion::ListingCommitment,
    seller_listing::{ListingFacts, ListingStatus, SellerListing},
    verdict::Verdict,
};
use leptos::prelude::*;
use leptos_router::{NavigateOptions, hooks::use_navigate};
use std::time::Duration;

/// How long the seller pauses before the draft goes to the server.
const AUTOSAVE_AFTER: Duration = Duration::from_millis(1200);
/// How long to wait before trying again after the server could not be reached.
const RETRY_AFTER: Duration = Duration::from_secs(10);

/// Where the server copy stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing to save.
    Idle,
    /// Edited; the save waits for a pause in typing.
    Pending,
    /// On its way to the server.
    Saving,
    /// The server has the draft.
    Saved,
    /// The server could not be reached; the draft is kept on this device and sent again later.
    Offline,
    /// The server refused the save (the message says why).
    Failed(String),
    /// Another tab saved a newer version first (409): the seller chooses what to keep.
    Conflict {
        /// The version the server holds.
        current: i64,
    },
    /// The draft breaks an approved promotion's commitments (PRM-2): the server would refuse it, so it stays
    /// on this device until the seller changes it back.
    Held,
}

/// Everything the editor's parts share; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct EditorState {
    /// This tab's id (local copies and save notices carry it).
    pub tab: StoredValue<String>,
    /// The listing, once it exists on the server.
    pub listing_id: RwSignal<Option<ListingId>>,
    /// Draft, published or suspended.
    pub status: RwSignal<ListingStatus>,
    /// The draft as typed.
    pub draft: RwSignal<ListingDraft>,
    /// The server version the draft is based on (0 before the first save).
    pub base_version: RwSignal<i64>,
    /// The draft the server holds at `base_version` (`None` before the first save).
    pub saved: RwSignal<Option<ListingDraft>>,
    /// Whether the catalogue shows what the server holds (false after saving edits to a published listing).
    pub in_catalogue: RwSignal<bool>,
    /// The shop's facts the rules need.
    pub facts: RwSignal<ListingFacts>,
    /// The category tree.
    pub categories: StoredValue<Vec<Category>>,
    /// The approved promotions the listing is committed to (PRM-2), as the server judges saves by them.
    pub commitments: StoredValue<Vec<ListingCommitment>>,
    /// The server copy's state.
    pub save_state: RwSignal<SaveState>,
    /// Saving, publishing or unpublishing.
    pub busy: RwSignal<bool>,
    /// The last save's draft, the server's verdicts on it and the policy version that gave them.
    pub server_check: RwSignal<Option<(ListingDraft, Vec<Verdict>, String)>>,
    /// A copy another tab left unsaved, offered for restoring.
    pub restore_offer: RwSignal<Option<LocalDraft>>,
    /// When this tab's own unsaved copy was typed, if it was restored on opening.
    pub restored: RwSignal<Option<f64>>,
    /// The version another tab saved while this one has unsaved changes.
    pub other_tab_version: RwSignal<Option<i64>>,
    /// The verdicts the server sent with a refused publish.
    pub publish_refusal: RwSignal<Vec<Verdict>>,
    /// The URL id of a listing this editor created (the page keeps the editor when the URL follows).
    adopted: RwSignal<Option<String>>,
    /// A new listing's starting draft (nothing typed yet, nothing to save).
    blank: StoredValue<ListingDraft>,
    /// Opens a path in place of the current history entry.
    replace_url: Callback<String>,
    channel: StoredValue<Option<SaveChannel>, LocalStorage>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// An edit arrived while a save was on its way: save again when it is back.
    again: StoredValue<bool>,
    rules: RulesEngine,
}

impl EditorState {
    /// The state for `listing` (or a new listing starting from `blank`), with this tab's unsaved copy
    /// restored if there is one, and the autosave and the other tabs' notices running.
    pub fn new(
        listing: Option<SellerListing>,
        facts: ListingFacts,
        categories: Vec<Category>,
        commitments: Vec<ListingCommitment>,
        blank: ListingDraft,
        adopted: RwSignal<Option<String>>,
    ) -> EditorState {
        let tab = draft_store::tab_id();
        let id = listing.as_ref().map(|l| l.id);
        let navigate = use_navigate();
        let replace_url = Callback::new(move |path: String| {
            navigate(
                &path,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        });
        let state = EditorState {
            tab: StoredValue::new(tab.clone()),
            listing_id: RwSignal::new(id),
            status: RwSignal::new(listing.as_ref().map_or(ListingStatus::Draft, |l| l.status)),
            draft: RwSignal::new(
                listing
                    .as_ref()
                    .map_or_else(|| blank.clone(), |l| l.draft.clone()),
            ),
            base_version: RwSignal::new(listing.as_ref().map_or(0, |l| l.version)),
            saved: RwSignal::new(listing.as_ref().map(|l| l.draft.clone())),
            in_catalogue: RwSignal::new(true),
            facts: RwSignal::new(facts),
            categories: StoredValue::new(categories),
            commitments: StoredValue::new(commitments),
            save_state: RwSignal::new(SaveState::Idle),
            busy: RwSignal::new(false),
            server_check: RwSignal::new(None),
            restore_offer: RwSignal::new(None),
            restored: RwSignal::new(None),
            other_tab_version: RwSignal::new(None),
            publish_refusal: RwSignal::new(Vec::new()),
            adopted,
            blank: StoredValue::new(blank),
            replace_url,
            channel: StoredValue::new_local(None),
            timer: StoredValue::new(None),
            again: StoredValue::new(false),
            rules: use_rules_engine(),
        };
        if let Some(listing) = &listing {
            state.rules.ensure_version(&listing.policy_version);
            state.server_check.set(Some((
                listing.draft.clone(),
                listing.verdicts.clone(),
                listing.policy_version.clone(),
            )));
        }
        // A reload (or a crash) of this tab finds its own unsaved copy and carries on with it; one left by
        // another tab is offered, not imposed.
        match draft_store::own(id, &tab) {
            Some(own) if Some(&own.draft) != state.saved.get_untracked().as_ref() => {
                state.restored.set(Some(own.edited_at));
                state.base_version.set(own.base_version);
                state.draft.set(own.draft);
            }
            _ => {
                if let Some(other) = draft_store::newest_from_other_tabs(id, &tab)
                    .filter(|other| Some(&other.draft) != state.saved.get_untracked().as_ref())
                {
                    state.restore_offer.set(Some(other));
                }
            }
        }
        state.start_autosave();
        state.listen_to_other_tabs();
        on_cleanup(move || {
            if let Some(handle) = state.timer.try_get_value().flatten() {
                handle.clear();
            }
        });
        state
    }

    /// Keeps every change on this device at once, and schedules the server save.
    fn start_autosave(self) {
        Effect::new(move |_| {
            let draft = self.draft.get();
            let listing = self.listing_id.get_untracked();
            let tab = self.tab.get_value();
            if !self.dirty_untracked() {
                draft_store::forget(listing, &tab);
                // Changed back to what the server holds: nothing is held back any more.
                if self.save_state.get_untracked() == SaveState::Held {
                    self.save_state.set(SaveState::Idle);
                }
                return;
            }
            draft_store::keep(listing, &tab, self.base_version.get_untracked(), &draft);
            self.schedule_save(AUTOSAVE_AFTER);
        });
    }

    fn schedule_save(self, after: Duration) {
        if matches!(self.save_state.get_untracked(), SaveState::Conflict { .. }) {
            // Nothing goes to the server until the seller has chosen; the local copy is kept meanwhile.
            return;
        }
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        if self.save_state.get_untracked() != SaveState::Saving {
            self.save_state.set(SaveState::Pending);
        }
        let handle = set_timeout_with_handle(
            move || {
                if self.alive() {
                    leptos::task::spawn_local(async move {
                        let _ = self.save().await;
                    });
                }
            },
            after,
        )
        .ok();
        self.timer.set_value(handle);
    }

    /// Hears other tabs' saves of this listing.
    fn listen_to_other_tabs(self) {
        let channel = SaveChannel::open(move |notice: SavedNotice| {
            if !self.alive() {
                return;
            }
            let tab = self.tab.get_value();
            if notice.tab == tab
                || self.listing_id.get_untracked() != Some(notice.listing)
                || notice.version <= self.base_version.get_untracked()
            {
                return;
            }
            if self.dirty_untracked() {
                self.other_tab_version.set(Some(notice.version));
            } else {
                // Nothing typed here since the last save: take the other tab's version silently.
                leptos::task::spawn_local(async move {
                    let _ = self.load_server_version().await;
                });
            }
        });
        self.channel.set_value(Some(channel));
    }

    /// Whether the editor is still on the page: work that finishes after the seller left must not touch
    /// its state.
    fn alive(&self) -> bool {
        !self.draft.is_disposed()
    }

    /// Whether the draft differs from what the server holds (tracked).
    pub fn dirty(&self) -> bool {
        let draft = self.draft.get();
        match self.saved.get() {
            Some(saved) => saved != draft,
            None => self.blank.with_value(|b| *b != draft),
        }
    }

    fn dirty_untracked(&self) -> bool {
        untrack(|| self.dirty())
    }

    /// Whether the server holds edits the catalogue does not show yet (a published listing edited).
    pub fn dirty_on_server(&self) -> bool {
        !self.in_catalogue.get() || self.dirty()
    }

    /// The rule context for `draft`, as the server builds it.
    pub fn context_for(&self, draft: &ListingDraft) -> ListingContext {
        let path = self
            .categories
            .with_value(|all| category_path(all, draft.category_id));
        self.facts
            .with(|facts| ListingContext::from_facts(facts, draft, self.listing_id.get(), path))
    }

    /// The browser's verdicts on the draft, recomputed in the same frame as every change: the listing rules,
    /// and PRM-2 … PRM-5 against the approved promotions the listing is committed to (the check the server
    /// refuses a save with).
    pub fn verdicts(&self) -> Signal<Vec<Verdict>> {
        let this = *self;
        let verdicts = Memo::new(move |_| {
            let Some(engine) = this.rules.get() else {
                return Vec::new();
            };
            this.draft.with(|draft| {
                let mut verdicts = engine.check_listing(draft, &this.context_for(draft));
                verdicts.extend(this.committed_verdicts(&engine, draft));
                verdicts
            })
        });
        verdicts.into()
    }

    /// Whether the listing is committed to an approved promotion.
    pub fn committed(&self) -> bool {
        self.commitments.with_value(|c| !c.is_empty())
    }

    /// PRM-2 … PRM-5 on `draft` as the server judges a save: against each commitment's approved listing,
    /// with the cheapest option of the template the draft names and the shop's authorised brands.
    fn committed_verdicts(
        &self,
        engine: &caravan_rules::Engine,
        draft: &ListingDraft,
    ) -> Vec<Verdict> {
        self.commitments.with_value(|commitments| {
            if commitments.is_empty() {
                return Vec::new();
            }
            self.facts.with(|facts| {
                let template = draft.shipping_template_id.and_then(|id| {
                    facts
                        .shipping_templates
                        .iter()
                        .find(|t| t.id == id)
                        .map(|t| &t.template)
                });
                engine.check_committed_edit(
                    commitments,
                    Some((draft, cheapest_shipping(template))),
                    &facts.authorised_brands,
                )
            })
        })
    }

    /// Whether the draft breaks a commitment, so the server would refuse to save it (untracked).
    fn held_by_promotion(&self) -> bool {
        let Some(engine) = untrack(|| self.rules.get()) else {
            return false;
        };
        self.draft.with_untracked(|draft| {
            self.committed_verdicts(&engine, draft)
                .iter()
                .any(Verdict::blocks)
        })
    }

    /// `"true"` when the server's verdicts on the last save equal the browser's on the same draft,
    /// `"false"` when they differ, nothing before the first answer. Policy versions are compared first: a
    /// newer server policy is fetched and the draft judged again.
    pub fn verdicts_match_attr(&self) -> Option<&'static str> {
        let engine = self.rules.get()?;
        self.server_check.with(|check| {
            let (draft, server, version) = check.as_ref()?;
            if engine.version() != version {
                return None;
            }
            let browser = engine.check_listing(draft, &self.context_for(draft));
            Some(if browser == *server { "true" } else { "false" })
        })
    }

    /// Attributes the chosen category and its parents require (LST-1), by the policy in use.
    pub fn required_attributes(&self) -> Vec<String> {
        let Some(engine) = self.rules.get() else {
            return Vec::new();
        };
        let path = self.draft.with(|d| {
            self.categories
                .with_value(|all| category_path(all, d.category_id))
        });
        let mut names: Vec<String> = Vec::new();
        for slug in &path {
            if let Some(category) = engine.policy().categories.iter().find(|c| &c.slug == slug) {
                for name in &category.required_attributes {
                    if !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                        names.push(name.clone());
                    }
                }
            }
        }
        names
    }

    /// Adds an empty attribute for every required one the draft lacks.
    pub fn add_required_attributes(&self) {
        let required = untrack(|| self.required_attributes());
        self.draft.update(|d| {
            for name in required {
                if !d
                    .attributes
                    .iter()
                    .any(|a| a.name.eq_ignore_ascii_case(&name))
                {
                    d.attributes.push(Attribute {
                        name,
                        value: String::new(),
                    });
                }
            }
        });
    }

    /// What the status line says about the server copy.
    pub fn save_status_text(&self, i18n: &I18n) -> String {
        match self.save_state.get() {
            SaveState::Idle => {
                if self.listing_id.get().is_some() {
                    i18n.t("seller-save-idle")
                } else {
                    i18n.t("seller-save-new")
                }
            }
            SaveState::Pending => i18n.t("seller-save-pending"),
            SaveState::Saving => i18n.t("seller-save-saving"),
            SaveState::Saved => i18n.t("seller-save-saved"),
            SaveState::Offline => i18n.t("seller-save-offline"),
            SaveState::Failed(message) => message,
            SaveState::Conflict { .. } => i18n.t("seller-save-conflict"),
            SaveState::Held => i18n.t("seller-save-held"),
        }
    }

    /// Sends the draft to the server (creates the listing the first time). While a save is on its way,
    /// another waits for it.
    pub async fn save(self) -> Result<(), api::Error> {
        if self.save_state.get_untracked() == SaveState::Saving {
            self.again.set_value(true);
            return Ok(());
        }
        if matches!(self.save_state.get_untracked(), SaveState::Conflict { .. })
            || !self.dirty_untracked()
        {
            if self.save_state.get_untracked() == SaveState::Pending {
                self.save_state.set(SaveState::Idle);
            }
            return Ok(());
        }
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        if self.held_by_promotion() {
            // The verdicts at the fields say why; the draft stays on this device (kept on every change).
            self.save_state.set(SaveState::Held);
            return Ok(());
        }
        self.save_state.set(SaveState::Saving);
        self.busy.set(true);
        let snapshot = self.draft.get_untracked();
        let result = match self.listing_id.get_untracked() {
            None => seller::create_listing(&snapshot).await,
            Some(id) => {
                seller::update_listing(id, self.base_version.get_untracked(), &snapshot).await
            }
        };
        if !self.alive() {
            return result.map(|_| ());
        }
        self.busy.set(false);
        match result {
            Ok(listing) => {
                self.accept_save(listing, &snapshot);
                if self.again.get_value() {
                    self.again.set_value(false);
                    if self.dirty_untracked() {
                        self.schedule_save(Duration::from_millis(0));
                    }
                }
                Ok(())
            }
            Err(error) => {
                self.again.set_value(false);
                match &error {
                    api::Error::Server { code, refusal, .. }
                        if code == "stale_version" && refusal.current_version().is_some() =>
                    {
                        let current = refusal.current_version().unwrap_or_default();
                        self.save_state.set(SaveState::Conflict { current });
                    }
                    api::Error::Network(_) => {
                        self.save_state.set(SaveState::Offline);
                        self.schedule_save(RETRY_AFTER);
                        self.save_state.set(SaveState::Offline);
                    }
                    _ => self.save_state.set(SaveState::Failed(error.to_string())),
                }
                Err(error)
            }
        }
    }

    /// Takes the server's answer to a save of `snapshot`.
    fn accept_save(self, listing: SellerListing, snapshot: &ListingDraft) {
        let tab = self.tab.get_value();
        let previous_id = self.listing_id.get_untracked();
        if previous_id.is_none() {
            // The new listing has an id now: its local copy moves under it and the URL follows.
            draft_store::forget(None, &tab);
            self.listing_id.set(Some(listing.id));
            self.adopted.set(Some(listing.id.to_string()));
            self.replace_url
                .run(format!("/seller/listings/{}", listing.id));
        }
        self.base_version.set(listing.version);
        self.saved.set(Some(listing.draft.clone()));
        if listing.status == ListingStatus::Published {
            self.in_catalogue.set(false);
        }
        self.status.set(listing.status);
        // Edits typed while the save was on its way stay unsaved, kept on this device.
        if self.draft.with_untracked(|d| d == snapshot) {
            draft_store::forget(Some(listing.id), &tab);
            self.save_state.set(SaveState::Saved);
        } else {
            self.draft
                .with_untracked(|d| draft_store::keep(Some(listing.id), &tab, listing.version, d));
            self.save_state.set(SaveState::Pending);
        }
        self.rules.ensure_version(&listing.policy_version);
        self.server_check.set(Some((
            snapshot.clone(),
            listing.verdicts.clone(),
            listing.policy_version.clone(),
        )));
        self.other_tab_version.set(None);
        self.announce(listing.id, listing.version);
    }

    fn announce(self, listing: ListingId, version: i64) {
        let notice = SavedNotice {
            listing,
            version,
            tab: self.tab.get_value(),
        };
        self.channel.with_value(|channel| {
            if let Some(channel) = channel {
                channel.announce(&notice);
            }
        });
    }

    /// Saves if needed, then publishes through the rules (the server refuses with its verdicts if any
    /// blocks).
    pub async fn publish(self) -> Result<(), api::Error> {
        if self.dirty_untracked() || self.listing_id.get_untracked().is_none() {
            self.save().await?;
        }
        let Some(id) = self.listing_id.get_untracked() else {
            return Ok(());
        };
        self.busy.set(true);
        self.publish_refusal.set(Vec::new());
        let result = seller::publish_listing(id, self.base_version.get_untracked()).await;
        if !self.alive() {
            return result.map(|_| ());
        }
        self.busy.set(false);
        match result {
            Ok(listing) => {
                self.base_version.set(listing.version);
                self.status.set(listing.status);
                self.in_catalogue.set(true);
                self.server_check.set(Some((
                    listing.draft.clone(),
                    listing.verdicts.clone(),
                    listing.policy_version.clone(),
                )));
                self.announce(id, listing.version);
                Ok(())
            }
            Err(error) => {
                if let api::Error::Server { code, refusal, .. } = &error {
                    if code == "stale_version"
                        && let Some(current) = refusal.current_version()
                    {
                        self.save_state.set(SaveState::Conflict { current });
                    }
                    self.publish_refusal.set(refusal.verdicts());
                }
                Err(error)
            }
        }
    }

    /// Takes the listing out of the catalogue.
    pub async fn unpublish(self) -> Result<(), api::Error> {
        let Some(id) = self.listing_id.get_untracked() else {
            return Ok(());
        };
        self.busy.set(true);
        let result = seller::unpublish_listing(id, self.base_version.get_untracked()).await;
        if !self.alive() {
            return result.map(|_| ());
        }
        self.busy.set(false);
        let listing = result?;
        self.base_version.set(listing.version);
        self.status.set(listing.status);
        self.announce(id, listing.version);
        Ok(())
    }

    /// Replaces the draft with the server's current version (the seller chose the other tab's changes, or
    /// had nothing unsaved).
    pub async fn load_server_version(self) -> Result<(), api::Error> {
        let Some(id) = self.listing_id.get_untracked() else {
            return Ok(());
        };
        let listing = seller::get_listing(id).await?;
        if !self.alive() {
            return Ok(());
        }
        draft_store::forget(Some(id), &self.tab.get_value());
        self.base_version.set(listing.version);
        self.saved.set(Some(listing.draft.clone()));
        self.status.set(listing.status);
        self.draft.set(listing.draft.clone());
        self.server_check.set(Some((
            listing.draft,
            listing.verdicts,
            listing.policy_version,
        )));
        self.other_tab_version.set(None);
        self.save_state.set(SaveState::Idle);
        Ok(())
    }

    /// Keeps this tab's draft over the server's `current` version: the next save replaces it.
    pub fn keep_mine_over(self, current: &SellerListing) {
        self.base_version.set(current.version);
        self.saved.set(Some(current.draft.clone()));
        self.status.set(current.status);
        self.other_tab_version.set(None);
        self.save_state.set(SaveState::Pending);
        self.draft.with_untracked(|d| {
            draft_store::keep(Some(current.id), &self.tab.get_value(), current.version, d)
        });
        leptos::task::spawn_local(async move {
            let _ = self.save().await;
        });
    }

    /// Takes the copy another tab left behind.
    pub fn restore_offered(self) {
        if let Some(offer) = self.restore_offer.get_untracked() {
            let tab = self.tab.get_value();
            draft_store::forget_other_tabs(self.listing_id.get_untracked(), &tab);
            self.restore_offer.set(None);
            self.base_version.set(offer.base_version);
            self.draft.set(offer.draft);
        }
    }

    /// Throws away the copy another tab left behind.
    pub fn discard_offered(self) {
        let tab = self.tab.get_value();
        draft_store::forget_other_tabs(self.listing_id.get_untracked(), &tab);
        self.restore_offer.set(None);
    }
}

/// Slugs of `category` from the top level down; empty without a category or for an unknown id (as the
/// server's path query gives).
pub fn category_path(all: &[Category], category: Option<CategoryId>) -> Vec<String> {
    let mut path = Vec::new();
    let mut next = category;
    while let Some(id) = next {
        let Some(found) = all.iter().find(|c| c.id == id) else {
            return Vec::new();
        };
        path.insert(0, found.slug.clone());
        next = found.parent_id;
        if path.len() > all.len() {
            // A cycle would be a server defect; never loop forever on it.
            return Vec::new();
        }
    }
    path
}
