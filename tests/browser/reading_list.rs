//! The reading list end to end on a real terminal: marks survive a search and a
//! category change, `e` copies exactly the marked entries with OSC 52, and a list too
//! long for a terminal's clipboard is not copied at all.

use crate::common;

use common::pty::{self, Pty, TIMEOUT, osc52_payloads};

fn browser() -> Pty {
    let mut p = Pty::spawn(pty::metodstod(&[]), 120, 40);
    p.wait_for_text("av 9");
    p
}

fn quit(p: &mut Pty) {
    p.send("q");
    let status = p.wait_exit(TIMEOUT);
    assert!(status.success(), "{status}");
}

fn titles(markdown: &str) -> Vec<&str> {
    markdown.lines().filter_map(|l| l.strip_prefix("## ")).collect()
}

#[test]
fn two_marked_entries_survive_search_and_category_and_e_copies_exactly_them() {
    let Ok(catalogue) = metodstod::catalogue::embedded() else { panic!("embedded") };
    let expected: Vec<&str> = catalogue.entries[..2].iter().map(|e| e.title.as_str()).collect();
    let mut p = browser();
    p.send(" ");
    p.send("j");
    p.send(" ");
    p.wait_for_text("2 markerade");
    // A search that hides them, cleared; then another category and back to the list.
    p.send("/");
    p.send("ambassad");
    p.wait_for_text("1 av 9");
    p.send("\x1b[27u");
    p.send("\x1b[27u");
    p.wait_for_text("9 av 9");
    p.send("h");
    p.send("j");
    p.send("j");
    p.send("l");
    p.wait_for("another category", |s| !s.contents().contains("9 av 9"));
    assert!(p.contents().contains("2 markerade"), "{}", p.contents());
    p.send("e");
    p.wait_for_text("Läslistan har kopierats: 2 material");
    let copied = osc52_payloads(&p.raw(), false);
    assert_eq!(copied.len(), 1, "{copied:?}");
    assert_eq!(titles(&copied[0]), expected, "{}", copied[0]);
    quit(&mut p);
}

#[test]
fn a_list_too_long_for_the_clipboard_is_not_copied_and_the_command_is_named() {
    let mut p = browser();
    // Nothing marked: all nine entries, about 13 kB of Markdown.
    p.send("e");
    p.wait_for_text("för lång");
    // The status grows upwards over the panes, cut at the width exactly: rows joined,
    // it reads whole.
    let screen = p.contents().replace('\n', "");
    let named = "Hämta den i stället med kommandot metodstod export --lang sv";
    assert!(screen.contains(named), "{screen}");
    assert!(osc52_payloads(&p.raw(), false).is_empty(), "nothing may be copied");
    quit(&mut p);
}
