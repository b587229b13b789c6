//! Who and where: named-entity recognition and cross-document resolution.
//!
//! [`recognize`] finds people, places and organisations in one text, with
//! the role the text gives a person ("Foreign Minister", "head of the
//! Shura Council"). A [`Resolver`] then folds mentions from many documents
//! into [`Entity`] records with one canonical name each: "Angela Merkel",
//! "Chancellor Merkel" and a later "Merkel" become one person; "Britain"
//! and "UK" one country; "Financial Conduct Authority (FCA)" and a later
//! "FCA" one organisation.
//!
//! ```
//! use news_timeline::entities::{recognize, EntityKind, Resolver};
//! let text = "German Chancellor Angela Merkel met President Emmanuel Macron in Paris. \
//!             Merkel said the talks were useful.";
//! let mentions = recognize(text);
//! let mut resolver = Resolver::new();
//! let ids = resolver.add(text, &mentions);
//! let merkel = &resolver.entities()[ids[0]];
//! assert_eq!(merkel.name, "Angela Merkel");
//! assert_eq!(merkel.roles, ["Chancellor"]);
//! assert_eq!(ids[0], ids[3]);
//! assert_eq!(mentions[2].kind, EntityKind::Place);
//! ```
//!
//! Recognition is rule-based: a gazetteer of countries, cities and regions,
//! lists of title words and organisation head words, a small list of given
//! names, and evidence gathered across the whole document (a surname seen
//! once with a title is a person everywhere in that document). It prefers
//! missing a name to inventing one.

pub mod gazetteer;
pub mod recognize;
pub mod resolve;
pub mod titles;
pub mod tokens;

pub use recognize::{recognize, recognize_with};
pub use resolve::{Entity, Resolver};

/// What a named entity is: the corpus model's kind, so that recognition
/// and the embedded corpus speak one vocabulary.
pub use crate::model::EntityKind;

/// One occurrence of a name in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    pub kind: EntityKind,
    /// The text as written, without a possessive `'s`.
    pub surface: String,
    /// For a person, the role the text gives them right here.
    pub role: Option<String>,
}
