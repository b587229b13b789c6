//! An article's body paragraphs, owned or read in place.
//!
//! Extraction makes them as strings. The wasm module's embedded corpus is
//! most of all article text (about two thirds of its bytes), which a reader
//! sees only when they open an article or search; copying every paragraph
//! into a string of its own at start-up cost memory (36 MB of 304 MB at
//! 100,000 articles) and native decoding time (about a fifth). So the
//! store's decoder checks the paragraphs once (lengths and UTF-8) and keeps
//! a slice of the embedded bytes; they are read from there when asked for.
//!
//! ```
//! use news_timeline::model::Paragraphs;
//! let owned = Paragraphs::from(vec!["One.".to_string(), "Two.".to_string()]);
//! assert_eq!(owned.len(), 2);
//! assert_eq!(owned.get(1), Some("Two."));
//! assert_eq!(owned.iter().collect::<Vec<_>>(), ["One.", "Two."]);
//! ```

use super::Text;
use crate::store::leb128;

/// Paragraphs of text, in order.
#[derive(Clone)]
pub struct Paragraphs(Repr);

#[derive(Clone)]
enum Repr {
    Owned(Vec<String>),
    /// `count` strings as the store writes them (a LEB128 byte length, then
    /// the UTF-8 bytes), already checked by the decoder.
    Stored {
        bytes: &'static [u8],
        count: usize,
    },
}

impl Paragraphs {
    /// Paragraphs the store's decoder has checked: `bytes` holds exactly
    /// `count` length-prefixed UTF-8 strings (see [`crate::store`]).
    pub(crate) fn stored(bytes: &'static [u8], count: usize) -> Paragraphs {
        Paragraphs(Repr::Stored { bytes, count })
    }

    pub fn len(&self) -> usize {
        match &self.0 {
            Repr::Owned(list) => list.len(),
            Repr::Stored { count, .. } => *count,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<&str> {
        match &self.0 {
            Repr::Owned(list) => list.get(i).map(String::as_str),
            Repr::Stored { bytes, .. } => std::str::from_utf8(nth_stored(bytes, i)?).ok(),
        }
    }

    /// Bytes `at..at + len` of paragraph `i`, when they are whole
    /// characters. Only those bytes are read: an event's headline is a
    /// sentence of a long paragraph, and start-up resolves every one.
    pub fn slice(&self, i: usize, at: usize, len: usize) -> Option<&str> {
        let end = at.checked_add(len)?;
        match &self.0 {
            Repr::Owned(list) => list.get(i)?.get(at..end),
            Repr::Stored { bytes, .. } => stored_slice(bytes, i, at, end),
        }
    }

    /// [`Paragraphs::slice`] as a [`Text`]: borrowed from the embedded
    /// bytes where the paragraphs are stored, so that no copy is made.
    pub fn slice_text(&self, i: usize, at: usize, len: usize) -> Option<Text> {
        match &self.0 {
            Repr::Owned(_) => self.slice(i, at, len).map(|s| Text::Owned(s.to_string())),
            Repr::Stored { bytes, .. } => {
                stored_slice(bytes, i, at, at.checked_add(len)?).map(Text::Borrowed)
            }
        }
    }

    pub fn iter(&self) -> Iter<'_> {
        match &self.0 {
            Repr::Owned(list) => Iter::Owned(list.iter()),
            Repr::Stored { bytes, .. } => Iter::Stored(bytes),
        }
    }

    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_string).collect()
    }
}

/// The paragraphs of a [`Paragraphs`], as `&str`.
pub enum Iter<'a> {
    Owned(std::slice::Iter<'a, String>),
    Stored(&'a [u8]),
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self {
            Iter::Owned(list) => list.next().map(String::as_str),
            Iter::Stored(rest) => {
                // The decoder has checked every length and every string, so
                // neither `None` below can happen; if one did, the list
                // would end early rather than trap.
                let (text, after) = after_string(rest)?;
                *rest = after;
                std::str::from_utf8(text).ok()
            }
        }
    }
}

/// Bytes `at..end` of the `i`th stored string, when they are whole
/// characters.
fn stored_slice(bytes: &'static [u8], i: usize, at: usize, end: usize) -> Option<&'static str> {
    std::str::from_utf8(nth_stored(bytes, i)?.get(at..end)?).ok()
}

/// The bytes of the `i`th length-prefixed string of `bytes`. The ones
/// before are stepped over by their lengths alone, unread.
fn nth_stored(bytes: &[u8], i: usize) -> Option<&[u8]> {
    let mut rest = bytes;
    for _ in 0..i {
        rest = after_string(rest)?.1;
    }
    Some(after_string(rest)?.0)
}

/// The first length-prefixed string of `bytes`, and the bytes after it.
fn after_string(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let (n, used) = leb128(bytes)?;
    let end = used.checked_add(usize::try_from(n).ok()?)?;
    Some((bytes.get(used..end)?, bytes.get(end..)?))
}

impl<'a> IntoIterator for &'a Paragraphs {
    type Item = &'a str;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl Default for Paragraphs {
    fn default() -> Paragraphs {
        Paragraphs(Repr::Owned(Vec::new()))
    }
}

impl From<Vec<String>> for Paragraphs {
    fn from(list: Vec<String>) -> Paragraphs {
        Paragraphs(Repr::Owned(list))
    }
}

/// Equal when the texts are, however they are held.
impl PartialEq for Paragraphs {
    fn eq(&self, other: &Paragraphs) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Eq for Paragraphs {}

impl std::fmt::Debug for Paragraphs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two paragraphs as the store writes them: "Ankara met." and "Dönüş".
    static STORED: &[u8] = b"\x0bAnkara met.\x08D\xc3\xb6n\xc3\xbc\xc5\x9f";

    #[test]
    fn stored_slices_borrow_the_embedded_bytes() {
        let stored = Paragraphs::stored(STORED, 2);
        assert!(matches!(
            stored.slice_text(0, 0, 6),
            Some(Text::Borrowed("Ankara"))
        ));
        assert!(matches!(
            stored.slice_text(1, 0, 3),
            Some(Text::Borrowed("Dö"))
        ));
        // Not on a character boundary, or past the end: no text, no trap.
        assert_eq!(stored.slice_text(1, 0, 2), None);
        assert_eq!(stored.slice_text(0, 8, 10), None);
        assert_eq!(stored.slice_text(2, 0, 1), None);
    }

    #[test]
    fn owned_slices_are_copies_of_the_same_text() {
        let owned = Paragraphs::from(vec!["Ankara met.".to_string(), "Dönüş".to_string()]);
        assert!(matches!(owned.slice_text(0, 0, 6), Some(Text::Owned(s)) if s == "Ankara"));
        assert_eq!(owned.slice_text(1, 0, 2), None);
        assert_eq!(owned, Paragraphs::stored(STORED, 2));
    }
}
