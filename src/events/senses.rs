//! Word senses that decide an event's kind: a verdict, a crash that
//! killed, a strike someone is on, a fire that did harm, a blast someone
//! meant, and the verbs that undo an event ("called off the talks").

use super::{EventKind, Sent};
use crate::entities::tokens::{is_capitalized, Kind};

/// Words of the dead and hurt that make a crash, a fire or a blast an
/// event: each adds its own ("aboard", "gutted", "wounded").
const CASUALTIES: [&str; 4] = ["killed", "killing", "dead", "injured"];

/// Who or what makes a killing or a blast an attack: "gunmen killed",
/// "a bomb exploded", "militants detonated".
const ARMED_ATTACKERS: [&str; 13] = [
    "gunmen",
    "gunman",
    "militants",
    "attackers",
    "attacker",
    "assailants",
    "assailant",
    "insurgents",
    "bomber",
    "bombers",
    "bomb",
    "explosives",
    "grenade",
];

impl Sent<'_> {
    /// "found the former defender Ryan Allsop not guilty": a verdict with
    /// its defendant between "found" and "guilty", in one clause.
    /// The defendant may come with an aside between commas: "found Martin
    /// Ashby, the former chief executive of a lender, guilty of fraud".
    pub(super) fn finds_guilty(&self, i: usize) -> bool {
        self.folded[i] == "found"
            && (i + 1..self.toks.len().min(i + 20))
                .take_while(|&k| {
                    self.toks[k].kind == Kind::Word
                        || self.toks[k].kind == Kind::Possessive
                        || self.folded[k] == ","
                })
                .any(|k| self.folded[k] == "guilty")
    }

    /// "A plane crashed in Pokhara, killing all 68 on board", "a bus
    /// plunged into a ravine, leaving 12 dead": a crash told where or how
    /// the trigger list cannot tell from the next word alone, with its
    /// dead or injured in the same sentence. Without them, "shares crashed
    /// in early trading" stays what it is.
    pub(super) fn crash_that_killed(&self, i: usize) -> bool {
        // "A boat carrying migrants sank near Pylos": a vessel that sank or
        // capsized is a disaster with or without its dead named.
        let vessel_lost = matches!(self.folded[i], "sank" | "capsized" | "sunk")
            && (i.saturating_sub(6)..i).any(|k| {
                matches!(
                    self.folded[k],
                    "boat"
                        | "boats"
                        | "ship"
                        | "ships"
                        | "ferry"
                        | "vessel"
                        | "tanker"
                        | "trawler"
                        | "dinghy"
                        | "yacht"
                        | "submarine"
                        | "freighter"
                        | "barge"
                )
            });
        vessel_lost
            || matches!(
                self.folded[i],
                "crashed" | "derailed" | "capsized" | "sank" | "plunged" | "slammed" | "collided"
            ) && self.folded.iter().enumerate().any(|(k, w)| {
                k > i
                    && (CASUALTIES.contains(w) || matches!(*w, "injuring" | "aboard" | "survivors"))
            })
    }

    /// "Police captured John Smith near Pottstown", "marshals caught the
    /// fugitive": the law catching someone is an arrest. Not "rebels
    /// captured the town".
    pub(super) fn police_capture(&self, i: usize) -> bool {
        matches!(self.folded[i], "captured" | "caught" | "apprehended")
            && (i.saturating_sub(4)..i).any(|k| {
                matches!(
                    self.folded[k],
                    "police"
                        | "officers"
                        | "agents"
                        | "authorities"
                        | "troopers"
                        | "marshals"
                        | "detectives"
                )
            })
    }

    /// "went on strike", "are on strike".
    pub(super) fn on_strike(&self, i: usize) -> bool {
        matches!(self.folded[i], "strike" | "strikes") && i > 0 && self.folded[i - 1] == "on"
    }

    /// Industrial action named as a strike someone is on or began: "Dock
    /// workers went on strike on Tuesday", "Lecturers began a five-day
    /// strike". Not "launched air strikes on Gaza" (attacks).
    pub(super) fn industrial_strike(&self, i: usize) -> bool {
        if !matches!(self.folded[i], "strike" | "strikes") || i == 0 {
            return false;
        }
        let armed = matches!(
            self.folded[i - 1],
            "air"
                | "drone"
                | "missile"
                | "rocket"
                | "military"
                | "naval"
                | "artillery"
                | "pre-emptive"
        ) || match self.folded.get(i + 1).copied() {
            Some("against") => true,
            // "strikes on Gaza", not "a strike on Monday".
            Some("on") => self.folded.get(i + 2).is_none_or(|&w| {
                crate::timex::lexicon::weekday(w).is_none()
                    && !crate::timex::lexicon::is_month_word(w)
            }),
            _ => false,
        };
        self.on_strike(i)
            || !armed
                && (i.saturating_sub(4)..i).any(|k| {
                    matches!(
                        self.folded[k],
                        "began" | "begun" | "launched" | "staged" | "started" | "joined"
                    )
                })
    }

    /// "Sinner retained his Australian Open crown", "clinched the league
    /// title": a title kept or won in play is a match's outcome.
    pub(super) fn keeps_a_title(&self, i: usize) -> bool {
        matches!(
            self.folded[i],
            "retained" | "retains" | "defended" | "defends" | "clinched" | "clinches"
        ) && self.folded[i + 1..]
            .iter()
            .take(6)
            .take_while(|w| !matches!(**w, "," | "." | ";"))
            .any(|w| matches!(*w, "title" | "crown" | "trophy" | "championship" | "cup"))
    }

    /// Whether token `i` wins or gives a prize named within the next few
    /// words: "won the Booker Prize", "was awarded the Nobel Prize",
    /// "won best actor at the Oscars". A cup, a title or a medal is a
    /// match's.
    pub(super) fn wins_a_prize(&self, i: usize) -> bool {
        matches!(
            self.folded[i],
            "won" | "wins" | "win" | "awarded" | "received" | "receives" | "scooped" | "collected"
        ) && self.folded[i + 1..].iter().take(7).any(|w| {
            matches!(
                *w,
                "prize"
                    | "prizes"
                    | "award"
                    | "awards"
                    | "oscar"
                    | "oscars"
                    | "grammy"
                    | "grammys"
                    | "emmy"
                    | "emmys"
                    | "bafta"
                    | "baftas"
                    | "nobel"
                    | "booker"
                    | "pulitzer"
                    | "globes"
                    | "palme"
                    | "knighthood"
            )
        })
    }

    fn fights_fire(&self, k: usize) -> bool {
        matches!(
            self.folded[k],
            "tackled"
                | "tackling"
                | "battled"
                | "battling"
                | "fought"
                | "fighting"
                | "extinguished"
                | "contained"
        )
    }

    /// "A fire in Frankenthal killed two workers", "a blaze gutted the
    /// factory": a fire that did something. Not "opened fire in the
    /// market", "came under fire", "a ceasefire".
    pub(super) fn fire_that_did_harm(&self, i: usize) -> bool {
        // "Firefighters tackled a fire at a mill", "crews battled a blaze":
        // a fire fought is one that broke out.
        let fought = matches!(self.folded[i], "fire" | "fires" | "blaze" | "blazes")
            && (i.saturating_sub(4)..i)
                .rev()
                .find(|&k| {
                    !matches!(
                        self.folded[k],
                        "a" | "an" | "the" | "huge" | "large" | "major" | "massive" | "small"
                    )
                })
                .is_some_and(|k| self.fights_fire(k));
        if fought {
            return true;
        }
        matches!(self.folded[i], "fire" | "fires" | "blaze" | "blazes")
            && !(i > 0
                && matches!(
                    self.folded[i - 1],
                    "opened"
                        | "open"
                        | "opening"
                        | "opens"
                        | "under"
                        | "returned"
                        | "cease"
                        | "heavy"
                ))
            // "a blaze that erupted Friday night at a plastics plant":
            // what the fire did, told in a relative clause.
            && {
                let relative = matches!(self.folded.get(i + 1), Some(&("that" | "which")));
                self.folded.get(i + 1 + usize::from(relative))
            }
            .is_some_and(|&n| {
                matches!(
                    n,
                    "in" | "at"
                        | "erupted"
                        | "killed"
                        | "destroyed"
                        | "broke"
                        | "swept"
                        | "ripped"
                        | "gutted"
                        | "engulfed"
                        | "raged"
                        | "spread"
                        | "tore"
                        | "damaged"
                )
            })
            && self.folded.iter().any(|w| {
                CASUALTIES.contains(w)
                    || matches!(
                        *w,
                        "died"
                            | "destroyed"
                            | "gutted"
                            | "damaged"
                            | "engulfed"
                            | "evacuated"
                            | "firefighters"
                            | "burned"
                            | "raged"
                            | "swept"
                            | "ripped"
                            | "spread"
                            | "broke"
                    )
            })
    }

    /// What an explosion or blast at token `i` is: an attack where the
    /// sentence says someone meant it (a bomb, a bomber, militants, a
    /// claim), a disaster where it names an accident's cause or its dead
    /// ("a gas leak caused a blast at a bakery"), and no event at all
    /// otherwise ("the gadget explosion", "a population explosion").
    pub(super) fn explosion_kind(&self, i: usize) -> Option<Option<EventKind>> {
        if !matches!(
            self.folded[i],
            "explosion" | "explosions" | "blast" | "blasts"
        ) {
            return None;
        }
        // Someone meant it: an armed attacker, a weapon, or a claim.
        let meant = self.folded.iter().any(|w| {
            ARMED_ATTACKERS.contains(w)
                || matches!(
                    *w,
                    "bombs"
                        | "bombing"
                        | "suicide"
                        | "militant"
                        | "terrorist"
                        | "terrorists"
                        | "terror"
                        | "device"
                        | "responsibility"
                        | "attack"
                        | "attacks"
                        | "rebels"
                        | "rocket"
                        | "missile"
                        | "drone"
                        | "airstrike"
                )
        });
        let harm = self.folded.iter().any(|w| {
            CASUALTIES.contains(w)
                || matches!(
                    *w,
                    "kills"
                        | "died"
                        | "injuring"
                        | "wounded"
                        | "wounding"
                        | "hurt"
                        | "destroyed"
                        | "damaged"
                        | "gas"
                        | "leak"
                        | "fire"
                        | "evacuated"
                        // "A methane explosion tore through the mine,
                        // trapping 23 miners".
                        | "tore"
                        | "ripped"
                        | "trapping"
                        | "trapped"
                        | "methane"
                        | "collapsed"
                )
        });
        Some(if meant {
            Some(EventKind::Attack)
        } else if harm {
            Some(EventKind::Disaster)
        } else {
            None
        })
    }

    /// "A Lyon court sent former mayor Gerard Fontaine to prison for four
    /// years": a sentence, told with "sent" and "to prison" or "to jail"
    /// in one clause.
    pub(super) fn sends_to_prison(&self, i: usize) -> bool {
        matches!(self.folded[i], "sent" | "sends")
            && (i + 1..self.toks.len().min(i + 10))
                .take_while(|&k| self.toks[k].kind != Kind::Punct)
                .any(|k| {
                    self.folded[k] == "to"
                        && matches!(self.folded.get(k + 1), Some(&("prison" | "jail")))
                })
    }

    /// "Voters went to the polls on Tuesday": an election held, told by
    /// its voters.
    pub(super) fn goes_to_the_polls(&self, i: usize) -> bool {
        matches!(
            self.folded[i],
            "went" | "go" | "goes" | "going" | "headed" | "head" | "heads" | "flocked"
        ) && self.folded.get(i + 1..i + 4) == Some(&TO_THE_POLLS[..])
    }

    /// "The council declared a financial emergency", "declared a state of
    /// calamity", "declared war": a state of affairs declared is an act,
    /// not words. The thing declared comes within a few words, in one
    /// clause; "declared that the emergency was over" is a statement.
    pub(super) fn declares_a_state(&self, i: usize) -> bool {
        matches!(self.folded[i], "declared" | "declares" | "declare")
            && (i + 1..self.toks.len().min(i + 6))
                .take_while(|&k| self.toks[k].kind != Kind::Punct && self.folded[k] != "that")
                .any(|k| {
                    matches!(
                        self.folded[k],
                        "emergency"
                            | "war"
                            | "independence"
                            | "bankruptcy"
                            | "insolvency"
                            | "calamity"
                            | "disaster"
                            | "ceasefire"
                            | "truce"
                            | "curfew"
                            | "lockdown"
                            | "martial"
                    )
                })
    }

    /// "Gunmen killed 12 people at a market", "a bomb exploded outside
    /// the station": killing, shooting or a blast by an armed attacker
    /// named before the verb is an attack, though no attack word is used.
    pub(super) fn armed_killing(&self, i: usize) -> bool {
        matches!(
            self.folded[i],
            "killed" | "shot" | "exploded" | "detonated" | "went" | "opened" | "stormed"
        ) && (0..i).any(|k| ARMED_ATTACKERS.contains(&self.folded[k]))
            && (self.folded[i] != "went" || self.folded.get(i + 1) == Some(&"off"))
            && (self.folded[i] != "opened" || self.folded.get(i + 1) == Some(&"fire"))
    }

    /// Whether the event word at `i` is governed by a verb that undoes it:
    /// "cancelled a planned meeting", "called off the talks", "denied
    /// that he had met", "refused to meet", "failed to agree", "asked for
    /// a meeting", "without a vote". Between the verb and the event word
    /// only the words of a noun phrase or of a reported clause's subject
    /// and auxiliary may stand.
    pub(super) fn undone(&self, i: usize) -> bool {
        const UNDOING: [&str; 24] = [
            "cancelled",
            "canceled",
            "cancels",
            "cancel",
            "cancelling",
            "scrapped",
            "scraps",
            "postponed",
            "postpones",
            "postpone",
            "denied",
            "denies",
            "deny",
            "denying",
            "refused",
            "refuses",
            "declined",
            "declines",
            "failed",
            "fails",
            "rejected",
            "called",
            "calls",
            "aborted",
        ];
        const BETWEEN: [&str; 34] = [
            "on",
            "yesterday",
            "today",
            "a",
            "an",
            "the",
            "his",
            "her",
            "their",
            "its",
            "our",
            "my",
            "planned",
            "scheduled",
            "proposed",
            "expected",
            "upcoming",
            "further",
            "new",
            "fresh",
            "formal",
            "any",
            "that",
            "he",
            "she",
            "they",
            "it",
            "we",
            "had",
            "has",
            "have",
            "having",
            "ever",
            "to",
        ];
        // "A concert in Vienna on Saturday was cancelled", "a summit
        // planned for Thursday was postponed": the first verb group after
        // the event word, in its clause, undoes it.
        let aux = (i + 1..self.toks.len().min(i + 12))
            .take_while(|&k| {
                self.toks[k].kind != Kind::Punct
                    && !matches!(self.folded[k], "that" | "which" | "who" | "but")
            })
            .find(|&k| {
                matches!(
                    self.folded[k],
                    "was" | "were" | "is" | "are" | "has" | "had" | "have"
                )
            });
        if let Some(a) = aux {
            let mut k = a + 1;
            if self.folded.get(k) == Some(&"been") {
                k += 1;
            }
            let called_off =
                self.folded.get(k) == Some(&"called") && self.folded.get(k + 1) == Some(&"off");
            let undone_after = self.folded.get(k).is_some_and(|w| {
                matches!(
                    *w,
                    "cancelled" | "canceled" | "postponed" | "scrapped" | "aborted" | "abandoned"
                )
            });
            if called_off || undone_after {
                return true;
            }
        }
        // "asking for a meeting", "called for talks": what someone asks
        // for has not happened.
        const ASKING: [&str; 12] = [
            "asking",
            "asked",
            "asks",
            "ask",
            "called",
            "calls",
            "call",
            "calling",
            "pressed",
            "pressing",
            "appealed",
            "appealing",
        ];
        for j in (i.saturating_sub(6)..i).rev() {
            let word = self.folded[j];
            // "pushed the bill through without a vote".
            if word == "without" {
                return true;
            }
            if word == "for" {
                return j > 0 && ASKING.contains(&self.folded[j - 1]);
            }
            if UNDOING.contains(&word) {
                // "called off the talks", "called the talks off"; not "called for talks".
                let called = matches!(word, "called" | "calls");
                return !called
                    || self.folded.get(j + 1) == Some(&"off")
                    || self.folded.get(i + 1) == Some(&"off");
            }
            let is_name = self.toks[j].kind == Kind::Word
                && is_capitalized(&self.text[self.toks[j].start..self.toks[j].end]);
            let allowed = BETWEEN.contains(&word) || is_name || (word == "off" && j + 1 < i);
            if !allowed {
                return false;
            }
        }
        false
    }
}

/// Where voters go when an election is held.
const TO_THE_POLLS: [&str; 3] = ["to", "the", "polls"];

/// Whether the text after a verb sends voters "to the polls": what
/// makes the going an election (as `goes_to_the_polls` reads it), read where
/// only the text is at hand.
pub fn to_the_polls(after_verb: &str) -> bool {
    let mut words = after_verb
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    TO_THE_POLLS
        .iter()
        .all(|&want| words.next().is_some_and(|w| w.eq_ignore_ascii_case(want)))
}

/// What is released without being set free: "the report was released".
pub(super) fn released_thing(folded: &str) -> bool {
    matches!(
        folded,
        "report"
            | "reports"
            | "figures"
            | "data"
            | "results"
            | "statement"
            | "album"
            | "film"
            | "movie"
            | "song"
            | "single"
            | "record"
            | "book"
            | "game"
            | "video"
            | "footage"
            | "images"
            | "pictures"
            | "photos"
            | "details"
            | "list"
            | "document"
            | "documents"
            | "study"
            | "survey"
            | "version"
            | "update"
            | "funds"
            | "money"
            | "water"
            | "gas"
            | "it"
    )
}
