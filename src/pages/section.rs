//! Sections of the app that open lazily: the product page, search, the seller center, the platform
//! console and the buyer's account area. Each keeps its code in its own wasm chunk (and, for the larger
//! ones, its messages in its own Fluent files), so none of it reaches a buyer who only opens the home page.
//! Sections with several pages have their own `<Routes>` for the paths below their prefix.
//!
//! The app's route table has just two routes, `/` and everything else ([`SectionOutlet`]), and the outlet
//! picks the section from the path's first segment: every route in the eager table costs the home route
//! about 2 KB of wasm (router generics instantiated per route), a `match` costs a few bytes.

use crate::{
    components::common::ErrorView,
    contexts::{I18n, use_i18n},
    pages::{console, seller, shop},
};
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use leptos_router::hooks::use_location;
use send_wrapper::SendWrapper;

/// The lazily loaded parts of the app, by the first segment of the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    /// `/p/<id>`
    Product,
    /// `/search`
    Search,
    /// `/seller/...`
    SellerCenter,
    /// `/admin/...`
    Console,
    /// Everything else: `/cart`, `/checkout`, `/orders/...`, `/account/...`, `/signin`, unknown paths.
    AccountArea,
}

impl Section {
    fn of(path: &str) -> Section {
        match path
            .trim_start_matches('/')
            .split('/')
            .next()
            .unwrap_or_default()
        {
            "p" => Section::Product,
            "search" => Section::Search,
            "seller" => Section::SellerCenter,
            "admin" => Section::Console,
            _ => Section::AccountArea,
        }
    }

    async fn open(self, i18n: I18n) -> AnyView {
        match self {
            Section::Product => shop::open_product_page(i18n).await,
            Section::Search => shop::open_search_page(i18n).await,
            Section::SellerCenter => seller::open_seller_center(i18n).await,
            Section::Console => console::open_console(i18n).await,
            Section::AccountArea => shop::open_account_area(i18n).await,
        }
    }
}

/// Every path but the home page: the section the path belongs to, loaded on first use. Moving between
/// pages of one section keeps it; while another section loads, the current page stays on screen.
#[component]
pub fn SectionOutlet() -> impl IntoView {
    let location = use_location();
    let section = Memo::new(move |_| Section::of(&location.pathname.read()));
    let i18n = use_i18n();
    view! {
        <Transition fallback=|| ()>
            {move || {
                let section = section.get();
                // Browser futures are not `Send`; this one never leaves the browser's one thread.
                Suspend::new(SendWrapper::new(section.open(i18n)))
            }}
        </Transition>
    }
}

/// A section's chunk and messages, fetched together; the section's view once both are in.
///
/// The view is only built after the messages are in: building it runs the components, which translate.
pub(crate) async fn open_section<V>(
    i18n: I18n,
    files: &'static [&'static str],
    preload: impl Future,
    view: impl FnOnce() -> V,
) -> AnyView
where
    V: Future<Output = Result<AnyView, SplitLoaderError>>,
{
    let (_, messages) = futures::future::join(preload, i18n.load_section(files)).await;
    if let Err(error) = messages {
        leptos::logging::warn!("section messages not loaded: {error}");
        return section_load_failed();
    }
    view().await.unwrap_or_else(|_| section_load_failed())
}

/// A lazily loaded page's code or messages could not be fetched (offline, or a new version was deployed).
#[derive(Debug, Clone, thiserror::Error)]
#[error("the code of this page could not be loaded")]
struct PageCodeLoadError;

/// The shared error view for a page whose code did not load; its button reloads the page.
pub(crate) fn section_load_failed() -> AnyView {
    let mut errors = Errors::default();
    errors.insert(Default::default(), PageCodeLoadError);
    view! { <section class="cv-page"><ErrorView errors=ArcRwSignal::new(errors) /></section> }
        .into_any()
}
