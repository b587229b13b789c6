//! Where a sentence's clauses, asides, relative clauses and quotes open
//! and close, and what each tells besides the sentence's own event.

use super::{is_relative_pronoun, is_weekday, triggers, EventKind, Frame, Sent};
use crate::entities::titles::SPEECH_VERBS;
use crate::entities::tokens::{is_capitalized, Kind};
use crate::entities::EntityKind;
use std::ops::Range;

/// Words that end a clause when they follow a comma.
const CLAUSE_OPENERS: &[&str] = &[
    "which",
    "who",
    "whom",
    "where",
    "while",
    "whereas",
    "but",
    "although",
    "though",
    "after",
    "since",
    "according",
    "when",
    "unlike",
    "because",
    "adding",
    "saying",
    "including",
    "before",
    "despite",
    "following",
];

/// Words that make a following event noun a reference to an earlier event
/// ("six days after the attacks", "in response to the vote").
const BACK_REFERENCES: [&str; 9] = [
    "after",
    "following",
    "since",
    "before",
    "amid",
    "despite",
    "response",
    "reaction",
    "over",
];

/// Whether a folded word has the form of a past participle in "-ed"
/// ("convicted", "jailed"), long enough not to be "red" or "bed".
fn has_participle_form(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed")
}

impl Sent<'_> {
    /// Whether the trigger at token `i` names an earlier event the sentence
    /// refers back to: a few words after "after", "since", "in response
    /// to", with no comma between.
    pub(super) fn refers_back(&self, i: usize) -> bool {
        // "said after meeting Jörg Kukies in Berlin on Tuesday": a gerund
        // right after "after" is the subject's own doing, not a reference.
        let gerund = i > 0
            && self.folded[i].ends_with("ing")
            && matches!(self.folded[i - 1], "after" | "before" | "since")
            && self.toks.get(i + 1).is_some_and(|t| t.kind == Kind::Word);
        if gerund {
            return false;
        }
        // A count may stand between: "after 3 cases were confirmed"; so
        // may an owner in a phrase that opens the sentence ("The day after
        // Britain's general election, ..."), though not further in, where
        // "tensions following Israel's attack on Iran this week" tells an
        // event of its own.
        let owned = |k: usize| (k..i).any(|j| self.toks[j].kind == Kind::Possessive);
        (i.saturating_sub(6)..i)
            .rev()
            .take_while(|&k| {
                matches!(
                    self.toks[k].kind,
                    Kind::Word | Kind::Number | Kind::Possessive
                ) || self.folded[k] == "-"
            })
            .any(|k| BACK_REFERENCES.contains(&self.folded[k]) && (k < 4 || !owned(k)))
    }

    /// The comma after a time that opens the sentence ("On Jan. 5,", "The
    /// previous day,", "A week later,", "On the eve of the vote,"): a few
    /// words before it, one of them a day, a month or a word of relative
    /// time.
    pub(super) fn fronted_time(&self) -> Option<usize> {
        // "On the eve of Sunday's presidential election,": up to eight
        // words; past six, only a phrase that opens with a preposition of
        // time and holds no verb ("Share trading will begin on 15
        // December, the LSE said" has no time heading it).
        let comma = (1..self.toks.len().min(9)).find(|&k| self.folded[k] == ",")?;
        if comma > 6
            && (!matches!(self.folded[0], "on" | "in" | "at" | "during")
                || self.has_a_verb_before(comma))
        {
            return None;
        }
        let timely = (0..comma).any(|k| {
            let w = self.folded[k];
            is_weekday(w)
                || crate::timex::lexicon::month(w).is_some()
                || matches!(
                    w,
                    "later"
                        | "earlier"
                        | "previous"
                        | "yesterday"
                        | "day"
                        | "week"
                        | "month"
                        | "eve"
                )
        });
        (timely && comma + 1 < self.toks.len()).then_some(comma)
    }

    /// The token after a time that heads the sentence with no verb of its
    /// own ("On the eve of the vote, thousands rallied"), where the
    /// sentence's verb is to be looked for; 0 when none heads it ("The
    /// bridge reopened last week, two years after it collapsed": the verb
    /// is before the comma).
    pub(super) fn after_heading_time(&self) -> usize {
        // Nor a name: "April Moreno, the chief executive, resigned".
        self.fronted_time()
            .filter(|&comma| {
                let at = self.toks[comma].start;
                !self.has_a_verb_before(comma)
                    && !self.inside.iter().any(|&m| self.mentions[m].start < at)
            })
            .map_or(0, |comma| comma + 1)
    }

    fn has_a_verb_before(&self, end: usize) -> bool {
        (0..end).any(|k| {
            crate::timex::tense::is_finite_verb(self.folded[k])
                || triggers::is_auxiliary(self.folded[k])
        })
    }

    /// The events relative clauses set off by commas tell of the person
    /// just before them: "Jane Holt, who resigned in December," is Holt's
    /// resignation. The first trigger of the clause tells it; a saying is
    /// not an event of its own.
    pub(super) fn told_in_an_aside(&self, range: Range<usize>) -> Vec<Frame> {
        let n = self.toks.len();
        self.inside
            .iter()
            .copied()
            .filter_map(|who| {
                let m = &self.mentions[who];
                if !matches!(m.kind, EntityKind::Person | EntityKind::Organization) {
                    return None;
                }
                // ", who ...": set off by commas, or running to the end
                // ("Dahl replaced Anna Berg, who resigned in January").
                // "whose album won the 1997 prize" tells of the album.
                let comma = self.tok_at(m.end);
                if self.folded.get(comma) != Some(&",")
                    || self.folded.get(comma + 1) != Some(&"who")
                {
                    return None;
                }
                let to = (comma + 2..n)
                    .find(|&k| matches!(self.folded[k], "," | ";"))
                    .unwrap_or(n);
                let (k, kind) = (comma + 2..to).find_map(|k| {
                    let next = self.folded.get(k + 1).copied();
                    triggers::trigger(self.folded[k], next).map(|kind| (k, kind))
                })?;
                if kind == EventKind::Statement || self.undone(k) {
                    return None;
                }
                let t = self.toks[k];
                Some(Frame {
                    sentence: range.clone(),
                    trigger: t.start..t.end,
                    kind,
                    participants: vec![who],
                    place: None,
                    venue: None,
                    is_main: false,
                    fronted: false,
                })
            })
            .collect()
    }

    /// "Airbus recalled 300 jets in March", "Chief executive Jane Holt
    /// resigned": the token of a verb in the past tense right after a
    /// person or organization that opens the sentence (after its title
    /// words, if any).
    pub(super) fn named_subject_s_past_verb(&self) -> Option<usize> {
        let &first = self.inside.first()?;
        let m = &self.mentions[first];
        if !matches!(m.kind, EntityKind::Person | EntityKind::Organization) {
            return None;
        }
        let start = self.tok_at(m.start);
        // Only title words before the name: "Chief executive Jane Holt".
        let titled = (0..start).all(|k| {
            self.toks[k].kind == Kind::Word && !crate::timex::tense::is_finite_verb(self.folded[k])
        }) && start <= 3;
        titled.then(|| self.past_verb_from(self.tok_at(m.end)))?
    }

    /// "The trial had opened on 8 January", "The council declared a
    /// financial emergency": the token of a verb in the past tense after a
    /// subject of "The" and at most three words no one capitalises, none
    /// of them a verb. Whether its event is one of the story is for its
    /// date to say (`extract::drafts`).
    pub(super) fn described_subject_s_past_verb(&self) -> Option<usize> {
        if self.folded.first() != Some(&"the") {
            return None;
        }
        let verb = (2..=4).find(|&k| {
            self.folded.get(k).is_some_and(|w| {
                crate::timex::tense::is_finite_verb(w) || matches!(*w, "was" | "were" | "had")
            })
        })?;
        let noun_phrase = (1..verb).all(|k| {
            self.is_lower_word(k)
                && self.folded[k].chars().all(char::is_alphabetic)
                && !matches!(self.folded[k], "of" | "in" | "on" | "at" | "for" | "and")
        });
        noun_phrase.then(|| self.past_verb_from(verb))?
    }

    /// The deed told from token `verb` on, right after a subject: a verb
    /// in the past, or the participle after "was", "were" or "had" ("was
    /// sent off", "had lost"). "was not charged" tells none.
    fn past_verb_from(&self, mut verb: usize) -> Option<usize> {
        // ("was first tipped off", "was born", "had begun": past an
        // adverb, and a participle no past tense shares.)
        let mut participle = false;
        if matches!(self.folded.get(verb), Some(&("was" | "were" | "had"))) {
            verb += 1;
            if matches!(self.folded.get(verb), Some(&("not" | "never" | "n't"))) {
                return None;
            }
            while self.folded.get(verb).is_some_and(|w| {
                matches!(*w, "first" | "also" | "later" | "then" | "once") || w.ends_with("ly")
            }) {
                verb += 1;
            }
            participle = true;
        }
        let w = *self.folded.get(verb)?;
        let told = crate::timex::tense::is_past_verb(w)
            || participle && crate::sentences::is_past_participle(w);
        (self.toks[verb].kind == Kind::Word
            && !is_capitalized(&self.text[self.toks[verb].start..self.toks[verb].end])
            && told)
            .then_some(verb)
    }

    /// Whether the noun at token `i` is named by a date between "the" and
    /// it, or by a weekday's possessive in a sentence with a day of its
    /// own: "the Nov. 3 earthquake", "the February 2023 floods", "last
    /// Thursday's takeover".
    pub(super) fn named_by_its_date(&self, i: usize) -> bool {
        // "said on Monday it would investigate last Thursday's takeover":
        // named by its weekday, where the sentence has a day of its own.
        if let Some(day) = self.day_s_possessive_before(i) {
            // "won the most seats in Sunday's election, results showed on
            // Monday": the winning is the election.
            let won = (0..day)
                .rev()
                .take_while(|&k| self.folded[k] != ",")
                .any(|k| {
                    triggers::trigger(self.folded[k], self.folded.get(k + 1).copied())
                        == Some(EventKind::Match)
                });
            return !won
                && (0..self.toks.len()).any(|k| {
                    k != day
                        && (self.names_a_day_at(k)
                            || matches!(self.folded[k], "eve" | "today" | "tonight" | "tomorrow"))
                });
        }
        let mut dated = false;
        for k in (i.saturating_sub(5)..i).rev() {
            let w = self.folded[k];
            if w == "the" {
                return dated;
            }
            if w.bytes().all(|b| b.is_ascii_digit()) || crate::timex::lexicon::month(w).is_some() {
                dated = true;
            } else if w != "." {
                return false;
            }
        }
        false
    }

    /// The token of the weekday whose possessive names the noun at token
    /// `i`, with at most two lower-case words between: "Wednesday's
    /// earthquake", "Sunday's presidential election".
    pub(super) fn day_s_possessive_before(&self, i: usize) -> Option<usize> {
        let possessive = (i.saturating_sub(3)..i)
            .rev()
            .take_while(|&k| self.toks[k].kind != Kind::Word || self.is_lower_word(k))
            .find(|&k| self.toks[k].kind == Kind::Possessive)?;
        let between_are_words = (possessive + 1..i).all(|k| self.is_lower_word(k));
        (possessive > 0 && between_are_words && is_weekday(self.folded[possessive - 1]))
            .then_some(possessive - 1)
    }

    /// Whether what looks like an aside opening at token `k` ends on a
    /// report's attribution: "Lisa Moor, the chief executive, resigned
    /// last week, the bank said on Tuesday". Its verb is then the
    /// sentence's own, after an appositive, not a description of the
    /// subject ("Acme, founded in 1998, said on Monday ..."): what follows
    /// its comma is a speaker of a few words and the saying.
    fn closes_on_an_attribution(&self, k: usize) -> bool {
        let Some(comma) = (k + 1..self.toks.len()).find(|&c| self.folded[c] == ",") else {
            return false;
        };
        let saying = |w: &str| {
            SPEECH_VERBS.contains(&w)
                || matches!(w, "confirmed" | "reported" | "disclosed" | "revealed")
        };
        (comma + 1..(comma + 8).min(self.toks.len()))
            .take_while(|&j| matches!(self.toks[j].kind, Kind::Word | Kind::Possessive))
            .find(|&j| saying(self.folded[j]))
            .is_some_and(|verb| {
                verb >= comma + 2
                    && (comma + 1..verb).all(|j| {
                        let w = self.folded[j];
                        !is_relative_pronoun(w)
                            && !triggers::is_auxiliary(w)
                            && !crate::timex::tense::is_past_verb(w)
                    })
            })
    }

    /// Whether token `k` opens a relative clause set off by a comma:
    /// the "who" of "Scholz, who met Macron on Monday, resigned", or of an
    /// appositive's "Whitcombe, the novelist who won the Booker Prize,
    /// died".
    pub(super) fn opens_aside(&self, k: usize) -> bool {
        // "Jane Roe, first elected in 2010, resigned": a participle
        // phrase after a comma that follows a noun.
        if k >= 2
            && self.folded[k - 1] == ","
            && self.toks[k - 2].kind == Kind::Word
            && !is_weekday(self.folded[k - 2])
            && crate::timex::lexicon::month(self.folded[k - 2]).is_none()
            && (triggers::trigger(self.folded[k - 2], None).is_none()
                || self.day_after_the_aside(k))
            && crate::sentences::opens_a_participle_phrase(
                self.folded[k],
                self.folded.get(k + 1).copied(),
            )
            && !self.closes_on_an_attribution(k)
        {
            return true;
        }
        // "Harold Vance, the Meridian Capital founder convicted of fraud,
        // filed an appeal": an appositive whose noun a participle follows
        // tells who someone is, as a "who" clause does.
        if k >= 2
            && self.folded[k - 1] == ","
            && matches!(self.folded[k], "the" | "a" | "an")
            && self.toks[k - 2].kind == Kind::Word
        {
            let participle = (k + 2..(k + 6).min(self.toks.len()))
                .take_while(|&m| self.toks[m].kind == Kind::Word)
                .find(|&m| {
                    let (w, before) = (self.folded[m], self.folded[m - 1]);
                    has_participle_form(w)
                        && !triggers::is_auxiliary(before)
                        && !matches!(before, "and" | "or" | "not")
                        && triggers::trigger(w, self.folded.get(m + 1).copied()).is_some()
                });
            if participle.is_some() {
                return true;
            }
        }
        if k == 0 || !is_relative_pronoun(self.folded[k]) {
            return false;
        }
        let start = (k.saturating_sub(6)..k)
            .rev()
            .find(|&j| self.toks[j].kind != Kind::Word);
        start.is_some_and(|j| {
            self.folded[j] == ","
                && (j + 1 == k || matches!(self.folded[j + 1], "the" | "a" | "an"))
        })
    }

    /// The event a list knows at token `i`, told in the sentence besides
    /// its own event (after "after", in an aside, or named by its date).
    pub(super) fn told_besides(
        &self,
        range: &Range<usize>,
        i: usize,
        kind: EventKind,
        participants: Vec<usize>,
    ) -> Frame {
        let t = self.toks[i];
        Frame {
            sentence: range.clone(),
            trigger: t.start..t.end,
            kind,
            place: self.place(i, kind, &participants),
            participants,
            venue: None,
            is_main: false,
            fronted: false,
        }
    }

    /// Whether the sentence names a day after the comma that closes the
    /// aside opening at token `k`: "The deal, signed two days before
    /// Christmas, collapsed on Friday" is the collapse's; "The referendum,
    /// held on Sunday, gave ..." is the referendum's.
    fn day_after_the_aside(&self, k: usize) -> bool {
        // Not a day that owns a noun: "ahead of Friday's announcement".
        let owns = |j: usize| {
            self.toks
                .get(j + 1)
                .is_some_and(|t| t.kind == Kind::Possessive)
        };
        (k..self.toks.len())
            .find(|&c| self.folded[c] == ",")
            .is_some_and(|c| (c + 1..self.toks.len()).any(|j| self.names_a_day_at(j) && !owns(j)))
    }

    /// For each token, whether it stands in a relative clause ("which",
    /// "who", "whom", "whose"), up to the next comma: a description of
    /// someone or something in the sentence's event, not that event. Such
    /// a clause is one set off by a comma (", who met Macron on Monday,
    /// resigned"), or one that opens after the sentence's first trigger at
    /// `first` ("resigned, saying she had lost the trust of the party on
    /// which she was elected"). One pass, so that a long sentence stays
    /// linear.
    pub(super) fn relative_clauses(&self, first: usize) -> Vec<bool> {
        let mut out = Vec::with_capacity(self.toks.len());
        let mut open = false;
        for (k, &w) in self.folded.iter().enumerate() {
            // A participle phrase's own participle is in it.
            // Only where the sentence goes on to a day of its own: "The
            // outcome, launched on Wednesday, is called ..." is the
            // launch.
            let participle = w != ","
                && !is_relative_pronoun(w)
                && self.opens_aside(k)
                && self.day_after_the_aside(k);
            // "marched through Guayaquil on Wednesday, alleging fraud in
            // the presidential runoff": a present participle after a comma,
            // once the sentence has told an event, opens a clause that
            // says why or with what result, not the sentence's news.
            let trailing =
                k > first && self.folded[k - 1] == "," && w.len() > 5 && w.ends_with("ing");
            out.push(open || participle || trailing || self.reduced_relative(k));
            if w == "," {
                open = false;
            } else if is_relative_pronoun(w) {
                open |= k > first || self.opens_aside(k);
            } else {
                open |= participle || trailing;
            }
        }
        out
    }

    /// Whether token `k` is a word not capitalised: in a sentence, no
    /// name and not its first word.
    pub(super) fn is_lower_word(&self, k: usize) -> bool {
        self.toks[k].kind == Kind::Word
            && !is_capitalized(&self.text[self.toks[k].start..self.toks[k].end])
    }

    /// Where a clause that tells a plan ("and the mayor will sign it")
    /// opens after ", and" or ", but", once a clause before it told the
    /// past with a verb of its own: the token of the conjunction.
    pub(super) fn future_after_a_past_clause(&self) -> Option<usize> {
        let split = (1..self.toks.len()).find(|&k| {
            matches!(self.folded[k], "and" | "but")
                && self.folded[k - 1] == ","
                && (k + 1..(k + 5).min(self.toks.len()))
                    .take_while(|&j| self.toks[j].kind == Kind::Word)
                    .any(|j| matches!(self.folded[j], "will" | "shall"))
        })?;
        self.told_the_past_before(split).then_some(split)
    }

    /// Where a relative clause opens after a comma (", which was
    /// proposed", ", a plan which was proposed"), once a clause before
    /// the comma told the past: the token of the pronoun.
    pub(super) fn relative_after_a_past_clause(&self) -> Option<usize> {
        let (comma, pronoun) = (1..self.toks.len())
            .filter(|&k| self.folded[k] == ",")
            .find_map(|comma| {
                (comma + 1..(comma + 5).min(self.toks.len()))
                    .take_while(|&j| self.toks[j].kind == Kind::Word)
                    .find(|&j| is_relative_pronoun(self.folded[j]))
                    .map(|pronoun| (comma, pronoun))
            })?;
        self.told_the_past_before(comma).then_some(pronoun)
    }

    /// Whether a lower-case verb in the past, not after a modal, comes
    /// before token `end`.
    fn told_the_past_before(&self, end: usize) -> bool {
        (1..end).any(|k| {
            self.is_lower_word(k)
                && crate::timex::tense::is_past_verb(self.folded[k])
                && self.tells_the_past(k)
        })
    }

    /// Whether token `i` stands inside a quote of what someone said in
    /// full: quotation marks still open before it (an odd number of
    /// straight ones, or more curly ones opened than closed) that open
    /// the sentence or follow a colon or comma. Not a phrase quoted in
    /// the writer's own clause ("said Saturday had been a "massive
    /// demonstration"").
    pub(super) fn in_a_quote(&self, i: usize) -> bool {
        let (Some(first), Some(tok)) = (self.toks.first(), self.toks.get(i)) else {
            return false;
        };
        crate::sentences::before_open_quote(self.text, first.start, tok.start)
            .is_some_and(|lead| lead.is_empty() || lead.ends_with([':', ',']))
    }

    /// Whether word `k` is a participle that describes the noun before it,
    /// with no commas to say so: "The museum built in 1890 reopened on
    /// Saturday", "the man arrested in Leeds was charged". A phrase on a
    /// time or place follows the participle, and the clause's own verb (a
    /// verb in the past, or an auxiliary) comes after it with no
    /// conjunction or pronoun between ("Police arrested in Leeds and ..."
    /// keeps its verb).
    pub(super) fn reduced_relative(&self, k: usize) -> bool {
        const PREPOSITIONS: [&str; 9] = [
            "in", "on", "at", "by", "during", "from", "since", "last", "near",
        ];
        let noun_before = k > 0
            && self.toks[k - 1].kind == Kind::Word
            && !triggers::is_auxiliary(self.folded[k - 1])
            && !matches!(
                self.folded[k - 1],
                "he" | "she"
                    | "it"
                    | "they"
                    | "we"
                    | "i"
                    | "you"
                    | "who"
                    | "which"
                    | "that"
                    | "to"
                    | "and"
                    | "or"
                    | "but"
                    | "not"
                    | "never"
                    | "also"
                    | "then"
            );
        if !noun_before
            || !crate::sentences::is_past_participle(self.folded[k])
            || !self
                .folded
                .get(k + 1)
                .is_some_and(|n| PREPOSITIONS.contains(n))
        {
            return false;
        }
        (k + 2..(k + 9).min(self.toks.len()))
            .take_while(|&j| {
                self.toks[j].kind != Kind::Punct
                    && !is_relative_pronoun(self.folded[j])
                    && !matches!(
                        self.folded[j],
                        "and"
                            | "but"
                            | "or"
                            | "that"
                            | "when"
                            | "after"
                            | "before"
                            | "as"
                            | "while"
                    )
            })
            .any(|j| {
                let w = self.folded[j];
                let verb = triggers::is_auxiliary(w) || crate::timex::tense::is_past_verb(w);
                // A year or a place's word before it, not an object:
                // "built in 1890 reopened", "held in Leeds was".
                verb && !triggers::is_auxiliary(self.folded[j - 1])
            })
    }

    /// Whether word `i` is a participle used as an adjective, between a
    /// determiner and its noun: "the convicted founder", "its agreed
    /// budget" tell what something is, not an event.
    pub(super) fn is_attributive_participle(&self, i: usize) -> bool {
        i > 0
            && has_participle_form(self.folded[i])
            && matches!(
                self.folded[i - 1],
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this" | "that"
            )
            && self.toks.get(i + 1).is_some_and(|t| {
                t.kind == Kind::Word
                    && !is_capitalized(&self.text[t.start..t.end])
                    && !matches!(
                        self.folded[i + 1],
                        "by" | "of"
                            | "in"
                            | "on"
                            | "at"
                            | "for"
                            | "to"
                            | "with"
                            | "from"
                            | "and"
                            | "or"
                            | "as"
                    )
            })
    }

    /// For each token before `end`, whether it stands in a relative clause
    /// set off by commas that closes before `end`: "Olaf Scholz, who met
    /// Emmanuel Macron on Monday, resigned" has Scholz, not Macron, as the
    /// subject of "resigned".
    pub(super) fn closed_asides(&self, end: usize) -> Vec<bool> {
        let mut out = vec![false; end];
        let mut open = None;
        for k in 0..end {
            let w = self.folded[k];
            if w == "," {
                if let Some(start) = open.take() {
                    out[start..k].fill(true);
                }
            } else if self.opens_aside(k) {
                open = Some(k);
            }
        }
        out
    }

    /// Whether token `k` is a verb of reacting to or asking for an event:
    /// "condemned", "welcomed", "demanded", "called for", "urged".
    pub(super) fn reacts_to(&self, k: usize) -> bool {
        match self.folded[k] {
            "condemned" | "condemns" | "condemn" | "denounced" | "denounces" | "deplored"
            | "welcomed" | "welcomes" | "mourned" | "demanded" | "demands" | "demand"
            | "demanding" | "urged" | "urges" | "urging" | "criticised" | "criticized"
            | "blamed" | "praised" => true,
            "called" | "calls" | "calling" => self.folded.get(k + 1) == Some(&"for"),
            _ => false,
        }
    }

    /// Token index of the first token at or after byte `pos`.
    pub(super) fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    /// The clause around token `i`, as a token range.
    pub(super) fn clause(&self, i: usize) -> (usize, usize) {
        let is_break = |k: usize| {
            let w = self.folded[k];
            matches!(w, ";" | "\u{2014}" | ":")
                || (w == ","
                    && self
                        .folded
                        .get(k + 1)
                        .is_some_and(|n| CLAUSE_OPENERS.contains(n)))
        };
        let mut s = i;
        while s > 0 && !is_break(s - 1) {
            s -= 1;
        }
        let mut e = i + 1;
        while e < self.toks.len() && !is_break(e) {
            e += 1;
        }
        (s, e)
    }
}
