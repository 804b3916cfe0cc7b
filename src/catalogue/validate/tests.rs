//! `Arriving` finds a catalogue valid exactly when `validate` does, however it arrives.

use super::*;
use crate::catalogue::{Origin, parse};

fn mini() -> Catalogue {
    match parse(include_str!("../../../tests/fixtures/mini.json"), &Origin::Embedded) {
        Ok(c) => c,
        Err(e) => panic!("fixture invalid: {e}"),
    }
}

fn arriving_in(c: &Catalogue, size: usize) -> bool {
    let mut head = c.clone();
    head.entries.clear();
    let mut checked = Arriving::new(&head);
    c.entries.chunks(size).for_each(|part| checked.entries(part));
    checked.valid()
}

/// A way to break the fixture, by name.
type Breaking = (&'static str, fn(&mut Catalogue));

/// Each way to break the fixture, by name.
fn broken() -> Vec<(&'static str, Catalogue)> {
    let ways: [Breaking; 14] = [
        ("schema", |c| c.schema += 1),
        ("source title", |c| c.source.title = " ".into()),
        ("source address", |c| c.source.address = "ftp://x".into()),
        ("duplicate category", |c| c.categories[1].id = c.categories[0].id.clone()),
        ("duplicate entry", |c| c.entries[4].id = c.entries[1].id.clone()),
        ("bad id", |c| c.entries[2].id = "Bad Id".into()),
        ("unknown category", |c| c.entries[3].categories = vec!["nope".into()].into()),
        ("no category", |c| c.entries[5].categories = Box::default()),
        ("no publisher", |c| c.entries[0].publisher = Box::default()),
        ("related to nothing", |c| c.entries[5].related = vec!["ghost".into()].into()),
        ("related to itself", |c| c.entries[5].related = vec!["knowledge".into()].into()),
        ("empty title", |c| c.entries[1].title = String::new().into()),
        ("escape in summary", |c| c.entries[3].summary.sv = "a\u{1b}[31m".into()),
        ("javascript link", |c| c.entries[0].links[0].url = "javascript:alert(1)".into()),
    ];
    ways.into_iter()
        .map(|(name, break_it)| {
            let mut c = mini();
            break_it(&mut c);
            (name, c)
        })
        .collect()
}

#[test]
fn arriving_agrees_with_validate_in_any_batches() {
    let valid = mini();
    assert!(validate(&valid).is_empty());
    for size in [1, 2, 6] {
        assert!(arriving_in(&valid, size), "the fixture in batches of {size}");
    }
    for (name, c) in broken() {
        assert!(!validate(&c).is_empty(), "{name}: validate sees nothing wrong");
        for size in [1, 2, 6] {
            assert!(!arriving_in(&c, size), "{name}: valid in batches of {size}");
        }
    }
}

#[test]
fn a_reference_to_an_entry_still_to_come_is_valid() {
    let c = mini();
    // "sexit" (the first) relates to "manual" (the second): in batches of one, the
    // reference arrives before the entry it names.
    assert_eq!(&*c.entries[0].related[0], "manual");
    assert!(arriving_in(&c, 1));
}
