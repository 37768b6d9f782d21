//! The draft's texts, folded and matched once, shared by every listing rule.

use super::ListingContext;
use crate::{
    Engine,
    engine::ListingTerm,
    policy::CategoryPolicy,
    text::{
        fold::skeleton_into,
        html::{self, HtmlScan},
        matcher::{Entry, FindScratch},
        words::{WordAt, collapse_whitespace, folded_text, sorted_words},
    },
};
use caravan_types::listing_draft::ListingDraft;

/// A text field of the draft whose terms are matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextField {
    Title,
    Description,
    Brand,
    /// `attributes[i].value` (the name and value are matched together).
    Attribute(usize),
    /// `variant_properties[i].values` (the name and values are matched together).
    VariantValues(usize),
}

impl TextField {
    /// The field path verdicts name; formatted only when a verdict is emitted.
    pub fn path(self) -> String {
        match self {
            TextField::Title => "title".to_owned(),
            TextField::Description => "description".to_owned(),
            TextField::Brand => "brand".to_owned(),
            TextField::Attribute(i) => crate::verdicts::indexed("attributes", i, ".value"),
            TextField::VariantValues(i) => {
                crate::verdicts::indexed("variant_properties", i, ".values")
            }
        }
    }
}

/// A term found in one field of the draft.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FieldHit<'e> {
    pub field: TextField,
    pub entry: &'e Entry<ListingTerm>,
}

/// A draft prepared for checking.
#[derive(Debug)]
pub(crate) struct Prepared<'a> {
    pub draft: &'a ListingDraft,
    pub ctx: &'a ListingContext,
    /// The title, trimmed and whitespace-collapsed.
    pub title: String,
    /// The title compatibility-folded and lower-cased, for the rules that count and compare its words.
    pub title_folded: String,
    /// The words of `title_folded`, sorted (see [`sorted_words`]).
    pub title_words: Vec<WordAt>,
    /// What scanning the description's HTML found.
    pub description: HtmlScan,
    /// Terms found, in field order then position.
    pub hits: Vec<FieldHit<'a>>,
    /// The policy's rules for the categories on the draft's path, root first.
    pub categories: Vec<&'a CategoryPolicy>,
}

impl<'a> Prepared<'a> {
    pub fn new(engine: &'a Engine, draft: &'a ListingDraft, ctx: &'a ListingContext) -> Self {
        let title = collapse_whitespace(&draft.title);
        let description = html::scan(&draft.description);
        let mut hits = Vec::new();
        // One folding buffer and one set of matcher buffers for every field; attribute names and values
        // are folded as separate texts.
        let mut folded = Vec::with_capacity(draft.description.len().max(title.len()) + 2);
        let mut scratch = FindScratch::default();
        let mut find = |field: TextField, parts: &mut dyn Iterator<Item = &str>| {
            folded.clear();
            for part in parts {
                skeleton_into(part, &mut folded);
            }
            engine
                .listing_terms
                .find_into(&folded, &mut scratch, |entry| {
                    hits.push(FieldHit { field, entry })
                });
        };
        find(TextField::Title, &mut std::iter::once(title.as_str()));
        find(
            TextField::Description,
            &mut std::iter::once(description.text.as_str()),
        );
        if let Some(brand) = &draft.brand {
            find(TextField::Brand, &mut std::iter::once(brand.as_str()));
        }
        for (i, attribute) in draft.attributes.iter().enumerate() {
            find(
                TextField::Attribute(i),
                &mut [attribute.name.as_str(), attribute.value.as_str()].into_iter(),
            );
        }
        for (i, property) in draft.variant_properties.iter().enumerate() {
            find(
                TextField::VariantValues(i),
                &mut std::iter::once(property.name.as_str())
                    .chain(property.values.iter().map(String::as_str)),
            );
        }
        let title_folded = folded_text(&title);
        let mut title_words = Vec::with_capacity(title_folded.len() / 2 + 1);
        sorted_words(&title_folded, &mut title_words);
        Prepared {
            draft,
            ctx,
            title_folded,
            title_words,
            title,
            description,
            hits,
            categories: engine.categories_on(&ctx.category_path).collect(),
        }
    }

    /// Hits in `field`.
    pub fn hits_in(&self, field: TextField) -> impl Iterator<Item = &FieldHit<'a>> {
        self.hits.iter().filter(move |h| h.field == field)
    }
}
