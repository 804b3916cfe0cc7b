//! The word rules and the ranking order, tested on whole searches. Each
//! test fails when its rule is taken out.

use std::time::{Duration, Instant};

use super::*;
use crate::catalogue::{Origin, parse};
use crate::i18n::Lang;

fn mini() -> Catalogue {
    match parse(include_str!("../../../tests/fixtures/mini.json"), &Origin::Embedded) {
        Ok(c) => c,
        Err(e) => panic!("fixture invalid: {e}"),
    }
}

/// The mini catalogue's first entry, copied under other ids with other titles,
/// keywords and Swedish summaries; the rest of each entry is the same for all, so
/// only these decide the order.
fn made(entries: &[(&str, &str, &[&str], &str)]) -> Catalogue {
    let mut c = mini();
    let template = c.entries[0].clone();
    c.entries = entries
        .iter()
        .map(|&(id, title, keywords, summary)| {
            let mut e = template.clone();
            e.id = id.into();
            e.title = title.into();
            e.keywords = keywords.iter().map(|&k| k.into()).collect();
            e.summary.sv = summary.into();
            e.summary.en = "".into();
            e.related = Box::new([]);
            e
        })
        .collect();
    c
}

fn ids(catalogue: &Catalogue, query: &str) -> Vec<String> {
    let index = Index::new(catalogue);
    let found = index.search(catalogue, &Query::parse(query));
    found.iter().map(|m| catalogue.entries[m.entry].id.to_string()).collect()
}

#[test]
fn inflected_forms_find_the_word() {
    let c = mini();
    // Longer than the text's word: no prefix and no letters in order can find these.
    assert_eq!(ids(&c, "hotellet"), ["film"]);
    assert_eq!(ids(&c, "ungdomsmottagningen"), ["sexit"]);
    assert_eq!(ids(&c, "embassies"), ["embassy"]);
}

#[test]
fn the_word_being_typed_matches_as_a_prefix_and_only_it() {
    let c = mini();
    // "hotellfolk" in a summary; too short a rest for "hotellfo" to be its head.
    assert_eq!(ids(&c, "hotellfo"), ["film"]);
    assert!(ids(&c, "hotellfo ").is_empty());
    assert_eq!(ids(&c, "hotellfo film"), ["film"], "film found, hotellfo named as nothing");
}

#[test]
fn typos_by_word_length() {
    let c = made(&[("a", "Embassy guide", &[], ""), ("b", "Stöd", &[], "hotel och film")]);
    assert_eq!(ids(&c, "embasy "), ["a"]);
    assert_eq!(ids(&c, "emabssy "), ["a"]);
    assert!(ids(&c, "hotl ").is_empty(), "four letters allow no typo");
    assert!(ids(&c, "embsay ").is_empty(), "two edits in six letters");
    assert!(ids(&c, "ebmsasy ").is_empty());
}

#[test]
fn compounds_split_and_compound_heads_and_tails() {
    let c = mini();
    // "personal på ambassader" in the summary.
    assert_eq!(ids(&c, "ambassadpersonal"), ["embassy"]);
    // "människohandel" in a title: "handel" is its tail.
    assert!(ids(&c, "handel ").contains(&"manual".to_string()));
    // Only in summaries, where letters in order are not looked for; both pieces needed.
    let c = made(&[
        ("both", "Stöd", &[], "för personal vid ambassader"),
        ("one", "Stöd", &[], "för personal"),
    ]);
    assert_eq!(ids(&c, "ambassadpersonal"), ["both"]);
    let c = made(&[("a", "Om hedersvåld", &[], ""), ("b", "Om våldsutsatta", &[], "")]);
    assert_eq!(ids(&c, "våld "), ["a", "b"]);
}

#[test]
fn ranking_weighs_typos_kinds_and_fields_together() {
    // In one field, fewer typos first.
    let c = made(&[("typo", "Embasy guide", &[], ""), ("exact", "Embassy guide", &[], "")]);
    assert_eq!(ids(&c, "embassy "), ["exact", "typo"]);
    // In one field, the better kind first: the word itself above a form of it.
    let c = made(&[("stem", "Stöd", &[], "om hotellen"), ("exact", "Stöd", &[], "om hotell")]);
    assert_eq!(ids(&c, "hotell "), ["exact", "stem"]);
    // Field: title, then keywords, then summary.
    let c = made(&[
        ("summary", "Stöd", &[], "om hotell"),
        ("keyword", "Stöd", &["hotell"], ""),
        ("title", "Hotell", &[], ""),
    ]);
    assert_eq!(ids(&c, "hotell "), ["title", "keyword", "summary"]);
    // Where a word matched weighs with how: a form of it in a title above the word
    // itself in a summary, and the word in both above the word in either.
    let c = made(&[("exact", "Stöd", &[], "om hotell"), ("stem", "Hotellen", &[], "")]);
    assert_eq!(ids(&c, "hotell "), ["stem", "exact"]);
    let c = made(&[("one", "Hotell", &[], "om stöd"), ("both", "Hotell", &[], "om hotell")]);
    assert_eq!(ids(&c, "hotell "), ["both", "one"]);
}

#[test]
fn ranking_puts_words_together_first_then_keeps_catalogue_order() {
    let c = made(&[
        ("apart", "Sea routes of the Baltic region", &[], ""),
        ("together", "Baltic Sea Region", &[], ""),
        ("same", "Baltic Sea Region", &[], ""),
    ]);
    assert_eq!(ids(&c, "sea region"), ["together", "same", "apart"]);
}

#[test]
fn letters_in_order_only_for_what_no_word_matches() {
    let c = mini();
    // An abbreviation of "Manual vid misstanke": no word starts with it.
    assert_eq!(ids(&c, "mvm"), ["manual"]);
    // "sea" is a word, so "Kunskapsstöd om sexuell exploatering", which holds s, e, a
    // in order, does not match.
    let found = ids(&c, "sea");
    assert!(found.contains(&"trm".to_string()) && !found.contains(&"knowledge".to_string()));
}

#[test]
fn highlights_mark_matched_words_in_any_text() {
    let q = Query::parse("hotellet");
    assert_eq!(q.highlights("Film om hotell, hotellen", Lang::Sv), [8..14, 16..24]);
    let q = Query::parse("handel");
    let text = "Manual vid misstanke om människohandel";
    let found = q.highlights(text, Lang::Sv);
    let picked: Vec<String> =
        found.iter().map(|r| text.chars().skip(r.start).take(r.len()).collect()).collect();
    assert_eq!(picked, ["handel"]);
    let q = Query::parse("ambassadpersonal");
    let text = "En handbok för personal på ambassader";
    assert_eq!(q.highlights(text, Lang::Sv), [15..23, 27..37]);
    assert!(Query::parse("").highlights(text, Lang::Sv).is_empty());
    assert!(Query::parse("zzz").highlights(text, Lang::En).is_empty());
}

#[test]
fn title_positions_cover_matched_words() {
    let c = mini();
    let index = Index::new(&c);
    let found = index.search(&c, &Query::parse("hotellet"));
    let Some(film) = found.first() else { panic!("nothing found") };
    // "Film om hotell": the word "hotell", characters 8 to 13.
    assert_eq!(film.title_positions, [8, 9, 10, 11, 12, 13]);
}

#[test]
fn hostile_queries_return_quickly_and_never_panic() {
    let c = mini();
    let index = Index::new(&c);
    let long = "a".repeat(10_000);
    let fifty = ["hotell"; 50].join(" ");
    let rtl = "مرحبا بالعالم שלום עולם";
    let queries = ["!!! ,,, ... ???", "&", long.as_str(), "👩‍👩‍👧 🔥", rtl, fifty.as_str()];
    for query in queries {
        let start = Instant::now();
        let q = Query::parse(query);
        let found = index.search(&c, &q);
        let _ = q.highlights(&c.entries[0].title, Lang::Sv);
        assert!(start.elapsed() < Duration::from_secs(2), "{query:.40}: {:?}", start.elapsed());
        for m in &found {
            let chars = c.entries[m.entry].title.chars().count();
            assert!(m.title_positions.iter().all(|&p| p < chars), "{query:.40}");
        }
    }
    assert_eq!(ids(&c, &fifty), ["film"]);
    assert!(ids(&c, &long).is_empty());
}
