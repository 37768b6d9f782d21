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
        let mut texts: Vec<(String, String)> = vec![
            ("title".to_owned(), title.clone()),
            ("description".to_owned(), description.text.clone()),
        ];
        if let Some(brand) = &draft.brand {
            texts.push(("brand".to_owned(), brand.clone()));
        }
        for (i, attribute) in draft.attributes.iter().enumerate() {
            texts.push((
                format!("attributes[{i}].value"),
                format!("{} | {}", attribute.name, attribute.value),
            ));
        }
        for (i, property) in draft.variant_properties.iter().enumerate() {
            let mut text = property.name.clone();
            for value in &property.values {
                text.push_str(" | ");
                text.push_str(value);
            }
            texts.push((format!("variant_properties[{i}].values"), text));
        }
        let mut fields = Vec::with_capacity(texts.len());
        let mut hits = Vec::new();
        for (field, (path, text)) in texts.into_iter().enumerate() {
            fields.push(path);
            if text.is_empty() {
                continue;
            }
            let folded = skeleton(&text);
            hits.extend(
                engine
                    .listing_terms
                    .find(&folded)
                    .into_iter()
                    .map(|hit| FieldHit {
                        field,
                        entry: hit.entry,
                    }),
            );
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
