//! A fast hasher for the build-time extraction's hash maps.
//!
//! The standard library's SipHash resists collision attacks, which costs
//! about 90 instructions per short word; the extraction probes maps and
//! word lists for every word of every article (tens of millions of times on
//! a large corpus), so that cost was a sixth of it. This is the Fx hash of
//! rustc (`rustc-hash`): a rotate, xor and multiply per 8 bytes. Its keys
//! are the project's own word lists and the articles of a seeds folder the
//! builder chose, so collision attacks are not a concern. Nothing may
//! depend on the iteration order of these maps (as with SipHash's random
//! seeds, it is arbitrary).
//!
//! ```
//! use news_timeline::fasthash::FastMap;
//! let mut m: FastMap<&str, u32> = FastMap::default();
//! m.insert("ceasefire", 1);
//! assert_eq!(m.get("ceasefire"), Some(&1));
//! ```

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FxHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The Fx hash: see the module docs.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let mut rest = chunks.remainder();
        if rest.len() >= 4 {
            let mut word = [0u8; 4];
            word.copy_from_slice(&rest[..4]);
            self.add(u64::from(u32::from_le_bytes(word)));
            rest = &rest[4..];
        }
        for &b in rest {
            self.add(u64::from(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u16(&mut self, n: u16) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::{FastMap, FastSet};

    #[test]
    fn maps_and_sets_work_with_strings_and_numbers() {
        let words = ["a", "ab", "abcd", "abcdefgh", "abcdefghijk", "über", ""];
        let set: FastSet<&str> = words.iter().copied().collect();
        assert!(words.iter().all(|w| set.contains(w)));
        assert!(!set.contains("abc"));
        let mut m: FastMap<(u32, i32), usize> = FastMap::default();
        for i in 0..1000 {
            m.insert((i, -(i as i32)), i as usize);
        }
        assert_eq!(m.len(), 1000);
        assert_eq!(m.get(&(7, -7)), Some(&7));
    }
}
