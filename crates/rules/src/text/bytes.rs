//! Byte scans over whole texts, eight bytes at a time (SWAR: plain `u64` arithmetic, so they are as fast in
//! wasm32 as natively and need no SIMD or `unsafe`). Descriptions run to thousands of bytes and several
//! scanners look for rare bytes in them; a byte-at-a-time loop was a visible part of every check.

pub(crate) const LO: u64 = 0x0101_0101_0101_0101;
pub(crate) const HI: u64 = 0x8080_8080_8080_8080;

/// The high bit of every byte of `x` that may be zero. The lowest flagged byte is always a real zero (a
/// borrow can only flag bytes above one), which is all the searches here need.
fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(LO) & !x & HI
}

/// The high bit of every byte of `x` that is zero; exact (no borrow between bytes), unlike
/// [`zero_bytes`].
pub(crate) fn zero_bytes_exact(x: u64) -> u64 {
    !(((x & !HI) + !HI) | x | !HI)
}

/// The high bit of every byte of `v` that is an ASCII letter; exact.
pub(crate) fn letter_bytes(v: u64) -> u64 {
    // Lower-cased with the high bits cleared, no addition carries into the next byte: 0x7f + 0x1f < 0x100.
    let low7 = (v | (LO * 0x20)) & !HI;
    let at_least_a = low7 + LO * u64::from(0x80 - b'a');
    let above_z = low7 + LO * u64::from(0x80 - b'z' - 1);
    at_least_a & !above_z & !v & HI
}

/// Position of the first byte at or after `from` that is at most `b' '` (every ASCII whitespace byte is).
pub(crate) fn find_space_or_control(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut offset = from;
    for c in &mut chunks {
        let v = load8(c);
        // Bytes below 0x21: the lowest flag is exact, as in `zero_bytes`.
        let found = v.wrapping_sub(LO * 0x21) & !v & HI;
        if found != 0 {
            return Some(offset + found.trailing_zeros() as usize / 8);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&c| c <= b' ')
        .map(|i| offset + i)
}

/// The first position at or after `from` where collapsing whitespace has work to do: a byte below
/// b' ' (a tab, a newline, a control character) or a space followed by another byte of at most b' '.
/// A lone space, the usual gap between words, is passed over; so may be other bytes at most b' ' in
/// the last seven bytes, which are returned one by one instead.
pub(crate) fn find_collapse_work(bytes: &[u8], mut from: usize) -> Option<usize> {
    while let Some(c) = bytes.get(from..from + 8) {
        let v = load8(c);
        // Exact masks (no borrow between bytes): bytes below 0x21, and spaces.
        let low = !(((v & !HI) + LO * 0x5f) | v) & HI;
        let spaces = zero_bytes_exact(v ^ (LO * u64::from(b' ')));
        // A space whose next byte is low; the last byte's neighbour is in the next chunk, which starts
        // at that last byte (chunks overlap by one).
        let work = (low & !spaces) | (spaces & (low >> 8));
        if work != 0 {
            return Some(from + work.trailing_zeros() as usize / 8);
        }
        from += 7;
    }
    find_space_or_control(bytes, from)
}

/// Index (0–7) of the first byte of the little-endian chunk `v` equal to `b`, if any.
pub(crate) fn first_in_chunk(v: u64, b: u8) -> Option<usize> {
    let found = zero_bytes(v ^ (LO * u64::from(b)));
    (found != 0).then(|| found.trailing_zeros() as usize / 8)
}

/// Eight bytes as a little-endian `u64`, the first byte lowest.
pub(crate) fn load8(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes.try_into().unwrap_or_default())
}

/// One to eight bytes as a little-endian `u64`, zero-padded: the same value as [`load8`] of the bytes
/// followed by zeros, built from fixed-size reads (a variable-length copy into a buffer is a `memcpy`
/// call whose store stalls the load that follows).
pub(crate) fn load_padded(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    match n {
        0 => 0,
        1 => u64::from(bytes[0]),
        2 | 3 => {
            let low = u64::from(u16::from_le_bytes([bytes[0], bytes[1]]));
            low | u64::from(bytes[n - 1]) << (8 * (n - 1))
        }
        4..=7 => {
            // Bytes 0..4 and n-4..n overlap, and the overlap holds the same bits in both.
            let low = u32::from_le_bytes(bytes[..4].try_into().unwrap_or_default());
            let high = u32::from_le_bytes(bytes[n - 4..].try_into().unwrap_or_default());
            u64::from(low) | u64::from(high) << (8 * (n - 4))
        }
        _ => load8(&bytes[..8]),
    }
}

/// `v` with only its first `n` (1–8) bytes kept.
pub(crate) fn keep_bytes(v: u64, n: usize) -> u64 {
    v & (u64::MAX >> (64 - 8 * n))
}

/// The high bit of every byte of `v` that is an ASCII digit; exact.
pub(crate) fn digit_bytes(v: u64) -> u64 {
    // With the high bits cleared no addition carries into the next byte: 0x7f + 0x50 < 0x100.
    let low7 = v & !HI;
    let at_least_0 = low7 + LO * u64::from(0x80 - b'0');
    let above_9 = low7 + LO * u64::from(0x80 - b'9' - 1);
    at_least_0 & !above_9 & !v & HI
}

/// Position of the first byte at or after `from` that is `a` or `b`.
pub(crate) fn find_either(bytes: &[u8], from: usize, a: u8, b: u8) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut offset = from;
    for c in &mut chunks {
        let v = load8(c);
        let found = zero_bytes(v ^ (LO * u64::from(a))) | zero_bytes(v ^ (LO * u64::from(b)));
        if found != 0 {
            // Little-endian: the first byte in memory is the lowest, and the lowest flag is exact.
            return Some(offset + found.trailing_zeros() as usize / 8);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&c| c == a || c == b)
        .map(|i| offset + i)
}

/// Whether `bytes` holds at least `n` ASCII digits.
pub(crate) fn has_digits(bytes: &[u8], n: usize) -> bool {
    let mut count = 0;
    let mut blocks = bytes.chunks(8 * 31);
    // Per block, each byte lane of `lanes` counts the digits seen in that lane (at most 31, so lanes
    // never carry into each other); the lanes are summed once per block, not once per chunk.
    for block in &mut blocks {
        let mut lanes = 0u64;
        let mut chunks = block.chunks_exact(8);
        for c in &mut chunks {
            lanes += digit_bytes(load8(c)) >> 7;
        }
        // The sum of the eight lanes lands in the top byte (at most 248, so it fits).
        count += (lanes.wrapping_mul(LO) >> 56) as usize;
        count += chunks
            .remainder()
            .iter()
            .filter(|b| b.is_ascii_digit())
            .count();
        if count >= n {
            return true;
        }
    }
    count >= n
}

/// FxHash (rustc's hash) of a word, eight bytes at a time, the last chunk zero-padded: fast for short
/// keys, no random state. Words of up to eight bytes hash in one step ([`hash_short`]), which lets the
/// search hash a token straight from the chunk it read to find the token's end.
pub(crate) fn hash_word(word: &[u8]) -> u64 {
    let mut hash = word.len() as u64;
    let mut chunks = word.chunks_exact(8);
    for chunk in &mut chunks {
        hash = hash_step(hash, load8(chunk));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        hash = hash_step(hash, load_padded(rest));
    }
    hash
}

fn hash_step(hash: u64, chunk: u64) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    (hash.rotate_left(5) ^ chunk).wrapping_mul(SEED)
}

/// [`hash_word`] of a word of `len` (1–8) bytes given as its zero-padded chunk.
pub(crate) fn hash_short(len: usize, padded: u64) -> u64 {
    hash_step(len as u64, padded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_equal_byte_loops() {
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let alphabet = b"ab.:09/ \x80\xff\x2f\x3a\x3b\x00\x20\x21\t\n\xa0";
        for _ in 0..5_000 {
            let len = (next() % 40) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let from = (next() % 42) as usize;
            let expected = bytes
                .get(from..)
                .and_then(|rest| rest.iter().position(|&b| b == b'.' || b == b':'))
                .map(|i| from + i);
            assert_eq!(
                find_either(&bytes, from, b'.', b':'),
                expected,
                "{bytes:?} {from}"
            );
            let expected = bytes
                .get(from..)
                .and_then(|rest| rest.iter().position(|&b| b <= b' '))
                .map(|i| from + i);
            assert_eq!(
                find_space_or_control(&bytes, from),
                expected,
                "{bytes:?} {from}"
            );
            let digits = bytes.iter().filter(|b| b.is_ascii_digit()).count();
            for n in [0, 1, 2, 9] {
                assert_eq!(has_digits(&bytes, n), digits >= n, "{bytes:?} {n}");
            }
        }
    }

    #[test]
    fn digit_counts_over_long_texts() {
        let mut state = 0x853C_49E6_748F_EA9B_u64;
        let mut next = |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        for _ in 0..300 {
            let len = next(2_000) as usize;
            // Sparse digits, so that counts around the thresholds are common.
            let rarity = 1 + next(200);
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    if next(rarity) == 0 {
                        b'7'
                    } else {
                        b"a9 :\xff"[next(5) as usize]
                    }
                })
                .collect();
            let digits = bytes.iter().filter(|b| b.is_ascii_digit()).count();
            for n in [0, 1, 9, 100, 300, digits, digits + 1] {
                assert_eq!(has_digits(&bytes, n), digits >= n, "{len} {n} {digits}");
            }
        }
    }

    #[test]
    fn chunk_helpers_equal_byte_loops() {
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let alphabet = b"aAzZ@[`{l.: \x00\x7f\x80\xc1\xe1\xfa\xff";
        for _ in 0..20_000 {
            let n = (next() % 9) as usize;
            let mut padded = [0u8; 8];
            for byte in &mut padded[..n] {
                *byte = alphabet[(next() % alphabet.len() as u64) as usize];
            }
            let v = load8(&padded);
            assert_eq!(load_padded(&padded[..n]), v, "{padded:?}");
            if n > 0 {
                assert_eq!(keep_bytes(v | !keep_bytes(u64::MAX, n), n), v, "{padded:?}");
            }
            let first = padded.iter().position(|&b| b == b'.');
            assert_eq!(first_in_chunk(v, b'.'), first, "{padded:?}");
            for (i, &byte) in padded.iter().enumerate() {
                let bit = |mask: u64| (mask >> (8 * i + 7)) & 1 == 1;
                assert_eq!(
                    bit(letter_bytes(v)),
                    byte.is_ascii_alphabetic(),
                    "{padded:?}"
                );
                assert_eq!(
                    bit(zero_bytes_exact(v ^ (LO * u64::from(b'l')))),
                    byte == b'l'
                );
            }
        }
        assert_eq!(hash_word(b"abc"), hash_short(3, load_padded(b"abc")));
        assert_eq!(hash_word(b"abcdefgh"), hash_short(8, load8(b"abcdefgh")));
    }
}
