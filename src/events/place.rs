//! Where it happened: the place after "in" or "at" nearest the trigger,
//! a place's possessive, and the venue.

use super::{triggers, EventKind, Sent, DETERMINERS};
use crate::entities::titles::{is_compass_part, is_kind_of_place, is_venue_head};
use crate::entities::tokens::{is_capitalized, Kind};
use crate::entities::EntityKind;

/// Words for a settlement that a place owns: "Oman's capital, Muscat".
fn is_settlement(word: &str) -> bool {
    matches!(
        word,
        "capital" | "city" | "town" | "port" | "village" | "province" | "region" | "state"
    )
}

impl Sent<'_> {
    /// Whether the sentence says where a meeting was: "the meeting took
    /// place at ...", "talks were held in ...".
    pub(super) fn mentions_a_meeting(&self) -> bool {
        let meeting = (0..self.toks.len()).any(|i| {
            let next = self.folded.get(i + 1).copied();
            matches!(
                triggers::trigger(self.folded[i], next),
                Some(EventKind::Meeting | EventKind::Talks)
            )
        });
        let located = self.folded.windows(2).any(|w| {
            matches!(
                (w[0], w[1]),
                ("took" | "takes", "place") | ("was" | "were" | "be", "held")
            )
        });
        meeting && located
    }

    /// A place mention right after "in" anywhere in the sentence.
    pub(super) fn place_after_in(&self) -> Option<usize> {
        self.inside.iter().copied().find(|&m| {
            let mention = &self.mentions[m];
            let k = self.tok_at(mention.start);
            mention.kind == EntityKind::Place && k > 0 && matches!(self.folded[k - 1], "in" | "at")
        })
    }

    /// The place: a place mention after "in"/"at", nearest after the trigger.
    pub(super) fn place(&self, i: usize, kind: EventKind, participants: &[usize]) -> Option<usize> {
        let trig = self.toks[i].start;
        // "Whitcombe, who was born in Leeds in 1932, died in Bath": a
        // place in a description of someone is not where it happened.
        // (When no listed event follows, the aside may hold the news:
        // "Markova, who has died in Bath aged 94, was the first ...".)
        let asides = if kind == EventKind::Other {
            Vec::new()
        } else {
            self.closed_asides(i)
        };
        let located: Vec<usize> = self
            .inside
            .iter()
            .copied()
            .filter(|m| !participants.contains(m))
            .filter(|&m| {
                let mention = &self.mentions[m];
                if mention.kind != EntityKind::Place {
                    return false;
                }
                let k = self.tok_at(mention.start);
                if asides.get(k).copied().unwrap_or(false) {
                    return false;
                }
                let prev = |d: usize| k.checked_sub(d).map(|p| self.folded[p]);
                let prep = |w: Option<&str>| {
                    matches!(
                        w,
                        Some(
                            "in" | "at"
                                | "near"
                                | "inside"
                                | "to"
                                | "through"
                                | "across"
                                | "throughout"
                                | "off"
                        )
                    )
                };
                // "as he tried to board a flight to Dubai": where he was
                // going, not where it happened.
                let bound_for = prev(1) == Some("to")
                    && matches!(
                        prev(2),
                        Some("flight" | "flights" | "plane" | "ferry" | "train" | "bus")
                    );
                // "is expected to fly home to Sheffield at the weekend",
                // "will return to Lagos": where someone is yet to go, not
                // where the event happened.
                let going = |d: usize| {
                    prev(d).is_some_and(|w| {
                        matches!(
                            w,
                            "fly" | "return" | "travel" | "head" | "go" | "move" | "sail" | "drive"
                        )
                    }) && matches!(
                        prev(d + 1),
                        Some("to" | "will" | "would" | "shall" | "ll" | "can" | "could")
                    )
                };
                let yet_to_go =
                    prev(1) == Some("to") && (going(2) || prev(2) == Some("home") && going(3));
                if bound_for || yet_to_go {
                    return false;
                }
                // "on the Greek island of Rhodes", "struck the province of
                // Hatay", "in the southern Italian region of Apulia".
                // "brought winds to parts of Scotland", "across much of
                // Spain": a share of the place is still where.
                // "in 12 districts of Assam": a count of its parts too.
                let counted = |w: Option<&str>| {
                    w.is_some_and(|w| {
                        w.bytes().all(|b| b.is_ascii_digit())
                            || matches!(w, "two" | "three" | "four" | "five" | "several" | "many")
                    })
                };
                let named_area = prev(1) == Some("of")
                    && prev(2).is_some_and(|w| {
                        is_kind_of_place(w)
                            || matches!(w, "parts" | "much" | "most" | "swathes" | "areas")
                                && prep(prev(3))
                            // "took to the streets of Paris": where the
                            // marchers were.
                            || w == "streets" && prev(3) == Some("the")
                            || is_kind_of_place(w.strip_suffix('s').unwrap_or(w))
                                && counted(prev(3))
                                && prep(prev(4))
                    });
                // "in eastern Ukraine", "through central Tbilisi", "in the
                // northern Philippines".
                let part_of = prev(1).is_some_and(is_compass_part)
                    && (prep(prev(2)) || prev(2) == Some("the") && prep(prev(3)));
                // "forests north of Athens", "40km south of Izmir".
                let bearing = prev(1) == Some("of")
                    && prev(2).is_some_and(|w| {
                        matches!(
                            w,
                            "north"
                                | "south"
                                | "east"
                                | "west"
                                | "north-east"
                                | "north-west"
                                | "south-east"
                                | "south-west"
                                | "northeast"
                                | "northwest"
                                | "southeast"
                                | "southwest"
                                | "outskirts"
                        )
                    });
                let city_court = self.names_a_court(mention);
                // "An earthquake struck southern Peru", "a storm battered
                // Florida": what a disaster or an attack hit.
                let hit = |w: &str| {
                    matches!(
                        w,
                        "struck"
                            | "hit"
                            | "hits"
                            | "rocked"
                            | "shook"
                            | "battered"
                            | "lashed"
                            | "pounded"
                            | "ravaged"
                            | "devastated"
                    )
                };
                let struck = matches!(kind, EventKind::Disaster | EventKind::Attack)
                    && (prev(1).is_some_and(hit)
                        || prev(1).is_some_and(|w| w == "the" || is_compass_part(w))
                            && prev(2).is_some_and(hit));
                // "visited Doha", "toured Kyiv": what a visit's verb takes.
                let visited = kind == EventKind::Visit && k == i + 1;
                // "in Oman's capital, Muscat": the city, not the country
                // (but "in Egypt's capital on Monday" names only Egypt).
                let end = self.tok_at(mention.end);
                let owns_the_city = self
                    .toks
                    .get(end)
                    .is_some_and(|t| t.kind == Kind::Possessive)
                    && self.folded.get(end + 1).is_some_and(|&w| is_settlement(w))
                    && self.folded.get(end + 2) == Some(&",");
                // The city's name stands alone between commas: not "hit the
                // port, Russia said".
                let named_city = prev(1) == Some(",")
                    && prev(2).is_some_and(is_settlement)
                    && self
                        .folded
                        .get(end)
                        .is_none_or(|&w| matches!(w, "," | "." | ";"));
                !owns_the_city
                    && (visited
                        || named_city
                        || named_area
                        || part_of
                        || bearing
                        || city_court
                        || struck
                        || prep(prev(1))
                        || (prev(1) == Some("the") && prep(prev(2))))
            })
            .map(|m| self.owned_place(m).unwrap_or(m))
            .collect();
        // "agreed to build engines in India, after talks in Washington":
        // a place in an agreement's or deal's infinitive complement is
        // where the thing agreed on will be, not where the event was; in a
        // meeting's, talks' or visit's ("met Sisi to discuss a ceasefire in
        // Sudan") it is what they were about. (For other kinds it is often
        // the news: "was forced to retire in Marseille", "aims to win in
        // Athens".)
        let applies = matches!(
            kind,
            EventKind::Agreement
                | EventKind::Deal
                | EventKind::Meeting
                | EventKind::Talks
                | EventKind::Visit
        );
        // Whether each token after the trigger stands in such a
        // complement, in one pass so that a long list of places stays
        // linear.
        let n = self.toks.len();
        let mut infinitive = Vec::new();
        if applies {
            infinitive.resize(i + 1, false);
            let mut inside = false;
            for k in i + 1..n {
                infinitive.push(inside);
                match self.folded[k] {
                    // A comma, or a clause of time or manner, ends it:
                    // "to protect the seas after talks in New York".
                    "," | ";" | "after" | "before" | "following" | "during" | "while" | "when" => {
                        inside = false
                    }
                    "to" if k + 1 < n
                        && self.toks[k + 1].kind == Kind::Word
                        && !is_capitalized(
                            &self.text[self.toks[k + 1].start..self.toks[k + 1].end],
                        )
                        && !DETERMINERS.contains(&self.folded[k + 1])
                        // "is expected to be signed in Manhattan": the event's own verb.
                        && self.folded[k + 1] != "be" =>
                    {
                        inside = true
                    }
                    _ => {}
                }
            }
            infinitive.push(inside);
        }
        let in_infinitive = |m: usize| {
            infinitive
                .get(self.tok_at(self.mentions[m].start))
                .copied()
                .unwrap_or(false)
        };
        // "went on strike on Tuesday, halting traffic at Europe's largest
        // port": a participle clause after a comma tells a consequence,
        // whose place is the event's only when nothing nearer is named.
        let in_consequence = |m: usize| {
            let at = self.tok_at(self.mentions[m].start);
            (i + 1..at).any(|k| {
                self.folded[k] == ","
                    && self
                        .folded
                        .get(k + 1)
                        .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
            })
        };
        // (For a deal or an agreement, never: "agreed to acquire SolarPeak,
        // adding projects in Andalusia" says what was bought.)
        let nearer = |m: usize| {
            !in_consequence(m)
                || !matches!(kind, EventKind::Deal | EventKind::Agreement)
                    && located.iter().all(|&o| o == m || in_consequence(o))
        };
        // "returned 22 sculptures to Nigeria at a ceremony in Berlin": where
        // something went, when the clause goes on to say where it happened
        // (but a visit to a place is there).
        let prep_of = |m: usize| {
            self.tok_at(self.mentions[m].start)
                .checked_sub(1)
                .map(|p| self.folded[p])
        };
        let destination = |m: usize| {
            kind != EventKind::Visit
                && prep_of(m) == Some("to")
                && located.iter().any(|&o| {
                    let (from, to) = (
                        self.tok_at(self.mentions[m].end),
                        self.tok_at(self.mentions[o].start),
                    );
                    o != m
                        && from < to
                        && matches!(prep_of(o), Some("in" | "at"))
                        && !self.folded[from..to].contains(&",")
                })
        };
        located
            .iter()
            .copied()
            .find(|&m| {
                self.mentions[m].start > trig && !in_infinitive(m) && nearer(m) && !destination(m)
            })
            .or_else(|| {
                located
                    .iter()
                    .rev()
                    .copied()
                    .find(|&m| self.mentions[m].start < trig)
            })
    }

    /// The place a place's possessive names, where that is one: "struck
    /// eastern Turkey's Malatya province" happened in Malatya.
    fn owned_place(&self, m: usize) -> Option<usize> {
        let end = self.tok_at(self.mentions[m].end);
        if self.toks.get(end)?.kind != Kind::Possessive {
            return None;
        }
        self.inside.iter().copied().find(|&p| {
            self.mentions[p].kind == EntityKind::Place
                && self.tok_at(self.mentions[p].start) == end + 1
        })
    }

    /// A venue: "at the Dolmabahçe Office", "at Old Trafford Stadium".
    pub(super) fn venue(&self) -> Option<String> {
        let n = self.toks.len();
        for k in 0..n {
            if self.folded[k] != "at" {
                continue;
            }
            let mut s = k + 1;
            if s < n && self.folded[s] == "the" {
                s += 1;
            }
            let mut e = s;
            while e < n
                && self.toks[e].kind == Kind::Word
                && is_capitalized(&self.text[self.toks[e].start..self.toks[e].end])
            {
                e += 1;
            }
            if e > s && is_venue_head(self.folded[e - 1]) {
                return Some(self.text[self.toks[s].start..self.toks[e - 1].end].to_string());
            }
        }
        None
    }
}
