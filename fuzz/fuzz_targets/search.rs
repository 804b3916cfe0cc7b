//! Any text as a search query over a small catalogue (the test fixture, indexed once,
//! so that each input costs little and inputs grow long): no panic, results within
//! the catalogue, every highlighted position inside its title, and the word
//! highlights of the title and the summary in both languages sorted, disjoint and
//! inside their text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use metodstod::i18n::Lang;
use metodstod::search::Query;

use metodstod_fuzz::setup;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (catalogue, index) = setup();
    let query = Query::parse(text);
    let matches = index.search(catalogue, &query);
    for m in &matches {
        let Some(entry) = catalogue.entries.get(m.entry) else {
            panic!("match {} outside the catalogue of {}", m.entry, catalogue.entries.len());
        };
        let chars = entry.title.chars().count();
        for &p in &m.title_positions {
            assert!(
                p < chars,
                "position {p} outside {:?} ({chars} chars), query {text:?}",
                entry.title
            );
        }
        for (text, lang) in [
            (&*entry.title, Lang::Sv),
            (&*entry.summary.sv, Lang::Sv),
            (&*entry.summary.en, Lang::En),
        ] {
            let chars = text.chars().count();
            let ranges = query.highlights(text, lang);
            for pair in ranges.windows(2) {
                assert!(pair[0].end < pair[1].start, "{ranges:?} overlap, query {text:?}");
            }
            for r in &ranges {
                assert!(r.start < r.end && r.end <= chars, "{r:?} outside {chars} chars");
            }
        }
    }
});
