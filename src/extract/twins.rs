//! Twins: which other articles tell the same story as one, judged on
//! their whole text.
//!
//! Two outlets rarely report one event in one sentence's words. "A
//! magnitude 5.9 earthquake struck eastern Turkey's Malatya province on
//! Sunday" and "A strong earthquake shook the province of Malatya in
//! Turkey's east" share three content words in their ledes, too few for
//! [`super::story`], but their articles share the town of Puturge, the
//! agency AFAD, the 5.9, the 14 injured and the aftershocks. An undated
//! report whose lede names nobody (or no one its twin names) can only be
//! joined to its dated twin, and dated by it, on that evidence; so can a
//! dated report whose lede names no one the other outlet's report of that
//! day names ("a former director of the lender was convicted", "a jury
//! convicted Alan Pryce").
//!
//! This module finds, for each article that needs it, the articles most
//! alike in their whole text: a cosine of weighted terms, where a term is
//! a stemmed content word, names and figures counting twice, and words
//! that many articles share counting little. [`super::cluster`] decides
//! whether the best of them is the same *event* (kinds, places and dates
//! agree, and no other event's report is nearly as alike).
//!
//! ```
//! use news_timeline::extract::twins::likeness;
//! let articles = [
//!     ["Quake hits Malatya", "A magnitude 5.9 earthquake struck Malatya province on Sunday near the town of Puturge, injuring 14 people, the agency AFAD said."],
//!     ["14 hurt in Malatya tremor", "A strong earthquake shook Malatya, leaving 14 people hurt in the district of Puturge. AFAD measured the tremor at 5.9."],
//!     ["Storm Ciaran cuts power", "Storm Ciaran left 1.2 million homes in France without power, the grid operator Enedis said."],
//! ];
//! // The first and the last are dated, a week apart; the second is not.
//! let alike = likeness(&articles, &[Some(100), None, Some(107)]);
//! assert_eq!(alike[1][0].0, 0);
//! assert!(alike[0].is_empty(), "dated reports are compared with those of their days");
//! ```

use super::anchors::STOPWORDS;
use crate::fasthash::FastMap;
use crate::search::stem::stem;
use crate::search::tokens::scan;

/// Most articles a term may be in and still be compared through, however
/// large the corpus (see `likeness`, which allows one article in fifty).
const COMMON: usize = 2000;

/// How many of the most alike articles are kept for each.
const KEPT: usize = 4;

/// Least likeness kept: below it two articles are about different things.
const FLOOR: f32 = 0.1;

/// For each article, the articles most alike in their whole text, as
/// (article, cosine) from the most alike down: for an undated one
/// (`days[i]` is `None`), among the dated ones; for a dated one, among
/// the dated ones published within a day of it (another outlet's report
/// of that day's news, worded its own way). A corpus with no dated
/// article, or none with another a day from it and no undated one, costs
/// nothing.
///
/// Each article is given as its title and its text, read in place, and
/// `days` as its publication day's number.
pub fn likeness(articles: &[[&str; 2]], days: &[Option<i32>]) -> Vec<Vec<(u32, f32)>> {
    let mut out = vec![Vec::new(); articles.len()];
    let mut dated: Vec<u32> = (0..articles.len() as u32)
        .filter(|&a| days[a as usize].is_some())
        .collect();
    // By day, so that a dated article finds those of its days by halving.
    dated.sort_by_key(|&a| (days[a as usize], a));
    let undated = dated.len() < articles.len();
    let neighbours = dated
        .windows(2)
        .any(|w| days[w[1] as usize].unwrap_or(0) - days[w[0] as usize].unwrap_or(0) <= 1);
    if dated.is_empty() || !(undated || neighbours) {
        return out;
    }
    let mut ids: FastMap<String, u32> = FastMap::default();
    let counts: Vec<Vec<(u32, f32)>> = articles
        .iter()
        .map(|parts| term_counts(parts, &mut ids))
        .collect();
    let mut df = vec![0u32; ids.len()];
    for doc in &counts {
        for &(t, _) in doc {
            df[t as usize] += 1;
        }
    }
    let n = articles.len() as f32;
    let vectors: Vec<Vec<(u32, f32)>> = counts
        .into_iter()
        .map(|doc| {
            let mut v: Vec<(u32, f32)> = doc
                .into_iter()
                .map(|(t, c)| (t, (1.0 + c.ln()) * (1.0 + n / df[t as usize] as f32).ln()))
                .collect();
            let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                for (_, w) in &mut v {
                    *w /= norm;
                }
            }
            v
        })
        .collect();
    // Words in more than one article in fifty say little of which event
    // an article tells, and walking their lists would make the search
    // quadratic in the corpus.
    let common = (articles.len() / 50).clamp(16, COMMON);
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); ids.len()];
    for &a in &dated {
        for &(t, w) in &vectors[a as usize] {
            if df[t as usize] as usize <= common {
                postings[t as usize].push((a, w));
            }
        }
    }
    let day_of = |b: u32| days[b as usize].unwrap_or(i32::MIN);
    let mut scores: FastMap<u32, f32> = FastMap::default();
    for (a, v) in vectors.iter().enumerate() {
        let day = days[a];
        if day.is_some() && !neighbours {
            continue;
        }
        scores.clear();
        for &(t, w) in v {
            let list = &postings[t as usize];
            let list = match day {
                None => &list[..],
                Some(d) => {
                    let from = list.partition_point(|&(b, _)| day_of(b) < d - 1);
                    let to = list.partition_point(|&(b, _)| day_of(b) <= d + 1);
                    &list[from..to]
                }
            };
            for &(b, wb) in list {
                if b as usize != a {
                    *scores.entry(b).or_default() += w * wb;
                }
            }
        }
        let mut best: Vec<(u32, f32)> = scores
            .iter()
            .filter(|(_, &s)| s >= FLOOR)
            .map(|(&b, &s)| (b, s))
            .collect();
        best.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        best.truncate(KEPT);
        out[a] = best;
    }
    out
}

/// An article's terms with their counts: stems of content words, a name
/// (a capitalised word) or a figure counting twice, since they say which
/// event it is more than common words do.
fn term_counts(parts: &[&str], ids: &mut FastMap<String, u32>) -> Vec<(u32, f32)> {
    let mut counts: FastMap<u32, f32> = FastMap::default();
    for text in parts {
        count_terms(text, ids, &mut counts);
    }
    let mut out: Vec<(u32, f32)> = counts.into_iter().collect();
    out.sort_unstable_by_key(|&(t, _)| t);
    out
}

/// Adds the terms of one part of an article to its counts.
fn count_terms(text: &str, ids: &mut FastMap<String, u32>, counts: &mut FastMap<u32, f32>) {
    scan(text, |key, range, _, _| {
        let figure = key.bytes().any(|b| b.is_ascii_digit());
        if !figure && (key.chars().count() < 3 || STOPWORDS.contains(&key)) {
            return;
        }
        let named = figure
            || text[range.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        let term = if figure { key.to_string() } else { stem(key) };
        let next = ids.len() as u32;
        let id = *ids.entry(term).or_insert(next);
        *counts.entry(id).or_default() += if named { 2.0 } else { 1.0 };
    });
}
