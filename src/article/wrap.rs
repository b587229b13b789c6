//! Hard-wrapped text joined back into paragraphs.
//!
//! Articles pasted from e-mail, terminals or plain-text archives are often
//! wrapped at a fixed width, so one sentence runs over several lines:
//! "won the Chicago Marathon on" / "Sunday, breaking the women's". Read line
//! by line, the weekday would be cut off from its sentence and the lede from
//! its end. The project's own format is one paragraph per line, so a line
//! break is a paragraph break unless the text shows it falls inside a
//! sentence.
//!
//! ```
//! use news_timeline::article::wrap::runs_on;
//! assert!(runs_on("won the Chicago Marathon on", "Sunday, breaking the record."));
//! assert!(runs_on("breaking the women's", "world record by two minutes."));
//! assert!(runs_on("reached the village early", "Thursday after the flood."));
//! assert!(!runs_on("The council met on Saturday.", "It voted to close the road."));
//! assert!(!runs_on("Storm warning for the coast", "Forecasters said on Monday ..."));
//! ```

/// Words that cannot end a sentence: a line that ends with one goes on.
const RUNS_ON_AFTER: &[&str] = &[
    "a", "about", "after", "against", "an", "and", "as", "at", "before", "between", "but", "by",
    "during", "for", "from", "her", "his", "in", "into", "its", "nor", "of", "on", "or", "our",
    "over", "than", "that", "the", "their", "to", "under", "which", "who", "whose", "with",
];

/// Whether the break between `line` and the `next` one falls inside a
/// sentence: the line ends with a comma or a word no sentence ends with, or
/// the next line opens in lower case.
pub fn runs_on(line: &str, next: &str) -> bool {
    let line = line.trim_end();
    let next = next.trim_start();
    // A list item opens its own line whatever the one above ends with.
    if line.is_empty() || next.is_empty() || next.starts_with(['-', '*', '•', '–', '—']) {
        return false;
    }
    if line.ends_with([',', ';', '(']) || ends_with_broken_word(line) {
        return true;
    }
    let last = line
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    if RUNS_ON_AFTER.contains(&last) {
        return true;
    }
    // "reached the village early" / "Thursday after ...": a word that
    // leads into a time, then the day or month it leads into.
    let first = next
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if matches!(
        last,
        "early" | "late" | "last" | "next" | "this" | "until" | "since"
    ) && (crate::timex::lexicon::weekday(first).is_some()
        || crate::timex::lexicon::is_month_word(first))
    {
        return true;
    }
    let ends_sentence = line.ends_with(['.', '!', '?', ':', '"', '\u{201D}']);
    !ends_sentence && next.starts_with(|c: char| c.is_lowercase())
}

/// "well-" at a line's end: a word broken at its hyphen.
fn ends_with_broken_word(line: &str) -> bool {
    line.strip_suffix('-')
        .and_then(|rest| rest.chars().last())
        .is_some_and(char::is_alphabetic)
}

/// Which breaks of a block of consecutive non-blank lines to join: `true`
/// at `i` joins line `i` to line `i + 1`. A break that runs on is joined;
/// where most of a block's breaks run on, the block is wrapped text and all
/// of it is one paragraph, but for a title line on top.
pub fn joins(lines: &[&str], looks_like_title: impl Fn(&str) -> bool) -> Vec<bool> {
    let mut joins: Vec<bool> = lines.windows(2).map(|w| runs_on(w[0], w[1])).collect();
    let running = joins.iter().filter(|&&j| j).count();
    if joins.len() >= 2 && running >= 2 && 2 * running >= joins.len() {
        let title_on_top = !joins[0] && looks_like_title(lines[0].trim());
        for (i, join) in joins.iter_mut().enumerate() {
            *join = !(i == 0 && title_on_top);
        }
    }
    joins
}

/// Joins two lines of one paragraph: a hyphenated word broken at its
/// hyphen closes up ("well-" + "known"), others take a space.
pub fn join_into(paragraph: &mut String, next: &str) {
    if !ends_with_broken_word(paragraph) {
        paragraph.push(' ');
    }
    paragraph.push_str(next);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_per_paragraph_is_kept() {
        let lines = [
            "The council met on Saturday.",
            "It voted to close the road.",
            "Residents said they were relieved",
        ];
        assert_eq!(joins(&lines, |_| false), [false, false]);
    }

    /// Blind read, stop 20 (mended in stop 21): a two-line paragraph
    /// wrapped between "early" and "Thursday" was read as two, and the
    /// lede lost its day.
    #[test]
    fn a_break_between_a_time_word_and_its_day_runs_on() {
        assert!(runs_on(
            "Rescue teams reached the village early",
            "Thursday after the river burst its banks."
        ));
        assert!(runs_on(
            "Prices have risen every month since",
            "March, the survey found."
        ));
        // A heading that ends in such a word, over a sentence, stays apart.
        assert!(!runs_on(
            "Trains running late",
            "Commuters faced delays on Monday."
        ));
    }

    #[test]
    fn list_items_stay_apart() {
        let lines = [
            "They give three reasons:",
            "- cost, ",
            "- risk, ",
            "- brand.",
        ];
        assert_eq!(joins(&lines, |_| false), [false, false, false]);
    }

    #[test]
    fn wrapped_block_is_one_paragraph() {
        let lines = [
            "Kenya's Ruth Chepngetich won the Chicago Marathon on",
            "Sunday, breaking the women's",
            "world record by nearly two minutes. She ran alone",
            "for most of the race.",
        ];
        assert_eq!(joins(&lines, |_| false), [true, true, true]);
    }

    #[test]
    fn a_title_above_wrapped_text_stays_apart() {
        let lines = [
            "Marathon record falls in Chicago",
            "Kenya's Ruth Chepngetich won the Chicago Marathon on",
            "Sunday, breaking the women's",
            "world record.",
        ];
        assert_eq!(joins(&lines, |_| true), [false, true, true]);
    }

    #[test]
    fn hyphen_breaks_close_up() {
        let mut p = String::from("a well-");
        join_into(&mut p, "known runner");
        assert_eq!(p, "a well-known runner");
        let mut q = String::from("the Paris-");
        join_into(&mut q, "Berlin route");
        assert_eq!(q, "the Paris-Berlin route");
    }
}
