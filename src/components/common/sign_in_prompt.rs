use crate::api::encode;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Asks a signed-out visitor to sign in, with a link to the sign-in page that comes back here afterwards
/// (`/signin?next=<this path>`). Texts come from the caller, whose section has them loaded.
#[component]
pub fn SignInPrompt(
    /// Why signing in is needed.
    #[prop(into)]
    message: String,
    /// The link's text.
    #[prop(into)]
    link_label: String,
    /// Anything else to offer (e.g. registering).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let location = use_location();
    let href = move || {
        let here = format!("{}{}", location.pathname.get(), location.search.get());
        format!("/signin?next={}", encode(&here))
    };
    view! {
        <div class="cv-panel cv-sign-in-prompt">
            <p>{message}</p>
            <a class="cv-button cv-button--primary" href=href>{link_label}</a>
            {children.map(|c| c())}
        </div>
    }
}
