//! End to end, links: opening them through `$BROWSER` or a text-mode browser, copying
//! them over SSH and in tmux, citations, OSC 8 hyperlinks, and a new user's first visit.

use crate::common;

use common::pty::{self, Pty, TempDir, find, osc52_payloads};

use super::screen::*;

fn with_browser(mut cmd: portable_pty::CommandBuilder, script: &std::path::Path) -> Pty {
    cmd.env("BROWSER", script.display().to_string());
    browser_with(cmd, 120, 40)
}

#[test]
fn o_digits_and_enter_open_links_through_browser() {
    let dir = TempDir::new("open");
    let record = dir.join("record");
    let script = pty::recording_browser(&dir, &record);
    let mut p = with_browser(pty::metodstod(&[]), &script);
    p.send("o");
    pty::wait_for_file(&record, "the first link after o", |t| t.lines().count() >= 1);
    p.wait_for("the status line to report the opening", |s| shows(s, "Öppnar: "));
    p.send("2");
    pty::wait_for_file(&record, "the second link after 2", |t| t.lines().count() >= 2);
    p.send("\r");
    let text =
        pty::wait_for_file(&record, "the first link after Enter", |t| t.lines().count() >= 3);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines, [FIRST_LINK, SECOND_LINK, FIRST_LINK]);
    quit(&mut p);
}

#[test]
fn the_open_command_uses_browser() {
    let dir = TempDir::new("open-cmd");
    let record = dir.join("record");
    let script = pty::recording_browser(&dir, &record);
    let o =
        common::run_with(common::command().args(["open", "sexit", "2"]).env("BROWSER", &script));
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    let text = pty::wait_for_file(&record, "the link", |t| !t.is_empty());
    assert_eq!(text, "https://srhr.se/kunskapspafyllning/sexit/\n");
}

#[test]
fn a_link_with_shell_syntax_is_one_literal_argument() {
    let dir = TempDir::new("shell");
    let record = dir.join("record");
    let script = pty::recording_browser(&dir, &record);
    let evil = "https://example.org/a;touch${IFS}PWNED&b=$(id)";
    let mini = std::fs::read_to_string(common::fixture("mini.json")).unwrap_or_default();
    assert!(mini.contains("\"https://example.org/sexit\""), "the fixture changed");
    let catalogue = dir.join("evil.json");
    let changed = mini.replacen("\"https://example.org/sexit\"", &format!("\"{evil}\""), 1);
    if let Err(e) = std::fs::write(&catalogue, changed) {
        panic!("cannot write {}: {e}", catalogue.display());
    }
    let o = common::run_with(
        common::command()
            .arg("--catalogue")
            .arg(&catalogue)
            .args(["open", "sexit", "1"])
            .env("BROWSER", &script)
            .current_dir(dir.path()),
    );
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    let text = pty::wait_for_file(&record, "the link", |t| !t.is_empty());
    assert_eq!(text, format!("{evil}\n"), "not one literal argument");
    assert!(!dir.join("PWNED").exists(), "the link ran through a shell");
}

/// The browser over SSH (optionally in tmux), with a recording `$BROWSER` that must
/// not run. `o` must copy with OSC 52 and report it.
fn over_ssh(tmux: bool) {
    let dir = TempDir::new("ssh");
    let record = dir.join("record");
    let script = pty::recording_browser(&dir, &record);
    let mut cmd = pty::metodstod(&[]);
    cmd.env("SSH_CONNECTION", "1 2 3 4");
    if tmux {
        cmd.env("TMUX", "/tmp/tmux-1000/default,1,0");
    }
    let mut p = with_browser(cmd, &script);
    p.send("o");
    let s = p.wait_for("the address in the status line", |s| shows(s, FIRST_LINK));
    assert!(shows(&s, "SSH"), "the status says nothing of SSH:\n{}", s.contents());
    let raw = p.raw();
    assert_eq!(osc52_payloads(&raw, false), [FIRST_LINK], "plain OSC 52");
    if tmux {
        assert_eq!(osc52_payloads(&raw, true), [FIRST_LINK], "OSC 52 wrapped for tmux");
    }
    quit(&mut p);
    assert!(!record.exists(), "a browser was started over SSH: {:?}", std::fs::read(&record));
}

#[test]
fn over_ssh_o_copies_with_osc52_and_starts_no_browser() {
    over_ssh(false);
}

#[test]
fn over_ssh_in_tmux_the_copy_is_wrapped_for_passthrough() {
    over_ssh(true);
}

#[test]
fn y_copies_the_link_and_says_so() {
    let mut p = browser(120, 40);
    p.send("y");
    let s = p.wait_for("the copy in the status line", |s| {
        shows(s, &format!("Länken har kopierats: {FIRST_LINK}"))
    });
    assert!(
        footer(&s).contains("Länken har kopierats: https://bfuf.se/"),
        "footer: {:?}",
        footer(&s)
    );
    assert_eq!(osc52_payloads(&p.raw(), false), [FIRST_LINK]);
    quit(&mut p);
}

#[test]
fn capital_y_copies_a_citation() {
    let mut p = browser(120, 40);
    p.send("Y");
    p.wait_for("the citation in the status line", |s| shows(s, "Källhänvisningen har kopierats"));
    let copied = osc52_payloads(&p.raw(), false);
    assert_eq!(copied.len(), 1, "{copied:?}");
    assert!(copied[0].starts_with("Film och annat material"), "{copied:?}");
    assert!(copied[0].contains(", 2022. https://bfuf.se/"), "{copied:?}");
    quit(&mut p);
}

#[test]
fn detail_links_are_osc8_hyperlinks_and_the_screen_stays_aligned() {
    let mut p = browser(120, 40);
    let open = format!("\u{1b}]8;;{FIRST_LINK}\u{1b}\\");
    let raw = p.wait_for_raw("an OSC 8 hyperlink", |raw| find(raw, open.as_bytes()).is_some());
    let at = find(&raw, open.as_bytes()).unwrap_or(0);
    assert!(find(&raw[at..], b"\x1b]8;;\x1b\\").is_some(), "the hyperlink is closed");
    // The address written inside the link is the same text ratatui drew: the right
    // border of the detail pane (or the scrollbar's thumb on it) is intact on every row.
    let screen = p.screen();
    for row in 1..38 {
        let last = screen.cell(row, 119).map(vt100::Cell::contents).unwrap_or_default();
        assert!(last == "│" || last == "█", "row {row}: {last:?}\n{}", p.contents());
    }
    // Moving to another entry writes that entry's first link.
    p.send("j");
    let second = "\u{1b}]8;;https://bra.se/";
    p.wait_for_raw("the next entry's hyperlink", |raw| find(raw, second.as_bytes()).is_some());
    quit(&mut p);
}

#[test]
fn without_any_opener_o_reports_and_q_still_quits() {
    let empty = TempDir::new("no-path");
    let mut cmd = pty::metodstod(&[]);
    cmd.env("PATH", empty.path().display().to_string());
    let mut p = browser_with(cmd, 120, 40);
    p.send("o");
    p.wait_for("the failure in the status line", |s| shows(s, "Kunde inte öppna länken"));
    // Still alive and answering keys.
    p.send("j");
    p.wait_for("j to still work", |s| {
        detail_heading(s) == "Metodstöd för kartläggning av tre våldstyper"
    });
    quit(&mut p);
}

/// The journey the browser issue promises a new user, at the three sizes it names:
/// open, find Sexit with `/sex`, read its detail, switch to English, quit.
#[test]
fn a_new_user_finds_sexit_reads_it_in_english_and_quits_at_every_size() {
    for (cols, rows) in [(120, 40), (80, 24), (45, 15)] {
        let mut p = browser(cols, rows);
        p.send("/sexi");
        p.wait_for("Sexit in the results", |s| {
            count(s).is_some_and(|(n, _)| n < 9) && shows(s, "Sexit")
        });
        p.send("\r");
        if cols < 60 {
            // One pane at a time: Enter on the entry shows its detail.
            p.send("\r");
        }
        p.wait_for("Sexit's detail", |s| shows(s, "Utgivare: Västra Götalandsregionen"));
        p.send("L");
        let s =
            p.wait_for("the detail in English", |s| shows(s, "Publisher: Region Västra Götaland"));
        assert!(find_pane(&s, "Details").is_some(), "{cols}x{rows}:\n{}", s.contents());
        assert!(
            count(&s).is_some_and(|(_, m)| m == 9) && footer(&s).contains(" of "),
            "{cols}x{rows}"
        );
        quit(&mut p);
        assert_restored(&p.raw(), &format!("{cols}x{rows}"));
    }
}

/// A text-mode browser gets the terminal: the browser leaves the alternate screen and
/// raw mode, leaves the keys typed meanwhile to it, waits for it, and comes back with
/// a full redraw.
#[test]
fn a_text_mode_browser_gets_the_terminal_and_the_browser_comes_back() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("w3m");
    let w3m = dir.join("w3m");
    // Shows the address, then waits for a line, as a real text browser waits for keys;
    // `stty -a` shows whether it got a cooked terminal.
    let script = "#!/bin/sh\nprintf 'W3M SHOWS %s\\n' \"$1\"\nstty -a | grep -o -- '-\\?icanon'\nread answer\nprintf 'W3M READ %s.\\n' \"$answer\"\nexit 0\n";
    if let Err(e) = std::fs::write(&w3m, script) {
        panic!("cannot write {}: {e}", w3m.display());
    }
    if let Err(e) = std::fs::set_permissions(&w3m, std::fs::Permissions::from_mode(0o755)) {
        panic!("cannot make {} executable: {e}", w3m.display());
    }
    let mut cmd = pty::metodstod(&[]);
    cmd.env("BROWSER", "w3m");
    cmd.env("PATH", format!("{}:/usr/bin:/bin", dir.path().display()));
    let mut p = browser_with(cmd, 120, 40);
    p.send("o");
    // Until `stty` has answered too: under load its line comes a moment after the first.
    let s = p.wait_for("the text browser on the main screen, and its terminal mode", |s| {
        !s.alternate_screen()
            && s.contents().contains(&format!("W3M SHOWS {FIRST_LINK}"))
            && s.contents().lines().any(|l| l.trim().ends_with("icanon"))
    });
    let stty = s.contents();
    assert!(stty.lines().any(|l| l.trim() == "icanon"), "cooked mode for the browser:\n{stty}");
    // Every key typed is the text browser's: none is read by the browser waiting.
    p.send("typed\r");
    p.wait_for_raw("the text browser to read the line", |raw| {
        pty::find(raw, b"W3M READ typed.").is_some()
    });
    p.wait_for("the whole browser again", |s| {
        s.alternate_screen()
            && s.contents().contains("9 av 9")
            && s.contents().contains("Kategorier")
    });
    p.send("j");
    p.wait_for("keys to work again", |s| {
        s.contents().contains("Metodstöd för kartläggning av tre våldstyper")
    });
    quit(&mut p);
}
