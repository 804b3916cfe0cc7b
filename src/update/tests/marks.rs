//! Marks for the reading list, and the list copied with `e`.

use super::background::big_state;
use super::*;
use crate::update::reading_list::MAX_PAYLOAD;

fn marked_ids(s: &State) -> Vec<String> {
    s.marked.iter().map(|&e| s.catalogue.entries[e].id.to_string()).collect()
}

#[test]
fn marks_survive_searching_categories_resizing_and_a_language_switch() {
    let mut s = state(120, 40);
    update(&mut s, Action::ToggleMark);
    update(&mut s, Action::SelectNext);
    update(&mut s, Action::ToggleMark);
    let first_two = marked_ids(&s);
    assert_eq!(first_two.len(), 2);
    type_text(&mut s, "zzzz");
    update(&mut s, Action::Back);
    update(&mut s, Action::Back);
    update(&mut s, Action::FocusPreviousPane);
    update(&mut s, Action::SelectNext);
    update(&mut s, Action::Resize(80, 24));
    update(&mut s, Action::SwitchLanguage);
    assert_eq!(marked_ids(&s), first_two);
    // Space again unmarks; X clears.
    update(&mut s, Action::Resize(120, 40));
    assert_eq!(s.focus, Focus::Categories);
    update(&mut s, Action::SelectFirst);
    update(&mut s, Action::FocusNextPane);
    update(&mut s, Action::SelectFirst);
    update(&mut s, Action::SelectNext);
    update(&mut s, Action::ToggleMark);
    assert_eq!(s.marked.len(), 1);
    update(&mut s, Action::ClearMarks);
    assert!(s.marked.is_empty());
}

#[test]
fn e_copies_exactly_the_marked_entries_as_markdown() {
    let mut s = state(120, 40);
    update(&mut s, Action::SelectNext);
    update(&mut s, Action::ToggleMark);
    let id = marked_ids(&s)[0].clone();
    type_text(&mut s, "zzzz");
    let Some(Effect::Copy { text, what }) = update(&mut s, Action::ExportList) else {
        panic!("e copies the reading list")
    };
    assert_eq!(what, Copied::ReadingList(1));
    let Some(entry) = s.catalogue.entry(&id) else { panic!("{id}") };
    assert!(text.contains(&format!("## {}", entry.title)), "{text}");
    assert_eq!(text.matches("\n## ").count(), 1, "{text}");
}

#[test]
fn with_nothing_marked_e_copies_the_results() {
    let mut s = state(120, 40);
    type_text(&mut s, "sexit");
    let shown = s.visible.len();
    assert!(shown >= 1);
    let Some(Effect::Copy { text, what }) = update(&mut s, Action::ExportList) else {
        panic!("e copies the results")
    };
    assert_eq!(what, Copied::ReadingList(shown));
    assert_eq!(text.matches("\n## ").count(), shown, "{text}");
}

#[test]
fn a_list_too_long_for_a_clipboard_is_not_copied_and_the_command_is_named() {
    let mut s = big_state();
    assert_eq!(update(&mut s, Action::ExportList), None);
    let Some(Status::ListTooLong { bytes, command }) = s.status.clone() else {
        panic!("the status says the list is too long: {:?}", s.status)
    };
    assert!(crate::links::base64_len(bytes) > MAX_PAYLOAD);
    assert!(command.starts_with("metodstod export --lang sv"), "{command}");
    assert!(command.len() < 200, "a whole catalogue is not named id by id: {command}");
}
