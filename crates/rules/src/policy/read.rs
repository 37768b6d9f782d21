//! A small reader for the policy document, in place of `serde_json` with derived `Deserialize`.
//!
//! The derived code is generic over every deserializer and every field type and was the largest part of
//! what the engine added to the browser bundle (about 70 KB of the wasm, before compression). This reader
//! accepts exactly what `serde_json::from_str::<Policy>` accepts and builds the same value: the same
//! JSON grammar (no trailing commas, no leading zeros, only the four JSON whitespace bytes, escapes with
//! surrogate pairs), integers only where the schema has integers and only in range, unknown and duplicate
//! fields refused, fields marked `#[serde(default)]` defaulted, structs also as arrays of their fields in
//! order, unit enums as `"name"` or `{"name": null}`, repeated map keys keeping the last value. A test
//! compares the two on the default and grown policies and thousands of mutated documents. Messages
//! differ from serde's; callers only see `PolicyError::Json`.

use super::{
    Brand, BrandKind, CategoryPolicy, ListingLimits, LogisticsPolicy, PenaltyPolicy, Policy,
    PromotionPolicy, RegistrationPolicy, Sanction, SensitiveList, ServiceLimits, ServicePolicy,
    ShopNamePolicy, TermClass, TermList, Timeouts,
};
use caravan_types::logistics::LogisticsClass;
use std::{borrow::Cow, collections::BTreeMap};

/// Why a document is refused; turned into a `serde_json::Error` for [`super::PolicyError::Json`].
#[derive(Debug)]
pub(crate) struct ReadError {
    message: Cow<'static, str>,
    at: usize,
}

impl ReadError {
    pub(crate) fn into_json_error(self) -> serde_json::Error {
        <serde_json::Error as serde::de::Error>::custom(format_args!(
            "{} at byte {}",
            self.message, self.at
        ))
    }
}

type Result<T> = std::result::Result<T, ReadError>;

/// Parses a whole policy document.
pub(crate) fn policy(json: &str) -> Result<Policy> {
    let mut reader = Reader {
        bytes: json.as_bytes(),
        pos: 0,
        depth: 0,
    };
    let policy = Policy::read(&mut reader)?;
    reader.skip_whitespace();
    if reader.pos < reader.bytes.len() {
        return Err(reader.error("trailing characters"));
    }
    Ok(policy)
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// Nesting of arrays and objects, bounded as `serde_json` bounds it.
    depth: u32,
}

impl<'a> Reader<'a> {
    fn error(&self, message: impl Into<Cow<'static, str>>) -> ReadError {
        ReadError {
            message: message.into(),
            at: self.pos,
        }
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    /// The next byte that is not whitespace, without consuming it.
    fn peek(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.bytes.get(self.pos).copied()
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, byte: u8, what: &'static str) -> Result<()> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    /// A literal word (`null`, `true`, `false`), after its first byte was peeked.
    fn word(&mut self, word: &'static [u8]) -> Result<()> {
        if self.bytes[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > 128 {
            return Err(self.error("recursion limit exceeded"));
        }
        Ok(())
    }

    /// The elements of an array: `element` is called with the reader before each one.
    fn array(&mut self, element: &mut dyn FnMut(&mut Self) -> Result<()>) -> Result<()> {
        self.expect(b'[', "expected an array")?;
        self.enter()?;
        if !self.eat(b']') {
            loop {
                element(self)?;
                if self.eat(b']') {
                    break;
                }
                self.expect(b',', "expected `,` or `]`")?;
                if self.peek() == Some(b']') {
                    return Err(self.error("trailing comma"));
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    /// The members of an object: `member` is called with each key, the reader at its value.
    fn object(&mut self, member: &mut dyn FnMut(&mut Self, &str) -> Result<()>) -> Result<()> {
        self.expect(b'{', "expected an object")?;
        self.enter()?;
        if !self.eat(b'}') {
            loop {
                if self.peek() != Some(b'"') {
                    return Err(self.error("expected a key"));
                }
                let key = self.string()?;
                self.expect(b':', "expected `:`")?;
                member(self, &key)?;
                if self.eat(b'}') {
                    break;
                }
                self.expect(b',', "expected `,` or `}`")?;
                if self.peek() == Some(b'}') {
                    return Err(self.error("trailing comma"));
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    /// A string, borrowed when it has no escapes.
    fn string(&mut self) -> Result<Cow<'a, str>> {
        self.expect(b'"', "expected a string")?;
        let bytes = self.bytes;
        let start = self.pos;
        let mut owned: Option<Vec<u8>> = None;
        let mut run = start;
        loop {
            let Some(&b) = bytes.get(self.pos) else {
                return Err(self.error("unterminated string"));
            };
            match b {
                b'"' => break,
                b'\\' => {
                    let out = owned.get_or_insert_with(Vec::new);
                    out.extend_from_slice(&bytes[run..self.pos]);
                    self.pos += 1;
                    let escape = bytes.get(self.pos).copied();
                    self.pos += 1;
                    match escape {
                        Some(b'"') => out.push(b'"'),
                        Some(b'\\') => out.push(b'\\'),
                        Some(b'/') => out.push(b'/'),
                        Some(b'b') => out.push(0x08),
                        Some(b'f') => out.push(0x0c),
                        Some(b'n') => out.push(b'\n'),
                        Some(b'r') => out.push(b'\r'),
                        Some(b't') => out.push(b'\t'),
                        Some(b'u') => {
                            let c = self.unicode_escape()?;
                            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                        }
                        _ => return Err(self.error("invalid escape")),
                    }
                    run = self.pos;
                }
                0..=0x1f => return Err(self.error("control character in a string")),
                _ => self.pos += 1,
            }
        }
        let end = self.pos;
        self.pos += 1;
        // The input is a `str` and escapes write whole characters, so both are UTF-8.
        let text = match owned {
            None => Cow::Borrowed(std::str::from_utf8(&bytes[start..end]).unwrap_or_default()),
            Some(mut out) => {
                out.extend_from_slice(&bytes[run..end]);
                Cow::Owned(String::from_utf8(out).unwrap_or_default())
            }
        };
        Ok(text)
    }

    /// The character of a `\u` escape (after `\u`), with a surrogate pair as one character.
    fn unicode_escape(&mut self) -> Result<char> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.bytes[self.pos..].starts_with(b"\\u") {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error("lone leading surrogate in hex escape"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(self.error("lone trailing surrogate in hex escape")),
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))
    }

    fn hex4(&mut self) -> Result<u32> {
        let mut value = 0;
        for _ in 0..4 {
            let digit = self
                .bytes
                .get(self.pos)
                .and_then(|&b| char::from(b).to_digit(16))
                .ok_or_else(|| self.error("invalid escape"))?;
            value = value * 16 + digit;
            self.pos += 1;
        }
        Ok(value)
    }

    /// An integer as its sign and magnitude. Numbers with a fraction or an exponent, and integers beyond
    /// 64 bits, are JSON numbers too, but `serde_json` reads them as floats, which no field accepts.
    fn integer(&mut self) -> Result<(bool, u64)> {
        let negative = self.eat(b'-');
        let bytes = self.bytes;
        let start = self.pos;
        let mut magnitude: u64 = 0;
        let mut fits = true;
        while let Some(digit @ b'0'..=b'9') = bytes.get(self.pos).copied() {
            match magnitude
                .checked_mul(10)
                .and_then(|m| m.checked_add(u64::from(digit - b'0')))
            {
                Some(m) => magnitude = m,
                None => fits = false,
            }
            self.pos += 1;
        }
        let digits = self.pos - start;
        if digits == 0 {
            return Err(self.error(if negative {
                "invalid number"
            } else {
                "expected a value"
            }));
        }
        if digits > 1 && bytes[start] == b'0' {
            return Err(self.error("invalid number"));
        }
        if let Some(b'.' | b'e' | b'E') = bytes.get(self.pos) {
            return Err(self.error("expected an integer"));
        }
        // `serde_json` reads `-0` as a float too.
        if !fits || (negative && (magnitude == 0 || magnitude > 1 << 63)) {
            return Err(self.error("expected an integer"));
        }
        Ok((negative, magnitude))
    }

    /// An unsigned integer of at most `max`.
    fn unsigned(&mut self, max: u64) -> Result<u64> {
        match self.integer()? {
            (false, value) if value <= max => Ok(value),
            _ => Err(self.error("integer out of range")),
        }
    }

    /// The fields of a struct, as an object or as an array (see `read_struct!`): `set` reads the value of
    /// the field at an index of `names`.
    fn fields(
        &mut self,
        names: &[&str],
        set: &mut dyn FnMut(&mut Self, usize) -> Result<()>,
    ) -> Result<()> {
        if self.peek() == Some(b'[') {
            let mut index = 0;
            return self.array(&mut |reader| {
                if index == names.len() {
                    return Err(reader.error("too many elements"));
                }
                set(reader, index)?;
                index += 1;
                Ok(())
            });
        }
        self.object(
            &mut |reader, key| match names.iter().position(|name| *name == key) {
                Some(index) => set(reader, index),
                None => Err(reader.error("unknown field")),
            },
        )
    }

    fn missing(&self, field: &str) -> ReadError {
        self.error(format!("missing field `{field}`"))
    }

    /// A unit variant of an enum by name: `"name"` or `{"name": null}`.
    fn variant<T: Copy>(&mut self, variants: &[(&str, T)]) -> Result<T> {
        let find = |reader: &Self, name: &str| {
            variants
                .iter()
                .find(|(n, _)| *n == name)
                .map(|&(_, v)| v)
                .ok_or_else(|| reader.error("unknown variant"))
        };
        if self.peek() == Some(b'{') {
            self.expect(b'{', "expected an object")?;
            let name = self.string()?;
            let value = find(self, &name)?;
            self.expect(b':', "expected `:`")?;
            if self.peek() != Some(b'n') {
                return Err(self.error("expected null"));
            }
            self.word(b"null")?;
            self.expect(b'}', "expected `}`")?;
            return Ok(value);
        }
        let name = self.string()?;
        find(self, &name)
    }
}

/// A value the policy document holds.
trait Read: Sized {
    fn read(reader: &mut Reader<'_>) -> Result<Self>;
}

impl Read for String {
    #[inline(never)]
    fn read(reader: &mut Reader<'_>) -> Result<Self> {
        Ok(reader.string()?.into_owned())
    }
}

impl Read for bool {
    #[inline(never)]
    fn read(reader: &mut Reader<'_>) -> Result<Self> {
        match reader.peek() {
            Some(b't') => reader.word(b"true").map(|()| true),
            Some(b'f') => reader.word(b"false").map(|()| false),
            _ => Err(reader.error("expected a boolean")),
        }
    }
}

macro_rules! read_unsigned {
    ($($ty:ty),*) => {$(
        impl Read for $ty {
            #[inline(never)]
            fn read(reader: &mut Reader<'_>) -> Result<Self> {
                let value = reader.unsigned(<$ty>::MAX.into())?;
                Ok(<$ty>::try_from(value).unwrap_or_default())
            }
        }
    )*};
}
read_unsigned!(u8, u32, u64);

impl Read for i64 {
    #[inline(never)]
    fn read(reader: &mut Reader<'_>) -> Result<Self> {
        let (negative, magnitude) = reader.integer()?;
        let value = if negative {
            0i64.checked_sub_unsigned(magnitude)
        } else {
            i64::try_from(magnitude).ok()
        };
        value.ok_or_else(|| reader.error("integer out of range"))
    }
}

impl<T: Read> Read for Option<T> {
    #[inline(never)]
    fn read(reader: &mut Reader<'_>) -> Result<Self> {
        if reader.peek() == Some(b'n') {
            reader.word(b"null")?;
            return Ok(None);
        }
        T::read(reader).map(Some)
    }
}

impl<T: Read> Read for Vec<T> {
    #[inline(never)]
    fn read(reader: &mut Reader<'_>) -> Result<Self> {
        let mut items = Vec::new();
        reader.array(&mut |reader| {
            items.push(T::read(reader)?);
            Ok(())
        })?;
        Ok(items)
    }
}

impl<T: Read> Read for BTreeMap<String, T> {
    #[inline(never)]
    fn read(reader: &mut Reader<'_>) -> Result<Self> {
        let mut map = BTreeMap::new();
        reader.object(&mut |reader, key| {
            map.insert(key.to_owned(), T::read(reader)?);
            Ok(())
        })?;
        Ok(map)
    }
}

impl Read for TermClass {
    fn read(reader: &mut Reader<'_>) -> Result<Self> {
        reader.variant(&[
            ("prohibited", TermClass::Prohibited),
            ("restricted", TermClass::Restricted),
        ])
    }
}

impl Read for BrandKind {
    fn read(reader: &mut Reader<'_>) -> Result<Self> {
        reader.variant(&[
            ("trademark", BrandKind::Trademark),
            ("character", BrandKind::Character),
        ])
    }
}

impl Read for LogisticsClass {
    fn read(reader: &mut Reader<'_>) -> Result<Self> {
        let variants = LogisticsClass::ALL.map(|class| (class.as_str(), class));
        reader.variant(&variants)
    }
}

/// Reads a field's value into its slot, refusing a second one.
#[inline(never)]
fn set<T: Read>(slot: &mut Option<T>, reader: &mut Reader<'_>) -> Result<()> {
    if slot.is_some() {
        return Err(reader.error("duplicate field"));
    }
    *slot = Some(T::read(reader)?);
    Ok(())
}

/// `Read` for a struct with named fields, as `#[derive(Deserialize)]` with `deny_unknown_fields` reads
/// it: an object with each field once (those marked `default` may be missing), or an array of the
/// fields in order (trailing `default` fields may be missing). One closure per struct stores a field by
/// its index; [`Reader::fields`] walks either form.
macro_rules! read_struct {
    ($ty:ident { $($field:ident $($default:ident)?),* $(,)? }) => {
        impl Read for $ty {
            #[inline(never)]
            fn read(reader: &mut Reader<'_>) -> Result<Self> {
                const FIELDS: &[&str] = &[$(stringify!($field)),*];
                $(let mut $field = None;)*
                reader.fields(FIELDS, &mut |reader, index| {
                    // Each field is one call of `set` (one copy per field type, not per field).
                    let mut position = 0usize;
                    $(
                        if index == position {
                            return set(&mut $field, reader);
                        }
                        position += 1;
                    )*
                    let _ = position;
                    Ok(())
                })?;
                // One match over all fields, so that a missing one is one error path (with one drop of
                // what was read) rather than one per field.
                $(let $field = read_struct!(@default $field $($default)?);)*
                let absent = [$($field.is_none()),*];
                match ($($field,)*) {
                    ($(Some($field),)*) => Ok($ty { $($field),* }),
                    _ => {
                        let index = absent.iter().position(|&absent| absent).unwrap_or_default();
                        Err(reader.missing(FIELDS[index]))
                    }
                }
            }
        }
    };
    (@default $field:ident default) => {
        Some($field.unwrap_or_default())
    };
    (@default $field:ident) => {
        $field
    };
}

read_struct!(Policy {
    version,
    listing,
    categories,
    term_lists,
    brands,
    allow_phrases,
    contact_terms,
    promo_terms,
    bundling_terms,
    unbranded_names,
    link_tlds,
    platform_hosts,
    shop_name,
    logistics,
    timeouts,
    promotions,
    service,
    penalties,
    registration,
});

read_struct!(ListingLimits {
    title_min_graphemes,
    title_max_graphemes,
    title_max_word_repeats,
    title_stop_words,
    title_caps_min_letters,
    title_caps_max_percent,
    description_max_chars,
    images_min,
    images_max,
    images_recommended,
    image_max_bytes,
    image_mime_types,
    image_square_min_px,
    image_portrait_min_width,
    image_portrait_min_height,
    image_ratio_tolerance_permille,
    price_min_usd_minor,
    price_max_usd_minor,
    price_band_low_divisor,
    price_band_high_multiplier,
    stock_min,
    stock_max,
    margin_min_percent,
    margin_max_percent,
    variant_properties_max,
    sku_code_max_len,
    weight_min_grams,
    weight_max_grams,
    package_side_min,
    package_side_max,
    handling_min_days,
    handling_max_days,
    handling_max_days_overseas,
    duplicate_similarity_percent,
    duplicate_max_listings,
    category_mismatch_min_score,
});

read_struct!(CategoryPolicy {
    slug,
    parent default,
    required_attributes default,
    qualification default,
    licence default,
    prohibited default,
    price_median_usd_minor default,
    keywords default,
});

read_struct!(TermList {
    id,
    class,
    licence default,
    lang,
    categories default,
    except_categories default,
    counterfeit default,
    terms,
});

read_struct!(Brand {
    id,
    name,
    kind,
    terms
});

read_struct!(ShopNamePolicy {
    min_chars,
    max_chars,
    sensitive
});

read_struct!(SensitiveList { group, lang, terms });

read_struct!(LogisticsPolicy {
    class,
    min_days,
    max_days
});

read_struct!(Timeouts {
    receipt_days,
    payout_min_working_days,
    payout_max_working_days,
    handling_days,
    dispute_response_days,
    arbitration_working_days,
});

read_struct!(Sanction { remove, ban_months });

read_struct!(PromotionPolicy {
    sanctions,
    flash_sessions_per_day,
    flash_items_per_session,
    flash_session_hours,
});

read_struct!(ServicePolicy {
    window_days,
    min_orders,
    bad_rating_max,
    bad_described_max,
    bad_communication_max,
    bad_shipping_max,
    positive_rating_min,
    limits default,
});

read_struct!(ServiceLimits {
    bad_reviews_permille,
    bad_described_permille,
    bad_communication_permille,
    bad_shipping_permille,
    sold_not_shipped_permille,
    arbitration_permille,
    response_timeouts_permille,
});

read_struct!(PenaltyPolicy {
    lookback_days,
    restriction_days,
    suspension_days,
    appeal_days,
    ip_general_points,
    ip_max_points_per_day,
    ip_serious_merge_days,
    ip_serious_close_count,
    ip_points_expire_days,
    ip_close_points,
    appeal_url,
});

read_struct!(RegistrationPolicy {
    password_min_chars,
    licence_number_min_chars,
    sales_regions,
});
