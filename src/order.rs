//! Ordering for the query side, with as few sort instantiations as possible.
//!
//! Every `sort_by` with its own closure compiles to its own copy of the
//! sorting algorithm, a few kilobytes each in the wasm module. Queries
//! instead turn what they order by into a `u64` key and sort `(key, index)`
//! pairs with the one function here, or sort plain ids.
//!
//! ```
//! use news_timeline::order::{descending, sort_keyed};
//! let scores = [0.5f32, 2.0, 1.0];
//! let mut pairs: Vec<(u64, u32)> = scores.iter().enumerate()
//!     .map(|(i, &s)| (u64::from(descending(s)), i as u32)).collect();
//! sort_keyed(&mut pairs);
//! assert_eq!(pairs.iter().map(|p| p.1).collect::<Vec<_>>(), [1, 2, 0]);
//! ```

/// Sorts `(key, index)` pairs by key, then index.
pub fn sort_keyed(pairs: &mut [(u64, u32)]) {
    pairs.sort_unstable();
}

/// Sorts ids. They ride as the keys of [`sort_keyed`]'s pairs: a sort of
/// plain `u32` would be a second copy of the algorithm, 4 KB of the wasm
/// module, to save a copy of the ids.
pub fn sort_plain(ids: &mut [u32]) {
    let mut pairs: Vec<(u64, u32)> = ids.iter().map(|&id| (u64::from(id), 0)).collect();
    sort_keyed(&mut pairs);
    for (slot, (id, _)) in ids.iter_mut().zip(pairs) {
        *slot = id as u32;
    }
}

/// Sorts ids and removes repeats.
pub fn sort_ids(ids: &mut Vec<u32>) {
    sort_plain(ids);
    ids.dedup();
}

/// Sorts positions in a list and removes repeats.
pub fn sort_indices(ids: &mut Vec<usize>) {
    ids.sort_unstable();
    ids.dedup();
}

/// A key that orders non-negative scores from highest to lowest (NaN and
/// negatives count as zero).
pub fn descending(score: f32) -> u32 {
    let s = if score > 0.0 { score } else { 0.0 };
    // Non-negative floats order like their bit patterns.
    u32::MAX - s.to_bits()
}

/// A day (or `None`, which sorts last) as a key half that orders naturally.
pub fn day_key(day: Option<i32>) -> u64 {
    day.map_or(u64::from(u32::MAX), |d| u64::from((d as u32) ^ 0x8000_0000))
}

/// The key lists sort dates by: the first day (the latest when only that
/// is known), then the last day; undated last. The build stores events in
/// this order, so that queries find them sorted.
pub fn span_key(earliest: Option<i32>, latest: Option<i32>) -> u64 {
    (day_key(earliest.or(latest)) << 32) | day_key(latest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_keys_order_negative_and_positive_days() {
        let mut keys = [
            day_key(Some(5)),
            day_key(None),
            day_key(Some(-3)),
            day_key(Some(0)),
        ];
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                day_key(Some(-3)),
                day_key(Some(0)),
                day_key(Some(5)),
                day_key(None)
            ]
        );
    }

    #[test]
    fn ids_sort_through_the_keyed_sort_with_repeats_removed() {
        let mut ids = vec![5, u32::MAX, 0, 5, 7, 1 << 31];
        sort_ids(&mut ids);
        assert_eq!(ids, [0, 5, 7, 1 << 31, u32::MAX]);
        let mut plain = [3, 1, 3, 2];
        sort_plain(&mut plain);
        assert_eq!(plain, [1, 2, 3, 3]);
    }

    #[test]
    fn descending_scores() {
        assert!(descending(3.0) < descending(2.5));
        assert_eq!(descending(f32::NAN), descending(0.0));
        assert_eq!(descending(-1.0), descending(0.0));
    }
}
