use crate::{
    components::account::{RegisterForm, return_target},
    contexts::use_i18n,
    routes::AppRoute,
};
use leptos::prelude::*;
use leptos_router::{
    NavigateOptions,
    hooks::{use_navigate, use_query_map},
};

/// `/register`: a new account, signed in at once; afterwards the page named by `?next=` opens. `?role=seller`
/// starts with "sell on Caravan" chosen.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let navigate = use_navigate();
    let next = Memo::new(move |_| return_target(&query.read()));
    let seller = query.read_untracked().get("role").as_deref() == Some("seller");
    let sign_in_href = move || {
        format!(
            "{}?next={}",
            AppRoute::SignIn.path(),
            crate::api::encode(&next.get())
        )
    };
    let on_registered = Callback::new(move |_| {
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
            <h1 class="cv-auth__title">{i18n.t("register-title")}</h1>
            <RegisterForm seller on_registered />
            <p class="cv-auth__switch">
                {i18n.t("register-have-account")}" "
                <a href=sign_in_href>{i18n.t("register-sign-in")}</a>
            </p>
        </div>
    }
}
