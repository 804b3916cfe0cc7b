//! A paste is one edit and one search; the field keeps at most what the search reads.

use super::*;
use crate::search::MAX_QUERY_BYTES;

#[test]
fn a_paste_is_one_edit_and_one_search() {
    let mut s = state(120, 40);
    let generation = s.generation;
    update(&mut s, Action::Paste("film om\nhotell\t\u{1b}[2J".into()));
    assert_eq!(s.focus, Focus::Search, "a paste from the list goes to the search");
    assert_eq!(s.query, "film om hotell [2J");
    assert_eq!(s.cursor, s.query.chars().count());
    assert_eq!(s.generation, generation + 1, "one search for the whole paste");
    assert_eq!(selected_id(&s), Some("film"));
}

#[test]
fn a_paste_past_the_field_is_cut_and_says_so() {
    let mut s = state(120, 40);
    update(&mut s, Action::Paste("hotell ".repeat(MAX_QUERY_BYTES)));
    assert!(s.query.len() <= MAX_QUERY_BYTES && s.query.len() > MAX_QUERY_BYTES - 8);
    assert!(s.why.cut.bytes, "the note names the cut");
    assert!(s.search_notes().iter().any(|l| l.contains("2\u{a0}048")), "{:?}", s.search_notes());
    // A key in the full field changes nothing and keeps the note.
    let before = s.query.clone();
    update(&mut s, Action::Insert('x'));
    assert_eq!(s.query, before);
    assert!(s.why.cut.bytes);
    // An edit that fits clears it.
    update(&mut s, Action::DeleteToStart);
    assert!(s.query.is_empty() && !s.why.cut.bytes);
}
