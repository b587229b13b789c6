//! Property tests (issue #7): the calendar, date constraints, search and
//! the corpus store hold their promises for inputs nobody wrote by hand.
//!
//! Each property states what a caller relies on; proptest searches for a
//! counterexample and shrinks it, so a failure names the smallest input.
#![cfg(not(target_arch = "wasm32"))]

use news_timeline::civil::{days_in_month, is_leap, Day, Weekday, MAX_YEAR, MIN_YEAR};
use news_timeline::dating::Constraint;
use news_timeline::extract::{extract, folder, SourceFile};
use news_timeline::model::{DateSource, Evidence, Precision};
use news_timeline::search::index::Index;
use news_timeline::search::{self, Query};
use news_timeline::store::{decode, decode_static, encode};
use proptest::prelude::*;
use std::sync::OnceLock;

/// Day numbers of every representable day (years MIN_YEAR..=MAX_YEAR).
fn day_numbers() -> std::ops::RangeInclusive<i32> {
    let first = Day::from_ymd(MIN_YEAR, 1, 1).unwrap().0;
    let last = Day::from_ymd(MAX_YEAR, 12, 31).unwrap().0;
    first..=last
}

fn any_day() -> impl Strategy<Value = Day> {
    day_numbers().prop_map(Day)
}

/// Days near the present, where intervals of a few weeks are interesting.
fn recent_day() -> impl Strategy<Value = Day> {
    (19_000i32..19_400).prop_map(Day)
}

fn any_weekday() -> impl Strategy<Value = Weekday> {
    (1u32..=7).prop_map(|n| Weekday::from_number(n).unwrap())
}

fn evidence(text: &str) -> Evidence {
    Evidence::new(DateSource::Text, "property", text)
}

/// A constraint from optional ends and an optional weekday, as clues make.
fn any_constraint() -> impl Strategy<Value = Constraint> {
    (
        proptest::option::of(recent_day()),
        proptest::option::of(recent_day()),
        proptest::option::of(any_weekday()),
    )
        .prop_map(|(earliest, latest, weekday)| {
            let base = Constraint::between(earliest, latest, evidence("interval"));
            match weekday {
                Some(w) => Constraint {
                    weekday: Some(w),
                    ..base
                },
                None => base,
            }
        })
}

/// The days a constraint allows, counted by brute force over a bounded range.
fn allowed_days(c: &Constraint) -> Vec<Day> {
    let from = c.earliest.unwrap_or(Day(18_900)).0;
    let to = c.latest.unwrap_or(Day(19_500)).0;
    (from..=to)
        .map(Day)
        .filter(|d| c.weekday.is_none_or(|w| d.weekday() == w))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn day_number_round_trips_through_year_month_day(day in any_day()) {
        let (y, m, d) = day.ymd();
        prop_assert!((1..=12).contains(&m));
        prop_assert!(d >= 1 && d <= days_in_month(y, m));
        prop_assert_eq!(Day::from_ymd(y, m, d), Ok(day));
    }

    #[test]
    fn text_form_round_trips_for_four_digit_years(n in Day::from_ymd(0, 1, 1).unwrap().0..=Day::from_ymd(9999, 12, 31).unwrap().0) {
        let day = Day(n);
        let text = day.to_string();
        prop_assert_eq!(text.len(), 10);
        prop_assert_eq!(Day::parse(&text), Ok(day));
    }

    #[test]
    fn the_next_day_is_the_next_weekday_and_a_week_later_the_same(day in any_day()) {
        let next = (day + 1).weekday();
        prop_assert_eq!(next.number(), day.weekday().number() % 7 + 1);
        prop_assert_eq!((day + 7).weekday(), day.weekday());
        prop_assert_eq!((day - 7).weekday(), day.weekday());
    }

    #[test]
    fn on_or_after_and_on_or_before_land_on_the_weekday_within_six_days(day in any_day(), w in any_weekday()) {
        let after = day.on_or_after(w);
        let before = day.on_or_before(w);
        prop_assert_eq!(after.weekday(), w);
        prop_assert_eq!(before.weekday(), w);
        prop_assert!((0..7).contains(&(after.0 - day.0)));
        prop_assert!((0..7).contains(&(day.0 - before.0)));
    }

    #[test]
    fn month_ends_roll_over_and_29_february_exists_only_in_leap_years(year in MIN_YEAR..MAX_YEAR, month in 1u32..=12) {
        let last = days_in_month(year, month);
        prop_assert!((28..=31).contains(&last));
        let end = Day::from_ymd(year, month, last).unwrap();
        prop_assert!(Day::from_ymd(year, month, last + 1).is_err());
        let (ny, nm) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
        prop_assert_eq!(end + 1, Day::from_ymd(ny, nm, 1).unwrap());
        prop_assert_eq!(Day::from_ymd(year, 2, 29).is_ok(), is_leap(year));
        prop_assert_eq!(is_leap(year), (year % 4 == 0 && year % 100 != 0) || year % 400 == 0);
        prop_assert!(Day::from_ymd(year, 0, 1).is_err() && Day::from_ymd(year, 13, 1).is_err());
        prop_assert!(Day::from_ymd(year, month, 0).is_err());
    }

    #[test]
    fn parse_never_panics_and_accepts_only_real_days(text in "\\PC{0,12}|[0-9]{4}-[0-9]{2}-[0-9]{2}") {
        if let Ok(day) = Day::parse(&text) {
            prop_assert_eq!(day.to_string(), text);
        }
    }

    #[test]
    fn and_is_commutative(a in any_constraint(), b in any_constraint()) {
        let ab = a.and(&b);
        let ba = b.and(&a);
        prop_assert_eq!(ab.is_some(), ba.is_some());
        if let (Some(ab), Some(ba)) = (ab, ba) {
            prop_assert_eq!((ab.earliest, ab.latest, ab.weekday), (ba.earliest, ba.latest, ba.weekday));
            let (x, y) = (ab.span(), ba.span());
            prop_assert_eq!((x.earliest, x.latest, x.precision, x.weekday), (y.earliest, y.latest, y.precision, y.weekday));
        }
    }

    #[test]
    fn and_only_narrows_and_refuses_exactly_the_contradictions(a in any_constraint(), b in any_constraint()) {
        let both: Vec<Day> = allowed_days(&a).into_iter().filter(|d| allowed_days(&b).contains(d)).collect();
        match a.and(&b) {
            Some(c) => {
                let allowed = allowed_days(&c);
                prop_assert!(!allowed.is_empty(), "a joined constraint allows some day");
                for d in &allowed {
                    prop_assert!(allowed_days(&a).contains(d) && allowed_days(&b).contains(d), "{d} is allowed by both");
                }
                prop_assert_eq!(allowed, both);
            }
            None => prop_assert!(both.is_empty() || a.weekday.is_some() && b.weekday.is_some() && a.weekday != b.weekday,
                "refused though {} days fit both", both.len()),
        }
    }

    #[test]
    fn a_weekday_constraints_span_lands_on_that_weekday(w in any_weekday(), from in recent_day(), width in 0i32..60) {
        let interval = Constraint::between(Some(from), Some(from + width), evidence("interval"));
        let on = Constraint::weekday(w, evidence("on that weekday"));
        match interval.and(&on) {
            Some(c) => {
                let span = c.span();
                prop_assert_eq!(span.earliest.unwrap().weekday(), w);
                prop_assert_eq!(span.latest.unwrap().weekday(), w);
                prop_assert!(span.earliest.unwrap() >= from && span.latest.unwrap() <= from + width);
            }
            None => prop_assert!(width < 6, "a week or more always holds every weekday"),
        }
    }

    #[test]
    fn open_intervals_stay_open(day in recent_day(), w in proptest::option::of(any_weekday())) {
        let mut after = Constraint::after(day, evidence("after"));
        after.weekday = w;
        let span = after.span();
        prop_assert!(span.latest.is_none());
        prop_assert_eq!(span.precision, Precision::Unknown);
        prop_assert!(span.earliest.unwrap() >= day);
        let before = Constraint::before(day, evidence("before")).span();
        prop_assert!(before.earliest.is_none());
        prop_assert_eq!(before.latest, Some(day));
        prop_assert_eq!(before.precision, Precision::Unknown);
    }

    #[test]
    fn disjoint_intervals_and_two_weekdays_contradict(a in recent_day(), gap in 1i32..100, w in any_weekday(), v in any_weekday()) {
        let early = Constraint::before(a, evidence("before"));
        let late = Constraint::after(a + gap, evidence("after"));
        prop_assert!(early.and(&late).is_none());
        prop_assert!(late.and(&early).is_none());
        let first = Constraint::weekday(w, evidence("first weekday"));
        let second = Constraint::weekday(v, evidence("second weekday"));
        prop_assert_eq!(first.and(&second).is_none(), w != v);
    }

    #[test]
    fn span_claims_a_day_only_when_one_day_is_possible(c in any_constraint()) {
        let span = c.span();
        let bounded = c.earliest.is_some() && c.latest.is_some();
        let possible = if bounded { allowed_days(&c).len() } else { usize::MAX };
        if span.precision == Precision::Day {
            prop_assert_eq!(possible, 1);
            prop_assert_eq!(span.earliest, span.latest);
        } else {
            prop_assert!(possible != 1 || !bounded, "one possible day, precision {:?}", span.precision);
        }
    }
}

/// The index of the real seeds folder, built once.
fn seeds_index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let contents = folder::read(&root).expect("the seeds folder reads");
        extract(contents.files).1
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn search_never_panics_on_any_text(text in "\\PC{0,80}|[\"“” a-zİıé-]{0,40}") {
        let query = Query::parse(&text);
        prop_assert!(query.clauses.len() <= 16);
        let hits = search::search(seeds_index(), &query);
        for hit in &hits {
            prop_assert!((hit.doc as usize) < seeds_index().doc_count());
        }
        let segments = search::highlight(&text, &query);
        let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
        prop_assert_eq!(joined, text, "highlighting keeps the text as it was");
    }
}

/// A small random article: optional date line, optional title, paragraphs
/// drawn from a vocabulary that produces people, places and dates.
fn small_article() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Erdogan",
        "met",
        "Hamas",
        "leaders",
        "in",
        "Istanbul",
        "on",
        "Saturday",
        "Monday",
        "talks",
        "April",
        "2024",
        "ceasefire",
        "President",
        "Paris",
        "Macron",
        "said",
        "the",
        "é",
        "\u{202e}",
        "<b>",
        "=1+1",
        "“quoted”",
    ]);
    (
        proptest::option::of((2000i32..2030, 1u32..=12, 1u32..=28)),
        proptest::option::of(prop::collection::vec(words.clone(), 2..6)),
        prop::collection::vec(prop::collection::vec(words, 1..20), 1..4),
    )
        .prop_map(|(date, title, paragraphs)| {
            let mut text = String::new();
            if let Some((y, m, d)) = date {
                text.push_str(&format!(" date {y:04}-{m:02}-{d:02}\n\n"));
            }
            if let Some(title) = title {
                text.push_str(&title.join(" "));
                text.push_str("\n\n");
            }
            for p in paragraphs {
                text.push_str(&p.join(" "));
                text.push_str(".\n\n");
            }
            text
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn store_decodes_what_it_encodes(articles in prop::collection::vec(small_article(), 0..4)) {
        let files = articles
            .iter()
            .enumerate()
            .map(|(i, text)| SourceFile::new(&format!("{i:03}.txt"), text.clone().into_bytes()))
            .collect();
        let (corpus, index) = extract(files);
        let bytes = encode(&corpus, &index);
        let (back, back_index) = decode(&bytes).expect("encoded bytes decode");
        prop_assert_eq!(&back, &corpus);
        prop_assert_eq!(back_index, index);
        let leaked: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        let (in_place, _) = decode_static(leaked).expect("encoded bytes decode in place");
        prop_assert_eq!(in_place, corpus);
    }
}

proptest! {
    /// Facets, lanes and the index's terms are ordered by `order::by_text`
    /// instead of a string sort of their own (issue #8): it must agree with
    /// `str`'s order, also for texts that share long prefixes.
    #[test]
    fn text_order_is_the_order_of_str(texts in prop::collection::vec("[ab]{0,20}|[a-zé ]{0,12}", 0..80)) {
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let mut expected: Vec<u32> = (0..texts.len() as u32).collect();
        expected.sort_by_key(|&i| (texts[i as usize], i));
        prop_assert_eq!(news_timeline::order::by_text(&texts), expected);
    }
}
