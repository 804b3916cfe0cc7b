//! Searches of a big catalogue, which leave the input path.

use super::*;
use crate::search::Why;

pub(super) fn big_state() -> State {
    let small = state(120, 40);
    let mut catalogue = (*small.catalogue).clone();
    let originals = catalogue.entries.clone();
    let mut i = 0;
    while catalogue.entries.len() <= crate::state::BACKGROUND_SEARCH {
        for e in &originals {
            let mut e = e.clone();
            e.id = format!("{}-{i}", e.id).into();
            e.related = Box::default();
            catalogue.entries.push(e);
        }
        i += 1;
    }
    let mut s = State::new(catalogue, Lang::Sv, Look::default());
    update(&mut s, Action::Resize(120, 40));
    s
}

#[test]
fn a_big_search_leaves_the_input_path_and_only_the_latest_answer_counts() {
    let mut s = big_state();
    update(&mut s, Action::FocusSearch);
    let Some(Effect::Search(first)) = update(&mut s, Action::Insert('h')) else {
        panic!("a big search is handed to the runtime")
    };
    assert!(s.searching);
    let Some(Effect::Search(second)) = update(&mut s, Action::Insert('a')) else {
        panic!("the next key starts a newer search")
    };
    assert!(second.generation > first.generation);
    let run = |r: &crate::action::SearchRequest| {
        s.index
            .search_within(&s.catalogue, &r.query, &r.candidates, &crate::search::Never)
            .unwrap_or_default()
    };
    let (old, new) = (run(&first), run(&second));
    let everything = s.visible.len();
    update(
        &mut s,
        Action::SearchDone {
            generation: first.generation,
            query: first.query,
            matches: old,
            why: Why::default(),
        },
    );
    assert!(s.searching, "a stale answer is dropped");
    assert_eq!(s.visible.len(), everything);
    let expected = new.len();
    update(
        &mut s,
        Action::SearchDone {
            generation: second.generation,
            query: second.query,
            matches: new,
            why: Why::default(),
        },
    );
    assert!(!s.searching);
    assert_eq!(s.visible.len(), expected);
    assert_eq!(s.searched.raw(), "ha");
}

#[test]
fn clearing_a_big_search_is_answered_at_once() {
    let mut s = big_state();
    type_text(&mut s, "x");
    assert_eq!(update(&mut s, Action::Back), None);
    assert!(!s.searching);
    assert_eq!(s.visible.len(), s.catalogue.entries.len());
}

/// Why a search found nothing passes over the whole vocabulary: it comes with the
/// answer, worked out where the search ran, and the input path takes it as it is.
#[test]
fn a_big_search_answers_with_its_why_worked_out_off_the_input_path() {
    let mut s = big_state();
    update(&mut s, Action::FocusSearch);
    let Some(Effect::Search(request)) = update(&mut s, Action::Insert('q')) else {
        panic!("a big search is handed to the runtime")
    };
    let why = Why { suggestions: vec!["worked out elsewhere".to_string()], ..Why::default() };
    let done = Action::SearchDone {
        generation: request.generation,
        query: request.query,
        matches: Vec::new(),
        why: why.clone(),
    };
    update(&mut s, done);
    assert_eq!(s.why, why);
}
