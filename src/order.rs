//! Ordering for the query side, with as few sort instantiations as possible.
//!
//! Every `sort_by` with its own closure compiles to its own copy of the
//! sorting algorithm, a few kilobytes each in the wasm module. Queries
//! instead turn what they order by into a `u64` key and sort `(key, index)`
//! pairs with the one function here, or sort plain ids. Text is ordered by
//! the same sort, eight bytes at a time ([`by_text`]).
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

/// Positions of `texts` in the texts' byte order (equal texts by
/// position), as `str`'s `Ord` would put them.
///
/// The texts are sorted with [`sort_keyed`] on their first eight bytes,
/// and each run that shares those bytes on the next eight, and so on: a
/// string sort or an ordered map of its own would add kilobytes to the
/// module.
pub fn by_text(texts: &[&str]) -> Vec<u32> {
    let text = |i: u32| texts.get(i as usize).map_or(&[][..], |t| t.as_bytes());
    let mut order: Vec<u32> = (0..texts.len() as u32).collect();
    // Runs still to order: (start, end, bytes already equal). A work list,
    // not recursion, so that long equal texts cannot exhaust the stack.
    let mut runs = vec![(0, order.len(), 0)];
    while let Some((start, end, depth)) = runs.pop() {
        let Some(run) = order.get_mut(start..end) else {
            continue;
        };
        let mut pairs: Vec<(u64, u32)> = run
            .iter()
            .map(|&i| {
                // Big-endian, zero-padded: a text that ends sorts before
                // the texts it is a prefix of.
                let mut key = [0u8; 8];
                let rest = text(i).get(depth..).unwrap_or_default();
                let head = rest.get(..8).unwrap_or(rest);
                key[..head.len()].copy_from_slice(head);
                (u64::from_be_bytes(key), i)
            })
            .collect();
        sort_keyed(&mut pairs);
        for (slot, &(_, i)) in run.iter_mut().zip(&pairs) {
            *slot = i;
        }
        let mut from = 0;
        while from < pairs.len() {
            let key = pairs[from].0;
            let to = from + pairs[from..].iter().take_while(|p| p.0 == key).count();
            let longer = pairs[from..to]
                .iter()
                .any(|&(_, i)| text(i).len() > depth + 8);
            if to - from > 1 && longer {
                runs.push((start + from, start + to, depth + 8));
            }
            from = to;
        }
    }
    order
}

/// Sums the counts of equal texts, in the texts' byte order.
pub fn tally<'a>(counts: &[(&'a str, u32)]) -> Vec<(&'a str, u32)> {
    let texts: Vec<&str> = counts.iter().map(|&(t, _)| t).collect();
    let mut out: Vec<(&'a str, u32)> = Vec::new();
    for i in by_text(&texts) {
        let Some(&(text, n)) = counts.get(i as usize) else {
            continue;
        };
        match out.last_mut() {
            Some((last, sum)) if *last == text => *sum += n,
            _ => out.push((text, n)),
        }
    }
    out
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
    fn texts_order_as_str_does() {
        let texts = [
            "international",
            "internationally",
            "intern",
            "",
            "b",
            "internationalisation of trade",
            "internationalisation",
            "Zürich",
            "a",
            "intern",
            "internationalisation of tea",
        ];
        let mut expected: Vec<u32> = (0..texts.len() as u32).collect();
        expected.sort_by_key(|&i| (texts[i as usize], i));
        assert_eq!(by_text(&texts), expected);
    }

    #[test]
    fn long_equal_texts_order_by_position() {
        let long = "a".repeat(400_000);
        let longer = format!("{long}b");
        assert_eq!(by_text(&[&longer, &long, &long]), [1, 2, 0]);
    }

    #[test]
    fn tallies_sum_equal_texts_in_text_order() {
        let counts = [("kinds", 1), ("arrest", 2), ("kinds", 3), ("arrests", 1)];
        assert_eq!(
            tally(&counts),
            [("arrest", 2), ("arrests", 1), ("kinds", 4)]
        );
    }

    #[test]
    fn descending_scores() {
        assert!(descending(3.0) < descending(2.5));
        assert_eq!(descending(f32::NAN), descending(0.0));
        assert_eq!(descending(-1.0), descending(0.0));
    }
}
