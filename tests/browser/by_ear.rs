//! The screen-reader mode end to end: the real binary under TERM=linux (as fenrir runs
//! it), read through a terminal emulator. What a screen reader speaks is the text that
//! changed and the line under a cursor that moved, so these tests look at exactly that.

use crate::common;

use common::pty::{self, Pty, TIMEOUT};

/// The rows of the screen, trailing blanks cut.
fn rows(s: &vt100::Screen) -> Vec<String> {
    s.contents().lines().map(|l| l.trim_end().to_string()).collect()
}

fn reader(lang: &str) -> Pty {
    let mut cmd = pty::metodstod(&["--screen-reader", "--lang", lang]);
    cmd.env("TERM", "linux");
    let mut p = Pty::spawn(cmd, 100, 30);
    p.wait_for_text("Manual vid misstanke");
    p
}

#[test]
fn a_down_moves_only_the_cursor_to_the_next_title() {
    let mut p = reader("sv");
    let before = p.screen();
    assert_eq!(before.cursor_position(), (2, 0), "on the first resource:\n{}", before.contents());
    p.send("\x1b[B");
    let after = p.wait_for("the cursor on the second resource", |s| s.cursor_position() == (3, 0));
    // Nothing else changed, so a reader reads the line the cursor moved to: its title.
    assert_eq!(rows(&before), rows(&after));
    let line = &rows(&after)[3];
    assert!(line.starts_with("Metodstöd för kartläggning av tre våldstyper"), "{line}");
    // No frame, scrollbar or ellipsis for a reader to say as words.
    for row in rows(&after) {
        assert!(!row.contains("---") && !row.contains('+') && !row.contains('@'), "{row}");
    }
    p.send("q");
    assert!(p.wait_exit(TIMEOUT).success());
}

#[test]
fn a_search_is_said_when_the_typing_pauses_and_a_resource_reads_from_its_title() {
    let mut p = reader("en");
    p.send("/hotell");
    let s = p.wait_for("the count of the search", |s| {
        s.contents().contains("1 match for “hotell”. Film och annat material")
    });
    assert_eq!(s.cursor_position(), (0, 14), "the cursor after the letters");
    p.send("\r\r");
    let s = p.wait_for("the resource opened", |s| s.contents().contains("Publisher"));
    let lines = rows(&s);
    assert!(lines[0].starts_with("Film och annat material om hur"), "{}", s.contents());
    assert_eq!(s.cursor_position(), (0, 0));
    assert!(lines.iter().any(|l| l.starts_with("Link 1: ") && l.ends_with(", bfuf.se")));
    assert!(!s.contents().contains("https://"), "{}", s.contents());
    // The address on request.
    p.send("a");
    p.wait_for("the address said", |s| s.contents().contains("The address of link 1: https://"));
    p.send("q");
    assert!(p.wait_exit(TIMEOUT).success());
}

#[test]
fn a_burst_of_typing_is_searched_once_it_pauses() {
    let mut p = reader("sv");
    // Typed faster than any pause: the list waits, then answers the whole query.
    p.send(&format!("/{}", "sexit ".repeat(40).trim_end()));
    let s = p.wait_for("the count of the whole query", |s| {
        s.contents().contains("1 träff för ”sexit sexit")
    });
    assert!(rows(&s)[2].starts_with("Sexit — "), "{}", s.contents());
    assert!(rows(&s)[0].starts_with("Sök: "), "{}", s.contents());
    p.send("\r");
    p.wait_for("the list", |s| s.cursor_position() == (2, 0));
    p.send("q");
    assert!(p.wait_exit(TIMEOUT).success());
}

#[test]
fn f2_switches_the_normal_browser_to_the_mode_and_back() {
    let mut cmd = pty::metodstod(&["--lang", "en"]);
    cmd.env("TERM", "xterm-256color");
    let mut p = Pty::spawn(cmd, 100, 30);
    let s = p.wait_for_text("of 9");
    // The key to the mode on the first row, where a reader starts.
    assert!(rows(&s)[0].contains("F2 screen-reader mode"), "{}", s.contents());
    p.send("\x1bOQ");
    let s = p.wait_for_text("Screen-reader mode on");
    assert!(!s.contents().contains('┌') && !s.contents().contains('│'), "{}", s.contents());
    p.send("\x1bOQ");
    p.wait_for_text("of 9");
    p.send("q");
    assert!(p.wait_exit(TIMEOUT).success());
}
