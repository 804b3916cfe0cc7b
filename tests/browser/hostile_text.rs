//! Hardening, hostile and wide text through the binary and on a pseudo-terminal:
//! `check` and the browser refuse a hostile catalogue without echoing any of it, and a
//! catalogue of wide, joined and very long text keeps the layout aligned on a real
//! terminal (read through vt100) with no escape sequence but the program's own.

use crate::common;

use common::hostile::{
    REFUSED, assert_restored, at_path, json, mini_value, terminal_safe, with_text, write,
};
use common::pty::{self, Pty, TIMEOUT, TempDir, find};
use serde_json::Value;

/// Every escape sequence in `raw` is one the program writes itself: CSI sequences,
/// OSC 8 hyperlinks and OSC 52 copies, and the cursor save/restore of `ESC 7`/`ESC 8`.
/// No C1 control and no other OSC (a title, say) ever appears.
fn assert_own_sequences(raw: &[u8], context: &str) {
    let text = String::from_utf8_lossy(raw);
    assert!(
        !text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)),
        "{context}: a C1 control in the output"
    );
    let mut rest = raw;
    while let Some(at) = find(rest, b"\x1b") {
        rest = &rest[at + 1..];
        let tail = String::from_utf8_lossy(&rest[..rest.len().min(40)]).into_owned();
        match rest.first() {
            Some(b'[') => {
                // Parameters and intermediates, then one final byte.
                let end = rest[1..].iter().position(|b| (0x40..=0x7e).contains(b));
                assert!(end.is_some(), "{context}: an unterminated CSI: {tail:?}");
            }
            Some(b']') => {
                assert!(
                    rest.starts_with(b"]8;;") || rest.starts_with(b"]52;c;"),
                    "{context}: a foreign OSC sequence: {tail:?}"
                );
            }
            // String terminator, save and restore cursor, keypad modes.
            Some(b'\\' | b'7' | b'8' | b'=' | b'>') => {}
            _ => panic!("{context}: an unexpected escape: {tail:?}"),
        }
    }
}

#[test]
fn check_and_the_browser_refuse_a_hostile_catalogue_without_echoing_it() {
    let dir = TempDir::new("hostile");
    for (what, text) in REFUSED.iter().take(10) {
        let file = dir.join("hostile.json");
        write(&file, json(&with_text("entries[0].title", text)).as_bytes());
        let path = file.display().to_string();
        for args in [vec!["check", path.as_str()], vec!["--catalogue", path.as_str(), "list"]] {
            let o = common::run(&args);
            let err = common::stderr(&o);
            assert_eq!(o.status.code(), Some(1), "{what} {args:?}: {err}");
            assert!(err.contains("entries[0].title"), "{what}: {err}");
            assert!(terminal_safe(&err), "{what}: {err:?}");
            assert!(o.stdout.is_empty(), "{what}: {:?}", common::stdout(&o));
        }
        // On a terminal the browser does not start: the message alone reaches it.
        let mut p = Pty::spawn(pty::metodstod(&["--catalogue", &path]), 100, 30);
        let status = p.wait_exit(TIMEOUT);
        assert_eq!(status.exit_code(), 1, "{what}: {status}\n{}", p.contents());
        let raw = p.raw();
        assert!(find(&raw, b"\x1b").is_none(), "{what}: an escape reached the terminal: {raw:?}");
        assert!(p.contents().contains("entries[0].title"), "{what}:\n{}", p.contents());
    }
}

/// A catalogue whose first entry has wide, joined and very long text everywhere.
fn wide_catalogue() -> Value {
    let mut root = mini_value();
    let long = format!("Lång{}", "ordutanmellanrum".repeat(190));
    for (path, text) in [
        (
            "entries[0].title",
            "Sexit 東京 👩\u{200d}👩\u{200d}👧 人身取引対策の手引き e\u{301}\u{302}",
        ),
        ("entries[0].publisher[0].sv", "東京都 人身取引対策 👍🏽 Västra Götaland"),
        ("entries[0].formats[0].sv", "手引き 🇸🇪"),
        (
            "entries[0].summary.sv",
            &format!("人身取引対策 {long} 👩\u{200d}👩\u{200d}👧\u{200d}👦 slut"),
        ),
        ("entries[0].links[0].label.sv", "リンク 👩\u{200d}👩\u{200d}👧 länk"),
        ("entries[1].title", "인신매매 방지 매뉴얼 🏳️\u{200d}🌈 Manual"),
    ] {
        *at_path(&mut root, path) = Value::String(text.to_string());
    }
    root
}

/// Column `x` of every row from `top` to `bottom` holds a vertical border.
fn border_intact(screen: &vt100::Screen, x: u16, top: u16, bottom: u16) -> Result<(), String> {
    for y in top..=bottom {
        let c = screen.cell(y, x).map(vt100::Cell::contents).unwrap_or_default();
        let expected = if y == top {
            ["┐", "┓", "┐"]
        } else if y == bottom {
            ["┘", "┛", "┘"]
        } else {
            // A border, or the scrollbar's thumb drawn over it.
            ["│", "┃", "█"]
        };
        if !expected.contains(&c) {
            return Err(format!("row {y} column {x} holds {c:?}"));
        }
    }
    Ok(())
}

/// The right edge of the screen is a pane border from the pane's top (row 0, or row 2
/// below the tab bar and search line) down to the row above the footer.
fn right_edge_intact(screen: &vt100::Screen) -> Result<(), String> {
    let (rows, cols) = screen.size();
    let corner =
        |y: u16| screen.cell(y, cols - 1).is_some_and(|c| ["┐", "┓"].contains(&c.contents()));
    let Some(top) = (0..3).find(|&y| corner(y)) else {
        return Err("no pane corner at the right edge of the first three rows".to_string());
    };
    border_intact(screen, cols - 1, top, rows - 2)
}

#[test]
fn wide_text_keeps_the_layout_aligned_on_a_real_terminal() {
    let dir = TempDir::new("wide");
    let file = dir.join("wide.json");
    write(&file, json(&wide_catalogue()).as_bytes());
    let path = file.display().to_string();
    let o = common::run(&["check", &path]);
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    let mut p = Pty::spawn(pty::metodstod(&["--catalogue", &path]), 120, 40);
    p.wait_for("the first frame with the wide entry", |s| s.contents().contains("av 6"));
    let keys = ["", "j", "k", "\t", "\x1b[6~", "\x1b[6~", "\x1b[6~", "G", "g"];
    for (i, key) in keys.iter().enumerate() {
        p.send(key);
        let screen = p.wait_for(&format!("an aligned right border after key {i} {key:?}"), |s| {
            right_edge_intact(s).is_ok()
        });
        assert!(right_edge_intact(&screen).is_ok());
    }
    for (w, h) in [(80, 24), (61, 20), (100, 30), (59, 20), (45, 15)] {
        p.resize(w, h);
        let screen = p.wait_for(&format!("an aligned right border at {w}x{h}"), |s| {
            s.contents().contains("av 6") && right_edge_intact(s).is_ok()
        });
        assert!(right_edge_intact(&screen).is_ok());
    }
    p.send("q");
    let status = p.wait_exit(TIMEOUT);
    assert!(status.success(), "{status}");
    let raw = p.raw();
    assert_own_sequences(&raw, "the wide catalogue");
    assert_restored(&raw, "q");
}
