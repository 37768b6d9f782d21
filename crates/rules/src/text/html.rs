//! Rich-text descriptions (LST-15): one small tolerant HTML tokenizer, used both to scan a description for
//! what the sanitiser would remove and to produce the sanitised HTML.
//!
//! Scripts, frames, forms, styles and event attributes are removed; links may point only to the platform.

use std::borrow::Cow;

/// Elements removed together with their content.
const DROPPED: [&str; 14] = [
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "form", "input", "button",
    "select", "textarea", "noscript", "template",
];
/// Elements whose content is raw text up to the matching end tag.
const RAW_TEXT: [&str; 5] = ["script", "style", "textarea", "noscript", "iframe"];
/// Elements without an end tag.
const VOID: [&str; 9] = [
    "br", "hr", "img", "input", "embed", "frame", "meta", "link", "wbr",
];
/// Elements the sanitised description keeps; others are unwrapped (their text stays).
const KEPT: [&str; 29] = [
    "p",
    "br",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "s",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "span",
    "div",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "img",
    "a",
    "hr",
];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Event<'a> {
    Text(&'a str),
    Start {
        name: Cow<'a, str>,
        attrs: Vec<(Cow<'a, str>, Cow<'a, str>)>,
        self_closing: bool,
    },
    End(Cow<'a, str>),
}

/// `text` in ASCII lower case, borrowed when it is already (tag and attribute names usually are).
fn ascii_lower(text: &str) -> Cow<'_, str> {
    if text.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(text.to_ascii_lowercase())
    } else {
        Cow::Borrowed(text)
    }
}

/// Splits HTML into text, start tags and end tags. Comments, doctypes and the raw content of scripts and
/// styles are consumed (the raw content is reported as nothing: it is never shown).
fn tokenize(html: &str) -> Vec<Event<'_>> {
    let bytes = html.as_bytes();
    let mut events = Vec::new();
    let mut i = 0;
    let mut text_start = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i = html[i..].find('<').map_or(bytes.len(), |at| i + at);
            continue;
        }
        let rest = &html[i..];
        let is_tag = rest[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!' || c == '?');
        if !is_tag {
            i += 1;
            continue;
        }
        if text_start < i {
            events.push(Event::Text(&html[text_start..i]));
        }
        if rest.starts_with("<!--") {
            i += rest.find("-->").map_or(rest.len(), |end| end + 3);
            text_start = i;
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i += rest.find('>').map_or(rest.len(), |end| end + 1);
            text_start = i;
            continue;
        }
        let (event, consumed) = parse_tag(rest);
        i += consumed;
        if let Event::Start {
            name, self_closing, ..
        } = &event
            && !self_closing
            && RAW_TEXT.contains(&&**name)
        {
            // Skip to the end tag without interpreting the content.
            let close = format!("</{name}");
            let lower = html[i..].to_ascii_lowercase();
            let skip = lower.find(&close).unwrap_or(lower.len());
            let name = name.clone();
            events.push(event);
            i += skip;
            if i < bytes.len() {
                i += html[i..].find('>').map_or(html.len() - i, |end| end + 1);
            }
            events.push(Event::End(name));
            text_start = i;
            continue;
        }
        events.push(event);
        text_start = i;
    }
    if text_start < bytes.len() {
        events.push(Event::Text(&html[text_start..]));
    }
    events
}

/// Parses one tag at the start of `rest` (which starts with `<`). Returns the event and the bytes used.
fn parse_tag(rest: &str) -> (Event<'_>, usize) {
    let bytes = rest.as_bytes();
    let mut i = 1;
    let closing = bytes.get(1) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_len = bytes[i..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
        .count();
    let name = ascii_lower(&rest[i..i + name_len]);
    i += name_len;
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            self_closing = bytes[i] == b'/';
            i += 1;
        }
        if i >= bytes.len() {
            break;
        }
        if bytes[i] == b'>' {
            i += 1;
            break;
        }
        self_closing = false;
        let attr_len = bytes[i..]
            .iter()
            .take_while(|b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/'))
            .count()
            .max(1);
        let attr = ascii_lower(&rest[i..i + attr_len]);
        i += attr_len;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = Cow::Borrowed("");
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            match bytes.get(i) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let len = bytes[i + 1..]
                        .iter()
                        .position(|&b| b == quote)
                        .unwrap_or(bytes.len() - i - 1);
                    value = decode_entities(&rest[i + 1..i + 1 + len]);
                    i = (i + 2 + len).min(bytes.len());
                }
                _ => {
                    let len = bytes[i..]
                        .iter()
                        .take_while(|b| !b.is_ascii_whitespace() && **b != b'>')
                        .count();
                    value = decode_entities(&rest[i..i + len]);
                    i += len;
                }
            }
        }
        attrs.push((attr, value));
    }
    let event = if closing {
        Event::End(name)
    } else {
        Event::Start {
            name,
            attrs,
            self_closing,
        }
    };
    (event, i)
}

/// Decodes the character references a description plausibly contains.
pub(crate) fn decode_entities(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '#')
            .map(|e| e + 1);
        let decoded = match end {
            Some(end) if rest.as_bytes()[end] == b';' => {
                let name = &rest[1..end];
                let c = match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    "nbsp" => Some('\u{a0}'),
                    _ => name.strip_prefix('#').and_then(|num| {
                        let code = match num.strip_prefix(['x', 'X']) {
                            Some(hex) => u32::from_str_radix(hex, 16).ok(),
                            None => num.parse().ok(),
                        };
                        code.and_then(char::from_u32)
                    }),
                };
                c.map(|c| (c, end + 1))
            }
            _ => None,
        };
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// What scanning a description found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct HtmlScan {
    /// The visible text (and image alt texts), entities decoded, tags replaced by spaces, in the
    /// scanners' form (see [`super::words::scannable`]).
    pub text: String,
    /// What the sanitiser removes that the seller should know about: element names (`script`), event
    /// attributes (`onclick`), `style`, `javascript-url`. Sorted, without duplicates.
    pub removed: Vec<String>,
    /// URLs of links and images (`href`, `src`).
    pub urls: Vec<String>,
}

/// Scans a description (see [`HtmlScan`]).
pub(crate) fn scan(html: &str) -> HtmlScan {
    let mut scan = HtmlScan {
        text: String::with_capacity(html.len()),
        ..HtmlScan::default()
    };
    let mut skipping: Option<(Cow<'_, str>, usize)> = None;
    for event in tokenize(html) {
        if let Some((name, depth)) = &mut skipping {
            match &event {
                Event::Start {
                    name: n,
                    self_closing: false,
                    ..
                } if n == name => *depth += 1,
                Event::End(n) if n == name => {
                    *depth -= 1;
                    if *depth == 0 {
                        skipping = None;
                    }
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Text(text) => {
                super::words::push_collapsed(&mut scan.text, &decode_entities(text))
            }
            Event::Start {
                name,
                attrs,
                self_closing,
            } => {
                super::words::push_collapsed(&mut scan.text, " ");
                if DROPPED.contains(&&*name) {
                    scan.removed.push(name.clone().into_owned());
                    if !self_closing && !VOID.contains(&&*name) {
                        skipping = Some((name, 1));
                    }
                    continue;
                }
                for (attr, value) in attrs {
                    if attr.starts_with("on") || attr == "style" {
                        scan.removed.push(attr.into_owned());
                    } else if attr == "href" || attr == "src" {
                        if is_script_url(&value) {
                            scan.removed.push("javascript-url".to_owned());
                        } else {
                            scan.urls.push(value.into_owned());
                        }
                    } else if attr == "alt" || attr == "title" {
                        super::words::push_collapsed(&mut scan.text, &value);
                        super::words::push_collapsed(&mut scan.text, " ");
                    }
                }
            }
            Event::End(_) => super::words::push_collapsed(&mut scan.text, " "),
        }
    }
    crate::sort::sort(&mut scan.removed);
    scan.removed.dedup();
    if scan.text.ends_with(' ') {
        scan.text.pop();
    }
    if !scan.text.is_ascii() {
        // NFKC can turn characters into spaces (U+3000), so collapse once more after it.
        scan.text = super::words::scannable(&scan.text).into_owned();
    }
    scan
}

fn is_script_url(url: &str) -> bool {
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take(11)
        .collect::<String>()
        .to_ascii_lowercase();
    squeezed.starts_with("javascript:") || squeezed.starts_with("vbscript:")
}

/// The host a URL points to: `None` for a relative URL (which stays on the platform), `Some("")` for a
/// scheme without a host (`mailto:`, `data:`), which never counts as the platform.
pub(crate) fn url_host(url: &str) -> Option<String> {
    let url = url.trim();
    let after_scheme = if let Some(rest) = url.strip_prefix("//") {
        rest
    } else if let Some((scheme, rest)) = url.split_once(':')
        && !scheme.is_empty()
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    {
        match rest.strip_prefix("//") {
            Some(rest) => rest,
            None => return Some(String::new()),
        }
    } else {
        return None;
    };
    let authority = after_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    Some(host.trim_end_matches('.').to_ascii_lowercase())
}

/// Whether `url` stays on the platform: relative, or on one of `platform_hosts` or a subdomain of one.
pub(crate) fn is_platform_url(url: &str, platform_hosts: &[String]) -> bool {
    match url_host(url) {
        None => true,
        Some(host) => is_platform_host(&host, platform_hosts),
    }
}

/// Whether `host` is one of `platform_hosts` or a subdomain of one.
pub(crate) fn is_platform_host(host: &str, platform_hosts: &[String]) -> bool {
    !host.is_empty()
        && platform_hosts.iter().any(|platform| {
            host == platform
                || host
                    .strip_suffix(platform.as_str())
                    .is_some_and(|sub| sub.ends_with('.'))
        })
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
}

/// The description as it is stored and shown (LST-15): only simple formatting elements, no scripts,
/// frames, forms, styles or event attributes, links and images only to `platform_hosts`, every open element
/// closed.
pub fn sanitize_description(html: &str, platform_hosts: &[String]) -> String {
    let mut out = String::with_capacity(html.len());
    let mut open: Vec<String> = Vec::new();
    let mut skipping: Option<(Cow<'_, str>, usize)> = None;
    for event in tokenize(html) {
        if let Some((name, depth)) = &mut skipping {
            match &event {
                Event::Start {
                    name: n,
                    self_closing: false,
                    ..
                } if n == name => *depth += 1,
                Event::End(n) if n == name => {
                    *depth -= 1;
                    if *depth == 0 {
                        skipping = None;
                    }
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Text(text) => escape_into(&mut out, &decode_entities(text)),
            Event::Start {
                name,
                attrs,
                self_closing,
            } => {
                if DROPPED.contains(&&*name) {
                    if !self_closing && !VOID.contains(&&*name) {
                        skipping = Some((name, 1));
                    }
                    continue;
                }
                if !KEPT.contains(&&*name) {
                    continue;
                }
                let kept_attrs: Vec<(Cow<'_, str>, Cow<'_, str>)> = attrs
                    .into_iter()
                    .filter(|(attr, value)| match (&*name, &**attr) {
                        ("a", "href") | ("img", "src") => {
                            !is_script_url(value) && is_platform_url(value, platform_hosts)
                        }
                        ("a", "title") | ("img", "alt" | "width" | "height") => true,
                        ("td" | "th", "colspan" | "rowspan") => true,
                        _ => false,
                    })
                    .collect();
                // A link that may not stay a link keeps its text; an image without a source is dropped.
                let has = |a: &str| kept_attrs.iter().any(|(k, _)| k == a);
                if (name == "a" && !has("href")) || (name == "img" && !has("src")) {
                    continue;
                }
                out.push('<');
                out.push_str(&name);
                for (attr, value) in &kept_attrs {
                    out.push(' ');
                    out.push_str(attr);
                    out.push_str("=\"");
                    escape_into(&mut out, value);
                    out.push('"');
                }
                out.push('>');
                if !VOID.contains(&&*name) {
                    open.push(name.into_owned());
                }
            }
            Event::End(name) => {
                if let Some(at) = open.iter().rposition(|n| *n == name) {
                    for closed in open.drain(at..).rev() {
                        out.push_str("</");
                        out.push_str(&closed);
                        out.push('>');
                    }
                }
            }
        }
    }
    for closed in open.into_iter().rev() {
        out.push_str("</");
        out.push_str(&closed);
        out.push('>');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hosts() -> Vec<String> {
        vec!["caravan.example".to_owned()]
    }

    #[test]
    fn scan_finds_what_the_sanitiser_removes() {
        let scan = scan(
            "<p onclick=\"x()\" style='color:red'>Soft &amp; warm</p><script>alert('gun')</script>\
             <iframe src=\"https://evil.example\"></iframe><a href=\"javascript:alert(1)\">x</a>\
             <img src=\"https://cdn.caravan.example/a.jpg\" alt=\"blue scarf\">",
        );
        assert_eq!(
            scan.removed,
            ["iframe", "javascript-url", "onclick", "script", "style"]
        );
        assert!(scan.text.contains("Soft & warm"));
        assert!(scan.text.contains("blue scarf"));
        assert!(!scan.text.contains("gun"));
        assert_eq!(scan.urls, ["https://cdn.caravan.example/a.jpg"]);
    }

    #[test]
    fn sanitised_html_keeps_formatting_only() {
        let html = "<p class=x onclick=go()>Hi <b>there</b><script>bad()</script>\
                    <a href=\"https://other.example/x\">out</a> <a href=\"/item/2\">in</a>\
                    <form><input name=q></form><ul><li>one";
        assert_eq!(
            sanitize_description(html, &hosts()),
            "<p>Hi <b>there</b>out <a href=\"/item/2\">in</a><ul><li>one</li></ul></p>"
        );
    }

    #[test]
    fn urls_and_hosts() {
        assert_eq!(url_host("/item/1"), None);
        assert_eq!(
            url_host("HTTPS://Shop.Caravan.Example:443/x").as_deref(),
            Some("shop.caravan.example")
        );
        assert_eq!(url_host("mailto:a@b.com").as_deref(), Some(""));
        assert!(is_platform_url("https://caravan.example/", &hosts()));
        assert!(is_platform_url("//img.caravan.example/a.png", &hosts()));
        assert!(!is_platform_url("https://notcaravan.example/", &hosts()));
        assert!(!is_platform_url(
            "https://caravan.example.evil.com/",
            &hosts()
        ));
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("g&#117;n &lt;3 &unknown; &"),
            "gun <3 &unknown; &"
        );
        assert_eq!(decode_entities("&#x67;un"), "gun");
    }
}
