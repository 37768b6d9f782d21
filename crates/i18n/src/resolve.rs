//! Turning a parsed pattern and arguments into text.

use crate::{
    Arg, LocaleRules,
    ast::{Element, Entry, Expression, Inline, Pattern, VariantKey},
};
use std::collections::HashMap;

/// How deep message and term references may nest; deeper means a cycle.
const MAX_DEPTH: usize = 12;

/// What went wrong while formatting; the text is still produced, with the failed part shown as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveError {
    /// `$name` was not passed.
    MissingArgument(String),
    /// A referenced message or term does not exist (or lacks the attribute).
    MissingReference(String),
    /// References nest too deep.
    TooDeep,
}

/// Entries of one locale by id (terms keep their leading `-`).
pub type Entries = HashMap<String, Entry>;

/// Formatting state for one message.
pub struct Resolver<'a> {
    pub entries: &'a Entries,
    pub args: &'a [(&'a str, Arg<'a>)],
    pub rules: &'a dyn LocaleRules,
    pub errors: Vec<ResolveError>,
}

impl Resolver<'_> {
    /// Appends the text of `pattern` to `out`.
    pub fn pattern(&mut self, pattern: &Pattern, out: &mut String, depth: usize) {
        if depth > MAX_DEPTH {
            self.errors.push(ResolveError::TooDeep);
            return;
        }
        for element in &pattern.0 {
            match element {
                Element::Text(text) => out.push_str(text),
                Element::Placeable(expression) => self.expression(expression, out, depth),
            }
        }
    }

    fn expression(&mut self, expression: &Expression, out: &mut String, depth: usize) {
        match expression {
            Expression::Inline(inline) => self.inline(inline, out, depth),
            Expression::Select {
                selector,
                variants,
                default,
            } => {
                let chosen = self.select(selector, variants, *default);
                self.pattern(&variants[chosen].value, out, depth + 1);
            }
        }
    }

    /// Index of the variant a selector picks: exact number, then plural category or string, then default.
    fn select(
        &mut self,
        selector: &Inline,
        variants: &[crate::ast::Variant],
        default: usize,
    ) -> usize {
        let key_matches =
            |pred: &dyn Fn(&VariantKey) -> bool| variants.iter().position(|v| pred(&v.key));
        let found = match selector {
            Inline::Variable(name) => {
                match self.argument(name) {
                    Some(Arg::Number(n)) => {
                        let n = *n;
                        key_matches(&|k| matches!(k, VariantKey::Number(lit) if lit.parse::<i64>() == Ok(n)))
                        .or_else(|| {
                            let category = self.rules.plural_category(n);
                            key_matches(&|k| matches!(k, VariantKey::Identifier(id) if id == category))
                        })
                    }
                    Some(Arg::Text(text)) => {
                        let text = text.clone();
                        key_matches(&|k| matches!(k, VariantKey::Identifier(id) if *id == *text))
                    }
                    None => {
                        self.errors
                            .push(ResolveError::MissingArgument(name.clone()));
                        None
                    }
                }
            }
            Inline::Number(lit) => {
                key_matches(&|k| matches!(k, VariantKey::Number(key) if key == lit)).or_else(|| {
                    let n = lit.parse::<i64>().ok()?;
                    let category = self.rules.plural_category(n);
                    key_matches(&|k| matches!(k, VariantKey::Identifier(id) if id == category))
                })
            }
            Inline::String(text) => {
                key_matches(&|k| matches!(k, VariantKey::Identifier(id) if id == text))
            }
            other => {
                let mut text = String::new();
                self.inline(other, &mut text, 0);
                key_matches(&|k| matches!(k, VariantKey::Identifier(id) if *id == text))
            }
        };
        found.unwrap_or(default)
    }

    fn argument(&self, name: &str) -> Option<&Arg<'_>> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    fn inline(&mut self, inline: &Inline, out: &mut String, depth: usize) {
        match inline {
            Inline::String(text) | Inline::Number(text) => out.push_str(text),
            Inline::Variable(name) => match self.argument(name) {
                Some(Arg::Number(n)) => out.push_str(&self.rules.format_integer(*n)),
                Some(Arg::Text(text)) => out.push_str(text),
                None => {
                    self.errors
                        .push(ResolveError::MissingArgument(name.clone()));
                    out.push_str(&format!("{{${name}}}"));
                }
            },
            Inline::Message(id, attribute) | Inline::Term(id, attribute) => {
                let pattern = self.entries.get(id).and_then(|entry| match attribute {
                    None => entry.value.as_ref(),
                    Some(attr) => entry
                        .attributes
                        .iter()
                        .find(|(n, _)| n == attr)
                        .map(|(_, p)| p),
                });
                match pattern {
                    Some(pattern) => self.pattern(pattern, out, depth + 1),
                    None => {
                        self.errors.push(ResolveError::MissingReference(id.clone()));
                        out.push_str(&format!("{{{id}}}"));
                    }
                }
            }
            Inline::Placeable(expression) => self.expression(expression, out, depth + 1),
        }
    }
}
