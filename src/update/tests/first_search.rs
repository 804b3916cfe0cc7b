//! The word index is built by the first search that needs it, not at start.

use super::*;
use crate::search::{Index, Query};

#[test]
fn the_index_waits_for_the_first_word_then_answers_as_the_whole_index_does() {
    let mut s = state(120, 40);
    let whole = Index::new(&s.catalogue);
    assert_eq!(s.index.len(), 0, "nothing indexed before a search");
    assert_eq!(s.matches, whole.search(&s.catalogue, &Query::default()), "the list at start");
    // A word of the second entry's title, so that the answer is not the list's order.
    let title = s.catalogue.entries[1].title.to_string();
    let Some(word) = title.split_whitespace().find(|w| w.chars().count() >= 5) else {
        panic!("no word of five letters in {title:?}")
    };
    type_text(&mut s, word);
    assert_eq!(s.index.len(), s.catalogue.entries.len(), "indexed whole by the search");
    assert_eq!(s.matches, whole.search(&s.catalogue, &Query::parse(word)));
    assert_eq!(selected_id(&s), Some(s.catalogue.entries[1].id.as_str()));
    // Emptied again, the query lists everything in order, from the same index.
    for _ in 0..word.chars().count() {
        update(&mut s, Action::DeleteBack);
    }
    assert_eq!(s.matches, whole.search(&s.catalogue, &Query::default()));
}
