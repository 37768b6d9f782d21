use crate::{
    components::account::{SignInForm, return_target},
    contexts::use_i18n,
    routes::AppRoute,
};
use leptos::prelude::*;
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_query_map},
};

/// `/signin`: the sign-in form; afterwards the page named by `?next=` opens (the account page if none).
#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let navigate = use_navigate();
    let next = Memo::new(move |_| return_target(&query.read()));
    let register_href = move || {
        format!(
            "{}?next={}",
            AppRoute::Register.path(),
            crate::api::encode(&next.get())
        )
    };
    let on_signed_in = Callback::new(move |_| {
        // Replace: the back button should not return to a sign-in form that is done.
        navigate(
            &next.get_untracked(),
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    });
    view! {
        <div class="cv-auth">
            <h1 class="cv-auth__title">{i18n.t("signin-title")}</h1>
            <SignInForm on_signed_in />
            <p class="cv-auth__switch">
                {i18n.t("signin-new-here")}" "
                <a href=register_href>{i18n.t("signin-create-account")}</a>
            </p>
        </div>
    }
}
