//! Articles as other outlets publish them: wire copy with a filing dateline
//! in the lede, web pages with the date under the title and a byline.
//! Written for these tests, on topics of their own.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use news_timeline::model::{Corpus, Event};

fn names(corpus: &Corpus, ids: &[u32]) -> Vec<String> {
    ids.iter()
        .map(|&i| corpus.entities[i as usize].name.clone())
        .collect()
}

fn main_event<'a>(corpus: &'a Corpus, article: &str) -> &'a Event {
    let a = corpus
        .articles
        .iter()
        .position(|a| a.id == article)
        .unwrap() as u32;
    corpus
        .events
        .iter()
        .find(|e| e.articles.first() == Some(&a))
        .unwrap()
}

#[test]
fn a_wire_dateline_is_left_out_of_the_headline_and_places_an_unplaced_event() {
    let text = "ROME (AP) — Italian Prime Minister Giorgia Meloni met Spanish Prime Minister Pedro Sánchez at the Chigi Palace on Tuesday, officials said.\n\nThey discussed migration.";
    let (corpus, _) = common::corpus_from(&[("rome.txt", text)]);
    let event = main_event(&corpus, "rome");
    assert!(
        event
            .headline
            .starts_with("Italian Prime Minister Giorgia Meloni met"),
        "{}",
        event.headline
    );
    assert_eq!(
        names(&corpus, &event.participants),
        ["Giorgia Meloni", "Pedro Sánchez"]
    );
    let place = event
        .place
        .map(|p| corpus.entities[p as usize].name.as_str());
    assert_eq!(place, Some("Rome"));
}

#[test]
fn a_place_in_the_text_wins_over_the_filing_city() {
    let text = "LONDON, May 14 (Reuters) - British Foreign Secretary David Lammy met Chinese Foreign Minister Wang Yi in Beijing on Monday, the Foreign Office said.";
    let (corpus, _) = common::corpus_from(&[("wire.txt", text)]);
    let event = main_event(&corpus, "wire");
    let place = event
        .place
        .map(|p| corpus.entities[p as usize].name.as_str());
    assert_eq!(place, Some("Beijing"));
}

/// Some copy sets the dateline on a line of its own, above the lede: it
/// still dates the article, names the filing city and stays out of the
/// headline.
#[test]
fn a_dateline_on_a_line_of_its_own_dates_the_article() {
    for (text, day) in [
        (
            "Ministers agree on river treaty\n\nVIENNA, Austria, 9 May 2022 -\n\nEnergy ministers from the Danube states signed a treaty on Monday to share water during droughts.\n\nThe treaty takes effect next year.",
            "2022-05-09",
        ),
        (
            "LIMA, Peru, Nov. 3, 2021 (AP) —\nPeruvian President Pedro Castillo dismissed his cabinet on Wednesday after a week of protests.",
            "2021-11-03",
        ),
    ] {
        let (corpus, _) = common::corpus_from(&[("wire.txt", text)]);
        let article = &corpus.articles[0];
        assert_eq!(article.published.map(|d| d.to_string()).as_deref(), Some(day), "{text}");
        let event = main_event(&corpus, "wire");
        assert_eq!(event.date.earliest.map(|d| d.to_string()).as_deref(), Some(day), "{text}");
        assert!(
            !event.headline.contains(", 20"),
            "the dateline is no part of the headline: {}",
            event.headline
        );
    }
}

/// Stop 22: two countries that sign, or a country and a body, are the
/// event's sides; the country was dropped from the event before.
#[test]
fn countries_that_act_together_are_the_events_sides() {
    let text = "LAGOS, March 3, 2025 (Reuters) - Nigeria and the European Union signed a trade pact on Monday, officials said.";
    let (corpus, _) = common::corpus_from(&[("a.txt", text)]);
    let event = main_event(&corpus, "a");
    assert_eq!(
        names(&corpus, &event.participants),
        ["Nigeria", "European Union"]
    );
}

/// Blind read, stop 22: "Perth recorded its hottest day" had no place,
/// though the city is the lede's subject; "US actor Ossie Davis" and
/// "Wales coach Mike Ruddock" still place nothing.
#[test]
fn a_place_that_opens_the_lede_as_its_subject_is_where() {
    let text =
        "Perth swelters\n\nPerth recorded its hottest day on record on Tuesday, forecasters said.";
    let (corpus, _) = common::corpus_from(&[("a.txt", text)]);
    let event = main_event(&corpus, "a");
    let place = event
        .place
        .map(|p| corpus.entities[p as usize].name.clone());
    assert_eq!(place.as_deref(), Some("Perth"));
    for text in [
        "Actor dies\n\nUS actor Ossie Davis has died at the age of 87.",
        "Coach speaks\n\nWales coach Mike Ruddock said his side were tired.",
    ] {
        let (corpus, _) = common::corpus_from(&[("a.txt", text)]);
        assert_eq!(main_event(&corpus, "a").place, None, "{text}");
    }
}

/// Blind read, stop 22: "Kenya and Ethiopia struck a deal on Friday" had
/// no sides; two countries alone are the two sides, a city and its
/// country are not ("Kampala, Uganda").
#[test]
fn two_countries_alone_are_the_two_sides() {
    let text = "Deal struck\n\nKenya and Ethiopia struck a deal on the Omo River on Friday.";
    let (corpus, _) = common::corpus_from(&[("a.txt", text)]);
    let event = main_event(&corpus, "a");
    assert_eq!(names(&corpus, &event.participants), ["Kenya", "Ethiopia"]);
}

/// Blind read, stop 22: "ANTWERP, Belgium (AP) — ... halting container
/// traffic at Europe's second-largest port" was placed in Europe: a place
/// that only ranks the port gives way to the filing city. Without a
/// dateline it still says where ("visited Kenya's biggest shantytown").
#[test]
fn a_place_that_ranks_a_site_gives_way_to_the_filing_city() {
    let text = "Port strike\n\nANTWERP, Belgium (AP) — Thousands of dockworkers walked off the job on Tuesday, halting container traffic at Europe's second-largest port.";
    let (corpus, _) = common::corpus_from(&[("a.txt", text)]);
    let event = main_event(&corpus, "a");
    let place = event
        .place
        .map(|p| corpus.entities[p as usize].name.clone());
    assert_eq!(place.as_deref(), Some("Antwerp"));
}

/// Blind reads, stops 22 and 23: "OSLO, March 10 (Reuters) -" was read as
/// no date, silently. With no year it still sets no week, but the
/// evidence says the dateline was seen.
#[test]
fn a_wire_dateline_without_a_year_is_shown_not_used() {
    let text = "Norway and Sweden sign power pact\n\nOSLO, March 10 (Reuters) - Norway and Sweden signed an agreement on Tuesday to share surplus hydroelectric power, the two governments said.";
    let (corpus, _) = common::corpus_from(&[("a.txt", text)]);
    let date = &corpus.articles[0].date;
    assert!(!date.is_dated(), "{date:?}");
    assert!(
        date.evidence
            .iter()
            .any(|e| e.text.contains("gives 10 March but no year")),
        "{:?}",
        date.evidence
    );
}

/// Blind read, stop 25: "Floods killed 37 people in the northern
/// Philippines" (filed from Manila) was placed in Manila: "the" before the
/// compass word hid the place. And "returned 22 sculptures to Nigeria at a
/// ceremony in Berlin" was placed where they went, not where it happened.
#[test]
fn the_place_told_in_the_lede_wins_over_the_filing_city_and_a_destination() {
    for (text, want) in [
        (
            "MANILA, Aug. 14, 2023 (AP) — Floods killed at least 37 people in the northern Philippines on Sunday.",
            "Philippines",
        ),
        (
            "A museum returned 22 sculptures to Nigeria at a ceremony in Berlin on Saturday.",
            "Berlin",
        ),
        // A visit to a place is there.
        (
            "Olaf Scholz paid a visit to Kenya at the start of a tour in Nairobi.",
            "Kenya",
        ),
    ] {
        let (corpus, _) = common::corpus_from(&[("a.txt", text)]);
        let event = main_event(&corpus, "a");
        let place = event
            .place
            .map(|p| corpus.entities[p as usize].name.as_str());
        assert_eq!(place, Some(want), "{text}");
    }
}

/// Blind read, stop 30: an event's summary kept the wire dateline
/// ("LEEDS, England, Jan 8 (Reuters) - The trial ..."), which tells where
/// the story was filed, not what happened. The event's summary starts at
/// the story; the filing city still places an unplaced event.
#[test]
fn a_wire_dateline_is_left_out_of_the_summary() {
    let text = "Ferry strike halts crossings\n\nDOVER, England, May 3 (Reuters) - Ferry crews walked out at Dover on Friday, halting crossings to Calais.";
    let (corpus, _) = common::corpus_from(&[("dover.txt", text)]);
    let event = main_event(&corpus, "dover");
    assert!(
        event.summary.starts_with("Ferry crews walked out"),
        "{}",
        event.summary
    );
}

/// Blind read, stop 32: a wire story republished under a later date line
/// ("Published: 24 June 2025" over "OSLO, June 16, 2025 (Reuters) -") had
/// its "on Monday" read in the page's week: 23 June, a week late. It was
/// written on its dateline's day, and is dated by it; the editor is told
/// the two differ, with the lede's line. A dateline after the page's date
/// is a slip: the date line stands.
#[test]
fn a_republished_wire_story_is_dated_by_its_dateline() {
    let text = "Ferry operator fined\nPublished: 24 June 2025\n\nOSLO, June 16, 2025 (Reuters) - A Norwegian court on Monday fined the ferry operator Fjordlink 4 million crowns over a 2023 collision, prosecutors said.";
    let (corpus, _) = common::corpus_from(&[("a.txt", text)]);
    let event = main_event(&corpus, "a");
    assert_eq!(event.date.earliest.unwrap().to_string(), "2025-06-16");
    assert_eq!(event.date.latest.unwrap().to_string(), "2025-06-16");
    let warning = corpus.warnings.iter().find(|w| w.file == "a.txt").unwrap();
    assert_eq!(warning.line, 4);
    assert!(
        warning.message.contains("16 June 2025"),
        "{}",
        warning.message
    );

    let slip = text.replace("June 16, 2025", "June 26, 2025");
    let (corpus, _) = common::corpus_from(&[("a.txt", &slip)]);
    let event = main_event(&corpus, "a");
    assert_eq!(event.date.earliest.unwrap().to_string(), "2025-06-23");
    assert_eq!(corpus.warnings.len(), 1, "{:?}", corpus.warnings);
}
