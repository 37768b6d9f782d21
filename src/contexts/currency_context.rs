//! The display currency: chosen by the buyer or defaulting from the locale's region, with prices converted
//! from the settlement currency at the server's reference rates (integer arithmetic in `caravan-types`).

use crate::{api, contexts::use_i18n, money_format::format_money, storage};
use caravan_i18n::LocaleInfo;
use caravan_types::{Currency, Money, fx::FxRates};
use leptos::prelude::*;

/// The currencies the picker offers (shared with the server, which accepts a preferred currency only from it).
pub use caravan_types::currency::DISPLAY_CURRENCIES;

/// The state of the reference rates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FxState {
    /// Not needed yet: every price so far is shown in its own currency.
    Idle,
    /// Being fetched.
    Loading,
    /// Fetched.
    Ready(FxRates),
    /// Could not be fetched; prices show in their own currency.
    Failed,
}

/// A price as shown: the text and whether it is a converted approximation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownPrice {
    /// Formatted for the active locale, e.g. `¥1,836`.
    pub text: String,
    /// Converted from another currency (so not what will be charged).
    pub approximate: bool,
}

/// Handle to the display currency; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct CurrencyChoice {
    /// The buyer's explicit choice, if any (saved in localStorage).
    chosen: RwSignal<Option<Currency>>,
    fx: RwSignal<FxState>,
    fx_notice_dismissed: RwSignal<bool>,
    locale: Signal<&'static LocaleInfo>,
}

impl CurrencyChoice {
    /// The display currency, tracked: the buyer's choice, else the active locale's regional currency.
    pub fn currency(&self) -> Currency {
        self.chosen
            .get()
            .unwrap_or_else(|| self.locale.get().currency.parse().unwrap_or(Currency::USD))
    }

    /// Chooses and saves a display currency.
    pub fn choose(&self, currency: Currency) {
        storage::save(storage::CURRENCY_KEY, currency.code());
        self.chosen.set(Some(currency));
        self.fx_notice_dismissed.set(false);
    }

    /// Whether the rates could not be fetched (and the buyer has not dismissed the notice), tracked.
    pub fn fx_failed(&self) -> bool {
        matches!(self.fx.get(), FxState::Failed) && !self.fx_notice_dismissed.get()
    }

    /// Hides the notice that rates are unavailable.
    pub fn dismiss_fx_notice(&self) {
        self.fx_notice_dismissed.set(true);
    }

    /// The publication date of the rates in use, if prices are being converted, tracked.
    pub fn rates_date(&self) -> Option<String> {
        match self.fx.get() {
            FxState::Ready(rates) => Some(rates.date),
            _ => None,
        }
    }

    /// `money` in the display currency, formatted for `locale`, tracked. Shown in its own currency when it
    /// already is in the display currency, or while the rates are missing.
    pub fn show(&self, money: Money, locale: &str) -> ShownPrice {
        let target = self.currency();
        if target != money.currency
            && let FxState::Ready(rates) = self.fx.get()
            && let Ok(Some(converted)) = rates.convert(money, target)
        {
            return ShownPrice {
                text: format_money(converted, locale),
                approximate: true,
            };
        }
        ShownPrice {
            text: format_money(money, locale),
            approximate: false,
        }
    }

    fn fetch_rates(fx: RwSignal<FxState>) {
        fx.set(FxState::Loading);
        leptos::task::spawn_local(async move {
            match api::get_fx_rates().await {
                Ok(rates) => fx.set(FxState::Ready(rates)),
                Err(error) => {
                    leptos::logging::warn!("exchange rates not loaded: {error}");
                    fx.set(FxState::Failed);
                }
            }
        });
    }
}

/// Makes the display currency available below the caller (after [`super::provide_i18n`]).
pub fn provide_currency() {
    let chosen = storage::load(storage::CURRENCY_KEY)
        .and_then(|code| code.parse::<Currency>().ok())
        .filter(|c| DISPLAY_CURRENCIES.contains(&c.code()));
    let choice = CurrencyChoice {
        chosen: RwSignal::new(chosen),
        fx: RwSignal::new(FxState::Idle),
        fx_notice_dismissed: RwSignal::new(false),
        locale: use_i18n().active(),
    };
    // Prices are settled in USD: the rates are fetched the first time another currency is shown, so a
    // USD buyer never downloads them.
    Effect::new(move |_| {
        if choice.currency() != Currency::USD && choice.fx.get_untracked() == FxState::Idle {
            CurrencyChoice::fetch_rates(choice.fx);
        }
    });
    provide_context(choice);
}

/// The display currency provided by [`provide_currency`].
pub fn use_currency() -> CurrencyChoice {
    expect_context::<CurrencyChoice>()
}
