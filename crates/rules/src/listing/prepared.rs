//! The draft's texts, folded and matched once, shared by every listing rule.

use super::ListingContext;
use crate::{
    Engine,
    engine::ListingTerm,
    policy::CategoryPolicy,
    text::{
        fold::skeleton_into,
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
    /// The policy's rules for the categories on the draft's path, root first.
    pub categories: Vec<&'a CategoryPolicy>,
}

impl<'a> Prepared<'a> {
    pub fn new(engine: &'a Engine, draft: &'a ListingDraft, ctx: &'a ListingContext) -> Self {
        let title = collapse_whitespace(&draft.title);
        let description = html::scan(&draft.description);
        let mut fields = vec!["title".to_owned(), "description".to_owned()];
        let mut hits = Vec::new();
        // One folding buffer for every field; attribute names and values are folded as separate texts.
        let mut folded = Vec::with_capacity(draft.description.len() + 2);
        let mut find = |field: usize, parts: &[&str]| {
            folded.clear();
            for part in parts {
                skeleton_into(part, &mut folded);
            }
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
        };
        find(0, &[&title]);
        find(1, &[&description.text]);
        if let Some(brand) = &draft.brand {
            fields.push("brand".to_owned());
            find(fields.len() - 1, &[brand]);
        }
        for (i, attribute) in draft.attributes.iter().enumerate() {
            fields.push(format!("attributes[{i}].value"));
            find(fields.len() - 1, &[&attribute.name, &attribute.value]);
        }
        for (i, property) in draft.variant_properties.iter().enumerate() {
            let mut parts: Vec<&str> = vec![&property.name];
            parts.extend(property.values.iter().map(String::as_str));
            fields.push(format!("variant_properties[{i}].values"));
            find(fields.len() - 1, &parts);
        }
        Prepared {
            draft,
            ctx,
            title,
            description,
            fields,
            hits,
            categories: engine.categories_on(&ctx.category_path).collect(),
        }
    }

    /// Hits in the field at `path`.
    pub fn hits_in<'s>(&'s self, path: &'s str) -> impl Iterator<Item = &'s FieldHit<'a>> + 's {
        let index = self.fields.iter().position(|f| f == path);
        self.hits.iter().filter(move |h| Some(h.field) == index)
    }
}
