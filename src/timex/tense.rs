//! Verb tense of the clause around an expression.
//!
//! A bare "Friday" or "March" points backwards in a report of what happened
//! and forwards in an announcement of what will. The nearest tense cue in
//! the same clause decides; news reports the past, so without any cue the
//! caller treats the expression as past.

/// Tense read from the words around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

const FUTURE: &[&str] = &[
    "will",
    "ll",
    "shall",
    "wo",
    "going",
    "scheduled",
    "due",
    "upcoming",
    "tomorrow",
    "planned",
    "soon",
    "would",
    "expected",
    "expects",
    "expect",
    // A scheduled event in the simple present ("the envoy leaves Friday",
    // "the trial opens Monday"): news uses it for what is yet to come.
    "leaves",
    "arrives",
    "departs",
    "travels",
    "begins",
    "starts",
    "opens",
    "reopens",
    "resumes",
    "convenes",
    "meets",
    "ends",
    "expires",
    // A forecast in the present tells what is to come ("forecasters warn
    // of heavy snow over the weekend").
    "warn",
    "warns",
    "forecast",
    "forecasts",
    "predict",
    "predicts",
    // Modals of possibility and advice look ahead ("members can vote in
    // March"); "could" is also the past of "can" and "must" mostly
    // reports an obligation already laid down, so both are left out.
    "can",
    "should",
    "might",
];

const PAST: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "died",
    "told",
    "went",
    "came",
    "took",
    "made",
    "gave",
    "saw",
    "met",
    "began",
    "won",
    "lost",
    "fell",
    "rose",
    "left",
    "held",
    "paid",
    "sold",
    "bought",
    "found",
    "got",
    "led",
    "ran",
    "spoke",
    "became",
    "brought",
    "thought",
    "felt",
    "kept",
    "sent",
    "spent",
    "struck",
    "wrote",
    "broke",
    "chose",
    "drew",
    "flew",
    "grew",
    "knew",
    "threw",
    "stood",
    "sat",
    "shot",
    "fought",
    "caught",
    "meant",
    "ago",
    "yesterday",
    "last",
    "earlier",
    "since",
    "dropped",
    "slid",
    "hit",
    "cut",
    "quit",
    "put",
    "shut",
    "let",
    "bid",
    "beat",
    "tore",
    "swept",
    "fled",
    "burst",
    "built",
    "sank",
    "shook",
    "blew",
    "stole",
    "drove",
    "dealt",
    // Irregular pasts news tells of often ("Moreno hurt her wrist on
    // Friday", "the court upheld the ban"); not those that are also the
    // present ("spread", "split").
    "hurt",
    "withdrew",
    "oversaw",
    "upheld",
    "overtook",
    "undertook",
    "withheld",
    "sought",
    "taught",
    "froze",
    "swore",
    "sang",
    "rode",
    "hid",
    "laid",
    "lent",
    "hung",
    "stuck",
    "slept",
    "woke",
    "wore",
    "dug",
    "rang",
    "shrank",
    "swam",
    "forgave",
    "arose",
];

const PRESENT: &[&str] = &["is", "are", "says", "say", "has", "have", "does", "am"];

/// Words ending in "ed" that are not past-tense verbs.
const NOT_ED: &[&str] = &[
    "need",
    "feed",
    "seed",
    "speed",
    "bed",
    "red",
    "shed",
    "hundred",
    "indeed",
    "united",
    "sled",
    "bred",
    "proceed",
    "succeed",
    "exceed",
    "creed",
    "greed",
    "weed",
    "deed",
    "breed",
    "freed",
    "based",
    "related",
    "limited",
    "detailed",
    "expected",
    "scheduled",
    "supposed",
    // "on a still unspecified date", "an unnamed official": adjectives
    // with "un-" that are not the past of any verb.
    "unspecified",
    "undisclosed",
    "unidentified",
    "unnamed",
    "unexpected",
    "unprecedented",
    "unconfirmed",
    "unscheduled",
    "unchanged",
    "unarmed",
    "unemployed",
    "unopposed",
    "unresolved",
    "unsolved",
    "unmanned",
    "unlimited",
    "unrelated",
    "unaudited",
];

/// Whether `w` is a finite verb by its form: a past ("reached", "met")
/// or a present of "be", "have", "say" or "do". Time words that cue a
/// tense ("ago", "last", "since") are not verbs.
pub fn is_finite_verb(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    matches!(classify(&l), Tense::Past | Tense::Present) && !PAST_ADVERBS.contains(&l.as_str())
}

/// Whether `w` is a verb in the past tense ("recalled", "sold"), as far
/// as one word can tell.
pub fn is_past_verb(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    classify(&l) == Tense::Past && !PAST_ADVERBS.contains(&l.as_str())
}

fn classify(w: &str) -> Tense {
    // One lookup in a table of the lists, built once, rather than a scan of
    // each list for every word near every date. Inserted PRESENT, PAST,
    // FUTURE, so a word in two lists gets the tense checked first before.
    static CUES: std::sync::OnceLock<crate::fasthash::FastMap<&'static str, Tense>> =
        std::sync::OnceLock::new();
    let cues = CUES.get_or_init(|| {
        let lists = [
            (PRESENT, Tense::Present),
            (PAST, Tense::Past),
            (FUTURE, Tense::Future),
        ];
        lists
            .iter()
            .flat_map(|&(list, tense)| list.iter().map(move |&w| (w, tense)))
            .collect()
    });
    let l = w.to_ascii_lowercase();
    let l = l.as_str();
    if let Some(&tense) = cues.get(l) {
        return tense;
    }
    if l.contains('-') {
        // "slower-than-expected", "long-awaited": adjectives.
        return Tense::Unknown;
    }
    if l.len() > 4 && l.ends_with("ed") && !NOT_ED.contains(&l) {
        return Tense::Past;
    }
    Tense::Unknown
}

fn is_clause_end(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b';' | b'\n' | b'"')
}

/// Whether the byte at `i` ends the clause; a dot after an abbreviation
/// ("Mr.", "Daniel P. Davison", "Corp.") does not.
fn ends_clause_at(bytes: &[u8], i: usize) -> bool {
    if !is_clause_end(bytes[i]) {
        return false;
    }
    if bytes[i] != b'.' {
        return true;
    }
    let mut s = i;
    while s > 0 && bytes[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    let word = &bytes[s..i];
    let abbrev = word.len() < 3
        || (word.first().is_some_and(|b| b.is_ascii_uppercase())
            && matches!(
                word,
                b"Mrs"
                    | b"Corp"
                    | b"Inc"
                    | b"Ltd"
                    | b"Gen"
                    | b"Sen"
                    | b"Rep"
                    | b"Gov"
                    | b"Col"
                    | b"Sgt"
                    | b"Jan"
                    | b"Feb"
                    | b"Aug"
                    | b"Sept"
                    | b"Oct"
                    | b"Nov"
                    | b"Dec"
                    | b"Bros"
                    | b"Calif"
                    | b"Mass"
                    | b"Conn"
            ));
    !abbrev
}

/// Finds the tense cue nearest to `text[start..end]` within its clause.
pub fn around(text: &str, start: usize, end: usize) -> Tense {
    let bytes = text.as_bytes();
    let limit = 90;
    let lo = clause_start(bytes, start);
    let mut hi = end.min(bytes.len());
    while hi < bytes.len() && hi.saturating_sub(end) < limit && !ends_clause_at(bytes, hi) {
        hi += 1;
    }
    let mut best = (usize::MAX, Tense::Unknown);
    let consider = |best: &mut (usize, Tense), w: &str, dist: usize| {
        let t = classify(w);
        if t != Tense::Unknown && dist < best.0 {
            *best = (dist, t);
        }
    };
    let left = words(bytes, lo, start);
    if put_off_to(&left) || starts_then(&left) || ends_on_a_weekday(&left, text, start, end) {
        return Tense::Future;
    }
    for (k, (i, w)) in left.iter().enumerate() {
        let d = start.saturating_sub(i + w.len());
        // "soon after midnight", "shortly before dawn": how near the
        // time, not a time to come.
        let nearness = matches!(w.to_ascii_lowercase().as_str(), "soon" | "shortly")
            && left.get(k + 1).is_some_and(|(_, n)| {
                matches!(n.to_ascii_lowercase().as_str(), "after" | "before")
            });
        // "have been pencilled in for Tuesday": a participle, but one
        // that fixes a day ahead.
        if !nearness && is_participle(&left, k) && fixed_for(&left, k) {
            consider_future(&mut best, d);
            continue;
        }
        if nearness
            || in_a_title(&left, k, false)
            || is_participle(&left, k)
            || is_attributive(&left, k)
            || after_modal(&left, k)
            || as_planned(&left, k)
        {
            continue;
        }
        if after_pluperfect(&left, k) {
            // "had been due to expire Friday": a plan seen from further in
            // the past, so the day itself is already behind the report.
            consider(&mut best, "had", d);
        } else if is_future_to(&left, k)
            || agreed_to_meet(&left, k)
            || possibility(&left, k)
            || leads_future_to(&left, k)
            || scheduled_present(&left, k)
            || fixed_for(&left, k)
        {
            consider_future(&mut best, d);
        } else {
            consider(&mut best, w, d);
        }
    }
    // "held talks on Monday evening and will sign a deal the next day":
    // once the expression's own verb stands close before it, a verb
    // coordinated after it is another event's. Not a reporting verb, nor
    // one a "that" separates from the expression ("Iran said that talks
    // on Sunday and Monday will be held"): those belong to another clause.
    // The cue word itself, when it stands close before with no "that"
    // between.
    let close_cue = (best.1 != Tense::Unknown && best.0 <= 40)
        .then(|| {
            left.iter()
                .rposition(|(i, w)| start.saturating_sub(i + w.len()) == best.0)
        })
        .flatten()
        .filter(|&c| !left[c + 1..].iter().any(|(_, w)| *w == "that"))
        .map(|c| left[c].1);
    let own_verb_before = close_cue.is_some_and(|w| {
        !matches!(
            w,
            "said" | "says" | "told" | "added" | "reported" | "announced" | "stated"
        )
    });
    // "told the BBC on Tuesday she will stand down": the day is the
    // telling's, and what was told opens after it with a subject of its
    // own, another clause.
    let told_before = best.1 == Tense::Past
        && close_cue.is_some_and(|w| matches!(w, "said" | "told" | "announced" | "confirmed"));
    let right = words(bytes, end.min(bytes.len()), hi);
    let mut gap_start = end.min(bytes.len());
    for (k, (i, w)) in right.iter().enumerate() {
        if own_verb_before && matches!(*w, "and" | "but" | "then") {
            break;
        }
        if told_before && k == 0 && matches!(*w, "that" | "she" | "he" | "it" | "they" | "we" | "I")
        {
            break;
        }
        // "unveiled its thinnest iPhone on Tuesday, betting that a sleek
        // design will lure buyers": a participle after a comma opens a
        // clause of its own, whose tenses are not the expression's.
        let comma_before = bytes
            .get(gap_start..*i)
            .is_some_and(|gap| gap.contains(&b','));
        if comma_before && w.len() > 4 && w.ends_with("ing") && best.1 != Tense::Unknown {
            break;
        }
        // "destroyed the terminal on Tuesday, which was due to open in
        // May": a relative clause set off by a comma tells of its noun.
        if comma_before
            && matches!(*w, "which" | "who" | "whom" | "whose")
            && best.1 != Tense::Unknown
        {
            break;
        }
        gap_start = i + w.len();
        // "a summit dominated by the war": a participle with its agent
        // describes a noun; it is no verb of the clause.
        if w.ends_with("ed") && right.get(k + 1).is_some_and(|(_, n)| *n == "by") {
            continue;
        }
        // Cues after the expression weigh a little less: news puts the
        // verb before the date ("will meet on Friday").
        let mut d = i.saturating_sub(end) + 4;
        let reporting = matches!(
            *w,
            "said" | "says" | "told" | "added" | "reported" | "announced"
        );
        if reporting {
            // A trailing reporting verb dates the report, not the event.
            d += 40;
        }
        if in_a_title(&right, k, true)
            || is_participle(&right, k)
            || is_attributive(&right, k)
            || after_modal(&right, k)
            || as_planned(&right, k)
        {
            continue;
        }
        // "kept the rate at 5.5% on Wednesday, its fourth consecutive
        // hold": once the clause has its verb before the expression, a
        // bare present form after it is a noun, not a second verb.
        if is_future_to(&right, k)
            || possibility(&right, k)
            || leads_future_to(&right, k)
            || !own_verb_before && scheduled_present(&right, k)
            || fixed_for(&right, k)
        {
            consider_future(&mut best, d);
        } else {
            consider(&mut best, w, d);
        }
        // "On Friday, the minister said the government would take
        // office": what follows a reporting verb is what was said, another
        // clause with a time of its own.
        if reporting {
            break;
        }
    }
    best.1
}

/// A capitalised word inside a run of them, not at its clause's start: a
/// title or a name ("the album Hit Me Hard", "the film Cast Away"), no
/// verb of the clause. `after_expression` says whether a word came before
/// `ws[0]` (the time expression itself).
fn in_a_title(ws: &[(usize, &str)], k: usize, after_expression: bool) -> bool {
    let capital = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
    let not_first = k > 0 || after_expression;
    not_first
        && capital(ws[k].1)
        && (ws.get(k + 1).is_some_and(|(_, w)| capital(w))
            // Before the expression the first word opens the clause, where
            // any word is capitalised; after it, none does.
            || (k > 1 || after_expression && k > 0) && capital(ws[k - 1].1))
}

/// "The two leaders meet Monday", "the council votes Friday", "the new
/// rules take effect Monday": news tells a scheduled event in the simple
/// present, like "meets" and "leaves" in [`FUTURE`]. Not after "to", a
/// negation or "did" ("failed to meet", "did not leave"), nor as a noun or
/// adjective after a determiner, a number or a form of "be" ("the open
/// market", "stores were open Sunday", "two visits"), nor a noun before
/// "of" ("heads of state", "Ms. Ruiz, head of the agency").
fn scheduled_present(ws: &[(usize, &str)], k: usize) -> bool {
    const BASE: &[&str] = &[
        "meet",
        "leave",
        "arrive",
        "depart",
        "travel",
        "fly",
        "go",
        "begin",
        "open",
        "reopen",
        "resume",
        "convene",
        "gather",
        "continue",
        "conclude",
        "close",
        "take",
        "hold",
        "host",
        "face",
        "play",
        "visit",
        "vote",
        "hear",
        "return",
        "head",
        "reconvene",
        "sit",
        "testify",
        "appear",
        "address",
        "unveil",
        "launch",
        "release",
        "premiere",
        "debut",
        "tour",
        "attend",
    ];
    const S_FORM: &[&str] = &[
        "flies",
        "goes",
        "gathers",
        "continues",
        "concludes",
        "closes",
        "takes",
        "holds",
        "hosts",
        "faces",
        "plays",
        "visits",
        "votes",
        "hears",
        "returns",
        "heads",
        "reconvenes",
        "sits",
        "testifies",
        "appears",
        "addresses",
        "unveils",
        "launches",
        "releases",
        "premieres",
        "debuts",
        "tours",
        "attends",
    ];
    const BLOCK: &[&str] = &[
        "to", "not", "t", "did", "didn", "never", "let", "the", "a", "an", "its", "his", "her",
        "their", "our", "this", "that", "these", "those", "was", "were", "is", "are", "be", "been",
        "being", "remain", "remained", "stay", "stayed", "kept", "keep", "two", "three", "four",
        "five", "several", "many", "some", "few", "more", "no", "of", "in", "on", "for", "by",
        "with", "whose", "s",
    ];
    let w = ws[k].1.to_ascii_lowercase();
    let s_form = S_FORM.contains(&w.as_str());
    if !s_form && !BASE.contains(&w.as_str()) {
        return false;
    }
    if ws
        .get(k + 1)
        .is_some_and(|(_, n)| n.eq_ignore_ascii_case("of"))
    {
        return false;
    }
    // "dismissed head coach X", "imposed travel bans": right after a
    // verb in the past the word is that verb's object, a noun.
    if k > 0
        && (BLOCK.contains(&ws[k - 1].1.to_ascii_lowercase().as_str())
            || classify(ws[k - 1].1) == Tense::Past)
    {
        return false;
    }
    // "survived a confidence vote on Tuesday", "faced a second vote":
    // further after a verb in the past, a base form is still part of
    // that verb's object. Not past a reporting verb or "that", which open
    // a clause of its own ("officials said the leaders meet Monday").
    s_form || !past_verb_in_clause(&ws[..k])
}

/// Whether a verb in the past (not a reporting one) stands among `ws`
/// after their last "that" or reporting verb.
fn past_verb_in_clause(ws: &[(usize, &str)]) -> bool {
    for (_, w) in ws.iter().rev() {
        let w = w.to_ascii_lowercase();
        if matches!(
            w.as_str(),
            "that"
                | "said"
                | "says"
                | "told"
                | "added"
                | "announced"
                | "reported"
                | "stated"
                | "confirmed"
                | "insisted"
                | "who"
                | "which"
        ) {
            return false;
        }
        if classify(&w) == Tense::Past {
            return true;
        }
    }
    false
}

/// "The vote is set for Friday", "the launch is now targeted for May",
/// "snow is forecast for Saturday": a date something is fixed or foreseen
/// for is still ahead. "Had been set for" is a
/// plan seen from the past, and stays with "had".
fn fixed_for(ws: &[(usize, &str)], k: usize) -> bool {
    let w = ws[k].1.to_ascii_lowercase();
    if !matches!(
        w.as_str(),
        "set"
            | "slated"
            | "targeted"
            | "penciled"
            | "pencilled"
            | "forecast"
            | "predicted"
            | "planned"
            | "scheduled"
    ) {
        return false;
    }
    // "pencilled in for".
    let pencilled_in = w.starts_with("pencil")
        && ws
            .get(k + 1)
            .is_some_and(|(_, n)| n.eq_ignore_ascii_case("in"));
    let f = k + 1 + usize::from(pencilled_in);
    if !ws
        .get(f)
        .is_some_and(|(_, n)| n.eq_ignore_ascii_case("for"))
    {
        return false;
    }
    // "set for the following Tuesday": words that pick the day.
    let picks = |(_, n): &(usize, &str)| {
        matches!(
            n.to_ascii_lowercase().as_str(),
            "the" | "following" | "next" | "coming"
        )
    };
    let straight_before = ws[f + 1..].iter().all(picks);
    let before: Vec<String> = ws[k.saturating_sub(3)..k]
        .iter()
        .map(|(_, b)| b.to_ascii_lowercase())
        .collect();
    // "The council vote, set for May, was confirmed": a participle
    // straight before the date, with no verb of its own, qualifies the
    // noun before it and looks ahead as "is set for" does.
    let reduced = straight_before
        && before.last().is_some_and(|b| {
            !matches!(
                b.as_str(),
                "was" | "were" | "he" | "she" | "they" | "we" | "i"
            )
        });
    !before.iter().any(|b| b == "had")
        && (reduced
            || before
                .last()
                .is_some_and(|b| matches!(b.as_str(), "is" | "are" | "now" | "been" | "be")))
}

/// "a 72-hour truce starting on Sunday", "new rules effective from
/// Monday", "a strike beginning Friday": when something begins, told
/// beside the thing, is ahead, whatever the clause's verb ("had agreed
/// to a truce starting on Sunday"). Not "started" or "began", which
/// tell it.
fn starts_then(left: &[(usize, &str)]) -> bool {
    word_before_the_day(left)
        .as_deref()
        .is_some_and(says_it_begins)
}

/// "with the regular season ending on Sunday", "a truce expiring on
/// Friday": a weekday on which something ends, told beside it, is ahead.
/// Only a weekday: "the fiscal year ending Sept. 30" is as often a year
/// gone by.
fn ends_on_a_weekday(left: &[(usize, &str)], text: &str, start: usize, end: usize) -> bool {
    matches!(
        word_before_the_day(left).as_deref(),
        Some("ending" | "expiring")
    ) && text
        .get(start..end)
        .and_then(|t| t.split_whitespace().next())
        .is_some_and(|w| super::lexicon::weekday_word(w).is_some())
}

/// The word before the expression, past an "on" or "from" ("starting on
/// Sunday", "effective from Monday"), lower-cased.
fn word_before_the_day(left: &[(usize, &str)]) -> Option<String> {
    let mut words = left.iter().rev().map(|(_, w)| w.to_ascii_lowercase());
    let last = words.next();
    if matches!(last.as_deref(), Some("on" | "from")) {
        words.next()
    } else {
        last
    }
}

/// A word that says when something begins, before its day: "starting",
/// "beginning", "effective", "commencing" (lower-cased).
pub fn says_it_begins(word: &str) -> bool {
    matches!(word, "starting" | "beginning" | "effective" | "commencing")
}

/// Whether the expression at byte `start` is the day something was put
/// off to ("postponed the trial to 13 September 2021"): the putting off
/// came before it.
pub fn is_put_off_to(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    let start = start.min(bytes.len());
    put_off_to(&words(bytes, clause_start(bytes, start), start))
}

/// Whether the expression at byte `start` is the day of a verb in the
/// past right before it ("was arrested on Feb. 2", "resigned on 3
/// March"): what happened then is behind the report, however near a day
/// ahead is. Verbs that fix a day ("was set on", "scheduled on"), a verb
/// after "to" or a modal ("to testify on Feb. 10", "will be held on") and
/// a passive in the present ("is held on") are not.
pub fn happened_on(text: &str, start: usize) -> bool {
    let bytes = text.as_bytes();
    let start = start.min(bytes.len());
    let left = words(bytes, clause_start(bytes, start), start);
    let [rest @ .., (_, verb), (_, on)] = left.as_slice() else {
        return false;
    };
    let before = rest.last().map_or("", |(_, w)| *w);
    let verb = verb.to_ascii_lowercase();
    on.eq_ignore_ascii_case("on")
        && is_past_verb(&verb)
        && !matches!(
            verb.as_str(),
            "scheduled"
                | "set"
                | "slated"
                | "fixed"
                | "planned"
                | "pencilled"
                | "penciled"
                | "booked"
                | "called"
                | "expected"
                | "due"
                | "timed"
                | "tabled"
        )
        && !matches!(
            before.to_ascii_lowercase().as_str(),
            "to" | "will"
                | "would"
                | "could"
                | "should"
                | "might"
                | "may"
                | "must"
                | "be"
                | "being"
                | "is"
                | "are"
                | "am"
        )
}

/// Where the clause before byte `start` opens, at most 90 bytes back.
fn clause_start(bytes: &[u8], start: usize) -> usize {
    let mut lo = start;
    while lo > 0 && start - lo < 90 && !ends_clause_at(bytes, lo - 1) {
        lo -= 1;
    }
    lo
}

/// "postponed until Tuesday", "adjourned to March 3", "rescheduled for
/// Friday": whatever the verb's tense, the day it points to is still
/// ahead of it (and, in news, of the report).
fn put_off_to(left: &[(usize, &str)]) -> bool {
    let Some(((_, prep), before)) = left.split_last() else {
        return false;
    };
    if !matches!(
        prep.to_ascii_lowercase().as_str(),
        "until" | "till" | "to" | "for"
    ) {
        return false;
    }
    // The verb may have its object between ("postponed the vote until",
    // "postponed the trial of Rachel Stone until").
    let near = &before[before.len().saturating_sub(7)..];
    near.iter().enumerate().any(|(k, (_, w))| {
        match w.to_ascii_lowercase().as_str() {
            "postponed" | "postpone" | "delayed" | "delay" | "deferred" | "adjourned"
            | "recessed" | "rescheduled" => true,
            // "put off until", "pushed back to".
            "put" | "pushed" | "push" => near[k + 1..]
                .iter()
                .any(|(_, p)| matches!(p.to_ascii_lowercase().as_str(), "off" | "back")),
            _ => false,
        }
    })
}

/// Whether the future cue at `k` ("due", "scheduled to", "expected to")
/// sits right after "had" / "had been".
fn after_pluperfect(ws: &[(usize, &str)], k: usize) -> bool {
    let future = is_future_to(ws, k) || classify(ws[k].1) == Tense::Future;
    future
        && ws[k.saturating_sub(3)..k]
            .iter()
            .any(|(_, w)| w.eq_ignore_ascii_case("had"))
}

/// "is to resume", "set to vote", "likely to sign": an infinitive after one
/// of these words announces something still ahead.
fn is_future_to(ws: &[(usize, &str)], k: usize) -> bool {
    ws[k].1.eq_ignore_ascii_case("to")
        && k > 0
        && matches!(
            ws[k - 1].1.to_ascii_lowercase().as_str(),
            "is" | "are"
                | "set"
                | "likely"
                | "ready"
                | "poised"
                | "about"
                | "going"
                | "due"
                | "scheduled"
                | "expected"
                | "planned"
                | "plans"
                | "planning"
                | "prepared"
                | "unlikely"
                | "plan"
                | "intend"
                | "intends"
                | "hope"
                | "hopes"
                | "aim"
                | "aims"
                | "want"
                | "wants"
        )
}

/// "agreed to meet on Friday", "promised to return next week": a past
/// decision about a meeting or journey that is still ahead. Not "agreed
/// to buy the firm on Tuesday", whose day is most often the agreement's.
fn agreed_to_meet(ws: &[(usize, &str)], k: usize) -> bool {
    let word = |i: usize| ws.get(i).map(|(_, w)| w.to_ascii_lowercase());
    matches!(
        word(k).as_deref(),
        Some("agreed" | "decided" | "promised" | "pledged" | "vowed" | "arranged")
    ) && word(k + 1).as_deref() == Some("to")
        && matches!(
            word(k + 2).as_deref(),
            Some(
                "meet"
                    | "visit"
                    | "hold"
                    | "resume"
                    | "return"
                    | "travel"
                    | "attend"
                    | "reconvene"
                    | "gather"
            )
        )
}

/// "were planning to", "was expected to": the auxiliary's tense is that of
/// the plan; what was planned is still ahead. "Was about to" and "was
/// going to" are not: they speak of a moment already past.
fn leads_future_to(ws: &[(usize, &str)], k: usize) -> bool {
    if k + 2 >= ws.len() || !is_future_to(ws, k + 2) {
        return false;
    }
    let next = ws[k + 1].1.to_ascii_lowercase();
    match ws[k].1.to_ascii_lowercase().as_str() {
        "is" | "are" => true,
        "was" | "were" => !matches!(next.as_str(), "about" | "going"),
        _ => false,
    }
}

/// "will be named", "will be held": a participle after an auxiliary
/// carries no tense of its own; the auxiliary does. Irregular participles
/// ("held", "paid", "made") look like the past tense, so they are read by
/// position too.
fn is_participle(ws: &[(usize, &str)], k: usize) -> bool {
    let w = ws[k].1.to_ascii_lowercase();
    let regular = w.len() > 4 && w.ends_with("ed");
    let irregular = classify(&w) == Tense::Past && !PAST_ADVERBS.contains(&w.as_str());
    k > 0
        && (regular || irregular)
        && matches!(
            ws[k - 1].1.to_ascii_lowercase().as_str(),
            // "stays closed", "remained shut": an adjective after a verb
            // of lasting, whose own tense counts.
            "be" | "been"
                | "being"
                | "to"
                | "stay"
                | "stays"
                | "stayed"
                | "remain"
                | "remains"
                | "remained"
        )
}

/// "the hastily planned trip", "an expected rise", "its long-scheduled
/// visit": a participle between a determiner (and maybe an adverb) and its
/// noun describes the noun; it is no verb of the clause, so its "plan"
/// says nothing about when the clause happens.
fn is_attributive(ws: &[(usize, &str)], k: usize) -> bool {
    const DET: &[&str] = &[
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that",
    ];
    let w = ws[k].1.to_ascii_lowercase();
    if !matches!(w.as_str(), "planned" | "expected" | "scheduled") {
        return false;
    }
    let det = |i: usize| DET.contains(&ws[i].1.to_ascii_lowercase().as_str());
    match k {
        0 => false,
        1 => det(0),
        _ => det(k - 1) || (ws[k - 1].1.ends_with("ly") && det(k - 2)),
    }
}

/// Modals, whose verb is a bare infinitive.
const MODALS: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ll", "wo",
];

/// "as planned", "than expected", "as scheduled": a comparison with a plan,
/// which says nothing of whether the day is ahead.
fn as_planned(ws: &[(usize, &str)], k: usize) -> bool {
    k > 0
        && matches!(ws[k].1, "planned" | "expected" | "scheduled" | "forecast")
        && matches!(ws[k - 1].1.to_ascii_lowercase().as_str(), "as" | "than")
}

/// "will hit Boston on Friday", "could not put it": the verb after a modal
/// (and a "not") is a bare infinitive with no tense of its own; "hit",
/// "put" and "cut" only look like the past. The modal decides.
fn after_modal(ws: &[(usize, &str)], k: usize) -> bool {
    let modal =
        |i: usize| ws[i].1 != "May" && MODALS.contains(&ws[i].1.to_ascii_lowercase().as_str());
    k > 0 && (modal(k - 1) || k > 1 && ws[k - 1].1.eq_ignore_ascii_case("not") && modal(k - 2))
}

/// "Another storm could hit Boston on Friday", "talks may resume Monday":
/// a possibility looks ahead. Not "could not" (the past of "cannot"),
/// "could have" or "may have" (a possibility in the past), nor the month.
fn possibility(ws: &[(usize, &str)], k: usize) -> bool {
    matches!(ws[k].1, "could" | "Could" | "may")
        && ws.get(k + 1).is_some_and(|(_, next)| {
            !matches!(
                next.to_ascii_lowercase().as_str(),
                "not" | "have" | "n" | "t" | "never"
            )
        })
}

/// Past cues in [`PAST`] that are not verbs, so never participles.
const PAST_ADVERBS: &[&str] = &["ago", "yesterday", "last", "earlier", "since"];

fn consider_future(best: &mut (usize, Tense), dist: usize) {
    if dist < best.0 {
        *best = (dist, Tense::Future);
    }
}

fn words(bytes: &[u8], lo: usize, hi: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut i = lo;
    while i < hi {
        if bytes[i].is_ascii_alphabetic() {
            let s = i;
            // Hyphenated compounds ("slower-than-expected") are adjectives,
            // so they stay one word and carry no tense.
            while i < hi && (bytes[i].is_ascii_alphabetic() || bytes[i] == b'-') {
                i += 1;
            }
            if let Ok(w) = std::str::from_utf8(&bytes[s..i]) {
                out.push((s, w));
            }
        } else {
            i += 1;
        }
    }
    out
}
