//! The active translations and locale, available to every component, and switching between locales.
//!
//! en-US's core files are compiled in. Any other locale's core files are fetched from `/locales/<tag>/` when
//! it is chosen (or negotiated at start), so only the active locale's bundle is ever downloaded; each of its
//! messages falls back to en-US if missing. A section of the app (seller center, console, buyer account)
//! loads its own files with [`I18n::load_section`] before it draws, in the active locale and in en-US, so
//! its messages cost the home route nothing.

use crate::{api, intl_rules::BrowserRules, storage};
use caravan_i18n::{Arg, Bundle, CORE_FILES, I18nError, LOCALES, LocaleInfo, Translations};
use leptos::prelude::*;

/// What the locale switcher is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocaleStatus {
    /// Showing the active locale.
    Ready,
    /// Fetching this locale's bundle; the page stays in the active one meanwhile.
    Loading(&'static LocaleInfo),
    /// This locale's bundle could not be fetched; the page stayed in the active one.
    Failed(&'static LocaleInfo),
}

/// Handle to the active translations; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct I18n {
    translations: StoredValue<Translations, LocalStorage>,
    locale: RwSignal<&'static LocaleInfo>,
    status: RwSignal<LocaleStatus>,
    /// Section files loaded so far; a locale switch loads them again in the new locale.
    sections: StoredValue<Vec<&'static str>, LocalStorage>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("locale", &self.locale.get_untracked().tag)
            .finish_non_exhaustive()
    }
}

impl I18n {
    /// The message `key`.
    pub fn t(&self, key: &str) -> String {
        self.t_args(key, &[])
    }

    /// The message `key` with arguments.
    ///
    /// A missing key shows as the key itself and is logged; the locale tests make sure that never ships.
    pub fn t_args(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.translations
            .with_value(|t| t.format(key, args))
            .unwrap_or_else(|error| {
                leptos::logging::error!("{error}");
                match error {
                    I18nError::Format { text, .. } => text,
                    _ => key.to_owned(),
                }
            })
    }

    /// The active locale's BCP 47 tag (not tracked: the app re-renders when the locale changes).
    pub fn locale(&self) -> String {
        self.locale.get_untracked().tag.to_owned()
    }

    /// The active locale, tracked.
    pub fn active(&self) -> Signal<&'static LocaleInfo> {
        self.locale.into()
    }

    /// What the switcher is doing, tracked.
    pub fn status(&self) -> Signal<LocaleStatus> {
        self.status.into()
    }

    /// Clears a failure notice.
    pub fn dismiss_failure(&self) {
        self.status.set(LocaleStatus::Ready);
    }

    /// Switches to the locale `tag`, fetching its bundle first; saves the choice once it is shown.
    ///
    /// On failure the active locale stays and [`I18n::status`] says which locale could not be loaded.
    pub fn switch_to(&self, tag: &str) {
        let Some(info) = caravan_i18n::locale_info(tag) else {
            return;
        };
        if std::ptr::eq(info, self.locale.get_untracked()) {
            return;
        }
        let this = *self;
        this.status.set(LocaleStatus::Loading(info));
        leptos::task::spawn_local(async move {
            let sections = this.sections.get_value();
            match load_translations(info, &sections).await {
                Ok(translations) => {
                    // A later choice made while this one was loading wins.
                    if this.status.get_untracked() != LocaleStatus::Loading(info) {
                        return;
                    }
                    this.translations.set_value(translations);
                    storage::save(storage::LOCALE_KEY, info.tag);
                    apply_to_document(info);
                    this.status.set(LocaleStatus::Ready);
                    this.locale.set(info);
                }
                Err(error) => {
                    leptos::logging::warn!("locale {} not loaded: {error}", info.tag);
                    if this.status.get_untracked() == LocaleStatus::Loading(info) {
                        this.status.set(LocaleStatus::Failed(info));
                    }
                }
            }
        });
    }

    /// Loads a section's files (e.g. `rules.ftl`) in the active locale and en-US, once; a section's route
    /// awaits this before it draws.
    pub async fn load_section(&self, files: &'static [&'static str]) -> Result<(), String> {
        let missing: Vec<&'static str> = self.sections.with_value(|loaded| {
            files
                .iter()
                .copied()
                .filter(|f| !loaded.contains(f))
                .collect()
        });
        if missing.is_empty() {
            return Ok(());
        }
        let locale = self.locale.get_untracked();
        let fetched = fetch_section_files(locale, &missing).await?;
        // The locale may have changed while fetching; a switch reloads every section file anyway.
        if !std::ptr::eq(locale, self.locale.get_untracked()) {
            return Ok(());
        }
        let mut result = Ok(());
        self.translations.update_value(|t| {
            result = add_section_files(t, &fetched);
        });
        result?;
        self.sections.update_value(|loaded| loaded.extend(missing));
        Ok(())
    }
}

/// One section file: its name, the active locale's text (none for en-US) and the en-US text.
type SectionFile = (&'static str, Option<String>, String);

/// Fetches section `files` for `info` and, behind them, en-US.
async fn fetch_section_files(
    info: &'static LocaleInfo,
    files: &[&'static str],
) -> Result<Vec<SectionFile>, String> {
    let en_us = LOCALES[0].tag;
    futures::future::try_join_all(files.iter().map(|file| async move {
        let en_text = api::get_locale_file(en_us, file).await?;
        let active = if info.tag == en_us {
            None
        } else {
            Some(api::get_locale_file(info.tag, file).await?)
        };
        Ok::<_, api::Error>((*file, active, en_text))
    }))
    .await
    .map_err(|e| e.to_string())
}

fn add_section_files(t: &mut Translations, files: &[SectionFile]) -> Result<(), String> {
    for (file, active, en_text) in files {
        t.add_file(file, active.as_deref(), en_text)
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// The translations a page starts with, prepared before the app mounts.
pub struct InitialLocale {
    translations: Translations,
    locale: &'static LocaleInfo,
    /// The preferred locale whose bundle could not be fetched, if any.
    failed: Option<&'static LocaleInfo>,
}

impl InitialLocale {
    /// The saved choice, else the browser's preferred languages, else en-US; its bundle fetched if needed.
    pub async fn negotiate() -> InitialLocale {
        let wanted = preferred_locale();
        if wanted.tag != LOCALES[0].tag {
            match load_translations(wanted, &[]).await {
                Ok(translations) => {
                    apply_to_document(wanted);
                    return InitialLocale {
                        translations,
                        locale: wanted,
                        failed: None,
                    };
                }
                Err(error) => {
                    leptos::logging::warn!("locale {} not loaded: {error}", wanted.tag);
                    let mut en = InitialLocale::en_us();
                    en.failed = Some(wanted);
                    return en;
                }
            }
        }
        InitialLocale::en_us()
    }

    /// en-US, compiled in.
    pub fn en_us() -> InitialLocale {
        let locale = &LOCALES[0];
        apply_to_document(locale);
        InitialLocale {
            // The en-US files are compiled in and parsed by the locale tests, so a build that passed them
            // cannot fail here.
            translations: Translations::en_us(Box::new(BrowserRules::new(locale.tag)))
                .expect("the en-US bundle is valid (checked by caravan-i18n's tests)"),
            locale,
            failed: None,
        }
    }
}

/// The locale to start in: the saved choice, else the best match for `navigator.languages`, else en-US.
fn preferred_locale() -> &'static LocaleInfo {
    if let Some(saved) =
        storage::load(storage::LOCALE_KEY).and_then(|t| caravan_i18n::locale_info(&t))
    {
        return saved;
    }
    let languages: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    caravan_i18n::negotiate(languages.iter().map(String::as_str)).unwrap_or(&LOCALES[0])
}

/// Fetches the core files of `info`'s bundle and the `sections` loaded so far, all at once, and builds its
/// translations over en-US.
async fn load_translations(
    info: &'static LocaleInfo,
    sections: &[&'static str],
) -> Result<Translations, String> {
    let (mut translations, section_files) =
        futures::future::try_join(core_translations(info), fetch_section_files(info, sections))
            .await?;
    add_section_files(&mut translations, &section_files)?;
    Ok(translations)
}

/// `info`'s core files over en-US's compiled-in ones; en-US needs no fetch.
async fn core_translations(info: &'static LocaleInfo) -> Result<Translations, String> {
    if info.tag == LOCALES[0].tag {
        return Translations::en_us(Box::new(BrowserRules::new(info.tag)))
            .map_err(|e| e.to_string());
    }
    let files = futures::future::try_join_all(CORE_FILES.iter().map(|file| async move {
        api::get_locale_file(info.tag, file)
            .await
            .map(|text| (*file, text))
    }))
    .await
    .map_err(|e| e.to_string())?;
    let borrowed: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let bundle = Bundle::parse(info.tag, &borrowed).map_err(|e| e.to_string())?;
    let en = Bundle::en_us().map_err(|e| e.to_string())?;
    Ok(Translations::with_fallback(
        bundle,
        en,
        Box::new(BrowserRules::new(info.tag)),
    ))
}

/// `<html lang dir>` follow the locale, so the browser picks fonts, hyphenation and the layout direction;
/// and the server names categories in it.
fn apply_to_document(info: &'static LocaleInfo) {
    api::set_lang(info.tag);
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", info.tag);
        let _ = html.set_attribute("dir", if info.rtl { "rtl" } else { "ltr" });
    }
}

/// Makes the translations available below the caller.
pub fn provide_i18n(initial: InitialLocale) {
    let status = match initial.failed {
        Some(info) => LocaleStatus::Failed(info),
        None => LocaleStatus::Ready,
    };
    provide_context(I18n {
        translations: StoredValue::new_local(initial.translations),
        locale: RwSignal::new(initial.locale),
        status: RwSignal::new(status),
        sections: StoredValue::new_local(Vec::new()),
    });
}

/// The translations provided by [`provide_i18n`].
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
