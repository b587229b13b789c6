//! Which event a day named in the sentence belongs to: a weekday that
//! owns another event ("Wednesday's earthquake"), a day a saying reports
//! with its own verb, a verb that tells the past.

use super::{is_weekday, triggers, EventKind, Frame, Sent};
use crate::entities::titles::SPEECH_VERBS;
use crate::entities::tokens::Kind;
use std::ops::Range;

impl Sent<'_> {
    /// An event a weekday owns in the sentence, of another kind than its
    /// event `main`: "Wednesday's earthquake" in "The death toll from
    /// Wednesday's earthquake rose to 112 on Friday".
    pub(super) fn owned_by_a_day(&self, range: Range<usize>, main: &Frame) -> Option<Frame> {
        // "Sunday's presidential election": the first word after the
        // possessive that a list knows.
        let (day, i, kind) = (2..self.toks.len()).find_map(|i| {
            let day = self.day_s_possessive_before(i)?;
            let kind = triggers::trigger(self.folded[i], self.folded.get(i + 1).copied())?;
            (self.toks[i].kind == Kind::Word && self.toks[i].start != main.trigger.start)
                .then_some((day, i, kind))
        })?;
        if kind == main.kind || kind == EventKind::Statement {
            return None;
        }
        let t = self.toks[i];
        // The phrase that tells it, not the sentence that tells another
        // event: "Wednesday's earthquake in eastern Turkey", up to the
        // sentence's own verb or a comma.
        let end = (i + 1..self.toks.len())
            .find(|&k| {
                matches!(
                    self.folded[k],
                    "," | ";" | ":" | "\"" | "\u{201C}" | "they" | "he" | "she" | "it" | "we"
                ) || self.toks[k].start == main.trigger.start
            })
            .map_or(range.end, |k| self.toks[k - 1].end);
        // "last Thursday's takeover": the whole expression of the day.
        let day = match day.checked_sub(1).map(|k| self.folded[k]) {
            Some("last" | "next" | "this" | "past") => day - 1,
            _ => day,
        };
        let start = self.toks[day].start;
        // "welcomed Thursday's conviction of its founder Viktor Halloran":
        // who took part, where the kind needs someone.
        let participants = if kind.is_placeless() {
            Vec::new()
        } else {
            let mut sides = self.participants(kind, i);
            if sides.is_empty() {
                return None;
            }
            // "The regulator said it would investigate last Thursday's
            // takeover of Fenwick Bank by Harcourt Group": the sides the
            // phrase names, where it names any.
            let inside = |&m: &usize| {
                let m = &self.mentions[m];
                m.start >= start && m.end <= end
            };
            if sides.iter().any(inside) {
                sides.retain(inside);
            }
            sides
        };
        Some(self.told_besides(&(start..end.max(t.end)), i, kind, participants))
    }

    /// Whether a day is named before token `end`: a weekday, "yesterday",
    /// "overnight", "the weekend", "on June 3".
    pub(super) fn names_a_day_before(&self, end: usize) -> bool {
        (1..end).any(|k| self.names_a_day_at(k))
    }

    /// Whether token `k` (not the first) names a day, as
    /// [`Sent::names_a_day_before`] reads them.
    pub(super) fn names_a_day_at(&self, k: usize) -> bool {
        k > 0 && {
            let month = matches!(
                self.folded[k],
                "january"
                    | "february"
                    | "march"
                    | "april"
                    | "june"
                    | "july"
                    | "august"
                    | "september"
                    | "october"
                    | "november"
                    | "december"
            );
            is_weekday(self.folded[k])
                || matches!(self.folded[k], "yesterday" | "overnight" | "weekend")
                || month && self.folded[k - 1] == "on"
        }
    }

    /// The verb of a finished event that a saying at token `said` reports
    /// with its own day: "said on Tuesday that its forces had captured
    /// Al-Rai on Sunday", "said hackers had stolen data last month". The
    /// verb is a past participle after "had" (or "had been"), within a few
    /// words of the saying, and a day or "last" follows it in its clause.
    pub(super) fn reported_with_its_day(&self, said: usize) -> Option<usize> {
        let n = self.toks.len();
        let ends = |k: usize| matches!(self.folded[k], "." | ";" | "," | ":" | "?" | "!");
        let had = (said + 1..n.min(said + 12))
            .take_while(|&k| !ends(k) || self.folded[k] == ",")
            .find(|&k| self.folded[k] == "had")?;
        // Not "had unfinished business": an adjective of "un-".
        let verb = (had + 1..n.min(had + 3))
            .find(|&k| self.folded[k] != "been" && !self.folded[k].ends_with("ly"))
            .filter(|&k| {
                crate::sentences::is_past_participle(self.folded[k])
                    && !self.folded[k].starts_with("un")
            })?;
        // A day after "on" or the like: "unfinished business with
        // Wednesday" names a club.
        let day = |k: usize| {
            (self.names_a_day_at(k)
                && matches!(
                    self.folded[k - 1],
                    "on" | "last" | "late" | "early" | "this" | "since" | "overnight"
                ))
                || matches!(self.folded[k], "yesterday" | "last")
        };
        (verb + 1..n)
            .take_while(|&k| !ends(k))
            .any(day)
            .then_some(verb)
    }

    /// Whether the verb at token `verb` tells something that happened:
    /// "ended", "was found", "broke", not "could cut" or "face".
    pub(super) fn tells_the_past(&self, verb: usize) -> bool {
        const PAST: [&str; 50] = [
            "found", "hit", "won", "lost", "broke", "fell", "rose", "struck", "shot", "stole",
            "sank", "began", "took", "made", "left", "met", "held", "sold", "led", "ran", "went",
            "came", "paid", "gave", "saw", "set", "cut", "kept", "drove", "flew", "fled", "built",
            "caught", "brought", "sent", "beat", "spent", "became", "fought", "stood", "slept",
            "grew", "threw", "bought", "sought", "swept", "shook", "drew", "chose", "hid",
        ];
        // The verb group before it: "should be set up", "was found".
        let group = (0..verb)
            .rev()
            .map(|k| self.folded[k])
            .filter(|w| !(w.ends_with("ly") || matches!(*w, "also" | "just" | "already" | "not")))
            .take_while(|w| triggers::is_auxiliary(w) || *w == "to");
        let mut perfect_or_passive = false;
        for w in group {
            match w {
                "will" | "would" | "could" | "may" | "might" | "should" | "must" | "can"
                | "shall" | "to" => return false,
                "was" | "were" | "had" | "has" | "have" | "been" => perfect_or_passive = true,
                _ => {}
            }
        }
        let w = self.folded[verb];
        // "suggested …, a documentary has revealed" is still what was said.
        let saying = SPEECH_VERBS.contains(&w)
            || matches!(
                triggers::trigger(w, self.folded.get(verb + 1).copied()),
                Some(EventKind::Statement | EventKind::Announcement)
            );
        !saying && (perfect_or_passive || (w.len() > 3 && w.ends_with("ed")) || PAST.contains(&w))
    }
}
