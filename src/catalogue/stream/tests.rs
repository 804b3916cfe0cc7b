use std::io::Read;

use proptest::prelude::*;

use serde_json::Value;

use super::{Phase, Readable, Spread, Typed, parse, problems, split};
use crate::catalogue::shape;
use crate::catalogue::{Catalogue, EMBEDDED};

const MINI: &str = include_str!("../../../tests/fixtures/mini.json");

/// One thread, as a small file is parsed.
const ONE: Spread = Spread { workers: 1, piece: usize::MAX };

/// A reader that hands out at most `size` bytes at a time, so every cut through a
/// string, an escape or a key is met somewhere.
struct Pieces<'a> {
    data: &'a [u8],
    size: usize,
}

impl Read for Pieces<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.size.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

/// Whether the entries were cut out one by one (rather than left to the final parse).
fn streamed(text: &str) -> bool {
    split(Pieces { data: text.as_bytes(), size: 4096 }, u64::MAX, Typed::default())
        .is_some_and(|s| s.phase == Phase::Tail)
}

fn whole(text: &[u8]) -> Option<Catalogue> {
    serde_json::from_slice(text).ok()
}

/// The problems of a whole tree, walked and read at once.
fn of_whole_tree(tree: &Value) -> Vec<crate::catalogue::Problem> {
    let mut problems = shape::check(tree);
    problems.extend(Readable::whole(tree).validate());
    problems
}

/// The streamed parse agrees with serde_json's whole-text parse, in any piece size; and
/// the problems found entry by entry are those of the whole tree.
fn agrees(text: &str) -> Result<(), TestCaseError> {
    let expected = whole(text.as_bytes());
    for size in [1, 2, 3, 7, 64, 4096, usize::MAX] {
        let got = parse(Pieces { data: text.as_bytes(), size }, u64::MAX, ONE);
        prop_assert_eq!(&got, &expected, "pieces of {} bytes, text {:?}", size, text);
    }
    // Spread over threads: an entry a piece, several, all in one.
    for (workers, piece) in [(2, 1), (3, 200), (2, usize::MAX)] {
        let spread = Spread { workers, piece };
        let got = parse(Pieces { data: text.as_bytes(), size: 7 }, u64::MAX, spread);
        prop_assert_eq!(&got, &expected, "{:?}, text {:?}", spread, text);
    }
    let tree = serde_json::from_str::<Value>(text).ok();
    let expected = tree.as_ref().map(of_whole_tree);
    prop_assert_eq!(problems(text.as_bytes()), expected, "text {:?}", text);
    Ok(())
}

/// `agrees` outside a proptest.
fn assert_agrees(text: &str) {
    if let Err(e) = agrees(text) {
        panic!("{e}");
    }
}

/// The mini catalogue's entries array, as it is in the file.
fn mini_entries() -> (usize, usize) {
    let start = MINI.find("\"entries\": [").map_or(0, |i| i + "\"entries\": ".len());
    let end = MINI.rfind(']').unwrap_or(MINI.len());
    (start, end + 1)
}

fn with_entries(array: &str) -> String {
    let (start, end) = mini_entries();
    format!("{}{array}{}", &MINI[..start], &MINI[end..])
}

#[test]
fn good_catalogues_parse_the_same_streamed() {
    for text in [EMBEDDED, MINI] {
        assert!(whole(text.as_bytes()).is_some_and(|c| !c.entries.is_empty()));
        assert!(streamed(text));
        assert_agrees(text);
    }
    let spaced = MINI.replace("\"entries\": [", "\"entries\"\n :\t[ ");
    let first_entry = {
        let (start, end) = mini_entries();
        let inner = &MINI[start + 1..end - 1];
        inner[..inner.find("\n    },").map_or(inner.len(), |i| i + "\n    }".len())].to_string()
    };
    let (start, end) = mini_entries();
    let entries = &MINI[start..end];
    // The entries first, the source last: the order of the keys is free.
    let moved = format!("{{\"entries\": {entries}, {}}}", MINI[..start].trim_start_matches('{'))
        .replace(",\n  \"entries\": }", "}");
    let cases = [
        spaced,
        with_entries("[]"),
        with_entries("[ \n ]"),
        with_entries(&format!("[{first_entry}]")),
        moved,
    ];
    for text in &cases {
        assert!(streamed(text), "{text}");
        assert_agrees(text);
    }
    assert!(whole(cases[4].as_bytes()).is_some_and(|c| c.entries.len() > 1));
    assert!(whole(cases[3].as_bytes()).is_some_and(|c| c.entries.len() == 1));
    assert!(whole(cases[1].as_bytes()).is_some_and(|c| c.entries.is_empty()));
}

#[test]
fn broken_arrays_fail_streamed_as_they_fail_whole() {
    let (start, end) = mini_entries();
    let entries = &MINI[start..end];
    let cases = [
        with_entries("[ , ]"),
        with_entries(&entries.replacen("\n    },", "\n    }", 1)),
        with_entries(&entries.replacen("\n    },", "\n    },,", 1)),
        with_entries(&format!("{},]", &entries[..entries.len() - 1])),
        with_entries(&entries[..entries.len() - 1]),
        with_entries(&entries.replacen('{', "{}", 1)),
        with_entries(&entries.replacen("\n    },", "\n    }],", 1)),
        with_entries("null"),
        MINI.replacen("\"entries\":", "\"entries\": [], \"entries\":", 1),
        format!("{MINI} trailing"),
        format!("[{MINI}]"),
        MINI[..MINI.len() / 2].to_string(),
        String::new(),
    ];
    for text in &cases {
        assert!(whole(text.as_bytes()).is_none(), "{text}");
        assert_agrees(text);
    }
}

#[test]
fn brackets_commas_and_quotes_inside_strings_are_text() {
    // One escaped quote (an odd count), so a scanner that missed escapes would leave
    // the string early; and an escaped backslash just before the closing quote.
    let tricky = r#"Om \"[ och ], {}: \\ sista \\"#;
    let in_head = MINI.replacen("Exempellista", tricky, 1);
    let in_entry =
        MINI.replacen("\"keywords\": [", &format!("\"keywords\": [\"{tricky}\", \"],[\", "), 1);
    for text in [&in_head, &in_entry] {
        assert!(whole(text.as_bytes()).is_some(), "{text}");
        assert!(streamed(text), "{text}");
        assert_agrees(text);
    }
    let parsed = whole(in_entry.as_bytes());
    assert!(parsed.is_some_and(|c| c.entries[0].keywords[0].contains("\"[ och ],")));
}

#[test]
fn an_escaped_entries_key_is_parsed_whole_and_still_agrees() {
    let text = MINI.replacen("\"entries\":", "\"entr\\u0069es\":", 1);
    assert!(whole(text.as_bytes()).is_some_and(|c| !c.entries.is_empty()));
    assert!(!streamed(&text));
    assert_agrees(&text);
}

#[test]
fn a_byte_order_mark_is_skipped_and_the_size_bound_holds() {
    let text = format!("\u{feff}{MINI}");
    let expected = whole(MINI.as_bytes());
    assert!(expected.is_some());
    assert_eq!(parse(Pieces { data: text.as_bytes(), size: 4096 }, u64::MAX, ONE), expected);
    let len = MINI.len() as u64;
    assert_eq!(parse(Pieces { data: MINI.as_bytes(), size: 4096 }, len, ONE), expected);
    assert_eq!(parse(Pieces { data: MINI.as_bytes(), size: 4096 }, len - 1, ONE), None);
}

/// Single-byte damage where the scanner looks (quotes, escapes, brackets, commas,
/// colons): the streamed parse never accepts what the whole parse refuses, nor the other
/// way round.
fn damaged() -> impl Strategy<Value = String> {
    let places = MINI.char_indices().map(|(i, _)| i).collect::<Vec<_>>();
    (
        proptest::sample::select(places),
        proptest::sample::select(vec!["", "\"", "\\", "[", "]", "{", "}", ",", ":", " "]),
        any::<bool>(),
    )
        .prop_map(|(at, put, replace)| {
            let skip =
                if replace { MINI[at..].chars().next().map_or(0, char::len_utf8) } else { 0 };
            format!("{}{put}{}", &MINI[..at], &MINI[at + skip..])
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]
    #[test]
    fn damaged_catalogues_agree(text in damaged()) {
        agrees(&text)?;
    }
}

#[test]
fn structural_problems_entry_by_entry_are_those_of_the_whole_tree() {
    let (start, end) = mini_entries();
    let entries = &MINI[start..end];
    let damaged = entries
        .replacen("\"year\": ", "\"year\": \"x\", \"yeer\": ", 1)
        .replacen("\"keywords\"", "\"keyword\"", 2)
        .replacen("\"title\": ", "\"title\": 7, \"old\": ", 1);
    let cases = [
        with_entries(&damaged).replacen("\"schema\": 1,", "\"schema\": \"1\", \"extra\": 0,", 1),
        // Entries first, problems in the head after them.
        format!("{{\"entries\": {damaged}, {}}}", MINI[..start].trim_start_matches('{'))
            .replace(",\n  \"entries\": }", "}")
            .replacen("\"title\": \"Exempellista\"", "\"title\": null", 1),
        // A second entries key: the tree keeps the last.
        with_entries(&damaged).replacen("\"entries\":", "\"entries\": [], \"entries\":", 1),
    ];
    for text in &cases {
        let tree = serde_json::from_str::<Value>(text).ok();
        let expected = tree.as_ref().map(of_whole_tree);
        assert!(expected.as_ref().is_some_and(|p| p.len() >= 5), "{expected:?}");
        assert_eq!(problems(text.as_bytes()), expected);
    }
}

#[test]
fn a_small_file_is_parsed_on_one_thread_and_a_big_one_on_every_core() {
    assert_eq!(Spread::for_file(MINI.len() as u64).workers, 1);
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    assert_eq!(Spread::for_file(64 * 1024 * 1024).workers, cores);
}

#[test]
fn entries_parsed_on_several_threads_keep_their_order() {
    let Some(mini) = whole(MINI.as_bytes()) else { panic!("the fixture parses") };
    let mut many = mini.clone();
    // Enough entries for many pieces, each with an id of its own.
    many.entries = (0..500)
        .map(|i| {
            let mut entry = mini.entries[i % mini.entries.len()].clone();
            entry.id = format!("e{i}").as_str().into();
            entry
        })
        .collect();
    let text = serde_json::to_string(&many).unwrap_or_default();
    let spread = Spread { workers: 2, piece: 1000 };
    let got = parse(Pieces { data: text.as_bytes(), size: 4096 }, u64::MAX, spread);
    assert_eq!(got, Some(many));
}
