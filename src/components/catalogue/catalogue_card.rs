use crate::{
    components::common::{Price, Rating},
    contexts::use_i18n,
    routes::AppRoute,
};
use caravan_types::listing::ListingCard;
use leptos::prelude::*;

/// One listing in the catalogue grid: picture, title, price, rating and badges; the whole card is a link.
#[component]
pub fn CatalogueCard(
    /// The listing to show.
    card: ListingCard,
) -> impl IntoView {
    let i18n = use_i18n();
    let href = AppRoute::Product(card.id).path();
    view! {
        <article class="cv-card">
            <a href=href class="cv-card__link">
                <img
                    class="cv-card__image"
                    src=card.image.thumb_url
                    alt=""
                    width="320"
                    height="320"
                    loading="lazy"
                    decoding="async"
                />
                <h3 class="cv-card__title">{card.title}</h3>
            </a>
            <Price price=card.price original=card.original_price />
            <Rating rating_tenths=card.rating_tenths orders=card.orders />
            <p class="cv-card__meta">
                {card.free_shipping.then(|| view! {
                    <span class="cv-badge cv-badge--free">{i18n.t("listing-free-shipping")}</span>
                })}
                <span class="cv-card__shop">{card.shop_name}</span>
            </p>
        </article>
    }
}
