//! The product page's pictures: a horizontal scroll-snap track with one picture per slide, so phones swipe
//! it with the browser's own touch scrolling (momentum, rubber band, right to left in Arabic) and no gesture
//! code. The slide in view is read back from the scroll position, so the thumbnails and the "2 / 5" position
//! follow a swipe as it happens; thumbnails, the arrow buttons and the arrow keys move the track.
//!
//! The browser is reached through `Reflect` (`scrollLeft`, `clientWidth`, `scrollTo`, `key`) rather than typed
//! `web-sys` methods: wasm-bindgen writes every browser method the app imports into the main JavaScript glue,
//! which is part of the home route's download even when only this lazily loaded page calls it (the typed
//! calls cost the home route 222 B brotli); `Reflect.get`, `Reflect.set` and `Function.call` are there
//! already.

use crate::contexts::use_i18n;
use caravan_i18n::Arg;
use caravan_types::listing::Image;
use js_sys::{Function, Object, Reflect};
use leptos::{ev, html, prelude::*};
use wasm_bindgen::{JsCast, JsValue};

/// How a scroll moves: `Auto` follows the stylesheet's `scroll-behavior` (smooth unless the buyer asked the
/// system to reduce motion), `Instant` jumps.
#[derive(Debug, Clone, Copy)]
enum ScrollBehavior {
    Auto,
    Instant,
}

/// A numeric property of a browser object (`scrollLeft`, `clientWidth`); 0 if it has none.
fn number(target: &JsValue, name: &str) -> f64 {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .and_then(|value| value.as_f64())
        .unwrap_or(0.0)
}

/// `element.scrollTo({left, behavior})`.
fn scroll_to(element: &JsValue, left: f64, behavior: ScrollBehavior) {
    let options = Object::new();
    let behavior = match behavior {
        ScrollBehavior::Auto => "auto",
        ScrollBehavior::Instant => "instant",
    };
    let _ = Reflect::set(&options, &"left".into(), &left.into());
    let _ = Reflect::set(&options, &"behavior".into(), &behavior.into());
    if let Ok(method) = Reflect::get(element, &"scrollTo".into())
        && method.is_function()
    {
        let _ = method.unchecked_into::<Function>().call1(element, &options);
    }
}

/// Swipeable pictures with thumbnails.
#[component]
pub fn Gallery(
    /// The listing's pictures, the main one first.
    images: Vec<Image>,
    /// The listing's title, for the pictures' text alternatives.
    title: String,
    /// The picture of the chosen variant, if it has its own: the track moves to it whenever it changes.
    #[prop(into)]
    variant_image: Signal<Option<usize>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let count = images.len();
    let last = count.saturating_sub(1);
    let track = NodeRef::<html::Div>::new();
    // The slide in view, as the scroll position says: it changes while a swipe passes the middle of a slide.
    let (current, set_current) = signal(0usize);
    // Where a smooth scroll started by a button, key or thumbnail is heading, until it gets there or a finger
    // takes over: a second press during the animation steps on from there, not from the slide passing by.
    let aim = StoredValue::new(None::<usize>);

    // Moves the track to `index`. `Auto` follows the stylesheet (smooth unless the buyer asked the system to
    // reduce motion); `Instant` is for the first position, which nobody should watch scroll by.
    let go_to = move |index: usize, behavior: ScrollBehavior| {
        let Some(track) = track.get_untracked() else {
            return;
        };
        // In a right-to-left track the start is on the right and scroll positions count down from 0.
        let direction = if i18n.active().get_untracked().rtl {
            -1.0
        } else {
            1.0
        };
        let track: &JsValue = track.as_ref();
        let left = direction * number(track, "clientWidth") * index.min(last) as f64;
        // Already there: no scroll will happen, so nothing would clear the aim.
        if (number(track, "scrollLeft") - left).abs() < 1.0 {
            aim.set_value(None);
            return;
        }
        aim.set_value(Some(index.min(last)));
        scroll_to(track, left, behavior);
    };
    let on_scroll = move |_: ev::Event| {
        let Some(track) = track.get_untracked() else {
            return;
        };
        let track: &JsValue = track.as_ref();
        let width = number(track, "clientWidth");
        if width <= 0.0 {
            return;
        }
        let offset = number(track, "scrollLeft").abs() / width;
        let index = (offset.round() as usize).min(last);
        // Arrived: only exactly on the slide, since the rounded index reaches it halfway through.
        if aim.get_value() == Some(index) && (offset - index as f64).abs() < 0.01 {
            aim.set_value(None);
        }
        if current.get_untracked() != index {
            set_current.set(index);
        }
    };
    // The slide a step starts from: where a running scroll is heading, else the one in view.
    let from = move || aim.get_value().unwrap_or_else(|| current.get_untracked());
    // Arrow keys go to the neighbouring picture in the reading direction, Home and End to the first and last.
    let on_key = move |event: ev::KeyboardEvent| {
        let rtl = i18n.active().get_untracked().rtl;
        let now = from();
        let key = Reflect::get(event.as_ref(), &"key".into())
            .ok()
            .and_then(|key| key.as_string())
            .unwrap_or_default();
        let target = match (key.as_str(), rtl) {
            ("ArrowRight", false) | ("ArrowLeft", true) => (now + 1).min(last),
            ("ArrowLeft", false) | ("ArrowRight", true) => now.saturating_sub(1),
            ("Home", _) => 0,
            ("End", _) => last,
            _ => return,
        };
        event.prevent_default();
        go_to(target, ScrollBehavior::Auto);
    };
    // The chosen variant's picture. Reading the node ref makes this run again once the track is in the page,
    // so a first variant with its own picture starts there.
    let placed = StoredValue::new(false);
    Effect::new(move |_| {
        let wanted = variant_image.get();
        if track.get().is_none() {
            return;
        }
        let behavior = if placed.get_value() {
            ScrollBehavior::Auto
        } else {
            ScrollBehavior::Instant
        };
        placed.set_value(true);
        if let Some(index) = wanted {
            go_to(index, behavior);
        }
    });

    let slides = images
        .iter()
        .enumerate()
        .map(|(index, image)| {
            let alt = if count > 1 {
                i18n.t_args(
                    "gallery-picture-alt",
                    &[
                        ("title", Arg::from(title.as_str())),
                        ("number", Arg::from(index + 1)),
                        ("count", Arg::from(count)),
                    ],
                )
            } else {
                title.clone()
            };
            // Only the first picture is needed to draw the page; the others load as they come near.
            let loading = if index == 0 { "eager" } else { "lazy" };
            view! {
                <div class="cv-gallery__slide">
                    <img
                        src=image.url.clone()
                        alt=alt
                        width=image.width
                        height=image.height
                        loading=loading
                        decoding="async"
                        draggable="false"
                    />
                </div>
            }
        })
        .collect_view();
    let thumbs = images
        .into_iter()
        .enumerate()
        .map(|(index, image)| {
            let label = i18n.t_args("gallery-show-image", &[("number", Arg::from(index + 1))]);
            view! {
                <button
                    type="button"
                    class="cv-gallery__thumb"
                    aria-label=label
                    aria-pressed=move || (current.get() == index).to_string()
                    on:click=move |_| go_to(index, ScrollBehavior::Auto)
                >
                    <img src=image.thumb_url alt="" width="64" height="64" loading="lazy" />
                </button>
            }
        })
        .collect_view();
    let several = count > 1;
    view! {
        <div class="cv-gallery" role="region" aria-label=i18n.t("gallery-label")>
            <div class="cv-gallery__viewport">
                <div
                    class="cv-gallery__track"
                    node_ref=track
                    tabindex=if several { Some("0") } else { None }
                    role="group"
                    aria-label=i18n.t("gallery-track-label")
                    on:scroll=on_scroll
                    on:pointerdown=move |_| aim.set_value(None)
                    on:keydown=on_key
                >
                    {slides}
                </div>
                {several.then(|| view! {
                    <button
                        type="button"
                        class="cv-gallery__step cv-gallery__step--previous"
                        aria-label=i18n.t("gallery-previous")
                        disabled=move || current.get() == 0
                        on:click=move |_| go_to(from().saturating_sub(1), ScrollBehavior::Auto)
                    >
                        <span aria-hidden="true">"‹"</span>
                    </button>
                    <button
                        type="button"
                        class="cv-gallery__step cv-gallery__step--next"
                        aria-label=i18n.t("gallery-next")
                        disabled=move || current.get() == last
                        on:click=move |_| go_to(from() + 1, ScrollBehavior::Auto)
                    >
                        <span aria-hidden="true">"›"</span>
                    </button>
                    // A polite live region, not a `status`: the page's status is the cart's confirmation.
                    <p class="cv-gallery__position" aria-live="polite" aria-atomic="true">
                        <span aria-hidden="true">
                            {move || i18n.t_args("gallery-position", &[
                                ("number", Arg::from(current.get() + 1)),
                                ("count", Arg::from(count)),
                            ])}
                        </span>
                        <span class="cv-visually-hidden">
                            {move || i18n.t_args("gallery-position-spoken", &[
                                ("number", Arg::from(current.get() + 1)),
                                ("count", Arg::from(count)),
                            ])}
                        </span>
                    </p>
                })}
            </div>
            {several.then(|| view! {
                <div class="cv-gallery__thumbs" role="group" aria-label=i18n.t("gallery-thumbs-label")>
                    {thumbs}
                </div>
            })}
        </div>
    }
}
