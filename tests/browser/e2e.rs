//! End to end: the built binary on a pseudo-terminal, its screen read through a
//! terminal emulator. Every wait polls with a timeout; no fixed sleeps.

use crate::common;

use std::process::Stdio;

use common::pty::{self, Pty, TIMEOUT, TempDir, find};

use super::screen::*;

#[test]
fn starts_with_the_whole_catalogue_in_swedish() {
    let mut p = browser(120, 40);
    let s = p.wait_for_text("Sexit");
    assert_eq!(count(&s), Some((9, 9)), "footer: {:?}", footer(&s));
    assert!(footer(&s).contains("9 av 9"), "footer: {:?}", footer(&s));
    assert!(pane(&s, "Material").is_some(), "no list pane:\n{}", s.contents());
    assert!(pane(&s, "Detaljer").is_some(), "no detail pane:\n{}", s.contents());
    assert!(pane(&s, "Kategorier").is_some(), "no category pane at 120 columns");
    quit(&mut p);
}

#[test]
fn search_narrows_the_list_and_enter_goes_to_it() {
    let mut p = browser(120, 40);
    // Not "sex", a whole word in another title, which ranks first:
    // "tool" is a keyword of Sexit and a word of another entry's summary.
    p.send("/tool");
    let s = p.wait_for("the list to narrow for \"tool\"", |s| {
        s.contents().contains("/ tool") && count(s).is_some_and(|(n, all)| n < all && all == 9)
    });
    let list = pane(&s, "Material").unwrap_or_default();
    let first = list.first().cloned().unwrap_or_default();
    assert!(first.contains("Sexit"), "Sexit is not the first row: {first:?}\n{}", s.contents());
    // While typing, the cursor is in the search field, on the top row.
    assert_eq!(s.cursor_position().0, 0, "cursor not in the search field:\n{}", s.contents());
    assert!(find_pane(&s, "Material").is_some_and(|l| !l.focused), "{}", s.contents());
    p.send("\r");
    // In the list the pane is marked focused and the hardware cursor sits on the
    // selected row, the first one.
    let s = p.wait_for("Enter to focus the list", |s| {
        find_pane(s, "Material").is_some_and(|l| l.focused)
    });
    let list = find_pane(&s, "Material");
    let on_first_row = list.map(|l| (l.top + 1, l.left + 1));
    assert_eq!(Some(s.cursor_position()), on_first_row, "{}", s.contents());
    let detail = pane_text(&s, "Detaljer");
    assert!(detail.contains("Västra Götalandsregionen"), "detail pane:\n{detail}");
    // Keys now move in the list instead of typing into the query.
    p.send("j");
    let s = p.wait_for("j to move the selection", |s| {
        !pane_text(s, "Detaljer").contains("Västra Götalandsregionen")
    });
    assert!(s.contents().contains("/ tool"), "j went into the query:\n{}", s.contents());
    assert!(!s.contents().contains("/ toolj"), "j went into the query:\n{}", s.contents());
    quit(&mut p);
}

#[test]
fn j_down_and_g_move_the_selection() {
    let mut p = browser(120, 40);
    let s = p.wait_for_text("Film och annat material");
    let first = detail_heading(&s);
    assert!(first.starts_with("Film och annat material"), "heading: {first:?}");
    p.send("j");
    p.wait_for("j to select the second entry", |s| {
        detail_heading(s) == "Metodstöd för kartläggning av tre våldstyper"
    });
    p.send(DOWN);
    let s = p.wait_for("Down to change the detail pane", |s| {
        detail_heading(s) == "Metodstöd mot prostitution och människohandel"
    });
    assert!(count(&s) == Some((9, 9)));
    p.send("G");
    p.wait_for("G to select the last entry", |s| {
        detail_heading(s) == "Manual vid misstanke om människohandel"
    });
    p.send("g");
    p.wait_for("g to select the first entry", |s| detail_heading(s) == first);
    quit(&mut p);
}

#[test]
fn help_overlay_opens_and_closes() {
    let mut p = browser(120, 40);
    assert!(!p.contents().contains("Kortkommandon"));
    p.send("?");
    let s = p.wait_for_text("Kortkommandon");
    assert!(s.contents().contains("Esc, q eller ? stänger"), "{}", s.contents());
    p.send(ESC);
    p.wait_for("Esc to close the help", |s| !s.contents().contains("Kortkommandon"));
    quit(&mut p);
}

#[test]
fn l_switches_the_language_and_back() {
    let mut p = browser(120, 40);
    p.send("L");
    let s = p.wait_for("the English interface", |s| {
        footer(s).contains("of 9") && pane(s, "Details").is_some()
    });
    assert!(pane(&s, "Detaljer").is_none(), "{}", s.contents());
    p.send("L");
    let s = p.wait_for("the Swedish interface again", |s| {
        footer(s).contains("av 9") && pane(s, "Detaljer").is_some()
    });
    assert!(pane(&s, "Details").is_none(), "{}", s.contents());
    quit(&mut p);
}

#[test]
fn resizing_redraws_for_each_size() {
    let mut p = browser(120, 40);
    p.resize(80, 24);
    // The footer on the new bottom row proves a full redraw at the new size.
    let s = p.wait_for("a redraw at 80x24", |s| footer(s).contains("9 av 9"));
    assert!(pane(&s, "Material").is_some() && pane(&s, "Detaljer").is_some(), "{}", s.contents());
    assert!(pane(&s, "Kategorier").is_none(), "categories are a tab bar below 100 columns");
    p.resize(45, 15);
    let s = p.wait_for("a redraw at 45x15", |s| footer(s).contains("9 av 9"));
    assert!(pane(&s, "Material").is_some(), "the list shows first:\n{}", s.contents());
    assert!(pane(&s, "Detaljer").is_none(), "one pane at a time:\n{}", s.contents());
    p.send("\r");
    let s = p.wait_for("Enter to show the detail pane", |s| pane(s, "Detaljer").is_some());
    assert!(pane(&s, "Material").is_none(), "one pane at a time:\n{}", s.contents());
    p.send(ESC);
    p.wait_for("Esc to go back to the list", |s| {
        pane(s, "Material").is_some() && pane(s, "Detaljer").is_none()
    });
    p.resize(10, 3);
    p.wait_for("the enlarge message at 10x3", |s| s.contents().contains("Förstora"));
    p.resize(120, 40);
    p.wait_for("the panes again at 120x40", |s| pane(s, "Kategorier").is_some());
    quit(&mut p);
}

#[test]
fn q_restores_the_terminal() {
    let mut p = browser(120, 40);
    p.send("q");
    let status = p.wait_exit(TIMEOUT);
    assert!(status.success(), "q must exit 0: {status}");
    assert_restored(&p.raw(), "q");
}

#[test]
fn a_paste_is_one_edit_and_one_search() {
    let mut p = browser(120, 40);
    p.wait_for_text("Sexit");
    // A terminal wraps a paste in these when the program asked for bracketed paste.
    p.send("\x1b[200~sexit\nhotell\x1b[201~");
    let s = p.wait_for("the pasted words searched", |s| {
        s.contents().contains("sexit hotell") && footer(s).contains("av 9")
    });
    assert!(!s.contents().contains("hotellsexit"), "{}", s.contents());
    p.send("\x03");
    assert!(p.wait_exit(TIMEOUT).success());
}

#[test]
fn q_leaves_the_terminal_in_cooked_mode() {
    let mut cmd = pty::command("sh");
    cmd.args(["-c", "\"$0\"; echo STTY-BEGIN; stty -a; echo STTY-END", pty::binary()]);
    let mut p = browser_with(cmd, 120, 40);
    p.send("q");
    let raw = p.wait_for_raw("the stty output", |raw| find(raw, b"STTY-END").is_some());
    let text = String::from_utf8_lossy(&raw).into_owned();
    let stty = text.split("STTY-BEGIN").last().unwrap_or_default();
    let words: Vec<&str> = stty.split(|c: char| c.is_whitespace() || c == ';').collect();
    for flag in ["icanon", "echo", "isig", "icrnl", "opost"] {
        assert!(
            words.contains(&flag) && !words.contains(&format!("-{flag}").as_str()),
            "{flag} is not restored after q; stty -a says:\n{stty}"
        );
    }
    let status = p.wait_exit(TIMEOUT);
    assert!(status.success(), "{status}");
}

fn ended_by(signal: &str, code: u32) {
    let mut p = browser(120, 40);
    p.kill(signal);
    let status = p.wait_exit(TIMEOUT);
    assert_eq!(
        (status.exit_code(), status.signal()),
        (code, None),
        "SIG{signal} must end the program with 128 + the signal's number; got {status}"
    );
    assert_restored(&p.raw(), &format!("SIG{signal}"));
}

#[test]
fn sigterm_restores_and_exits_143() {
    ended_by("TERM", 143);
}

#[test]
fn sighup_restores_and_exits_129() {
    ended_by("HUP", 129);
}

#[test]
fn ctrl_c_quits_cleanly() {
    let mut p = browser(120, 40);
    p.send("\x03");
    let status = p.wait_exit(TIMEOUT);
    assert!(status.success(), "Ctrl-C must quit with 0 like q: {status}");
    assert_restored(&p.raw(), "Ctrl-C");
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_redraws_in_full() {
    // An interactive shell gives job control, as a user's terminal does.
    let mut cmd = pty::command("bash");
    cmd.args(["--norc", "--noprofile", "-i"]);
    cmd.env("PS1", "shell$ ");
    let mut p = Pty::spawn(cmd, 120, 40);
    p.wait_for_text("shell$ ");
    p.send(&format!("'{}'\r", pty::binary()));
    p.wait_for("the browser", |s| s.contents().contains("9 av 9"));
    let entered = occurrences(&p.raw(), b"\x1b[?1049h");
    p.send("\x1a");
    let s = p.wait_for("the shell to report the stopped job", |s| s.contents().contains("Stopped"));
    assert!(!s.alternate_screen(), "the terminal is back on the main screen");
    assert!(!s.hide_cursor(), "with the cursor shown");
    assert!(occurrences(&p.raw(), b"\x1b[?1049l") >= 1);
    p.send("fg\r");
    p.wait_for("the whole screen again", |s| {
        s.alternate_screen()
            && s.contents().contains("9 av 9")
            && s.contents().contains("Kategorier")
    });
    assert!(occurrences(&p.raw(), b"\x1b[?1049h") > entered);
    p.send("j");
    p.wait_for("keys to work after resuming", |s| {
        s.contents().contains("Metodstöd för kartläggning av tre våldstyper")
    });
    p.send("q");
    p.wait_for("the shell prompt after quitting", |s| !s.alternate_screen());
    p.send("exit\r");
    let _ = p.wait_exit(TIMEOUT);
}

#[test]
fn ctrl_z_without_job_control_carries_on() {
    // Run directly on the terminal (as a forced command over SSH is), nobody could
    // resume a stopped program: the stop is ignored and the browser carries on.
    let mut p = browser(120, 40);
    p.send("\x1a");
    p.send("j");
    p.wait_for("the browser to answer after Ctrl-Z", |s| {
        s.alternate_screen()
            && s.contents().contains("Metodstöd för kartläggning av tre våldstyper")
    });
    quit(&mut p);
}

fn occurrences(haystack: &[u8], needle: &[u8]) -> usize {
    haystack.windows(needle.len()).filter(|w| *w == needle).count()
}

#[test]
fn a_pipe_gets_the_plain_list() {
    let o = common::run_with(common::command().stdout(Stdio::piped()));
    let out = common::stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    assert_eq!(out.lines().count(), 9, "{out}");
    assert!(out.starts_with("hospitality-film"), "{out}");
    assert!(!out.contains('\x1b'), "escape bytes in piped output: {out:?}");
}

#[test]
fn select_starts_on_an_entry() {
    let mut p = browser_with(pty::metodstod(&["--select", "sexit"]), 120, 40);
    let s = p.wait_for("Sexit in the detail pane", |s| detail_heading(s) == "Sexit");
    let detail = pane_text(&s, "Detaljer");
    assert!(detail.contains("Västra Götalandsregionen"), "{detail}");
    quit(&mut p);
}

#[test]
fn select_with_a_typo_exits_2_with_a_suggestion() {
    // On a terminal (where the browser would start), with stderr kept apart.
    let dir = TempDir::new("select");
    let err = dir.join("stderr");
    let mut cmd = pty::command("sh");
    cmd.args([
        "-c",
        "\"$0\" --select sexitt --lang en 2>\"$1\"; echo \"exit=$?\"",
        pty::binary(),
        &err.display().to_string(),
    ]);
    let mut p = Pty::spawn(cmd, 120, 40);
    p.wait_for_text("exit=");
    let s = p.screen();
    assert!(s.contents().contains("exit=2"), "{}", s.contents());
    let stderr = std::fs::read_to_string(&err).unwrap_or_default();
    assert!(stderr.starts_with("metodstod: error: "), "{stderr}");
    assert!(stderr.contains("did you mean sexit"), "{stderr}");
    assert!(!s.contents().contains("Sexit"), "the browser started:\n{}", s.contents());
    let _ = p.wait_exit(TIMEOUT);
}
