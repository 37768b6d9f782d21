//! Sections of the app that open lazily: the seller center, the platform console and the buyer's account
//! area. Each keeps its code in its own wasm chunk and its messages in its own Fluent files, so neither
//! reaches a buyer who only browses; each has its own `<Routes>` for the pages below its prefix.

use crate::{components::common::ErrorView, contexts::I18n};
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

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
