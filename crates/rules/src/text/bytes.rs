//! Byte scans over whole texts, eight bytes at a time (SWAR: plain `u64` arithmetic, so they are as fast in
//! wasm32 as natively and need no SIMD or `unsafe`). Descriptions run to thousands of bytes and several
//! scanners look for rare bytes in them; a byte-at-a-time loop was a visible part of every check.

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// The high bit of every byte of `x` that may be zero. The lowest flagged byte is always a real zero (a
/// borrow can only flag bytes above one), which is all [`find_either`] needs.
fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(LO) & !x & HI
}

/// The high bit of every byte of `v` that is an ASCII digit; exact.
fn digit_bytes(v: u64) -> u64 {
    // With the high bits cleared no addition carries into the next byte: 0x7f + 0x50 < 0x100.
    let low7 = v & !HI;
    let at_least_0 = low7 + LO * u64::from(0x80 - b'0');
    let above_9 = low7 + LO * u64::from(0x80 - b'9' - 1);
    at_least_0 & !above_9 & !v & HI
}

fn chunk(bytes: &[u8]) -> u64 {
    u64::from_le_bytes(bytes.try_into().unwrap_or_default())
}

/// Position of the first byte at or after `from` that is `a` or `b`.
pub(crate) fn find_either(bytes: &[u8], from: usize, a: u8, b: u8) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut offset = from;
    for c in &mut chunks {
        let v = chunk(c);
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
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        count += digit_bytes(chunk(c)).count_ones() as usize;
        if count >= n {
            return true;
        }
    }
    count += chunks
        .remainder()
        .iter()
        .filter(|b| b.is_ascii_digit())
        .count();
    count >= n
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
        let alphabet = b"ab.:09/ \x80\xff\x2f\x3a\x3b";
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
            let digits = bytes.iter().filter(|b| b.is_ascii_digit()).count();
            for n in [0, 1, 2, 9] {
                assert_eq!(has_digits(&bytes, n), digits >= n, "{bytes:?} {n}");
            }
        }
    }
}
