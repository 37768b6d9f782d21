//! The console is for platform staff: anyone else is told to sign in with an admin account.

use crate::{
    api,
    components::common::{ErrorView, SignInPrompt},
    contexts::use_i18n,
};
use caravan_types::account::Role;
use leptos::prelude::*;

/// Who is using the console, loaded once when it opens.
#[derive(Clone, Copy)]
pub struct ConsoleSession {
    /// The signed-in account; `None` when nobody is signed in.
    pub account: LocalResource<Result<Option<caravan_types::account::Account>, api::Error>>,
}

/// Loads the session and makes it available to the console pages.
pub fn provide_console_session() {
    let account = LocalResource::new(|| async {
        match api::auth::me().await {
            Ok(account) => Ok(Some(account)),
            Err(error) if error.is_unauthenticated() => Ok(None),
            Err(error) => Err(error),
        }
    });
    provide_context(ConsoleSession { account });
}

/// Draws `children` for an admin; anyone else is asked to sign in with an admin account.
#[component]
pub fn AdminGate(
    /// The page.
    children: ChildrenFn,
) -> impl IntoView {
    let i18n = use_i18n();
    let session = expect_context::<ConsoleSession>();
    let children = StoredValue::new(children);
    let retry = Callback::new(move |()| session.account.refetch());
    view! {
        <Suspense fallback=|| view! { <div class="cv-center__loading" aria-busy="true"></div> }>
            <ErrorBoundary fallback=move |errors| view! { <ErrorView errors on_retry=retry /> }>
                {move || Suspend::new(async move {
                    session.account.await.map(|account| match account {
                        Some(account) if account.role == Role::Admin => children.with_value(|c| c()).into_any(),
                        Some(_) => view! { <p class="cv-panel">{i18n.t("console-not-admin")}</p> }.into_any(),
                        None => view! {
                            <SignInPrompt message=i18n.t("console-sign-in-needed") link_label=i18n.t("console-sign-in") />
                        }.into_any(),
                    })
                })}
            </ErrorBoundary>
        </Suspense>
    }
}

/// What went wrong with a request, in the active locale (errors.ftl is always loaded).
pub fn console_error_text(i18n: &crate::contexts::I18n, error: &api::Error) -> String {
    match error {
        api::Error::Server { code, fields, .. } if code != "http_error" => {
            if fields
                .iter()
                .any(|f| f.path == "reason" && f.code == "length")
            {
                return i18n.t("console-reason-length");
            }
            i18n.t(&format!("error-code-{}", code.replace('_', "-")))
        }
        api::Error::Network(_) => i18n.t("error-load-failed"),
        _ => i18n.t("error-code-internal"),
    }
}
