//! Who takes part: the names on either side of a trigger, coordinated
//! names, roles and appositives, a pronoun's person, a body meeting among
//! itself.

use super::{EventKind, Sent};
use crate::entities::gazetteer::{demonym_folded, lookup_folded};
use crate::entities::titles::{is_org_cue_before, is_title, is_title_modifier, is_venue_head};
use crate::entities::tokens::{is_capitalized, Kind};
use crate::entities::{EntityKind, Mention};

/// Who acts for a country named after "of": "the foreign ministers of
/// Ethiopia and Eritrea", "the leaders of France and Germany".
const REPRESENTATIVES: [&str; 16] = [
    "minister",
    "ministers",
    "leader",
    "leaders",
    "president",
    "presidents",
    "government",
    "governments",
    "delegation",
    "delegations",
    "envoys",
    "representatives",
    "heads",
    "officials",
    "negotiators",
    "diplomats",
];

/// Words allowed between coordinated participants: "X and Y",
/// "X and a delegation led by Y", "X of Kenya and Y" (with the place).
const COORDINATION: &[&str] = &[
    "of",
    "and",
    ",",
    "&",
    "a",
    "an",
    "the",
    "delegation",
    "led",
    "by",
    "headed",
    "as",
    "well",
    "his",
    "her",
    "its",
    "their",
    "with",
    "along",
    "both",
];

impl Sent<'_> {
    /// Whether token `i` puts someone in a post: "confirmed Rosanna Costa
    /// as governor", "named Ana Ruiz as its new chief executive", "picked
    /// him as coach": the verb, then "as" and a title within its clause.
    pub(super) fn names_to_a_post(&self, i: usize) -> bool {
        if !matches!(
            self.folded[i],
            "confirmed" | "confirms" | "named" | "names" | "picked" | "chose" | "chosen" | "tapped"
        ) {
            return false;
        }
        let Some(as_at) = (i + 1..(i + 8).min(self.toks.len()))
            .take_while(|&k| !matches!(self.folded[k], "," | "." | ";"))
            .find(|&k| self.folded[k] == "as")
        else {
            return false;
        };
        // "Police named the victim as teacher Lena Moroz", "named the
        // soldier as Sergeant Ian Holt": who someone was, not a post.
        let identifies = (i + 1..as_at).any(|k| {
            matches!(
                self.folded[k],
                "victim"
                    | "victims"
                    | "man"
                    | "woman"
                    | "body"
                    | "dead"
                    | "soldier"
                    | "suspect"
                    | "driver"
                    | "pilot"
                    | "boy"
                    | "girl"
            )
        });
        let title_words: Vec<usize> = (as_at + 1..(as_at + 5).min(self.toks.len()))
            .take_while(|&k| {
                matches!(
                    self.folded[k],
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "new"
                ) || is_title_modifier(self.folded[k])
                    || is_title(self.folded[k])
            })
            .collect();
        // A name right after the title says who, not what post; "of the
        // year" makes it an award.
        let after = title_words.last().map_or(as_at + 1, |&k| k + 1);
        let then_a_name = self
            .toks
            .get(after)
            .is_some_and(|t| t.kind == Kind::Word && is_capitalized(&self.text[t.start..t.end]));
        let award =
            self.folded.get(after) == Some(&"of") && self.folded.get(after + 2) == Some(&"year");
        !identifies
            && !then_a_name
            && !award
            && title_words.iter().any(|&k| is_title(self.folded[k]))
    }

    /// Whether mention `m`, after trigger `i`, is who the sentence quotes
    /// for it, set off by a comma: "police arrested a man on Sunday, the
    /// prosecutor Laure Beccuau said", "…, said Interior Minister Bruno
    /// Retailleau", "…, according to Ana Ruiz". The source of a report is
    /// not a side of what it reports.
    fn attributes(&self, i: usize, m: usize, subjects: &[usize]) -> bool {
        let (ms, me) = (
            self.tok_at(self.mentions[m].start),
            self.tok_at(self.mentions[m].end),
        );
        let Some(comma) = (i + 1..ms).rev().find(|&k| self.folded[k] == ",") else {
            return false;
        };
        let speech = |w: &str| matches!(w, "said" | "says" | "told" | "added" | "stated");
        // Between the comma and the name a few words at most: its title
        // ("the Paris prosecutor"), or "said" itself.
        let lead_in = ms - comma <= 6;
        let said_before =
            (comma + 1..ms).any(|k| speech(self.folded[k]) || self.folded[k] == "according");
        let said_after = self.folded.get(me).is_some_and(|w| speech(w));
        // "The union and bus operators agreed a deal, the union's general
        // secretary Sara Quinn said": who speaks for a side is one.
        let speaks_for_a_side = (comma + 1..ms).any(|k| {
            let w = self.folded[k];
            w.len() > 2
                && !is_title(w)
                && !is_title_modifier(w)
                && subjects.iter().any(|&s| {
                    crate::fold::fold(&self.mentions[s].surface)
                        .split(' ')
                        .any(|part| part == w)
                })
        });
        lead_in && (said_before || said_after) && !speaks_for_a_side
    }

    /// "EU leaders will meet in Brussels", "G7 finance ministers met": a
    /// meeting of one body's people among themselves has one participant,
    /// the body, named right before a plural noun for its people.
    pub(super) fn among_themselves(
        &self,
        kind: EventKind,
        i: usize,
        participants: &[usize],
    ) -> bool {
        const GROUPS: [&str; 7] = [
            "leaders",
            "ministers",
            "officials",
            "delegates",
            "delegations",
            "envoys",
            "negotiators",
        ];
        // "the two countries' foreign ministers had met in Geneva": a
        // group the sentence does not name, meeting among itself.
        if participants.is_empty() {
            return matches!(kind, EventKind::Meeting | EventKind::Talks)
                && (i.saturating_sub(4)..i).any(|k| GROUPS.contains(&self.folded[k]));
        }
        let [one] = participants else { return false };
        let m = &self.mentions[*one];
        let next = self.tok_at(m.end);
        // The body is the subject: "He met Hamas leaders" is one side only.
        matches!(kind, EventKind::Meeting | EventKind::Talks)
            && next <= i
            && m.kind != EntityKind::Person
            && self.folded.get(next).is_some_and(|&w| {
                matches!(
                    w,
                    "leaders" | "ministers" | "officials" | "delegates" | "envoys" | "members"
                ) || (is_title_modifier(w)
                    && self
                        .folded
                        .get(next + 1)
                        .is_some_and(|&n| matches!(n, "ministers" | "leaders" | "officials")))
            })
    }

    /// Who "he" or "she" right before the trigger at `i` is ("Zelensky
    /// flew to London, where he met Starmer"; "He also met Sisi on
    /// Monday"): the nearest person named before it in the sentence, else
    /// the person the story was last about.
    fn pronoun_subject(&self, clause_start: usize, i: usize) -> Option<usize> {
        let pronoun = (clause_start..i)
            .rev()
            .find(|&k| {
                !matches!(
                    self.folded[k],
                    "also"
                        | "then"
                        | "later"
                        | "again"
                        | "had"
                        | "has"
                        | "have"
                        | "will"
                        | "would"
                        | "first"
                        | "briefly"
                        | "separately"
                )
            })
            .filter(|&k| matches!(self.folded[k], "he" | "she"))?;
        let at = self.toks[pronoun].start;
        self.inside
            .iter()
            .rev()
            .copied()
            .find(|&m| self.mentions[m].end <= at && self.mentions[m].kind == EntityKind::Person)
            .or(self.antecedent)
    }

    /// Whether the words between two byte offsets only coordinate names.
    fn coordinated(&self, from: usize, to: usize) -> bool {
        let (a, b) = (self.tok_at(from), self.tok_at(to));
        b > a
            && (a..b).all(|k| {
                let w = self.folded[k];
                COORDINATION.contains(&w)
                    || is_title(w)
                    || is_title_modifier(w)
                    // "Nordvik and its German rival Halcyon Lines": what a
                    // body is, as a title says what a person is. (After
                    // the "and": "the ACV union and Prime Minister Bart De
                    // Wever" tells that a union is one side, not that it
                    // and the minister are.)
                    || is_org_cue_before(w)
                        && (a..k).any(|j| matches!(self.folded[j], "and" | "," | "&"))
                    || demonym_folded(w).is_some()
                    || self.toks[k].kind == Kind::Possessive
                    || self.names_place(k)
            })
            && (a..b).any(|k| matches!(self.folded[k], "and" | "," | "&" | "by"))
    }

    /// Whether a place stands as a name of its own, not as a word that
    /// qualifies another ("US rapper", "her Sydney mansion") or says
    /// where a place named before it is ("in Erfurt, Germany").
    fn stands_alone(&self, m: &Mention) -> bool {
        let (s, e) = (self.tok_at(m.start), self.tok_at(m.end));
        let qualifies =
            self.toks.get(e).is_some_and(|t| {
                t.kind == Kind::Word && !is_capitalized(&self.text[t.start..t.end])
            }) && !matches!(
                self.folded[e],
                "on" | "in"
                    | "at"
                    | "to"
                    | "for"
                    | "and"
                    | "or"
                    | "with"
                    | "by"
                    | "last"
                    | "this"
                    | "next"
                    | "over"
                    | "after"
                    | "before"
                    | "earlier"
                    | "later"
            );
        let apposed = s >= 2
            && self.folded[s - 1] == ","
            && (self.names_place(s - 2) || is_venue_head(self.folded[s - 2]));
        !qualifies && !apposed
    }

    /// Whether only "and", a comma or "the" stand between byte offsets
    /// `from` and `to`: "Nigeria and the EU", not "Iran's president, X".
    fn plainly_coordinated(&self, from: usize, to: usize) -> bool {
        let (a, b) = (self.tok_at(from), self.tok_at(to));
        let Some(between) = self.folded.get(a..b).filter(|_| b > a) else {
            return false;
        };
        between
            .iter()
            .all(|w| matches!(*w, "and" | "," | "&" | "the" | "both"))
            && between.iter().any(|w| matches!(*w, "and" | "," | "&"))
    }

    /// Whether token `k` names a place: "US" in "and US President Joe
    /// Biden" qualifies the title, like a demonym.
    fn names_place(&self, k: usize) -> bool {
        lookup_folded(self.folded[k]).is_some_and(|e| e.kind == EntityKind::Place)
            || self.in_place_mention(k)
    }

    /// Whether token `k` is part of a place the recogniser found: "Middle
    /// East" in "and U.S. Middle East envoy Steve Witkoff".
    fn in_place_mention(&self, k: usize) -> bool {
        let t = self.toks[k];
        let after = self
            .inside
            .partition_point(|&m| self.mentions[m].start <= t.start);
        after > 0 && {
            let m = &self.mentions[self.inside[after - 1]];
            m.kind == EntityKind::Place && m.end >= t.end
        }
    }

    /// Whether mention `m` is only the organisation in the next person's role:
    /// "Hamas leader Ismail Haniyeh".
    fn is_role_prefix(&self, pos: usize) -> bool {
        let m = &self.mentions[self.inside[pos]];
        let next = match self.inside.get(pos + 1).map(|&j| &self.mentions[j]) {
            Some(n) if n.kind == EntityKind::Person => n,
            _ => return false,
        };
        let (a, b) = (self.tok_at(m.end), self.tok_at(next.start));
        (a..b).all(|k| {
            let w = self.folded[k];
            is_title(w)
                || is_title_modifier(w)
                || w == "'s"
                || self.toks[k].kind == Kind::Possessive
        })
    }

    /// Whether mention `pos` sits inside the appositive role of a person
    /// before it: "Kalin, head of the Intelligence Organization (MIT),".
    fn in_role(&self, pos: usize) -> bool {
        let m = &self.mentions[self.inside[pos]];
        self.inside[..pos].iter().rev().take(4).any(|&j| {
            let p = &self.mentions[j];
            let role = match (&p.role, p.kind) {
                (Some(r), EntityKind::Person) => r,
                _ => return false,
            };
            let after = self.text.get(p.end..).unwrap_or("");
            let at = after
                .char_indices()
                .take(8)
                .find(|(i, _)| after[*i..].starts_with(role.as_str()));
            at.is_some_and(|(i, _)| {
                let (rs, re) = (p.end + i, p.end + i + role.len());
                m.start >= rs && m.end <= re
            })
        })
    }

    fn is_agent(&self, pos: usize, allow_places: bool, with_names_a_side: bool) -> bool {
        if self.in_role(pos) {
            return false;
        }
        let m = &self.mentions[self.inside[pos]];
        match m.kind {
            EntityKind::Person => true,
            EntityKind::Organization => !self.is_role_prefix(pos),
            EntityKind::Place => {
                allow_places && {
                    let k = self.tok_at(m.start);
                    let prev = k.checked_sub(1).map(|p| self.folded[p]).unwrap_or("");
                    // "The foreign ministers of Ethiopia and Eritrea
                    // signed": the countries whose envoys act are sides.
                    let represented = prev == "of"
                        && k.checked_sub(2)
                            .is_some_and(|p| REPRESENTATIVES.contains(&self.folded[p]));
                    represented
                        || !matches!(
                            prev,
                            "in" | "at"
                                | "to"
                                | "from"
                                | "on"
                                | "into"
                                | "of"
                                | "across"
                                | "near"
                                | "against"
                                | "inside"
                                | "over"
                                | "the"
                                | "for"
                        ) && (prev != "with" || with_names_a_side)
                            && !self.names_a_court(m)
                }
            }
        }
    }

    /// "A Paris court found …": a place right before a court names where
    /// the court sits; the court, not the city, is the one that acts.
    pub(super) fn names_a_court(&self, m: &Mention) -> bool {
        let k = self.tok_at(m.start);
        let before = k.checked_sub(1).map(|p| self.folded[p]);
        matches!(before, None | Some("a" | "an" | "the"))
            && self
                .folded
                .get(self.tok_at(m.end))
                .is_some_and(|&w| matches!(w, "court" | "tribunal" | "jury" | "magistrates"))
    }

    /// Participants of an event triggered at token `i`.
    pub(super) fn participants(&self, kind: EventKind, i: usize) -> Vec<usize> {
        let (mut cs, ce) = self.clause(i);
        // "Scholz, who met Macron on Monday, resigned": the subject stands
        // before the aside that opens the trigger's clause.
        if cs >= 2 && self.opens_aside(cs) && self.folded[cs..i].contains(&",") {
            cs = self.clause(cs - 2).0;
        }
        let aside = self.closed_asides(i);
        let (start, end) = (self.toks[cs].start, self.toks[ce - 1].end);
        let trig = self.toks[i].start;
        let in_clause: Vec<usize> = (0..self.inside.len())
            .filter(|&p| {
                let m = &self.mentions[self.inside[p]];
                m.start >= start && m.end <= end
            })
            .collect();
        let mut out = Vec::new();
        // The subject groups of two or more names, countries coordinated
        // with them included: the places among them are sides.
        let mut joined = Vec::new();
        // Only a person dies: "X, who presented the BBC's news, has died"
        // is not the BBC's death.
        // "hotels in southern Rhodes ... as the wildfire spread",
        // "marched through central Lyon" say where, not who.
        // After the trigger of a meeting or a match, a place is who was
        // met or beaten ("talks with Iraq", "beat Wales"); after others,
        // it is what was spoken of ("the US box office", "trade with
        // China").
        let sides_after = matches!(
            kind,
            EventKind::Meeting | EventKind::Talks | EventKind::Match
        );
        let fits = |p: usize, allow_places: bool| {
            self.is_agent(p, allow_places && !kind.is_placeless(), sides_after)
                && (kind != EventKind::Death
                    || self.mentions[self.inside[p]].kind == EntityKind::Person)
        };
        for allow_places in [false, true] {
            // Subject: the nearest agent before the trigger, with the names
            // coordinated with it.
            let before: Vec<usize> = in_clause
                .iter()
                .copied()
                .filter(|&p| self.mentions[self.inside[p]].end <= trig && fits(p, allow_places))
                .filter(|&p| !aside[self.tok_at(self.mentions[self.inside[p]].start)])
                .collect();
            if let Some(&last) = before.last() {
                // "Nigeria and the EU signed", "India and Russia signed": a
                // country plainly coordinated with another side is a side
                // too; "Iran's president, X" is whose president.
                let coordinable: Vec<usize> = in_clause
                    .iter()
                    .copied()
                    .filter(|&p| p < last && fits(p, true))
                    .filter(|&p| !aside[self.tok_at(self.mentions[self.inside[p]].start)])
                    .collect();
                let mut group = vec![last];
                for &p in coordinable.iter().rev() {
                    let head = *group.last().unwrap_or(&last);
                    let (a, b) = (
                        &self.mentions[self.inside[p]],
                        &self.mentions[self.inside[head]],
                    );
                    if a.kind == EntityKind::Place {
                        // "Ethiopia's Foreign Minister Dawit Haile and
                        // Kenya's Foreign Minister Amina Wanjiru": a place
                        // that only says whose minister is passed over.
                        // Whether a name before it joins is then judged
                        // over the whole stretch, place and all.
                        if self.plainly_coordinated(a.end, b.start) {
                            group.push(p);
                        }
                    } else if self.coordinated(a.end, b.start) {
                        group.push(p);
                    } else {
                        break;
                    }
                }
                group.reverse();
                if group.len() >= 2 {
                    joined.extend(group.iter().map(|&p| self.inside[p]));
                }
                // "Zofia Nowak of the Civic Coalition won": the person is the
                // subject, the party says which side she is on.
                if let Some(member) = group[0].checked_sub(1).filter(|&o| {
                    let (m, body) = (
                        &self.mentions[self.inside[o]],
                        &self.mentions[self.inside[group[0]]],
                    );
                    m.kind == EntityKind::Person
                        && body.kind == EntityKind::Organization
                        && matches!(
                            &self.folded[self.tok_at(m.end)..self.tok_at(body.start)],
                            ["of"] | ["of", "the"]
                        )
                }) {
                    group.insert(0, member);
                }
                // "Prime Minister Mark Carney's Liberal Party won": the
                // person whose body it is takes part with it; not as a
                // second side of a meeting or a deal, which is one side.
                let two_sided = matches!(
                    kind,
                    EventKind::Meeting
                        | EventKind::Talks
                        | EventKind::Match
                        | EventKind::Agreement
                        | EventKind::Deal
                );
                if let Some(&head) = group.first().filter(|_| !two_sided) {
                    let body = &self.mentions[self.inside[head]];
                    let owner = head.checked_sub(1).filter(|&o| {
                        let m = &self.mentions[self.inside[o]];
                        let after = self.tok_at(m.end);
                        m.kind == EntityKind::Person
                            && body.kind == EntityKind::Organization
                            && self
                                .toks
                                .get(after)
                                .is_some_and(|t| t.kind == Kind::Possessive)
                            && after + 1 == self.tok_at(body.start)
                    });
                    out.extend(owner);
                }
                // "Daniel Kessler will spend six years in custody after Judge
                // Helen Okafor handed down the sentence": the one a ruling in
                // a clause of time is about is the sentence's subject.
                if kind == EventKind::Ruling {
                    let subject = before.first().copied().filter(|&f| {
                        let (m, judge) = (
                            &self.mentions[self.inside[f]],
                            &self.mentions[self.inside[group[0]]],
                        );
                        f < group[0]
                            && m.kind == EntityKind::Person
                            && (self.tok_at(m.end)..self.tok_at(judge.start))
                                .any(|k| matches!(self.folded[k], "after" | "when" | "as" | "once"))
                    });
                    out.extend(subject);
                }
                out.extend(group);
            }
            if !out.is_empty() {
                break;
            }
        }
        let before_len = out.len();
        let subjects: Vec<usize> = out.iter().map(|&p| self.inside[p]).collect();
        let wants_object = kind != EventKind::Statement
            || matches!(self.folded[i], "told" | "tells")
            || before_len == 0;
        if wants_object {
            // A place after a visit is where, not who ("visited France"); after
            // other triggers it may be a side ("beat England", "met Wales").
            let places = if matches!(kind, EventKind::Visit | EventKind::Statement) {
                &[false][..]
            } else {
                &[false, true][..]
            };
            for &allow_places in places {
                let after: Vec<usize> = in_clause
                    .iter()
                    .copied()
                    .filter(|&p| {
                        self.mentions[self.inside[p]].start > trig
                            && fits(p, allow_places)
                            && !self.attributes(i, self.inside[p], &subjects)
                    })
                    .collect();
                if let Some(&first) = after.first() {
                    out.push(first);
                    let mut head = first;
                    for &p in after.iter().skip(1) {
                        let (a, b) = (
                            &self.mentions[self.inside[head]],
                            &self.mentions[self.inside[p]],
                        );
                        if self.coordinated(a.end, b.start) {
                            out.push(p);
                            head = p;
                        } else {
                            break;
                        }
                    }
                }
                if out.len() > before_len || kind == EventKind::Statement {
                    break;
                }
            }
        }
        let mut ids: Vec<usize> = Vec::with_capacity(out.len() + 1);
        // "He died on Tuesday at his home": a death needs its person too.
        if before_len == 0
            && matches!(
                kind,
                EventKind::Meeting | EventKind::Talks | EventKind::Death
            )
        {
            ids.extend(self.pronoun_subject(cs, i));
        }
        for p in out {
            let id = self.inside[p];
            // "the LSE ... the LSE": one side named twice is still one side.
            let same = ids
                .iter()
                .any(|&j| self.mentions[j].surface == self.mentions[id].surface);
            if !same {
                ids.push(id);
            }
        }
        // Beside a person or body that acts, a place before the trigger is
        // a side only when coordinated with another ("Nigeria and the EU
        // signed"); "UK rates ... the Bank of England" names where, not who.
        if ids
            .iter()
            .any(|&id| self.mentions[id].kind != EntityKind::Place)
        {
            ids.retain(|id| {
                let m = &self.mentions[*id];
                m.kind != EntityKind::Place
                    || (sides_after && m.start > trig && self.stands_alone(m))
                    || joined.contains(id)
            });
        }
        ids
    }
}
