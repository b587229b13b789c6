//! What happened: one event frame per event-bearing sentence.
//!
//! A frame has a kind (meeting, talks, statement, attack...), the trigger
//! word that gave it away, the participants (the people or organisations
//! on either side of the trigger, with coordinated names: "X and Y met",
//! "talks between X and Y", "X received Y"), the place ("in Paris") and a
//! venue ("at the Elysee Palace"). The lede's frame is marked `is_main`:
//! the first full sentence with an event (headings and navigation lines
//! have no final mark and do not count); when the lede uses a verb no
//! trigger list knows, it still gets a frame of kind `Other`.
//!
//! ```
//! use news_timeline::entities::recognize;
//! use news_timeline::events::{frames, EventKind};
//! let text = "Chancellor Olaf Scholz met President Emmanuel Macron at the Elysee Palace \
//!             in Paris on Monday. Scholz said he was pleased.";
//! let mentions = recognize(text);
//! let fs = frames(text, &mentions);
//! let main = &fs[0];
//! assert_eq!(main.kind, EventKind::Meeting);
//! assert!(main.is_main);
//! let who: Vec<&str> = main.participants.iter().map(|&i| mentions[i].surface.as_str()).collect();
//! assert_eq!(who, ["Olaf Scholz", "Emmanuel Macron"]);
//! assert_eq!(mentions[main.place.unwrap()].surface, "Paris");
//! assert_eq!(main.venue.as_deref(), Some("Elysee Palace"));
//! assert_eq!(fs[1].kind, EventKind::Statement);
//! ```
//!
//! Frames are built from word order alone, clause by clause: no parser,
//! so a sentence costs time in proportion to its length.

mod clauses;
mod days;
mod place;
mod roles;
mod senses;
pub mod triggers;

use crate::entities::titles::{is_title, is_title_modifier, SPEECH_VERBS};
use crate::entities::tokens::{is_capitalized, Analysis, Kind, Token};
use crate::entities::{EntityKind, Mention};
use senses::released_thing;
pub use senses::to_the_polls;
use std::ops::Range;

/// What kind of event a sentence reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Ord, PartialOrd)]
pub enum EventKind {
    Meeting,
    Talks,
    Visit,
    Agreement,
    Deal,
    Attack,
    /// Floods, earthquakes, storms, wildfires: no one does them, so they
    /// need no participants.
    Disaster,
    Ruling,
    Election,
    Resignation,
    Appointment,
    /// Hostages, prisoners or detainees set free; above the arrest it may
    /// look back on ("freed two years after being detained").
    Release,
    Arrest,
    /// Marches, rallies and demonstrations, often by people no one names.
    Protest,
    Announcement,
    /// A prize, an award or an honour won or given: "won the Booker
    /// Prize", "was awarded the Nobel Prize".
    Award,
    Match,
    /// Below what a court, a vote or a match says ("ruled that X's death
    /// was unlawful" is a ruling), above a statement about it.
    Death,
    Statement,
    Change,
    Other,
}

impl EventKind {
    /// Lower-case name: "meeting", "talks", ...
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Meeting => "meeting",
            EventKind::Talks => "talks",
            EventKind::Visit => "visit",
            EventKind::Agreement => "agreement",
            EventKind::Deal => "deal",
            EventKind::Attack => "attack",
            EventKind::Disaster => "disaster",
            EventKind::Death => "death",
            EventKind::Ruling => "ruling",
            EventKind::Election => "election",
            EventKind::Resignation => "resignation",
            EventKind::Appointment => "appointment",
            EventKind::Release => "release",
            EventKind::Arrest => "arrest",
            EventKind::Protest => "protest",
            EventKind::Announcement => "announcement",
            EventKind::Award => "award",
            EventKind::Match => "match",
            EventKind::Change => "change",
            EventKind::Statement => "statement",
            EventKind::Other => "other",
        }
    }

    /// A march, a fire or a release names where it happened, not who
    /// took part: a place is never one of its sides.
    pub fn is_placeless(self) -> bool {
        matches!(
            self,
            EventKind::Protest | EventKind::Disaster | EventKind::Release
        )
    }
}

/// One event reported by one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// Byte range of the sentence.
    pub sentence: Range<usize>,
    /// Byte range of the trigger word.
    pub trigger: Range<usize>,
    pub kind: EventKind,
    /// Indices into the mentions slice: who took part.
    pub participants: Vec<usize>,
    /// Index into the mentions slice: where it happened.
    pub place: Option<usize>,
    /// A building or room: "Elysee Palace".
    pub venue: Option<String>,
    /// The article's main event (its lede).
    pub is_main: bool,
    /// Told by a later sentence that opens with a time of its own ("On
    /// Jan. 5, Helix disclosed ..."), whatever its verb.
    pub fronted: bool,
}

/// Words that start a clause of its own, comma or not: an auxiliary after
/// one belongs to that clause ("kept rates high but said it could cut"),
/// not to the sentence's subject.
const CLAUSE_STARTS: [&str; 13] = [
    "but", "that", "which", "who", "whom", "whose", "while", "because", "although", "whereas",
    "if", "when", "as",
];

/// Words that start a noun phrase: "to the", "to a" are no infinitive.
pub(crate) const DETERMINERS: [&str; 12] = [
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those",
];

struct Sent<'a> {
    text: &'a str,
    toks: &'a [Token],
    folded: Vec<&'a str>,
    mentions: &'a [Mention],
    /// Indices of the mentions inside this sentence.
    inside: Vec<usize>,
    /// The person the story was last about: the first person taking part
    /// in the article's latest frame, for a sentence that opens with "He".
    antecedent: Option<usize>,
    /// Whether this is the lede, the article's first full sentence.
    lede: bool,
}

/// Builds the event frames of one article.
pub fn frames(text: &str, mentions: &[Mention]) -> Vec<Frame> {
    frames_analysed(&Analysis::new(text), mentions)
}

/// [`frames`] of a text already tokenised ([`Analysis`]).
pub fn frames_analysed(a: &Analysis<'_>, mentions: &[Mention]) -> Vec<Frame> {
    let (text, toks) = (a.text, &a.toks);
    let mut out = Vec::new();
    let mut ti = 0;
    let mut mi = 0;
    let mut seen_full = false;
    // Where meetings took place, by sentence start: (start, venue, place).
    let mut hints: Vec<(usize, Option<String>, Option<usize>)> = Vec::new();
    for range in a.sentences.iter().cloned() {
        while ti < toks.len() && toks[ti].start < range.start {
            ti += 1;
        }
        let ts = ti;
        while ti < toks.len() && toks[ti].end <= range.end {
            ti += 1;
        }
        while mi < mentions.len() && mentions[mi].start < range.start {
            mi += 1;
        }
        // "MANILA (AFP) - A tanker sank off Mindoro": the wire dateline
        // names where the story was filed and who filed it, not who or
        // where the event was (the draft falls back on the filing city).
        let story_start = crate::article::dateline::wire(&text[range.clone()])
            .map_or(range.start, |d| range.start + d.len);
        let mut inside = Vec::new();
        while mi < mentions.len() && mentions[mi].end <= range.end {
            if mentions[mi].start >= story_start {
                inside.push(mi);
            }
            mi += 1;
        }
        let stoks = &toks[ts..ti];
        let sent = Sent {
            text,
            toks: stoks,
            // Words folded, other tokens as written.
            folded: stoks
                .iter()
                .zip(ts..ti)
                .map(|(t, k)| {
                    if t.kind == Kind::Word {
                        a.folded(k)
                    } else {
                        &text[t.start..t.end]
                    }
                })
                .collect(),
            mentions,
            inside,
            antecedent: out
                .last()
                .and_then(|f: &Frame| f.participants.first().copied())
                .filter(|&m| mentions[m].kind == EntityKind::Person),
            lede: !seen_full && is_full(&text[range.clone()]),
        };
        let full = is_full(&text[range.clone()]);
        let mut told_after = None;
        match sent.frame(range.clone(), &mut told_after) {
            Some(frame) => {
                // "The death toll from Wednesday's earthquake rose to 112
                // on Friday": an event a day owns, of another kind.
                let owned = told_after
                    .is_none()
                    .then(|| sent.owned_by_a_day(range.clone(), &frame))
                    .flatten();
                // "On Friday, the prime minister completed a whistle-stop
                // tour": the sentence's own event, told from its time.
                out.push(Frame {
                    fronted: sent.fronted_time().is_some(),
                    ..frame
                });
                // "returned to work on Friday after the unions reached an
                // agreement on Thursday": the clause's own event too.
                out.extend(told_after);
                out.extend(owned);
            }
            // The lede reports the story's event even in words no trigger
            // list knows ("overtook", "brushed aside").
            None if full && !seen_full => {
                if let Some(frame) = sent.other(range.clone()) {
                    let owned = sent.owned_by_a_day(range.clone(), &frame);
                    out.push(frame);
                    out.extend(owned);
                }
            }
            // "On Jan. 5, Helix disclosed that ...", "The previous day, the
            // defence had closed its case": a later sentence that opens
            // with a time of its own tells an event of the story, though
            // no list knows its verb. Its verb is read after the comma.
            None if full && seen_full => {
                if let Some(comma) = sent.fronted_time() {
                    let after = sent.toks[comma].end;
                    let rest = Sent {
                        text,
                        toks: &sent.toks[comma + 1..],
                        folded: sent.folded[comma + 1..].to_vec(),
                        mentions,
                        inside: sent
                            .inside
                            .iter()
                            .copied()
                            .filter(|&m| mentions[m].start >= after)
                            .collect(),
                        antecedent: sent.antecedent,
                        lede: false,
                    };
                    out.extend(rest.other(range.clone()).map(|frame| Frame {
                        fronted: true,
                        ..frame
                    }));
                } else if let Some(verb) = sent
                    .named_subject_s_past_verb()
                    .or_else(|| sent.described_subject_s_past_verb())
                {
                    // "The company recalled 300 jets in March": a name
                    // and a verb in the past no list knows. Whether it is
                    // an event of its own is for its date to say.
                    out.push(sent.other_at(range.clone(), verb));
                }
            }
            None => {}
        }
        // "Chief executive Jane Holt, who resigned in December, attended":
        // what the aside tells of the name is an event of its own, which
        // its own date (if any) decides is worth a place on the timeline.
        for frame in sent.told_in_an_aside(range.clone()) {
            match out.iter_mut().find(|f| f.trigger == frame.trigger) {
                // The sentence's own frame found the clause's verb but not
                // whom it tells of.
                Some(same) if same.participants.is_empty() => {
                    same.participants = frame.participants;
                }
                Some(_) => {}
                None => out.push(frame),
            }
        }
        if sent.mentions_a_meeting() {
            hints.push((range.start, sent.venue(), sent.place_after_in()));
        }
        seen_full |= full;
    }
    mark_main(text, &mut out);
    // "The closed-door meeting took place at the Dolmabahçe Office": a
    // sentence right after the lede that only says where the meeting was.
    if let Some(main) = out.iter_mut().find(|f| f.is_main) {
        if matches!(main.kind, EventKind::Meeting | EventKind::Talks) {
            let next = hints
                .iter()
                .filter(|h| h.0 >= main.sentence.end)
                .take(2)
                .collect::<Vec<_>>();
            if main.venue.is_none() {
                main.venue = next.iter().find_map(|h| h.1.clone());
            }
            if main.place.is_none() {
                main.place = next.iter().find_map(|h| h.2);
            }
        }
    }
    out
}

/// A full sentence ends with a mark; headings and navigation lines
/// ("Press Enter to skip to content") do not.
fn is_full(sentence: &str) -> bool {
    sentence
        .trim_end()
        .ends_with(['.', '!', '?', '"', '\u{201D}', ')'])
        && sentence.split_whitespace().count() >= 5
}

fn is_relative_pronoun(word: &str) -> bool {
    matches!(word, "which" | "who" | "whom" | "whose")
}

/// The lede is the first full sentence with an event.
fn mark_main(text: &str, frames: &mut [Frame]) {
    let full = |f: &Frame| is_full(&text[f.sentence.clone()]);
    let pick = (0..frames.len())
        .find(|&i| full(&frames[i]))
        .or((!frames.is_empty()).then_some(0));
    if let Some(i) = pick {
        frames[i].is_main = true;
    }
}

/// Whether a folded word is a weekday's full name (not the first three
/// letters that `timex::lexicon::weekday` reads: "Sun-Times" is no day).
fn is_weekday(w: &str) -> bool {
    crate::civil::Weekday::ALL
        .iter()
        .any(|d| d.name().eq_ignore_ascii_case(w))
}

impl Sent<'_> {
    /// Where the sentence's news is another verb than the event `chosen`
    /// ("arrived on Thursday, two days after she was freed"), `chosen` is
    /// told too, counted back from it.
    fn tell_besides(
        &self,
        range: &Range<usize>,
        chosen: &Option<(EventKind, usize, Vec<usize>)>,
        told_after: &mut Option<Frame>,
    ) {
        if let Some((kind, i, participants)) = chosen.clone() {
            *told_after = Some(self.told_besides(range, i, kind, participants));
        }
    }

    /// The sentence's event. `told_after` receives the event of a clause
    /// after "after" when the sentence's own verb, not that event, is
    /// taken as its event.
    fn frame(&self, range: Range<usize>, told_after: &mut Option<Frame>) -> Option<Frame> {
        // Candidate triggers, best kind first.
        let mut cands: Vec<(EventKind, usize)> = Vec::new();
        // "MILAN (Reuters) - Floods killed three": the story's first word
        // is capitalised as a sentence's is.
        let story_start =
            crate::article::dateline::wire(self.text.get(range.clone()).unwrap_or(""))
                .map_or(0, |d| self.tok_at(range.start + d.len));
        for (i, t) in self.toks.iter().enumerate() {
            // "Storm Éowyn swept across Ireland", "as Hurricane Milton hit":
            // a named storm is judged by what it did after its name.
            // Capitalised itself: "Protesters storm Parliament" is no storm.
            let capitalized = t.kind == Kind::Word && is_capitalized(&self.text[t.start..t.end]);
            let named_storm = capitalized
                && matches!(
                    self.folded[i],
                    "storm" | "hurricane" | "typhoon" | "cyclone"
                )
                && self.toks.get(i + 1).is_some_and(|n| {
                    n.kind == Kind::Word && is_capitalized(&self.text[n.start..n.end])
                });
            if t.kind != Kind::Word || capitalized && i > 0 && i != story_start && !named_storm {
                continue;
            }
            let next = self.folded.get(i + 1 + usize::from(named_storm)).copied();
            if self.names_to_a_post(i) {
                cands.push((EventKind::Appointment, i));
                continue;
            }
            if self.wins_a_prize(i) {
                cands.push((EventKind::Award, i));
            } else if self.keeps_a_title(i) {
                cands.push((EventKind::Match, i));
            } else if self.fire_that_did_harm(i) {
                cands.push((EventKind::Disaster, i));
            } else if self.police_capture(i) {
                cands.push((EventKind::Arrest, i));
            } else if self.industrial_strike(i) {
                cands.push((EventKind::Protest, i));
            } else if let Some(kind) = self.explosion_kind(i) {
                cands.extend(kind.map(|k| (k, i)));
            } else if self.crash_that_killed(i) {
                // A crash before the market's "plunged": "a bus plunged
                // into a ravine, leaving 12 dead".
                cands.push((EventKind::Disaster, i));
            } else if self.armed_killing(i) {
                cands.push((EventKind::Attack, i));
            } else if self.sends_to_prison(i) {
                cands.push((EventKind::Ruling, i));
            } else if self.declares_a_state(i) {
                cands.push((EventKind::Announcement, i));
            } else if self.goes_to_the_polls(i) {
                cands.push((EventKind::Election, i));
            } else if self.is_attributive_participle(i) {
                // "the convicted founder of Meridian Capital": an adjective.
            } else if let Some(kind) = triggers::trigger(self.folded[i], next) {
                cands.push((kind, i));
            } else if self.finds_guilty(i) {
                cands.push((EventKind::Ruling, i));
            }
        }
        // "for victims of the Asian tsunami", "rebuilding from the quake":
        // a disaster after a preposition is what the sentence is about,
        // not what it reports.
        // "taken to hospital after fire tore through a warehouse": with a
        // verb of its own the disaster is told, not referred to.
        cands.retain(|&(kind, i)| {
            kind != EventKind::Disaster
                || self
                    .folded
                    .get(i + 1)
                    .is_some_and(|n| crate::timex::tense::is_finite_verb(n))
                || !(i.saturating_sub(5)..i)
                    .rev()
                    .take_while(|&k| self.toks[k].kind != Kind::Punct)
                    .any(|k| {
                        matches!(
                            self.folded[k],
                            "of" | "from" | "for" | "by" | "about" | "after" | "since" | "before"
                        )
                    })
        });
        // "a commission of inquiry into the collapse of buildings in the
        // Nov. 3 earthquake", "the 2023 floods": a disaster named by its
        // date is one the reader knows, what the sentence is about, not
        // what it reports.
        cands.retain(|&(kind, i)| kind != EventKind::Disaster || !self.named_by_its_date(i));
        // "have been found guilty" and "found Allsop not guilty" are
        // verdicts; "athletes found guilty on drugs charges" and "if found
        // guilty" describe or suppose one.
        cands.retain(|&(kind, i)| {
            kind != EventKind::Ruling
                || self.folded[i] != "found"
                || !self
                    .folded
                    .get(i + 1)
                    .is_some_and(|n| matches!(*n, "guilty" | "not"))
                || (i.saturating_sub(3)..i)
                    .any(|k| matches!(self.folded[k], "was" | "were" | "been" | "is" | "are"))
        });
        // "talks aimed at averting a series of national strikes": a strike
        // after a preposition is what the sentence is about.
        cands.retain(|&(kind, i)| {
            kind != EventKind::Protest
                || !matches!(self.folded[i], "strike" | "strikes")
                // "workers at the port of Rotterdam went on strike"
                || self.on_strike(i)
                || !(i.saturating_sub(4)..i)
                    .rev()
                    .take_while(|&k| self.toks[k].kind != Kind::Punct)
                    .any(|k| {
                        matches!(
                            self.folded[k],
                            "of" | "for" | "against" | "averting" | "avert" | "avoid" | "prevent"
                        )
                    })
        });
        // "Ariane 6 launched a weather satellite": a launch into space (or
        // of a missile) is no product announced.
        let into_space = |i: usize| {
            (i.saturating_sub(4)..(i + 6).min(self.toks.len())).any(|k| {
                let w = self.folded[k];
                // Not "an alternative to satellite television".
                let tv = k > 0 && self.folded[k - 1] == "to"
                    || self.folded.get(k + 1).is_some_and(|n| {
                        matches!(
                            *n,
                            "tv" | "television" | "broadcaster" | "dish" | "channel" | "channels"
                        )
                    });
                !tv && matches!(
                    w,
                    "rocket"
                        | "rockets"
                        | "satellite"
                        | "satellites"
                        | "spacecraft"
                        | "probe"
                        | "missile"
                        | "missiles"
                        | "capsule"
                        | "lander"
                        | "shuttle"
                )
            })
        };
        cands.retain(|&(kind, i)| {
            kind != EventKind::Announcement
                || !matches!(self.folded[i], "launched" | "launches")
                || !into_space(i)
        });
        // "welcomed President Ruto", "welcomed his counterpart"; not
        // "welcomed Thursday's conviction" or "welcomed the decision".
        cands.retain(|&(kind, i)| {
            kind != EventKind::Meeting
                || !matches!(self.folded[i], "welcomed" | "welcomes" | "welcome")
                || self.toks.get(i + 1).is_some_and(|t| {
                    let next = self.folded[i + 1];
                    let named = t.kind == Kind::Word
                        && is_capitalized(&self.text[t.start..t.end])
                        && !is_weekday(next)
                        && crate::timex::lexicon::month(next).is_none();
                    let titled = is_title(next)
                        || matches!(next, "his" | "her" | "their" | "the")
                            && self
                                .folded
                                .get(i + 2)
                                .is_some_and(|w| is_title(w) || is_title_modifier(w));
                    named || titled
                })
        });
        // "won the Democratic primary", "won the party's nomination for
        // governor", "won the runoff": a vote's outcome, not a game's.
        for (kind, i) in cands.iter_mut() {
            if *kind == EventKind::Match
                && matches!(self.folded[*i], "won" | "wins")
                && (*i + 1..(*i + 5).min(self.toks.len())).any(|k| {
                    matches!(
                        self.folded[k],
                        "primary"
                            | "primaries"
                            | "nomination"
                            | "runoff"
                            | "caucus"
                            | "caucuses"
                            | "mayoralty"
                            | "presidency"
                    )
                })
            {
                *kind = EventKind::Election;
            }
        }
        // "The council voted on Tuesday to approve the plan", "MPs voted
        // against the bill": a body deciding, not an election.
        cands.retain(|&(kind, i)| {
            kind != EventKind::Election
                || !matches!(self.folded[i], "voted" | "votes")
                || !(i + 1..(i + 5).min(self.toks.len())).any(|k| {
                    matches!(self.folded[k], "unanimously" | "against")
                        || self.folded[k] == "to"
                            && self.folded.get(k + 1).is_some_and(|n| {
                                !matches!(*n, "the" | "a" | "an" | "elect" | "choose")
                            })
                })
        });
        // "won creditor approval", "won the contract to build ferries":
        // what was won is no game.
        cands.retain(|&(kind, i)| {
            kind != EventKind::Match
                || !matches!(self.folded[i], "won" | "wins")
                || !(i + 1..(i + 4).min(self.toks.len()))
                    .find(|&k| {
                        !matches!(
                            self.folded[k],
                            "the"
                                | "a"
                                | "an"
                                | "its"
                                | "their"
                                | "his"
                                | "her"
                                | "new"
                                | "final"
                                | "formal"
                        )
                    })
                    .is_some_and(|k| triggers::is_won_thing(self.folded[k]))
        });
        // "the talks ended without agreement", "no deal was reached",
        // "failed to reach an agreement": what did not happen.
        cands.retain(|&(kind, i)| {
            !matches!(kind, EventKind::Agreement | EventKind::Deal)
                || !(i.saturating_sub(4)..i)
                    .any(|k| matches!(self.folded[k], "without" | "no" | "failed" | "fail" | "not"))
        });
        // "condemned the attack on Monday", "called for the minister to
        // step down", "demanded the resignation of": an event a reaction
        // or a demand is about, not one the sentence reports. The reaction
        // itself is a statement. An event named with its agent ("condemned
        // Russia's attack on Ukraine on February 24") is told there too.
        cands.retain(|&(kind, i)| {
            if matches!(kind, EventKind::Statement | EventKind::Announcement) {
                return true;
            }
            let reaction = (i.saturating_sub(8)..i)
                .rev()
                .take_while(|&k| self.toks[k].kind != Kind::Punct)
                .find(|&k| self.reacts_to(k));
            let Some(r) = reaction else {
                return true;
            };
            let asked_to = i > 0 && self.folded[i - 1] == "to";
            let bare = (r + 1..i).all(|k| {
                self.toks[k].kind == Kind::Word
                    && !is_capitalized(&self.text[self.toks[k].start..self.toks[k].end])
                    && !matches!(self.folded[k], "s")
            });
            !(asked_to || bare)
        });
        // "said the resignation was 'overdue'", "says the deal is a
        // mistake": an event the reader already knows, named with "the"
        // after a saying, is what was said about it; the saying is the
        // news. "said the deal was signed on Friday" still tells the deal.
        cands.retain(|&(kind, i)| {
            if matches!(kind, EventKind::Statement | EventKind::Announcement) || i < 2 {
                return true;
            }
            let named = matches!(
                self.folded[i - 1],
                "the" | "his" | "her" | "their" | "its" | "this" | "that"
            );
            let said = (i.saturating_sub(6)..i - 1).any(|k| {
                matches!(
                    self.folded[k],
                    "said" | "says" | "say" | "told" | "believes" | "thinks" | "argued"
                )
            });
            let judged = matches!(
                self.folded.get(i + 1).copied(),
                Some("was" | "is" | "were" | "are" | "had" | "has")
            ) && (i + 2..self.toks.len())
                .find(|&k| self.toks[k].kind == Kind::Word)
                .is_some_and(|k| {
                    let w = self.folded[k];
                    !(w.ends_with("ed")
                        || w.ends_with("en")
                        || matches!(w, "made" | "held" | "done" | "signed" | "reached" | "being"))
                });
            !(named && said && judged)
        });
        // "recalling 1.2 million air fryers sold in France": a participle
        // that describes the goods, not a sale. After an auxiliary ("were
        // sold in 2019") or a name ("Acme sold at a loss") it is the verb.
        cands.retain(|&(kind, i)| {
            kind != EventKind::Deal
                || !matches!(self.folded[i], "sold" | "bought" | "purchased")
                || !self.folded.get(i + 1).is_some_and(|n| {
                    matches!(
                        *n,
                        "in" | "at"
                            | "through"
                            | "online"
                            | "across"
                            | "worldwide"
                            | "under"
                            | "by"
                    )
                })
                || i == 0
                || triggers::is_auxiliary(self.folded[i - 1])
                || matches!(
                    self.folded[i - 1],
                    "he" | "she" | "it" | "they" | "we" | "who" | "which" | "that"
                )
                || is_capitalized(&self.text[self.toks[i - 1].start..self.toks[i - 1].end])
        });
        // "not guilty of assault", "charged with assault": the charge,
        // not an attack the sentence reports.
        cands.retain(|&(kind, i)| {
            kind != EventKind::Attack || i == 0 || !matches!(self.folded[i - 1], "of" | "with")
        });
        // "will host Abbas next week" is a meeting; "television host Dick
        // Clark" and "will host a match" are not.
        cands.retain(|&(_, i)| {
            self.folded[i] != "host"
                || i > 0
                    && matches!(self.folded[i - 1], "will" | "to" | "would" | "shall")
                    && self.toks.get(i + 1).is_some_and(|t| {
                        t.kind == Kind::Word && is_capitalized(&self.text[t.start..t.end])
                    })
        });
        // "The British men freed from Guantanamo Bay were told ...": a
        // release with no object after it is passive, and without "were"
        // or "been" before it, it only describes the men. Passive, what
        // was released must not be a thing: "the report was released on
        // Tuesday".
        cands.retain(|&(kind, i)| {
            if kind != EventKind::Release
                || !self.folded.get(i + 1).is_some_and(|n| {
                    matches!(
                        *n,
                        "from"
                            | "in"
                            | "on"
                            | "at"
                            | "after"
                            | "by"
                            | "last"
                            | "this"
                            | "early"
                            | "late"
                            | "overnight"
                            | "yesterday"
                    )
                })
            {
                return true;
            }
            let Some(aux) = (i.saturating_sub(3)..i).rev().find(|&k| {
                matches!(
                    self.folded[k],
                    "was" | "were" | "been" | "be" | "is" | "are" | "being" | "got" | "get"
                )
            }) else {
                return false;
            };
            // The subject's head, or a thing a few words before it: "50
            // Cent's second album, The Massacre, is released on Thursday".
            let thing = (0..aux)
                .rev()
                .filter(|&k| self.toks[k].kind == Kind::Word)
                .take(5)
                .any(|k| released_thing(self.folded[k]));
            self.folded[i] == "freed" || !thing
        });
        // "did not meet on Monday as planned", "have not yet arrested the
        // suspect", "has never met": what did not happen is no event of
        // its kind. (Not a statement: "did not say" is still a saying.)
        cands.retain(|&(kind, i)| {
            kind == EventKind::Statement
                || !(i.saturating_sub(3)..i)
                    .rev()
                    .take_while(|&k| self.toks[k].kind != Kind::Punct)
                    .any(|k| {
                        matches!(
                            self.folded[k],
                            "not"
                                | "never"
                                | "didn't"
                                | "hasn't"
                                | "haven't"
                                | "hadn't"
                                | "wasn't"
                                | "weren't"
                                | "won't"
                                | "cannot"
                        )
                    })
        });
        // "cancelled a planned meeting with", "called off the strike",
        // "denied that he had met", "refused to meet": the event the verb
        // governs did not happen (or not then). Only across the words of
        // its own phrase, so that "the minister who cancelled his trip met
        // her on Monday" still met.
        cands.retain(|&(kind, i)| kind == EventKind::Statement || !self.undone(i));
        // "conceded defeat" is what a loser says, not a match.
        cands.retain(|&(kind, i)| {
            kind != EventKind::Match
                || i == 0
                || !matches!(
                    self.folded[i - 1],
                    "conceded" | "concedes" | "admitted" | "accepted"
                )
        });
        // "The council approved the budget on Tuesday, and the mayor will
        // sign it on Friday": a plan coordinated after a clause that told
        // the past is another event; the first clause's verb is the news.
        // "The regulator recalled the scooters on Tuesday, a plan which
        // was proposed in April": when the only listed events of a lede
        // are told in a relative clause after it, so is a past clause's
        // verb. (Later sentences keep such an event as one of their own:
        // "..., who stepped down in 2001".)
        let split = self.future_after_a_past_clause().or_else(|| {
            self.relative_after_a_past_clause()
                .filter(|&at| self.lede && cands.iter().all(|&(_, i)| i > at))
        });
        if let Some(split) = split {
            cands.retain(|&(_, i)| i < split);
            if cands.is_empty() {
                let verb = (0..split).find(|&k| self.is_lower_word(k) && self.tells_the_past(k))?;
                return Some(self.other_at(range, verb));
            }
        }
        if cands.is_empty() {
            return None;
        }
        // "announced a ban in response to the attacks": the sentence's own
        // event comes before one it refers back to, and before one told in
        // a relative clause after it ("resigned, saying she could not
        // deliver the mandate on which she was elected").
        // The first event a sentence reports, not its reporting verb:
        // "Police said the man who attacked the embassy was arrested".
        let first = cands
            .iter()
            .filter(|&&(k, _)| k != EventKind::Statement)
            .map(|&(_, i)| i)
            .min()
            .unwrap_or(0);
        let relative = self.relative_clauses(first);
        // "voted on Friday to accept the March 18 agreement": an event
        // named by its date is one the sentence refers back to.
        // '"He attacked me on 3 May 2022," the victim said, as Smith was
        // jailed': where the writer's own words tell an event besides the
        // saying, that is the news, not what the quote tells. (With only
        // a saying outside it, the quote tells the news: 'told reporters
        // on Tuesday: "We signed the loan yesterday"'.)
        let told_outside = cands.iter().any(|&(k, i)| {
            !matches!(k, EventKind::Statement | EventKind::Announcement) && !self.in_a_quote(i)
        });
        cands.sort_by_key(|&(k, i)| {
            (
                self.refers_back(i) || self.named_by_its_date(i),
                relative[i],
                told_outside && self.in_a_quote(i),
                k,
                i,
            )
        });
        let mut chosen = None;
        // The sentence's own event when it names too few sides: kept in
        // case what is left is only a weaker reading of the sentence.
        let mut own = None;
        // A few tries are enough, and keep a pathological sentence linear.
        for &(kind, i) in cands.iter().take(6) {
            let participants = self.participants(kind, i);
            if participants.len() < triggers::min_participants(kind)
                && !self.among_themselves(kind, i, &participants)
            {
                if own.is_none()
                    && kind != EventKind::Statement
                    && !self.refers_back(i)
                    && !relative[i]
                {
                    own = Some((kind, i, participants));
                }
                continue;
            }
            chosen = Some((kind, i, participants));
            break;
        }
        // "will be the first since talks broke down": an event the
        // sentence refers back to, or describes in a relative clause, is
        // not its own, whose sides it then lends.
        if let (Some((_, i, participants)), Some((own_kind, own_at, own_sides))) = (&chosen, &own) {
            if self.refers_back(*i) || relative[*i] || self.named_by_its_date(*i) {
                let mut sides = own_sides.clone();
                sides.extend(participants.iter().filter(|p| !own_sides.contains(p)));
                chosen = Some((*own_kind, *own_at, sides));
            }
        }
        // "Senators gave their approval on Wednesday, a day after the
        // government agreed to changes": with no event of its own that a
        // list knows, a sentence whose only event is one it counts from,
        // after a comma, reports its own verb before the comma.
        // "Dockworkers voted on Friday to accept the March 18 agreement":
        // the only event a list knows is named by its date, so it came
        // before; the sentence's own verb is its news.
        // The named event is told after it, as an event of its own
        // ("in response to the 11 September attacks").
        // "The coach, who was hired in January, was fired": the only event
        // a list knows is told in an aside on the subject; the verb after
        // the aside is the sentence's news, and the aside's event is told
        // after it.
        if let Some((kind, i, participants)) = chosen.clone().filter(|_| own.is_none()) {
            let asides = self.closed_asides(self.toks.len());
            let in_closed_aside = |k: usize| asides.get(k).copied().unwrap_or(false);
            if self.named_by_its_date(i) || in_closed_aside(i) {
                if let Some(other) = self.other(range.clone()) {
                    let aside = in_closed_aside(i);
                    let verb = self.tok_at(other.trigger.start);
                    // Not a verb of being, nor one that tells a state
                    // ("are clinging"): in "U2, who have won three Grammys,
                    // are stubbornly clinging to their status" the aside is
                    // the news.
                    let being = |w: &str| {
                        matches!(
                            w,
                            "is" | "are"
                                | "was"
                                | "were"
                                | "be"
                                | "been"
                                | "has"
                                | "have"
                                | "had"
                                | "remains"
                                | "remain"
                                | "remained"
                                | "belonged"
                                | "belongs"
                                | "seems"
                                | "seemed"
                        )
                    };
                    let w = self.folded.get(verb).copied().unwrap_or("");
                    // (An adverb may stand between: "are stubbornly
                    // clinging".)
                    let before = |k: usize| verb.checked_sub(k).map(|j| self.folded[j]);
                    let progressive = w.ends_with("ing")
                        && (before(1).is_some_and(being)
                            || before(1).is_some_and(|a| a.ends_with("ly"))
                                && before(2).is_some_and(being));
                    let eventive = !being(w) && !progressive;
                    let verb_after_aside = eventive
                        && other.trigger.start > self.toks[i].end
                        && !in_closed_aside(verb);
                    // "On the eve of Sunday's election, thousands rallied":
                    // an event a weekday's possessive names, with the
                    // sentence's own verb on either side.
                    let named_by_a_weekday = self.day_s_possessive_before(i).is_some();
                    if (!aside && other.trigger.start < self.toks[i].start)
                        || (!aside && named_by_a_weekday && eventive)
                        || (aside && verb_after_aside)
                    {
                        *told_after = Some(self.told_besides(&range, i, kind, participants));
                        return Some(other);
                    }
                }
            }
        }
        if let Some((_, i, _)) = &chosen {
            let comma = (i.saturating_sub(6)..*i)
                .rev()
                .find(|&k| self.folded[k] == ",");
            if own.is_none() && self.refers_back(*i) {
                if let Some(comma) = comma.filter(|&c| c >= 3) {
                    if let Some(other) = self.other(range.clone()) {
                        if other.trigger.start < self.toks[comma].start {
                            self.tell_besides(&range, &chosen, told_after);
                            return Some(other);
                        }
                    }
                }
            }
            // "Dockworkers returned to work on Friday after the unions and
            // the government reached an agreement on Thursday": no comma,
            // but a past verb of the sentence's own before "after" whose
            // clause holds the event a list knows.
            if own.is_none() {
                let back = (i.saturating_sub(12)..*i)
                    .rev()
                    .take_while(|&k| self.folded[k] != ",")
                    .find(|&k| matches!(self.folded[k], "after" | "following" | "since"));
                if let Some(back) = back.filter(|&b| b >= 2) {
                    // A saying counts here: "conceded defeat on Sunday after
                    // losing Saturday's runoff" is the concession's news.
                    let said = |k: usize| {
                        let w = self.folded[k];
                        triggers::trigger(w, self.folded.get(k + 1).copied())
                            == Some(EventKind::Statement)
                            && (w.ends_with("ed") || matches!(w, "said" | "spoke" | "told"))
                    };
                    let own_verb = (1..back).find(|&k| {
                        self.toks[k].kind == Kind::Word
                            && !is_capitalized(&self.text[self.toks[k].start..self.toks[k].end])
                            && (self.tells_the_past(k) || said(k))
                            && !triggers::is_auxiliary(self.folded[k])
                    });
                    // "earlier this week", "last month" tell a time too.
                    let a_time = |k: usize| {
                        self.names_a_day_at(k)
                            || matches!(self.folded[k], "week" | "month")
                                && matches!(self.folded[k - 1], "this" | "last")
                    };
                    // Only where each clause tells its own day, the
                    // second after its trigger: "after a scrappy victory"
                    // with no day of its own is the news the sentence's
                    // verb comments on.
                    // The clause's day may own its event ("after losing
                    // Saturday's mayoral runoff").
                    // Or where the clause counts back from the verb's
                    // day: "arrived on Thursday, three days after she was
                    // freed" dates the release by the arrival.
                    let counted = matches!(
                        self.folded.get(back.wrapping_sub(1)).copied(),
                        Some("day" | "days" | "week" | "weeks")
                    );
                    let verb = own_verb.filter(|&v| {
                        (v + 1..back).any(|k| self.names_a_day_at(k))
                            && (counted || (back + 1..self.toks.len()).any(a_time))
                    });
                    if let (Some(verb), Some((kind, at, participants))) = (verb, chosen.clone()) {
                        *told_after = Some(self.told_besides(&range, at, kind, participants));
                        return Some(self.other_at(range, verb));
                    }
                }
            }
        }
        // "Negotiators will meet next Tuesday, officials said", "Thieves
        // broke into a museum on Sunday ..., police said": a report's
        // attribution after a comma is not its event. The first event
        // before the comma is, or else the lede's own verb, though no
        // list knows it.
        if let Some((EventKind::Statement | EventKind::Announcement, i, _)) = &chosen {
            // The speaker between the comma and the verb may be long
            // ("…, union leader Marek Zielinski said"), but is only a name
            // with its title: a clause there ("…, who chairs it, said")
            // makes the comma another one.
            // Not the comma that closes an aside on the subject: "Acme,
            // founded in 1998, said on Monday it would ...".
            let closed = self.closed_asides(*i);
            let near = (i.saturating_sub(4)..*i)
                .find(|&k| self.folded[k] == "," && !(k > 0 && closed[k - 1]));
            // Further back, a name with its title that ends the sentence,
            // not a subject whose verb goes on ("…, German car maker BMW
            // has announced £100m") nor a clause ("…, who chairs it, said").
            let far = || {
                (i.saturating_sub(11)..*i)
                    .rev()
                    .find(|&k| self.folded[k] == ",")
                    .filter(|&c| {
                        (c + 1..*i).all(|k| {
                            let named = self.inside.iter().any(|&m| {
                                let m = &self.mentions[m];
                                m.start <= self.toks[k].start && self.toks[k].end <= m.end
                            });
                            // "the Nigerian National Petroleum Company
                            // (NNPC)": a name's acronym in brackets.
                            // "the workers' union": a plural's apostrophe.
                            named
                                || matches!(self.folded[k], "(" | ")" | "'" | "\u{2019}")
                                || matches!(self.toks[k].kind, Kind::Word | Kind::Possessive)
                                    && !CLAUSE_STARTS.contains(&self.folded[k])
                                    && !matches!(self.folded[k], "and" | "or")
                        })
                    })
                    .filter(|_| {
                        let rest = self.toks[*i + 1..].iter();
                        // "…, the disaster agency AFAD said, as rescuers
                        // searched …": a clause of its own after a comma.
                        let aside = self.folded.get(*i + 1) == Some(&",")
                            && self
                                .folded
                                .get(*i + 2)
                                .is_some_and(|w| matches!(*w, "as" | "while" | "after" | "when"));
                        aside || rest.filter(|t| t.kind != Kind::Punct).count() <= 5
                    })
                    // Only where the day it gives would otherwise be lost:
                    // a claim before a long speaker ("…, First Minister Jack
                    // McConnell has insisted") is the statement's, and so is
                    // a period's end ("in the three months to September 30").
                    .filter(|&c| self.names_a_day_before(c))
                    // Only a time or a manner follows a closing "said":
                    // "…, BMW has announced £100m of investment" goes on.
                    .filter(|_| {
                        matches!(
                            self.folded.get(*i + 1).copied(),
                            None | Some("." | "," | ";" | ":" | "!" | "?")
                        ) || matches!(
                            self.folded[*i + 1],
                            "on" | "in"
                                | "at"
                                | "late"
                                | "early"
                                | "this"
                                | "last"
                                | "yesterday"
                                | "today"
                                | "earlier"
                                | "later"
                                | "after"
                                | "during"
                                | "before"
                                | "when"
                                | "while"
                                | "monday"
                                | "tuesday"
                                | "wednesday"
                                | "thursday"
                                | "friday"
                                | "saturday"
                                | "sunday"
                        )
                    })
            };
            let comma = near.or_else(far);
            // A quote's speaker is its event: "'The war has failed,'
            // Zelensky told Rutte".
            let quoted = |c: usize| {
                let opening = self.text[self.toks[0].start..]
                    .starts_with(['"', '\u{201C}', '\'', '\u{2018}']);
                // Not the apostrophe of "the agency's chief scientist".
                let between = &self.text[self.toks[c].end..self.toks[*i].start];
                let closing = between.char_indices().any(|(at, ch)| match ch {
                    '"' | '\u{201D}' => true,
                    // A single quote closes right after the comma ("…,'
                    // Zelensky told"); later it is a plural's apostrophe
                    // ("…, the workers' union said").
                    '\'' | '\u{2019}' => {
                        at == 0
                            && !between[at + ch.len_utf8()..]
                                .starts_with(|n: char| n.is_alphabetic())
                    }
                    _ => false,
                });
                opening || closing
            };
            if let Some(comma) = comma.filter(|&c| c >= 3 && !quoted(c)) {
                let before = cands
                    .iter()
                    .filter(|&&(k, j)| {
                        j < comma
                            && !matches!(k, EventKind::Statement | EventKind::Announcement)
                            && !self.refers_back(j)
                            && !relative[j]
                    })
                    .min_by_key(|&&(_, j)| j);
                let sides = before.map(|&(k, j)| (k, j, self.participants(k, j)));
                // With too few sides ("Factories struggled to meet demand")
                // it is no such event, but its verb still is the lede's.
                let enough = |(k, j, sides): &(EventKind, usize, Vec<usize>)| {
                    sides.len() >= triggers::min_participants(*k)
                        || self.among_themselves(*k, *j, sides)
                };
                if let Some(own) = sides.filter(enough) {
                    chosen = Some(own);
                } else if near.is_none() {
                    // The verb is the first that tells a past event; no
                    // name need come before it ("Dockworkers in Orsk ended
                    // a strike on Tuesday, union leader Tom Reed said").
                    let lower = |k: usize| self.is_lower_word(k);
                    if let Some(verb) = (1..comma).find(|&k| lower(k) && self.tells_the_past(k)) {
                        return Some(self.other_at(range.clone(), verb));
                    }
                } else {
                    if let Some(other) = self.other(range.clone()) {
                        if other.trigger.start < self.toks[comma].start {
                            self.tell_besides(&range, &chosen, told_after);
                            return Some(other);
                        }
                    }
                    // "A pipeline exploded on Tuesday, NNPC said": with the
                    // speaker the sentence's only name, the verb after it
                    // is the saying; the lede's is the first before the
                    // comma that tells the past.
                    let lower = |k: usize| self.is_lower_word(k);
                    // "Iranian forces seized an oil tanker in the Gulf of
                    // Oman, the US Navy said on Sunday": the saying's day
                    // bounds the seizure, which is the lede's event.
                    let day_said = SPEECH_VERBS.contains(&self.folded[*i])
                        && (*i + 1..self.toks.len()).any(|k| self.names_a_day_at(k));
                    if self.names_a_day_before(comma) || day_said {
                        if let Some(verb) = (1..comma).find(|&k| lower(k) && self.tells_the_past(k))
                        {
                            return Some(self.other_at(range.clone(), verb));
                        }
                    }
                }
            }
        }
        // "The army said on Tuesday that its forces had captured Al-Rai on
        // Sunday": a saying that reports a finished event on a day of its
        // own tells that event, which no list need know; the saying's day
        // bounds it.
        if let Some((EventKind::Statement, i, _)) = &chosen {
            if let Some(verb) = self.reported_with_its_day(*i) {
                return Some(self.other_at(range, verb));
            }
        }
        let (kind, i, participants) = chosen?;
        let t = self.toks[i];
        Some(Frame {
            sentence: range,
            trigger: t.start..t.end,
            kind,
            place: self.place(i, kind, &participants),
            participants,
            venue: self.venue(),
            is_main: false,
            fronted: false,
        })
    }

    /// A frame of kind `Other` for a sentence without a known trigger: the
    /// verb is the word after the first auxiliary ("has overtaken"), else
    /// the first lower-case word after the first name. After a name, an
    /// auxiliary counts only where it is that first word: in "The bank kept
    /// rates high but said it could cut them", the verb is "kept", not the
    /// "cut" of a clause further on.
    fn other(&self, range: Range<usize>) -> Option<Frame> {
        let lower = |k: usize| self.is_lower_word(k);
        let first_name = self.inside.first();
        let after_first_name = first_name.map_or(0, |&m| self.tok_at(self.mentions[m].end));
        // "The strike, which began on 3 February, entered its third week":
        // the verb of a clause set off by commas is not the sentence's.
        let asides = self.closed_asides(self.toks.len());
        // "The company and the union reached a deal": in a sentence with
        // no name, the first lower-case word is a noun; a word with a
        // verb's form before any subordinate clause comes first.
        // "The museum built in 1890 reopened": nor a participle that
        // describes the subject.
        let unasided = |k: &usize| lower(*k) && !asides[*k] && !self.reduced_relative(*k);
        // "On the eve of the vote, thousands rallied": the verb comes
        // after a time that heads the sentence.
        let head = self.after_heading_time();
        let first_verb = || {
            (head..self.toks.len())
                // Nor past a comma: ", the ministry said" is an attribution.
                // (The commas around an aside, and its words, do not end
                // it: "The coach, who won gold in 1996, took over".)
                .take_while(|&k| {
                    let in_aside = |j: usize| asides.get(j).copied().unwrap_or(false);
                    let comma = &self.text[self.toks[k].start..self.toks[k].end] == ",";
                    in_aside(k)
                        || comma && (in_aside(k + 1) || k > 0 && in_aside(k - 1))
                        || !CLAUSE_STARTS.contains(&self.folded[k]) && !comma
                })
                .filter(unasided)
                .find(|&k| crate::timex::tense::is_finite_verb(self.folded[k]))
        };
        // "Rescuers searched on Monday for survivors of the earthquake in
        // central Turkey": with nothing after the only name, the verb
        // before it tells the sentence's event.
        // "A Berlin museum returned 22 sculptures": where the name only
        // qualifies a noun, the verb a word or two on tells the event.
        let after_name = || {
            let k = (after_first_name..self.toks.len())
                .filter(unasided)
                .find(|&k| !matches!(self.folded[k], "and" | "or" | "of"))?;
            // "destroyed the terminal at Port Ellery, which was due to
            // open in May": what follows is the name's, not the sentence's.
            if is_relative_pronoun(self.folded[k]) {
                return None;
            }
            if crate::timex::tense::is_finite_verb(self.folded[k]) {
                return Some(k);
            }
            let verb_on = (k + 1..self.toks.len().min(k + 3))
                .take_while(|&j| unasided(&j))
                .find(|&j| crate::timex::tense::is_finite_verb(self.folded[j]));
            // "Social Democrat leader Marko Kranjc held talks": a title before
            // another name; the sentence's first finite verb is the event.
            Some(verb_on.or_else(first_verb).unwrap_or(k))
        };
        // "Youths set cars alight late Friday night in the suburb of
        // Trappes": a verb no list knows, before the only name; the first
        // lower-case word that is no article or preposition will do.
        let any_word = || {
            (head..self.toks.len()).filter(unasided).find(|&k| {
                !DETERMINERS.contains(&self.folded[k])
                    && !matches!(
                        self.folded[k],
                        "of" | "in" | "on" | "at" | "to" | "for" | "with" | "by" | "from" | "and"
                    )
            })
        };
        let first_lower = match first_name {
            None => first_verb().or_else(after_name),
            Some(_) => after_name().or_else(first_verb),
        }
        .or_else(any_word);
        // Not one of a relative clause that the sentence's verb came
        // before ("destroyed the terminal, which was due to open").
        let aux = (0..self.toks.len())
            .find(|&k| triggers::is_auxiliary(self.folded[k]) && !asides[k])
            .filter(|&a| {
                first_name.is_none()
                    || !(after_first_name..a).any(|k| CLAUSE_STARTS.contains(&self.folded[k]))
            })
            .filter(|&a| {
                !(1..a).any(|k| {
                    !asides[k] && is_relative_pronoun(self.folded[k]) && self.folded[k - 1] == ","
                })
            })
            // "Ferry services resumed on Saturday, a week after they were
            // suspended": not one in a clause of time or cause after the
            // sentence's own verb in the past.
            .filter(|&a| {
                !first_lower.is_some_and(|v| {
                    v < a
                        && !triggers::is_auxiliary(self.folded[v])
                        && crate::timex::tense::is_past_verb(self.folded[v])
                        && (v + 1..a).any(|k| {
                            matches!(
                                self.folded[k],
                                "after" | "before" | "since" | "until" | "when" | "because"
                            )
                        })
                })
            });
        let verb = aux
            .and_then(|a| {
                (a + 1..self.toks.len()).find(|&k| {
                    let w = self.folded[k];
                    lower(k)
                        && !triggers::is_auxiliary(w)
                        && !matches!(
                            w,
                            "to" | "not" | "also" | "now" | "still" | "already" | "just"
                        )
                        && !w.ends_with("ly")
                })
            })
            .or(first_lower)?;
        Some(self.other_at(range, verb))
    }

    /// The sentence's event of no listed kind, told by the verb at token
    /// `verb`.
    fn other_at(&self, range: Range<usize>, verb: usize) -> Frame {
        let participants = self.participants(EventKind::Other, verb);
        let t = self.toks[verb];
        Frame {
            sentence: range,
            trigger: t.start..t.end,
            kind: EventKind::Other,
            place: self.place(verb, EventKind::Other, &participants),
            participants,
            venue: self.venue(),
            is_main: false,
            fronted: false,
        }
    }
}

#[cfg(test)]
mod tests;
