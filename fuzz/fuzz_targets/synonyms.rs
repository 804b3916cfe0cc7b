//! Any text as a synonym table and a query, through `Query::in_catalogue` over a small
//! catalogue: no panic; every query word searched or named as cut; results within the
//! catalogue; and the same answer whatever the order of the table's groups and words.
//!
//! The input is the table, a line a group (words separated by `,`, then `>` and the
//! words it leads to), a blank line, and the query.
#![no_main]

use libfuzzer_sys::fuzz_target;
use metodstod::catalogue::{Catalogue, Synonyms};
use metodstod::search::{Index, Match, Query};

use metodstod_fuzz::setup;

fn table(text: &str) -> Vec<Synonyms> {
    text.lines()
        .map(|line| {
            let (words, lead_to) = match line.split_once('>') {
                Some((w, l)) => (w, Some(l)),
                None => (line, None),
            };
            let list = |s: &str| s.split(',').map(Into::into).collect();
            Synonyms { words: list(words), lead_to: lead_to.map(list) }
        })
        .collect()
}

fn answer(catalogue: &Catalogue, index: &Index, raw: &str) -> Vec<(usize, i64)> {
    let query = Query::in_catalogue(raw, catalogue);
    let matches: Vec<Match> = index.search(catalogue, &query);
    let why = index.why(&query, &matches);
    let held = matches.iter().fold(0u64, |all, m| all | m.words);
    for (t, word) in query.words().enumerate() {
        let found = t < 64 && held & (1 << t) != 0;
        let said = why.unmatched.iter().any(|u| u == word);
        assert!(matches.is_empty() || found != said, "{word:?}: found {found}, said {said}");
    }
    for m in &matches {
        assert!(m.entry < catalogue.entries.len());
    }
    matches.iter().map(|m| (m.entry, m.score)).collect()
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (table_text, raw) = text.split_once("\n\n").unwrap_or((text, ""));
    let (base, index) = setup();
    let mut catalogue = base.clone();
    catalogue.synonyms = table(table_text);
    let first = answer(&catalogue, index, raw);
    catalogue.synonyms.reverse();
    for group in &mut catalogue.synonyms {
        group.words.reverse();
        if let Some(to) = &mut group.lead_to {
            to.reverse();
        }
    }
    assert_eq!(answer(&catalogue, index, raw), first, "the table's order changed the answer");
});
