use crate::{
    api,
    checkout::address_book,
    components::{
        account::SignedIn,
        checkout::{AddressFields, AddressInputs, DraftKeys, show_address_refusal},
        forms::{FormErrors, TextField, clear_drafts, draft_field, error_text},
    },
    contexts::{DISPLAY_CURRENCIES, use_currency, use_i18n, use_shopper},
    routes::AppRoute,
    storage,
};
use caravan_i18n::Arg;
use caravan_types::{
    Currency,
    account::{Account, AddressBook, AddressRequest, ProfileUpdate, Role, SavedAddress},
    order::ShippingAddress,
};
use leptos::prelude::*;
use leptos_router::{NavigateOptions, hooks::use_navigate};

/// `/account`: the profile (name editable), the address book kept in the account, the display preferences
/// (saved to the account), the way to the buyer's orders and notifications, and signing out.
#[component]
pub fn AccountPage() -> impl IntoView {
    view! { <SignedIn page=|account| view! { <AccountOverview account /> } /> }
}

/// The signed-in account's overview.
#[component]
fn AccountOverview(account: Account) -> impl IntoView {
    let i18n = use_i18n();
    let elsewhere = match account.role {
        Role::Seller => Some(("/seller", i18n.t("account-seller-center"))),
        Role::Admin => Some(("/admin", i18n.t("account-console"))),
        Role::Buyer => None,
    };
    view! {
        <div class="cv-account__overview">
            <h1 class="cv-account__title">{i18n.t("account-area-title")}</h1>
            <div class="cv-account__columns">
                <div class="cv-account__column">
                    <ProfilePanel account />
                    <nav class="cv-panel cv-account__links" aria-label=i18n.t("account-links")>
                        <a class="cv-account__link" href="/orders">{i18n.t("account-orders")}</a>
                        <a class="cv-account__link" href="/account/notifications">{i18n.t("account-notifications")}</a>
                        <a class="cv-account__link" href=AppRoute::Cart.path()>{i18n.t("account-cart")}</a>
                        {elsewhere.map(|(href, label)| view! { <a class="cv-account__link" href=href>{label}</a> })}
                    </nav>
                    <Preferences />
                </div>
                <div class="cv-account__column">
                    <AddressBookPanel />
                </div>
            </div>
            <SignOutButton />
        </div>
    }
}

/// Key of the display name being edited, kept until it is saved (or equals the saved one again).
const NAME_DRAFT: &str = "caravan.draft.profile.display_name";

/// The e-mail (fixed) and the display name, which the buyer may change. The name typed is a draft until
/// saved; the server judges it and its refusal is shown at the field.
#[component]
fn ProfilePanel(account: Account) -> impl IntoView {
    let i18n = use_i18n();
    let shopper = use_shopper();
    let saved_name = RwSignal::new(account.display_name.clone());
    let name = RwSignal::new(storage::load(NAME_DRAFT).unwrap_or(account.display_name));
    // A draft only while it differs from what the account holds, so a name changed on another device is
    // not hidden behind an old copy here.
    Effect::new(move |_| {
        let typed = name.get();
        if typed == saved_name.get() {
            storage::remove(NAME_DRAFT);
        } else {
            storage::save(NAME_DRAFT, &typed);
        }
    });
    let errors = FormErrors::new();
    let (busy, set_busy) = signal(false);
    let (saved, set_saved) = signal(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        errors.clear();
        set_saved.set(false);
        set_busy.set(true);
        let update = ProfileUpdate {
            display_name: Some(name.get_untracked()),
            ..ProfileUpdate::default()
        };
        leptos::task::spawn_local(async move {
            match api::account::update_profile(&update).await {
                Ok(profile) => {
                    saved_name.set(profile.display_name.clone());
                    name.set(profile.display_name.clone());
                    clear_drafts(&[NAME_DRAFT]);
                    // The header greets the account by this name in every tab.
                    shopper.signed_in(&profile.display_name);
                    set_saved.set(true);
                }
                Err(error) => {
                    errors.show(&error);
                    errors.focus_first(&["display_name"]);
                }
            }
            set_busy.set(false);
        });
    };
    view! {
        <section class="cv-panel" aria-labelledby="cv-profile-title">
            <h2 id="cv-profile-title" class="cv-panel__title">{i18n.t("account-profile")}</h2>
            <dl class="cv-facts">
                <dt>{i18n.t("field-email")}</dt>
                <dd>{account.email}</dd>
            </dl>
            <form class="cv-form cv-profile" novalidate on:submit=submit aria-busy=move || busy.get().to_string()>
                <TextField id="display_name" label=i18n.t("field-display-name") value=name
                    error=errors.field("display_name") autocomplete="nickname"
                    hint=i18n.t("field-display-name-hint") required=true />
                <p class="cv-form__alert" role="alert">{move || errors.form().get()}</p>
                <div class="cv-account__actions">
                    <button class="cv-button" type="submit" disabled=move || busy.get()>
                        {i18n.t("account-profile-save")}
                    </button>
                    <p class="cv-account__saved" role="status">
                        {move || saved.get().then(|| i18n.t("account-profile-saved"))}
                    </p>
                </div>
            </form>
        </section>
    }
}

/// The drafts of the address being added or edited on the account page (not checkout's).
const ADDRESS_DRAFTS: &DraftKeys = &[
    "caravan.draft.account.address.name",
    "caravan.draft.account.address.line1",
    "caravan.draft.account.address.line2",
    "caravan.draft.account.address.city",
    "caravan.draft.account.address.region",
    "caravan.draft.account.address.postal_code",
    "caravan.draft.account.address.phone",
];
/// The draft's country.
const COUNTRY_DRAFT: &str = "caravan.draft.account.address.country";
/// Which address the draft is for: `new`, or a saved address's id; absent when no editor is open.
const EDITING_DRAFT: &str = "caravan.draft.account.address.editing";
/// The draft's "make it the default" box.
const DEFAULT_DRAFT: &str = "caravan.draft.account.address.default";

/// The address editor: closed, adding a new address, or changing a saved one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Editing {
    New,
    Saved(i64),
}

impl Editing {
    fn stored() -> Option<Editing> {
        match storage::load(EDITING_DRAFT)?.as_str() {
            "new" => Some(Editing::New),
            id => id.parse().ok().map(Editing::Saved),
        }
    }

    fn store(editing: Option<Editing>) {
        match editing {
            None => storage::remove(EDITING_DRAFT),
            Some(Editing::New) => storage::save(EDITING_DRAFT, "new"),
            Some(Editing::Saved(id)) => storage::save(EDITING_DRAFT, &id.to_string()),
        }
    }
}

/// One line describing a saved address, with its country.
fn describe(address: &ShippingAddress) -> String {
    format!("{} · {}", address_book::summary(address), address.country)
}

/// The account's delivery addresses, which checkout offers on every device: add, edit, remove, choose
/// the default. Each address is in its country's own form and checked by the same rules as the server's;
/// what is typed stays a draft until saved. Addresses kept only in this browser (checkout remembered them
/// before the buyer signed in) are offered for keeping in the account.
#[component]
fn AddressBookPanel() -> impl IntoView {
    let i18n = use_i18n();
    let book = RwSignal::new(None::<Result<AddressBook, api::Error>>);
    let reload = move || {
        leptos::task::spawn_local(async move {
            let answer = api::account::addresses().await;
            book.try_set(Some(answer));
        });
    };
    reload();
    let editing = RwSignal::new(Editing::stored());
    Effect::new(move |_| Editing::store(editing.get()));
    let country = draft_field(COUNTRY_DRAFT);
    if country.get_untracked().is_empty() {
        country.set(crate::cart::saved_destination(&i18n.locale()));
    }
    let fields = AddressFields::drafted(ADDRESS_DRAFTS, country);
    let make_default = draft_field(DEFAULT_DRAFT);
    let errors = FormErrors::new();
    let (busy, set_busy) = signal(false);
    let (notice, set_notice) = signal(None::<String>);
    let (failure, set_failure) = signal(None::<String>);

    let close_editor = move || {
        editing.set(None);
        fields.clear();
        make_default.set(String::new());
        errors.clear();
        clear_drafts(ADDRESS_DRAFTS);
        clear_drafts(&[DEFAULT_DRAFT]);
    };
    let open_new = move |_| {
        fields.clear();
        make_default.set(String::new());
        errors.clear();
        set_notice.set(None);
        editing.set(Some(Editing::New));
        focus_later("address.name");
    };
    let open_saved = move |saved: &SavedAddress| {
        fields.fill(&saved.address);
        make_default.set(if saved.is_default { "1" } else { "" }.to_owned());
        errors.clear();
        set_notice.set(None);
        editing.set(Some(Editing::Saved(saved.id)));
        focus_later("address.name");
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(target) = editing.get_untracked() else {
            return;
        };
        if busy.get_untracked() {
            return;
        }
        errors.clear();
        if !fields.check(&errors) {
            errors.set_form(i18n.t("checkout-fix-fields"));
            errors.focus_first(ADDRESS_FIELDS);
            return;
        }
        let request = AddressRequest {
            address: untrack(|| fields.value()),
            is_default: !make_default.get_untracked().is_empty(),
        };
        set_busy.set(true);
        leptos::task::spawn_local(async move {
            let answer = match target {
                Editing::New => api::account::create_address(&request).await,
                Editing::Saved(id) => api::account::update_address(id, &request).await,
            };
            match answer {
                Ok(_) => {
                    close_editor();
                    set_notice.set(Some(i18n.t("account-address-saved")));
                    reload();
                }
                Err(error) => {
                    show_address_refusal(&errors, &error, &request.address.country);
                    if error.is_not_found() {
                        // Removed on another device meanwhile: what was typed can be added as new.
                        editing.set(Some(Editing::New));
                        errors.set_form(i18n.t("account-address-gone"));
                        reload();
                    }
                    errors.focus_first(ADDRESS_FIELDS);
                }
            }
            set_busy.set(false);
        });
    };
    // Removing and choosing the default answer at the list.
    let act = move |work: std::pin::Pin<Box<dyn Future<Output = Result<(), api::Error>>>>,
                    done: String| {
        if busy.get_untracked() {
            return;
        }
        set_busy.set(true);
        set_failure.set(None);
        set_notice.set(None);
        leptos::task::spawn_local(async move {
            match work.await {
                Ok(()) => set_notice.set(Some(done)),
                Err(error) => set_failure.set(Some(error_text(i18n, &error))),
            }
            reload();
            set_busy.set(false);
        });
    };

    let list = move || {
        let items = match book.get() {
            None => {
                return view! { <p class="cv-account__loading" aria-busy="true">{i18n.t("loading")}</p> }
                    .into_any();
            }
            Some(Err(error)) => {
                return view! {
                    <p class="cv-form__alert" role="alert">
                        {error_text(i18n, &error)}" "
                        <button type="button" class="cv-link-button" on:click=move |_| reload()>{i18n.t("action-retry")}</button>
                    </p>
                }
                .into_any();
            }
            Some(Ok(book)) => book.items,
        };
        if items.is_empty() {
            return view! { <p>{i18n.t("account-book-empty")}</p> }.into_any();
        }
        view! {
            <ul class="cv-addresses">
                {items.into_iter().map(|saved| {
                    let text = describe(&saved.address);
                    let arg = || [("address", Arg::from(text.clone()))];
                    let edit_label = i18n.t_args("account-address-edit", &arg());
                    let remove_label = i18n.t_args("account-address-remove", &arg());
                    let default_label = i18n.t_args("account-address-make-default", &arg());
                    let id = saved.id;
                    let for_edit = saved.clone();
                    let default_part = if saved.is_default {
                        view! { <span class="cv-badge cv-badge--default">{i18n.t("address-default")}</span> }.into_any()
                    } else {
                        let request = AddressRequest { address: saved.address.clone(), is_default: true };
                        view! {
                            <button type="button" class="cv-button--secondary" aria-label=default_label
                                on:click=move |_| {
                                    let request = request.clone();
                                    act(
                                        Box::pin(async move { api::account::update_address(id, &request).await.map(|_| ()) }),
                                        i18n.t("account-address-default-set"),
                                    );
                                }>
                                {i18n.t("account-address-make-default-short")}
                            </button>
                        }
                        .into_any()
                    };
                    view! {
                        <li class="cv-addresses__item">
                            <span class="cv-addresses__text">{text.clone()}</span>
                            <span class="cv-addresses__actions">
                                {default_part}
                                <button type="button" class="cv-button--secondary" aria-label=edit_label
                                    on:click=move |_| open_saved(&for_edit)>
                                    {i18n.t("account-address-edit-short")}
                                </button>
                                <button type="button" class="cv-button--secondary" aria-label=remove_label
                                    on:click=move |_| {
                                        if editing.get_untracked() == Some(Editing::Saved(id)) {
                                            close_editor();
                                        }
                                        act(
                                            Box::pin(async move { api::account::delete_address(id).await.map(|_| ()) }),
                                            i18n.t("account-address-removed"),
                                        );
                                    }>
                                    {i18n.t("account-address-remove-short")}
                                </button>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let full = move || matches!(book.get(), Some(Ok(b)) if b.items.len() >= b.max as usize);
    let editor = move || {
        editing.get().map(|target| {
            let title = match target {
                Editing::New => i18n.t("account-address-new"),
                Editing::Saved(_) => i18n.t("account-address-editing"),
            };
            view! {
                <form class="cv-form cv-address cv-address-editor" novalidate on:submit=save
                    aria-labelledby="cv-address-editor-title" aria-busy=move || busy.get().to_string()>
                    <h3 id="cv-address-editor-title" class="cv-address-editor__title">{title}</h3>
                    <AddressInputs fields errors />
                    <label class="cv-check">
                        <input type="checkbox" id="address.is_default"
                            prop:checked=move || !make_default.get().is_empty()
                            on:change=move |ev| make_default.set(if event_target_checked(&ev) { "1" } else { "" }.to_owned()) />
                        {i18n.t("account-address-default-check")}
                    </label>
                    <p class="cv-form__alert" role="alert">{move || errors.form().get()}</p>
                    <div class="cv-account__actions">
                        <button class="cv-button" type="submit" disabled=move || busy.get()>{i18n.t("account-address-save")}</button>
                        <button class="cv-button--secondary" type="button" on:click=move |_| close_editor()>{i18n.t("account-address-cancel")}</button>
                    </div>
                </form>
            }
        })
    };
    view! {
        <section class="cv-panel" aria-labelledby="cv-addresses-title">
            <h2 id="cv-addresses-title" class="cv-panel__title">{i18n.t("account-addresses")}</h2>
            <p class="cv-form__hint">{i18n.t("account-book-hint")}</p>
            <DeviceAddresses book on_kept=Callback::new(move |()| reload()) />
            {list}
            <p class="cv-account__saved" role="status">{move || notice.get()}</p>
            <p class="cv-form__alert" role="alert">{move || failure.get()}</p>
            {editor}
            {move || (editing.get().is_none()).then(|| if full() {
                view! { <p class="cv-form__hint">{i18n.t("account-book-full")}</p> }.into_any()
            } else {
                view! {
                    <button type="button" class="cv-button cv-account__add" on:click=open_new>
                        {i18n.t("account-address-add")}
                    </button>
                }
                .into_any()
            })}
        </section>
    }
}

/// The address editor's fields, top to bottom (the focus goes to the first problem).
const ADDRESS_FIELDS: &[&str] = &[
    "address.name",
    "address.line1",
    "address.line2",
    "address.city",
    "address.region",
    "address.postal_code",
    "address.phone",
];

/// Focuses the element `id` once it is drawn.
fn focus_later(id: &'static str) {
    use wasm_bindgen::JsCast;
    request_animation_frame(move || {
        if let Some(element) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// Addresses checkout kept in this browser before the buyer signed in. They are offered, not imported
/// silently: on a shared or borrowed computer they may be someone else's, and an account should not fill
/// up with strangers' addresses without its owner saying so. Keeping them stores each in the account (the
/// server skips one already there) and then forgets this browser's copy; "forget" only clears the browser.
#[component]
fn DeviceAddresses(
    /// The account's book as loaded, so addresses already in it are not offered.
    book: RwSignal<Option<Result<AddressBook, api::Error>>>,
    /// Runs after addresses were kept in the account.
    on_kept: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let local = RwSignal::new(address_book::addresses());
    let (busy, set_busy) = signal(false);
    let (failure, set_failure) = signal(None::<String>);
    let offered = Memo::new(move |_| {
        let in_account: Vec<ShippingAddress> = match book.get() {
            Some(Ok(book)) => book.items.into_iter().map(|s| s.address).collect(),
            // Until the book is known nothing is offered (it may already hold them).
            _ => return Vec::new(),
        };
        local
            .get()
            .into_iter()
            .filter(|a| !in_account.contains(a))
            .collect::<Vec<_>>()
    });
    let keep = move |_| {
        if busy.get_untracked() {
            return;
        }
        set_busy.set(true);
        set_failure.set(None);
        let addresses = offered.get_untracked();
        leptos::task::spawn_local(async move {
            let mut refused = None;
            for address in addresses {
                let request = AddressRequest {
                    address,
                    is_default: false,
                };
                match api::account::create_address(&request).await {
                    Ok(_) => address_book::forget(&request.address),
                    Err(error) => {
                        refused = Some(error_text(i18n, &error));
                        // The book is full or the network is gone: the rest would fail the same way.
                        if !matches!(error, api::Error::Server { status: 400, .. }) {
                            break;
                        }
                    }
                }
            }
            local.set(address_book::addresses());
            set_failure.set(refused);
            set_busy.set(false);
            on_kept.run(());
        });
    };
    let forget_all = move |_| {
        for address in offered.get_untracked() {
            address_book::forget(&address);
        }
        local.set(address_book::addresses());
    };
    move || {
        let list = offered.get();
        (!list.is_empty()).then(|| {
            let count = list.len() as i64;
            view! {
                <div class="cv-device-addresses" role="group" aria-labelledby="cv-device-addresses-title">
                    <p id="cv-device-addresses-title" class="cv-device-addresses__title">
                        {i18n.t_args("account-device-addresses", &[("count", Arg::from(count))])}
                    </p>
                    <ul class="cv-device-addresses__list">
                        {list.iter().map(|a| view! { <li>{describe(a)}</li> }).collect_view()}
                    </ul>
                    <p class="cv-form__alert" role="alert">{move || failure.get()}</p>
                    <div class="cv-account__actions">
                        <button type="button" class="cv-button" on:click=keep disabled=move || busy.get()>
                            {i18n.t("account-device-keep")}
                        </button>
                        <button type="button" class="cv-button--secondary" on:click=forget_all disabled=move || busy.get()>
                            {i18n.t("account-device-forget")}
                        </button>
                    </div>
                </div>
            }
        })
    }
}

/// The language and display currency: applied here at once (as the header's pickers do) and saved to the
/// account, so signing in on another device shows the shop the same way.
#[component]
fn Preferences() -> impl IntoView {
    let i18n = use_i18n();
    let currency = use_currency();
    // Read once: a change of language draws the whole page again (and a reactive read here would outlive
    // the page being replaced).
    let language = i18n.locale();
    let shown_currency = untrack(|| currency.currency());
    let (status, set_status) = signal(None::<String>);
    // Saved in a spawned task: choosing a language redraws this page, and the request must outlive it.
    let save = move |update: ProfileUpdate| {
        leptos::task::spawn_local(async move {
            let said = match api::account::update_profile(&update).await {
                Ok(_) => i18n.t("account-preferences-saved"),
                Err(error) => format!(
                    "{} {}",
                    i18n.t("account-preferences-not-saved"),
                    error_text(i18n, &error)
                ),
            };
            // The page may have been redrawn in the new language meanwhile.
            set_status.try_set(Some(said));
        });
    };
    view! {
        <section class="cv-panel" aria-labelledby="cv-prefs-title">
            <h2 id="cv-prefs-title" class="cv-panel__title">{i18n.t("account-preferences")}</h2>
            <p class="cv-form__hint">{i18n.t("account-preferences-hint")}</p>
            <div class="cv-form">
                <div class="cv-form__field">
                    <label class="cv-form__label" for="pref-language">{i18n.t("account-language")}</label>
                    <select
                        id="pref-language"
                        class="cv-form__select"
                        on:change=move |ev| {
                            let tag = event_target_value(&ev);
                            save(ProfileUpdate {
                                preferred_language: Some(Some(tag.clone())),
                                ..ProfileUpdate::default()
                            });
                            i18n.switch_to(&tag);
                        }
                    >
                        {caravan_i18n::LOCALES.iter().map(|locale| view! {
                            <option value=locale.tag lang=locale.tag selected={language == locale.tag}>{locale.autonym}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="cv-form__field">
                    <label class="cv-form__label" for="pref-currency">{i18n.t("account-currency")}</label>
                    <p class="cv-form__hint" id="pref-currency-hint">{i18n.t("account-currency-hint")}</p>
                    <select
                        id="pref-currency"
                        class="cv-form__select"
                        aria-describedby="pref-currency-hint"
                        on:change=move |ev| {
                            if let Ok(chosen) = event_target_value(&ev).parse::<Currency>() {
                                currency.choose(chosen);
                                save(ProfileUpdate {
                                    preferred_currency: Some(Some(chosen.code().to_owned())),
                                    ..ProfileUpdate::default()
                                });
                            }
                        }
                    >
                        {DISPLAY_CURRENCIES.iter().map(|code| view! { <option value=*code selected={*code == shown_currency.code()}>{*code}</option> }).collect_view()}
                    </select>
                </div>
                <p class="cv-account__saved" role="status">{move || status.get()}</p>
            </div>
        </section>
    }
}

/// Ends the session on the server, forgets the name in every tab and opens the shop's home page. The cart
/// stays: it belongs to this browser.
#[component]
fn SignOutButton() -> impl IntoView {
    let i18n = use_i18n();
    let shopper = use_shopper();
    let navigate = use_navigate();
    let (busy, set_busy) = signal(false);
    let (error, set_error) = signal(None::<String>);
    let sign_out = move |_| {
        if busy.get_untracked() {
            return;
        }
        set_busy.set(true);
        set_error.set(None);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api::auth::logout().await {
                Ok(()) => {
                    // What was being typed for this account is not left for the next person here.
                    clear_drafts(ADDRESS_DRAFTS);
                    clear_drafts(&[NAME_DRAFT, COUNTRY_DRAFT, EDITING_DRAFT, DEFAULT_DRAFT]);
                    shopper.signed_out();
                    navigate(&AppRoute::Home.path(), NavigateOptions::default());
                }
                Err(failure) => {
                    set_error.set(Some(error_text(i18n, &failure)));
                    set_busy.set(false);
                }
            }
        });
    };
    view! {
        <div class="cv-account__sign-out">
            <button class="cv-button cv-button--secondary" type="button" on:click=sign_out disabled=move || busy.get()>
                {i18n.t("account-sign-out")}
            </button>
            <p class="cv-form__alert" role="alert">{move || error.get()}</p>
        </div>
    }
}
