//! End to end: the built binary on a pseudo-terminal, its screen read through a
//! terminal emulator. Every wait polls with a timeout; no fixed sleeps.

use crate::common;

use std::process::Stdio;

use common::pty::{self, Pty, TIMEOUT, TempDir, find, osc52_payloads, rfind};

const ESC: &str = "\x1b";
const DOWN: &str = "\x1b[B";
const FIRST_LINK: &str =
    "https://bfuf.se/nyheter/sexhandel-ny-rapport-om-vad-besoksnaringen-kan-gora/";
const SECOND_LINK: &str = "https://bfuf.se/projekt/no-room-for-trafficking-hotellanstalldas-strategier-for-att-bemota-och-motverka-prostitution-och-manniskohandel/";
const ENTER_ALT: &[u8] = b"\x1b[?1049h";
const LEAVE_ALT: &[u8] = b"\x1b[?1049l";
const SHOW_CURSOR: &[u8] = b"\x1b[?25h";
const HIDE_CURSOR: &[u8] = b"\x1b[?25l";

/// `cmd` on a `cols` x `rows` pty, once the browser has drawn its first frame.
fn browser_with(cmd: portable_pty::CommandBuilder, cols: u16, rows: u16) -> Pty {
    let mut p = Pty::spawn(cmd, cols, rows);
    p.wait_for("the first frame (\"av 9\" or \"of 9\")", |s| {
        let c = s.contents();
        c.contains("av 9") || c.contains("of 9")
    });
    p
}

fn browser(cols: u16, rows: u16) -> Pty {
    browser_with(pty::metodstod(&[]), cols, rows)
}

/// The screen as a grid of characters, one a cell (blank cells are spaces), so a
/// character's index in a row is its column.
fn grid(screen: &vt100::Screen) -> Vec<Vec<char>> {
    let (rows, cols) = screen.size();
    (0..rows)
        .map(|r| {
            (0..cols)
                .map(|c| {
                    screen.cell(r, c).and_then(|cell| cell.contents().chars().next()).unwrap_or(' ')
                })
                .collect()
        })
        .collect()
}

/// A bordered pane found on screen by the title in its top border.
struct Pane {
    /// The row and column of its top-left corner.
    top: u16,
    left: u16,
    /// Drawn with the heavy border of the focused pane.
    focused: bool,
    /// The text inside, one string a row, trailing blanks cut.
    rows: Vec<String>,
}

/// The pane whose top border carries `title`; `None` when no such pane is on screen.
fn find_pane(screen: &vt100::Screen, title: &str) -> Option<Pane> {
    let grid = grid(screen);
    let wanted: Vec<char> = format!(" {title} ").chars().collect();
    for (r, row) in grid.iter().enumerate() {
        let Some(at) = row.windows(wanted.len()).position(|w| w == wanted.as_slice()) else {
            continue;
        };
        // The title sits right after the top-left corner.
        let Some(left) = at.checked_sub(1) else { continue };
        if !matches!(row[left], '┌' | '┏' | '+') {
            continue;
        }
        let right = left + 1 + row[left + 1..].iter().position(|c| matches!(c, '┐' | '┓' | '+'))?;
        let mut rows = Vec::new();
        for line in &grid[r + 1..] {
            if matches!(line[left], '└' | '┗' | '+') {
                break;
            }
            let text: String = line[left + 1..right].iter().collect();
            rows.push(text.trim_end().to_string());
        }
        return Some(Pane {
            top: u16::try_from(r).ok()?,
            left: u16::try_from(left).ok()?,
            focused: row[left] == '┏',
            rows,
        });
    }
    None
}

fn pane(screen: &vt100::Screen, title: &str) -> Option<Vec<String>> {
    find_pane(screen, title).map(|p| p.rows)
}

fn pane_text(screen: &vt100::Screen, title: &str) -> String {
    pane(screen, title).map(|rows| rows.join("\n")).unwrap_or_default()
}

/// The bottom row: the footer.
fn footer(screen: &vt100::Screen) -> String {
    grid(screen).last().map(|r| r.iter().collect::<String>()).unwrap_or_default()
}

/// The screen's rows run together without line breaks, for text a status line
/// wrapped over several rows.
fn joined(screen: &vt100::Screen) -> String {
    grid(screen).iter().map(|r| r.iter().collect::<String>().trim_end().to_string()).collect()
}

fn shows(screen: &vt100::Screen, text: &str) -> bool {
    screen.contents().contains(text) || joined(screen).contains(text)
}

/// The count in the footer, "N av M" or "N of M".
fn count(screen: &vt100::Screen) -> Option<(usize, usize)> {
    let footer = footer(screen);
    let words: Vec<&str> = footer.split_whitespace().collect();
    words.windows(3).rev().find_map(|w| {
        (w[1] == "av" || w[1] == "of").then(|| Some((w[0].parse().ok()?, w[2].parse().ok()?)))?
    })
}

fn quit(p: &mut Pty) {
    p.send("q");
    let status = p.wait_exit(TIMEOUT);
    assert!(status.success(), "q must exit 0, got {status}\nscreen:\n{}", p.contents());
}

/// The terminal is given back: the alternate screen entered and left after, and the
/// cursor shown again at the end.
fn assert_restored(raw: &[u8], how: &str) {
    let tail = String::from_utf8_lossy(&raw[raw.len().saturating_sub(300)..]).into_owned();
    let Some(enter) = find(raw, ENTER_ALT) else {
        panic!("{how}: the alternate screen was never entered; tail: {tail:?}")
    };
    let leave = rfind(raw, LEAVE_ALT);
    assert!(
        leave.is_some_and(|l| l > enter),
        "{how}: the alternate screen is not left after it was entered; tail: {tail:?}"
    );
    let shown = rfind(raw, SHOW_CURSOR);
    assert!(shown.is_some(), "{how}: the cursor is never shown again; tail: {tail:?}");
    assert!(
        shown > rfind(raw, HIDE_CURSOR),
        "{how}: the cursor stays hidden at the end; tail: {tail:?}"
    );
}

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

/// The first content row of the detail pane: the entry's title.
fn detail_heading(s: &vt100::Screen) -> String {
    pane(s, "Detaljer").and_then(|rows| rows.first().cloned()).unwrap_or_default()
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
    p.wait_for("the citation in the status line", |s| shows(s, "Källhänvisning kopierad"));
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
    let s = p.wait_for("the text browser on the main screen", |s| {
        !s.alternate_screen() && s.contents().contains(&format!("W3M SHOWS {FIRST_LINK}"))
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
