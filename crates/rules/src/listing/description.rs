//! LST-15: the description. Markup the sanitiser removes is reported as a warning (it goes anyway); links
//! off the platform and contact details that take the buyer off the platform block.

use super::{Prepared, prepared::TextField};
use crate::{
    Engine,
    engine::ListingTerm,
    text::{
        html::{is_platform_host, url_host},
        scan::{self, ContactKind},
    },
    verdicts::{Report, keys, num, text},
};

pub(super) fn check(engine: &Engine, p: &Prepared<'_>, report: &mut Report<'_>) {
    let policy = engine.policy();
    let description = &p.description;
    for item in &description.removed {
        report.push(
            keys::LST_15_MARKUP_REMOVED,
            "description",
            [("item", text(item.as_str()))],
        );
    }
    // The text is whitespace-collapsed already, so re-spacing the source never changes the length.
    let length = description.text.chars().count();
    if length > policy.listing.description_max_chars as usize {
        report.push(
            keys::LST_15_DESCRIPTION_TOO_LONG,
            "description",
            [
                ("length", num(length)),
                ("max", num(policy.listing.description_max_chars)),
            ],
        );
    }

    // Vectors made into sets at the end (sorted, repeats removed): a `BTreeSet` per element type is a lot
    // of code in the browser bundle for a handful of entries.
    let mut hosts: Vec<String> = Vec::new();
    let mut contacts: Vec<&str> = Vec::new();
    for url in &description.urls {
        match url_host(url) {
            None => {}
            Some(host) if host.is_empty() => {
                let scheme = url
                    .trim()
                    .split(':')
                    .next()
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                match scheme.as_str() {
                    "mailto" => contacts.push(ContactKind::Email.as_str()),
                    "tel" | "sms" => contacts.push(ContactKind::Phone.as_str()),
                    _ => hosts.push(scheme + ":"),
                }
            }
            Some(host) if !is_platform_host(&host, &policy.platform_hosts) => {
                hosts.push(host);
            }
            Some(_) => {}
        }
    }
    for link in scan::find_links(&description.text, &policy.link_tlds) {
        if !is_platform_host(&link.host, &policy.platform_hosts) {
            hosts.push(link.host);
        }
    }
    crate::sort::sort(&mut hosts);
    hosts.dedup();
    for host in hosts {
        report.push(
            keys::LST_15_EXTERNAL_LINK,
            "description",
            [("host", text(host))],
        );
    }

    if scan::has_email(&description.text) {
        contacts.push(ContactKind::Email.as_str());
    }
    if scan::has_phone(&description.text) {
        contacts.push(ContactKind::Phone.as_str());
    }
    if p.hits_in(TextField::Description)
        .any(|h| h.entry.kind == ListingTerm::Contact)
    {
        contacts.push("messenger");
    }
    crate::sort::sort(&mut contacts);
    contacts.dedup();
    for kind in contacts {
        report.push(
            keys::LST_15_CONTACT_DETAILS,
            "description",
            [("kind", text(kind))],
        );
    }
}
