use super::*;
use crate::action::{Action, Effect};
use crate::catalogue::{Origin, parse, validate};
use crate::search::Query;
use crate::state::{BACKGROUND_SEARCH, Focus};
use crate::update::update;

fn mini() -> Catalogue {
    match parse(include_str!("../../../tests/fixtures/mini.json"), &Origin::Embedded) {
        Ok(c) => c,
        Err(e) => panic!("fixture invalid: {e}"),
    }
}

/// `copies` copies of the fixture's entries, with ids made unique.
fn many(copies: usize) -> Catalogue {
    let c = mini();
    let mut big = c.clone();
    big.entries.clear();
    for i in 0..copies {
        for e in &c.entries {
            let mut e = e.clone();
            e.id = format!("{}-{i}", e.id).into();
            e.related = Box::default();
            big.entries.push(e);
        }
    }
    big
}

/// The catalogue as the reader hands it over: the head, then `size` entries at a time,
/// then "done".
fn batches(c: &Catalogue, size: usize) -> Vec<Batch> {
    let mut head = c.clone();
    head.entries.clear();
    let total = c.entries.len() as u64;
    let mut out = vec![Batch {
        head: Some(Box::new(head)),
        entries: Vec::new(),
        bytes_read: 0,
        total_bytes: total,
        done: false,
        valid: true,
    }];
    let mut read = 0;
    for chunk in c.entries.chunks(size) {
        read += chunk.len() as u64;
        out.push(Batch {
            head: None,
            entries: chunk.to_vec(),
            bytes_read: read,
            total_bytes: total,
            done: false,
            valid: true,
        });
    }
    out.push(Batch {
        head: None,
        entries: Vec::new(),
        bytes_read: total,
        total_bytes: total,
        done: true,
        // The reader's verdict (`catalogue::load_batches`), given at the end here.
        valid: validate(c).is_empty(),
    });
    out
}

fn loading(width: u16, height: u16) -> State {
    let mut s = State::loading(Some("big.json".into()), 100, Lang::Sv, Look::default());
    update(&mut s, Action::Resize(width, height));
    s
}

fn check(s: &State, context: &str) {
    assert!(s.selected <= s.visible.len().saturating_sub(1), "{context}: selection");
    if !s.visible.is_empty() {
        assert!(
            s.offset <= s.selected && s.selected < s.offset + s.list_page(),
            "{context}: scroll"
        );
    }
    assert!(s.offset <= s.visible.len().saturating_sub(s.list_page()), "{context}: offset");
    assert!(s.detail_scroll <= s.max_detail_scroll(), "{context}: detail scroll");
    assert_eq!(s.counts.len(), s.catalogue.categories.len() + 1, "{context}: category rows");
    assert_eq!(s.counts[0], s.matches.len(), "{context}: count of All");
    assert!(s.category <= s.catalogue.categories.len(), "{context}: category");
    assert!(s.visible.iter().all(|&i| i < s.matches.len()), "{context}: visible");
    assert!(s.matches.iter().all(|m| m.entry < s.catalogue.entries.len()), "{context}: matches");
    assert_eq!(s.index.len(), s.catalogue.entries.len(), "{context}: index");
}

fn ids(s: &State) -> Vec<String> {
    s.visible.iter().map(|&i| s.catalogue.entries[s.matches[i].entry].id.to_string()).collect()
}

#[test]
fn actions_while_loading_keep_every_invariant() {
    let whole = many(40);
    let actions = [
        Action::SelectNext,
        Action::NextPage,
        Action::SelectLast,
        Action::FocusNextPane,
        Action::FocusPreviousPane,
        Action::SelectNext,
        Action::FocusPreviousPane,
        Action::SelectNext,
        Action::FocusSearch,
        Action::Insert('h'),
        Action::Insert('a'),
        Action::SelectNext,
        Action::DeleteBack,
        Action::Activate,
        Action::SelectLast,
        Action::FocusNextPane,
        Action::ToggleHelp,
        Action::Close,
        Action::Resize(50, 12),
        Action::SelectFirst,
        Action::Resize(120, 40),
    ];
    for (size, (w, h)) in [(1, (120, 40)), (7, (80, 24)), (50, (50, 20)), (500, (40, 10))] {
        let mut s = loading(w, h);
        check(&s, "before anything arrived");
        for (n, batch) in batches(&whole, size).into_iter().enumerate() {
            assert_eq!(update(&mut s, Action::Loaded(Box::new(batch))), None);
            check(&s, &format!("batch {n} of {size}"));
            let action = actions[n % actions.len()].clone();
            update(&mut s, action.clone());
            check(&s, &format!("{action:?} after batch {n} of {size}"));
        }
        assert!(s.loading.is_none(), "complete");
        assert_eq!(s.catalogue.entries.len(), whole.entries.len());
    }
}

#[test]
fn arriving_entries_keep_the_selection_and_the_query() {
    let whole = many(30);
    let mut s = loading(120, 40);
    let all = batches(&whole, 20);
    let mut batches = all.into_iter();
    for batch in batches.by_ref().take(3) {
        update(&mut s, Action::Loaded(Box::new(batch)));
    }
    // "hand" is typed while 40 entries have arrived, and the 5th result chosen.
    for c in ['/', 'h', 'a', 'n', 'd'] {
        update(&mut s, if c == '/' { Action::FocusSearch } else { Action::Insert(c) });
    }
    update(&mut s, Action::FocusNextPane);
    for _ in 0..4 {
        update(&mut s, Action::SelectNext);
    }
    let chosen = s.selected_entry().map(|e| e.id.clone());
    assert!(chosen.is_some());
    for batch in batches {
        update(&mut s, Action::Loaded(Box::new(batch)));
        assert_eq!(s.selected_entry().map(|e| e.id.clone()), chosen, "the selection stays");
        assert_eq!(s.query, "hand");
        check(&s, "after a batch");
    }
    assert!(s.loading.is_none());
    // The same search typed after loading gives the same results.
    let mut after = State::new(whole, Lang::Sv, Look::default());
    update(&mut after, Action::Resize(120, 40));
    update(&mut after, Action::FocusSearch);
    for c in "hand".chars() {
        update(&mut after, Action::Insert(c));
    }
    assert_eq!(ids(&s), ids(&after));
    assert_eq!(s.counts, after.counts);
}

#[test]
fn a_batch_waits_while_a_search_holds_the_catalogue() {
    let whole = many(BACKGROUND_SEARCH / 6 + 200);
    let mut s = loading(120, 40);
    let mut batches = batches(&whole, 4096).into_iter();
    let last = batches.next_back();
    for batch in batches.by_ref().take(7) {
        update(&mut s, Action::Loaded(Box::new(batch)));
    }
    assert!(s.catalogue.entries.len() >= BACKGROUND_SEARCH);
    update(&mut s, Action::FocusSearch);
    let Some(Effect::Search(request)) = update(&mut s, Action::Insert('h')) else {
        panic!("a big search runs off the input path")
    };
    let before = s.catalogue.entries.len();
    // A search thread holds the catalogue: what arrives waits.
    for batch in batches.by_ref().chain(last) {
        assert_eq!(update(&mut s, Action::Loaded(Box::new(batch))), None);
    }
    assert_eq!(s.catalogue.entries.len(), before);
    assert!(s.loading.is_some(), "the progress stays while entries wait");
    let matches = s
        .index
        .search_within(&s.catalogue, &request.query, &request.candidates, &crate::search::Never)
        .unwrap_or_default();
    let why = s.index.why(&request.query, &matches);
    let done =
        Action::SearchDone { generation: request.generation, query: request.query, matches, why };
    // The answer lets the waiting entries in; the query is run again over all of them.
    let Some(Effect::Search(again)) = update(&mut s, done) else { panic!("searched again") };
    assert_eq!(s.catalogue.entries.len(), whole.entries.len());
    assert!(s.loading.is_none());
    assert_eq!(again.candidates.len(), whole.entries.len());
    assert_eq!(again.query, Query::parse("h"));
    check(&s, "after the answer");
}

#[test]
fn an_invalid_catalogue_never_passes_for_complete() {
    let mut whole = many(3);
    whole.entries[17].categories = vec!["no-such".into()].into();
    let mut s = loading(80, 24);
    let mut effects = Vec::new();
    for batch in batches(&whole, 5) {
        effects.push(update(&mut s, Action::Loaded(Box::new(batch))));
    }
    assert_eq!(effects.last(), Some(&Some(Effect::LoadFailed)));
    assert!(effects[..effects.len() - 1].iter().all(Option::is_none));
    assert!(s.loading.is_some(), "still shown as loading");
    let mut s = loading(80, 24);
    assert_eq!(update(&mut s, Action::LoadFailed), Some(Effect::LoadFailed));
}

#[test]
fn quit_and_categories_work_before_and_while_entries_arrive() {
    let whole = many(5);
    let mut s = loading(120, 40);
    assert_eq!(update(&mut s, Action::Quit), Some(Effect::Quit));
    update(&mut s, Action::FocusPreviousPane);
    assert_eq!(s.focus, Focus::Categories);
    update(&mut s, Action::SelectNext);
    check(&s, "a category before the categories arrived");
    let mut batches = batches(&whole, 4).into_iter();
    update(&mut s, Action::Loaded(Box::new(batches.next().unwrap_or_else(|| panic!("head")))));
    update(&mut s, Action::SelectNext);
    assert_eq!(s.category, 1);
    for batch in batches {
        update(&mut s, Action::Loaded(Box::new(batch)));
        check(&s, "category chosen");
        assert!(s.visible.iter().all(|&i| {
            let entry = &s.catalogue.entries[s.matches[i].entry];
            entry.categories.iter().any(|c| *c == s.catalogue.categories[0].id)
        }));
    }
    assert_eq!(update(&mut s, Action::Quit), Some(Effect::Quit));
}

#[test]
fn entries_appended_without_a_query_are_the_list_a_whole_search_gives() {
    let whole = many(7);
    for category in [0, 2] {
        let mut s = loading(100, 30);
        let mut batches = batches(&whole, 4).into_iter();
        update(&mut s, Action::Loaded(Box::new(batches.next().unwrap_or_else(|| panic!("head")))));
        s.choose_category(category);
        update(&mut s, Action::SelectNext);
        let generation = s.generation;
        for batch in batches {
            update(&mut s, Action::Loaded(Box::new(batch)));
            let mut whole_search = s.clone();
            whole_search.matches = s.index.search(&s.catalogue, &Query::default());
            whole_search.recount();
            let context = format!("category {category}, {} entries", s.catalogue.entries.len());
            assert_eq!(s.matches, whole_search.matches, "{context}: matches");
            assert_eq!(s.counts, whole_search.counts, "{context}: counts");
            assert_eq!(s.visible, whole_search.visible, "{context}: list");
            check(&s, &context);
        }
        assert!(s.loading.is_none());
        assert_eq!(s.generation, generation, "appended, not searched again");
    }
}
