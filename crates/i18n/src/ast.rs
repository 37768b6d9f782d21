//! The parsed form of a Fluent resource: just the parts of Fluent 1.0 that Caravan's bundles use.

/// A message or term: `id = pattern` with optional `.attribute = pattern` lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The id, with a leading `-` for terms.
    pub id: String,
    /// The value; `None` for a message that only has attributes.
    pub value: Option<Pattern>,
    /// `.name = pattern` attributes.
    pub attributes: Vec<(String, Pattern)>,
}

/// A sequence of text and placeables.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pattern(pub Vec<Element>);

/// One piece of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    /// Literal text.
    Text(String),
    /// `{ … }`.
    Placeable(Expression),
}

/// What a placeable holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expression {
    /// A single value.
    Inline(Inline),
    /// `{ $selector -> [key] pattern *[other] pattern }`.
    Select {
        /// What is matched against the keys.
        selector: Inline,
        /// The variants in source order.
        variants: Vec<Variant>,
        /// Index of the `*` default variant.
        default: usize,
    },
}

/// A value inside a placeable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// `"text"`.
    String(String),
    /// `42`, `-1.5`, kept as written.
    Number(String),
    /// `$name`.
    Variable(String),
    /// `other-message` or `other-message.attribute`.
    Message(String, Option<String>),
    /// `-term` or `-term.attribute`.
    Term(String, Option<String>),
    /// `{ … }` nested.
    Placeable(Box<Expression>),
}

/// One `[key] pattern` line of a select expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// The key.
    pub key: VariantKey,
    /// The value.
    pub value: Pattern,
}

/// A variant key: a plural category or other name, or a number for an exact match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VariantKey {
    /// `[one]`, `[other]`, `[male]`.
    Identifier(String),
    /// `[0]`, `[1]`.
    Number(String),
}
