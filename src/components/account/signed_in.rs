use crate::{
    api,
    components::common::ErrorView,
    contexts::{use_i18n, use_shopper},
    routes::AppRoute,
};
use caravan_types::account::Account;
use leptos::prelude::*;
use leptos_router::{
    NavigateOptions,
    hooks::{use_location, use_navigate},
    params::ParamsMap,
};

/// The page to return to after signing in: `?next=` when it is a page of this site (never another origin,
/// never the sign-in pages themselves), else the account page.
pub fn return_target(query: &ParamsMap) -> String {
    query
        .get("next")
        .filter(|next| {
            next.starts_with('/')
                && !next.starts_with("//")
                && !next.contains('\\')
                && !next.starts_with(&AppRoute::SignIn.path())
                && !next.starts_with(&AppRoute::Register.path())
        })
        .unwrap_or_else(|| AppRoute::Account.path())
}

/// The sign-in page, coming back to `back` afterwards.
pub fn sign_in_url(back: &str) -> String {
    format!("{}?next={}", AppRoute::SignIn.path(), api::encode(back))
}

/// Draws `page` with the signed-in account. A visitor who is not signed in, or whose session the server no
/// longer knows, is sent to sign in and brought back here afterwards.
#[component]
pub fn SignedIn<F, V>(
    /// The page, given the account.
    page: F,
) -> impl IntoView
where
    F: Fn(Account) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let shopper = use_shopper();
    let location = use_location();
    let navigate = use_navigate();
    let back = {
        let search = location.search.get_untracked();
        let path = location.pathname.get_untracked();
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    };
    let account = LocalResource::new(move || async move {
        // Known to be signed out: no need to ask the server.
        if untrack(|| shopper.name()).is_none() {
            return Err(api::Error::Server {
                status: 401,
                code: "unauthenticated".to_owned(),
                message: String::new(),
                fields: Vec::new(),
                refusal: api::Refusal::default(),
            });
        }
        api::auth::me().await
    });
    Effect::new(move |_| {
        if let Some(Err(error)) = account.get()
            && error.is_unauthenticated()
        {
            shopper.signed_out();
            navigate(
                &sign_in_url(&back),
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
    let retry = Callback::new(move |()| account.refetch());
    view! {
        <Suspense fallback=move || view! { <p class="cv-account__loading" aria-busy="true">{i18n.t("loading")}</p> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {
                    let page = page.clone();
                    move || {
                        let page = page.clone();
                        Suspend::new(async move {
                            match account.await {
                                Ok(account) => Ok(Some(page(account))),
                                // The effect above is on its way to the sign-in page.
                                Err(error) if error.is_unauthenticated() => Ok(None),
                                Err(error) => Err(error),
                            }
                        })
                    }
                }
            </ErrorBoundary>
        </Suspense>
    }
}
