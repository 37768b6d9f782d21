//! Hand-written scanners for contact details, links and price claims. No regex engine: it would cost the
//! browser bundle more than the rest of the crate, and these shapes are simple enough to scan by hand.

/// What kind of off-platform contact a text contains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum ContactKind {
    /// An e-mail address.
    Email,
    /// A phone number.
    Phone,
    /// A link (`http://`, `www.` or a bare domain).
    Link,
}

impl ContactKind {
    /// The stable name used as a verdict argument.
    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Email => "email",
            ContactKind::Phone => "phone",
            ContactKind::Link => "link",
        }
    }
}

/// A link found in plain text, with its host when it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundLink {
    pub host: String,
}

fn is_host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'.'
}

fn is_local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// Whether `host` ends in a dot and one of `tlds`, with a non-empty label before it.
fn has_known_tld(host: &str, tlds: &[String]) -> bool {
    let Some((name, tld)) = host.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && !name.ends_with('.')
        && tlds.iter().any(|known| known.eq_ignore_ascii_case(tld))
}

/// E-mail addresses in `text`: a local part, `@`, and a host with a dot and two or more letters after it.
pub(crate) fn has_email(text: &str) -> bool {
    let bytes = text.as_bytes();
    text.match_indices('@').any(|(at, _)| {
        if at == 0 || !is_local_byte(bytes[at - 1]) {
            return false;
        }
        let host_len = bytes[at + 1..]
            .iter()
            .take_while(|&&b| is_host_byte(b))
            .count();
        let host = text[at + 1..at + 1 + host_len].trim_end_matches('.');
        match host.rsplit_once('.') {
            Some((name, tld)) => {
                !name.is_empty() && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())
            }
            None => false,
        }
    })
}

/// Links in `text`: `scheme://host`, `www.host`, or a bare `name.tld` with a TLD from the policy list.
///
/// Every link has a dot or `://`, so the scan jumps from one `.` or `:` to the next and widens each to
/// its run of host characters, instead of walking every word.
pub(crate) fn find_links(text: &str, tlds: &[String]) -> Vec<FoundLink> {
    let bytes = text.as_bytes();
    let mut links = Vec::new();
    let mut done = 0; // bytes before this are already examined
    while let Some(at) = super::bytes::find_either(bytes, done, b'.', b':') {
        let mut start = at;
        while start > 0 && is_host_byte(bytes[start - 1]) {
            start -= 1;
        }
        let mut end = at;
        while end < bytes.len() && is_host_byte(bytes[end]) {
            end += 1;
        }
        done = end.max(at + 1);
        if start > 0 && bytes[start - 1] == b'@' {
            continue; // the domain of an e-mail address, reported as an e-mail
        }
        if bytes[end..].starts_with(b"://") && start < end {
            let host_start = end + 3;
            let mut host_end = host_start;
            while host_end < bytes.len() && is_host_byte(bytes[host_end]) {
                host_end += 1;
            }
            done = host_end;
            let host = text[host_start..host_end].trim_end_matches('.');
            links.push(FoundLink {
                host: host.to_ascii_lowercase(),
            });
            continue;
        }
        let host = text[start..end].trim_end_matches('.');
        let www = host.len() > 4 && host[..4].eq_ignore_ascii_case("www.");
        if host.contains('.') && (www || has_known_tld(host, tlds)) {
            links.push(FoundLink {
                host: host.to_ascii_lowercase(),
            });
        }
    }
    links
}

/// Phone numbers in `text`: nine to fifteen digits in at most four groups (five after a leading `+`),
/// separated by single spaces, dashes, dots or brackets, and not running on into a letter (which makes it
/// a measurement such as `1800W`).
pub(crate) fn has_phone(text: &str) -> bool {
    let bytes = text.as_bytes();
    if !super::bytes::has_digits(bytes, 9) {
        return false;
    }
    let mut i = 0;
    while i < bytes.len() {
        let plus = bytes[i] == b'+';
        let starts = plus || bytes[i].is_ascii_digit() || bytes[i] == b'(';
        if !starts || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut j = if plus { i + 1 } else { i };
        let (mut digits, mut groups, mut in_group, mut last_sep) = (0, 0, false, false);
        while j < bytes.len() {
            let b = bytes[j];
            if b.is_ascii_digit() {
                digits += 1;
                if !in_group {
                    groups += 1;
                    in_group = true;
                }
                last_sep = false;
            } else if b.is_ascii_whitespace() && last_sep && bytes[j - 1].is_ascii_whitespace() {
                // A run of spaces is one separator: re-spacing a number does not hide it.
            } else if (b.is_ascii_whitespace() || matches!(b, b'-' | b'.' | b'(' | b')'))
                && !last_sep
            {
                in_group = false;
                last_sep = b != b'(' && b != b')';
            } else {
                break;
            }
            j += 1;
        }
        let runs_into_letter = j < bytes.len() && bytes[j].is_ascii_alphabetic() && in_group;
        let max_groups = if plus { 5 } else { 4 };
        if (9..=15).contains(&digits) && groups <= max_groups && !runs_into_letter {
            return true;
        }
        i = j.max(i + 1);
    }
    false
}

/// A price claim: a currency sign next to a number (`$9.99`, `9.99€`, `₽500`) or a percentage followed by
/// `off` (`50% off`). Returns the claim as written, for the verdict.
pub(crate) fn find_price_claim(text: &str) -> Option<String> {
    const SIGNS: [char; 7] = ['$', '€', '£', '¥', '₽', '₩', '₹'];
    // Every claim has `$`, `%` or a non-ASCII sign: most texts have none of them.
    if !text
        .bytes()
        .any(|b| b == b'$' || b == b'%' || !b.is_ascii())
    {
        return None;
    }
    // Digits, `.` and `,` are ASCII, so the number around a sign is found byte by byte (an ASCII byte is
    // always a whole character).
    let bytes = text.as_bytes();
    let is_num = |b: u8| b.is_ascii_digit() || b == b'.' || b == b',';
    for (at, c) in text.char_indices() {
        let prev_digit = at > 0 && bytes[at - 1].is_ascii_digit();
        if SIGNS.contains(&c) {
            let after = at + c.len_utf8();
            let next_digit = bytes.get(after).is_some_and(u8::is_ascii_digit);
            if next_digit || prev_digit {
                let mut start = at;
                while prev_digit && start > 0 && is_num(bytes[start - 1]) {
                    start -= 1;
                }
                let mut end = after;
                while next_digit && end < bytes.len() && is_num(bytes[end]) {
                    end += 1;
                }
                return Some(text[start..end].trim_end_matches(['.', ',']).to_owned());
            }
        }
        if c == '%' && prev_digit {
            let rest = text[at + 1..].trim_start();
            let word = rest
                .find(|c: char| !c.is_alphabetic())
                .map_or(rest, |end| &rest[..end]);
            if word.chars().flat_map(super::case::lower).eq("off".chars()) {
                return Some("% off".to_owned());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tlds() -> Vec<String> {
        ["com", "ru", "net", "shop"]
            .into_iter()
            .map(String::from)
            .collect()
    }

    #[test]
    fn emails() {
        assert!(has_email("write to joe.b@example.com today"));
        assert!(!has_email("@handle or a@b or 5@home"));
    }

    #[test]
    fn links() {
        let hosts = |t: &str| -> Vec<String> {
            find_links(t, &tlds()).into_iter().map(|l| l.host).collect()
        };
        assert_eq!(
            hosts("see https://Shop.Example.org/x"),
            ["shop.example.org"]
        );
        assert_eq!(
            hosts("www.cheap.biz and mystore.ru."),
            ["www.cheap.biz", "mystore.ru"]
        );
        assert!(hosts("Vol.2, e.g. 3.5mm, 1.com-pact").is_empty());
        assert!(hosts("mail joe@example.com").is_empty());
    }

    #[test]
    fn phones() {
        assert!(has_phone("call +7 916 123-45-67"));
        assert!(has_phone("tel (495) 123-4567 now"));
        assert!(has_phone("8 916 1234567"));
        assert!(has_phone("+7  916\t123-45-67"));
        assert!(!has_phone("sizes 36 37 38 39 40 41"));
        assert!(!has_phone("1200 1500 1800W"));
        assert!(!has_phone("model 2024, 128GB"));
    }

    #[test]
    fn price_claims() {
        assert_eq!(
            find_price_claim("Only $9.99 today").as_deref(),
            Some("$9.99")
        );
        assert_eq!(find_price_claim("now 9,99€!").as_deref(), Some("9,99€"));
        assert_eq!(find_price_claim("50% OFF dress").as_deref(), Some("% off"));
        assert_eq!(find_price_claim("100% cotton shirt"), None);
        assert_eq!(find_price_claim("USB 3.0 hub"), None);
    }
}
