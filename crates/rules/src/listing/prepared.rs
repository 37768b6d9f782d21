//! The draft's texts, folded and matched once, shared by every listing rule.

use super::ListingContext;
use crate::{
    Engine,
    engine::ListingTerm,
    text::{
        fold::skeleton,
        html::{self, HtmlScan},
        matcher::Entry,
        words::collapse_whitespace,
    },
};
use caravan_types::listing_draft::ListingDraft;

/// A term found in one field of the draft.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FieldHit<'e> {
    /// Index into [`Prepared::fields`].
    pub field: usize,
    pub entry: &'e Entry<ListingTerm>,
}

/// A draft prepared for checking.
#[derive(Debug)]
pub(crate) struct Prepared<'a> {
    pub draft: &'a ListingDraft,
    pub ctx: &'a ListingContext,
    /// The title, trimmed and whitespace-collapsed.
    pub title: String,
    /// What scanning the description's HTML found.
    pub description: HtmlScan,
    /// Paths of the fields whose text is matched: `title`, `description`, `brand`, `attributes[i].value`,
    /// `variant_properties[i].values`.
    pub fields: Vec<String>,
    /// Terms found, in field order then position.
    pub hits: Vec<FieldHit<'a>>,
}

impl<'a> Prepared<'a> {
    pub fn new(engine: &'a Engine, draft: &'a ListingDraft, ctx: &'a ListingContext) -> Self {
        let title = collapse_whitespace(&draft.title);
        let description = html::scan(&draft.description);
        let mut fields = vec!["title".to_owned(), "description".to_owned()];
        let mut hits = Vec::new();
        let mut find =
            |field: usize, text: &str| {
                if !text.is_empty() {
                    let folded = skeleton(text);
                    hits.extend(engine.listing_terms.find(&folded).into_iter().map(|hit| {
                        FieldHit {
                            field,
                            entry: hit.entry,
                        }
                    }));
                }
            };
        find(0, &title);
        find(1, &description.text);
        if let Some(brand) = &draft.brand {
            fields.push("brand".to_owned());
            find(fields.len() - 1, brand);
        }
        for (i, attribute) in draft.attributes.iter().enumerate() {
            fields.push(format!("attributes[{i}].value"));
            find(
                fields.len() - 1,
                &format!("{} | {}", attribute.name, attribute.value),
            );
        }
        for (i, property) in draft.variant_properties.iter().enumerate() {
            let mut text = property.name.clone();
            for value in &property.values {
                text.push_str(" | ");
                text.push_str(value);
            }
            fields.push(format!("variant_properties[{i}].values"));
            find(fields.len() - 1, &text);
        }
        Prepared {
            draft,
            ctx,
            title,
            description,
            fields,
            hits,
        }
    }

    /// Hits in the field at `path`.
    pub fn hits_in<'s>(&'s self, path: &'s str) -> impl Iterator<Item = &'s FieldHit<'a>> + 's {
        let index = self.fields.iter().position(|f| f == path);
        self.hits.iter().filter(move |h| Some(h.field) == index)
    }
}
