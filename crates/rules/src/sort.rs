//! One small sort for the whole crate. The standard library's sorts are fast but large, and each
//! element-and-comparator pair gets its own copy: seven of them were over 25 KB of the browser bundle.
//! Every order sorted here is total or its ties are indistinguishable, so any correct sort gives the same
//! result.

/// Sorts `v` so that no element is `less` than the one before it: insertion sort for short slices,
/// heapsort otherwise (O(n log n), no allocation).
pub(crate) fn sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    let n = v.len();
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(&v[j], &v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    for start in (0..n / 2).rev() {
        sift_down(v, start, n, &mut less);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end, &mut less);
    }
}

/// Restores the max-heap below `root` in `v[..end]`.
fn sift_down<T>(v: &mut [T], mut root: usize, end: usize, less: &mut impl FnMut(&T, &T) -> bool) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && less(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !less(&v[root], &v[child]) {
            return;
        }
        v.swap(root, child);
        root = child;
    }
}

/// [`sort_by`] with the natural order.
pub(crate) fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a < b);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library() {
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        let mut next = |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        for _ in 0..2_000 {
            let len = next(70) as usize;
            let range = 1 + next(100);
            let mut v: Vec<(u64, u64)> = (0..len).map(|_| (next(range), next(3))).collect();
            let mut expected = v.clone();
            expected.sort_unstable();
            sort(&mut v);
            assert_eq!(v, expected);
        }
    }
}
