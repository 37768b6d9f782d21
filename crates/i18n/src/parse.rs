//! A parser for the subset of Fluent 1.0 syntax Caravan's bundles use: messages, terms, attributes, text with
//! multiline continuation, string and number literals, variables, message and term references, and select
//! expressions. Function calls (`NUMBER()`) are refused with an error rather than misread: numbers and dates
//! are formatted through the browser's `Intl` before they reach a message.

use crate::ast::{Element, Entry, Expression, Inline, Pattern, Variant, VariantKey};

/// Where and why a resource failed to parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {reason}")]
pub struct ParseError {
    /// 1-based line number.
    pub line: usize,
    /// What was wrong.
    pub reason: String,
}

/// Parses a whole `.ftl` resource into its entries.
pub fn parse_resource(source: &str) -> Result<Vec<Entry>, ParseError> {
    let normalised = source.replace("\r\n", "\n");
    let mut parser = Parser {
        src: &normalised,
        pos: 0,
    };
    let mut entries = Vec::new();
    while parser.pos < parser.src.len() {
        let line = parser.rest().split('\n').next().unwrap_or_default();
        if line.starts_with('#') || line.trim().is_empty() {
            parser.skip_line();
        } else if line.starts_with('-') || line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            entries.push(parser.entry()?);
        } else {
            return Err(parser.error("expected a message, a term or a comment"));
        }
    }
    Ok(entries)
}

struct Parser<'s> {
    src: &'s str,
    pos: usize,
}

impl Parser<'_> {
    fn rest(&self) -> &str {
        &self.src[self.pos..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn error(&self, reason: &str) -> ParseError {
        ParseError {
            line: self.src[..self.pos].matches('\n').count() + 1,
            reason: reason.to_owned(),
        }
    }

    fn expect(&mut self, c: char) -> Result<(), ParseError> {
        if self.peek() == Some(c) {
            self.pos += c.len_utf8();
            Ok(())
        } else {
            Err(self.error(&format!("expected `{c}`")))
        }
    }

    fn skip_line(&mut self) {
        match self.rest().find('\n') {
            Some(i) => self.pos += i + 1,
            None => self.pos = self.src.len(),
        }
    }

    fn skip_inline_blank(&mut self) {
        while self.peek() == Some(' ') {
            self.pos += 1;
        }
    }

    fn skip_blank(&mut self) {
        while matches!(self.peek(), Some(' ' | '\n')) {
            self.pos += 1;
        }
    }

    fn identifier(&mut self) -> Result<String, ParseError> {
        let start = self.pos;
        if !self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            return Err(self.error("expected an identifier"));
        }
        while self
            .peek()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            self.pos += 1;
        }
        Ok(self.src[start..self.pos].to_owned())
    }

    /// `id = pattern` plus attributes, up to the end of its last line.
    fn entry(&mut self) -> Result<Entry, ParseError> {
        let term = self.peek() == Some('-');
        if term {
            self.pos += 1;
        }
        let name = self.identifier()?;
        let id = if term { format!("-{name}") } else { name };
        self.skip_inline_blank();
        self.expect('=')?;
        let value = self.pattern()?;
        let mut attributes = Vec::new();
        while self.at_attribute() {
            self.skip_blank();
            self.expect('.')?;
            let name = self.identifier()?;
            self.skip_inline_blank();
            self.expect('=')?;
            attributes.push((name, self.pattern()?));
        }
        match self.peek() {
            None => {}
            Some('\n') => self.pos += 1,
            Some(_) => return Err(self.error("unexpected character after the message")),
        }
        let value = (!value.0.is_empty()).then_some(value);
        if value.is_none() && attributes.is_empty() {
            return Err(self.error(&format!("`{id}` has no value")));
        }
        if term && value.is_none() {
            return Err(self.error(&format!("term `{id}` needs a value")));
        }
        Ok(Entry {
            id,
            value,
            attributes,
        })
    }

    /// Whether the next line is an indented `.attribute`.
    fn at_attribute(&self) -> bool {
        let Some(rest) = self.rest().strip_prefix('\n') else {
            return false;
        };
        rest.starts_with(' ') && rest.trim_start_matches(' ').starts_with('.')
    }

    /// A pattern: text and placeables, continuing on indented lines that do not start a variant,
    /// an attribute or the end of a select expression.
    fn pattern(&mut self) -> Result<Pattern, ParseError> {
        let mut raw: Vec<Element> = Vec::new();
        let mut text = String::new();
        loop {
            match self.peek() {
                None | Some('}') => break,
                Some('{') => {
                    self.pos += 1;
                    if !text.is_empty() {
                        raw.push(Element::Text(std::mem::take(&mut text)));
                    }
                    raw.push(Element::Placeable(self.placeable_body()?));
                }
                Some('\n') => {
                    let next_line = self.rest()[1..].split('\n').next().unwrap_or_default();
                    let content = next_line.trim_start_matches(' ');
                    let continues = content.is_empty()
                        || (next_line.starts_with(' ')
                            && !content.starts_with(['[', '*', '.', '}']));
                    if !continues || self.rest().len() == 1 {
                        break;
                    }
                    text.push('\n');
                    self.pos += 1;
                }
                Some(c) => {
                    text.push(c);
                    self.pos += c.len_utf8();
                }
            }
        }
        if !text.is_empty() {
            raw.push(Element::Text(text));
        }
        // Blank lines that did not lead to more text belong to whoever comes next, not to this pattern.
        while self.src[..self.pos].ends_with('\n') {
            self.pos -= 1;
        }
        Ok(dedent(raw))
    }

    /// After `{`: an inline expression or a select expression, then `}`.
    fn placeable_body(&mut self) -> Result<Expression, ParseError> {
        self.skip_blank();
        let selector = self.inline()?;
        self.skip_blank();
        let expression = if self.rest().starts_with("->") {
            self.pos += 2;
            self.skip_inline_blank();
            if self.peek() != Some('\n') {
                return Err(self.error("variants start on the line after `->`"));
            }
            self.variants(selector)?
        } else {
            Expression::Inline(selector)
        };
        self.skip_blank();
        self.expect('}')?;
        Ok(expression)
    }

    fn variants(&mut self, selector: Inline) -> Result<Expression, ParseError> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            match self.peek() {
                Some('}') => break,
                Some('*') => {
                    if default.is_some() {
                        return Err(self.error("a select expression has one default variant"));
                    }
                    self.pos += 1;
                    default = Some(variants.len());
                }
                Some('[') => {}
                _ => return Err(self.error("expected a variant `[key]`")),
            }
            self.expect('[')?;
            self.skip_inline_blank();
            let key = if self.peek().is_some_and(|c| c.is_ascii_digit() || c == '-') {
                VariantKey::Number(self.number_literal()?)
            } else {
                VariantKey::Identifier(self.identifier()?)
            };
            self.skip_inline_blank();
            self.expect(']')?;
            self.skip_inline_blank();
            let value = self.pattern()?;
            variants.push(Variant { key, value });
        }
        let default = default
            .ok_or_else(|| self.error("a select expression needs a `*[default]` variant"))?;
        Ok(Expression::Select {
            selector,
            variants,
            default,
        })
    }

    fn number_literal(&mut self) -> Result<String, ParseError> {
        let start = self.pos;
        if self.peek() == Some('-') {
            self.pos += 1;
        }
        let digits = |p: &mut Self| {
            let s = p.pos;
            while p.peek().is_some_and(|c| c.is_ascii_digit()) {
                p.pos += 1;
            }
            p.pos > s
        };
        if !digits(self) {
            return Err(self.error("expected a number"));
        }
        if self.peek() == Some('.') {
            self.pos += 1;
            if !digits(self) {
                return Err(self.error("expected digits after `.`"));
            }
        }
        Ok(self.src[start..self.pos].to_owned())
    }

    fn attribute_accessor(&mut self) -> Result<Option<String>, ParseError> {
        if self.peek() == Some('.') {
            self.pos += 1;
            Ok(Some(self.identifier()?))
        } else {
            Ok(None)
        }
    }

    fn inline(&mut self) -> Result<Inline, ParseError> {
        match self.peek() {
            Some('"') => {
                self.pos += 1;
                let mut value = String::new();
                loop {
                    match self.bump() {
                        Some('"') => break,
                        Some('\\') => match self.bump() {
                            Some('\\') => value.push('\\'),
                            Some('"') => value.push('"'),
                            Some('u') => value.push(self.unicode_escape(4)?),
                            Some('U') => value.push(self.unicode_escape(6)?),
                            _ => return Err(self.error("unknown escape sequence")),
                        },
                        Some('\n') | None => return Err(self.error("unterminated string literal")),
                        Some(c) => value.push(c),
                    }
                }
                Ok(Inline::String(value))
            }
            Some('$') => {
                self.pos += 1;
                Ok(Inline::Variable(self.identifier()?))
            }
            Some('{') => {
                self.pos += 1;
                Ok(Inline::Placeable(Box::new(self.placeable_body()?)))
            }
            Some('-') if !self.rest()[1..].starts_with(|c: char| c.is_ascii_digit()) => {
                self.pos += 1;
                let name = format!("-{}", self.identifier()?);
                let attribute = self.attribute_accessor()?;
                if self.peek() == Some('(') {
                    return Err(self.error("term arguments are not supported"));
                }
                Ok(Inline::Term(name, attribute))
            }
            Some(c) if c.is_ascii_digit() || c == '-' => Ok(Inline::Number(self.number_literal()?)),
            Some(c) if c.is_ascii_alphabetic() => {
                let name = self.identifier()?;
                if self.peek() == Some('(') {
                    return Err(self.error(&format!(
                        "function `{name}()` is not supported: format values with Intl before passing them"
                    )));
                }
                let attribute = self.attribute_accessor()?;
                Ok(Inline::Message(name, attribute))
            }
            _ => Err(self.error("expected an expression")),
        }
    }

    fn unicode_escape(&mut self, len: usize) -> Result<char, ParseError> {
        let hex = self
            .rest()
            .get(..len)
            .ok_or_else(|| self.error("short unicode escape"))?;
        let c = u32::from_str_radix(hex, 16)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| self.error("invalid unicode escape"))?;
        self.pos += len;
        Ok(c)
    }
}

/// Applies Fluent's whitespace rules to a parsed pattern: the common indentation of continuation lines is
/// removed, leading blank space of a block pattern and trailing blank space of the pattern are dropped.
fn dedent(raw: Vec<Element>) -> Pattern {
    // The smallest indentation of any continuation line that carries text or starts a placeable.
    let mut common: Option<usize> = None;
    for (index, element) in raw.iter().enumerate() {
        let Element::Text(text) = element else {
            continue;
        };
        let lines: Vec<&str> = text.split('\n').collect();
        for (line_no, line) in lines.iter().enumerate().skip(1) {
            let content = line.trim_start_matches(' ');
            let is_last = line_no == lines.len() - 1;
            let counts = !content.is_empty() || (is_last && index + 1 < raw.len());
            if counts {
                let indent = line.len() - content.len();
                common = Some(common.map_or(indent, |c| c.min(indent)));
            }
        }
    }
    let common = common.unwrap_or(0);
    let mut elements: Vec<Element> = raw
        .into_iter()
        .map(|element| match element {
            Element::Text(text) => {
                let mut out = String::with_capacity(text.len());
                for (line_no, line) in text.split('\n').enumerate() {
                    if line_no == 0 {
                        out.push_str(line);
                    } else {
                        out.push('\n');
                        let indent = line.len() - line.trim_start_matches(' ').len();
                        out.push_str(&line[indent.min(common)..]);
                    }
                }
                Element::Text(out)
            }
            placeable => placeable,
        })
        .collect();
    if let Some(Element::Text(first)) = elements.first_mut() {
        *first = first.trim_start_matches([' ', '\n']).to_owned();
    }
    if let Some(Element::Text(last)) = elements.last_mut() {
        *last = last.trim_end_matches([' ', '\n']).to_owned();
    }
    elements.retain(|e| !matches!(e, Element::Text(t) if t.is_empty()));
    Pattern(elements)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(source: &str) -> Pattern {
        parse_resource(source).unwrap()[0].value.clone().unwrap()
    }

    #[test]
    fn simple_and_multiline_text() {
        assert_eq!(value("a = Hello\n").0, vec![Element::Text("Hello".into())]);
        assert_eq!(
            value("a =\n    One\n      two\n    three\n").0,
            vec![Element::Text("One\n  two\nthree".into())]
        );
    }

    #[test]
    fn select_with_default() {
        let p = value("a =\n    { $n ->\n        [one] One\n       *[other] { $n } items\n    }\n");
        let Element::Placeable(Expression::Select {
            variants, default, ..
        }) = &p.0[0]
        else {
            panic!("{p:?}")
        };
        assert_eq!(*default, 1);
        assert_eq!(variants[0].value.0, vec![Element::Text("One".into())]);
        assert_eq!(variants[1].value.0.len(), 2);
    }

    #[test]
    fn functions_and_junk_are_refused() {
        assert!(parse_resource("a = { NUMBER($n) }\n").is_err());
        assert!(parse_resource("  indented = junk\n").is_err());
        assert!(
            parse_resource("a = { $n ->\n [one] x\n}\n").is_err(),
            "no default variant"
        );
        assert_eq!(parse_resource("a = {\n").unwrap_err().line, 2);
    }

    #[test]
    fn comments_attributes_terms() {
        let entries =
            parse_resource("# c\n-brand = Caravan\nb = Hi { -brand }\n    .title = T\n").unwrap();
        assert_eq!(entries[0].id, "-brand");
        assert_eq!(entries[1].attributes[0].0, "title");
    }
}
