//! A big catalogue opens at once, end to end on a pseudo-terminal with 50 000
//! entries: the first screen shows the progress before the loading ends; a search typed
//! while loading ends where the same search typed afterwards does; `q` and SIGTERM end
//! it at once with the terminal restored; a file broken in its last entry ends with the
//! message of `check`, exit 1.

use crate::common;

use std::time::{Duration, Instant};

use common::hostile::{assert_restored, big_catalogue, write};
use common::pty::{self, Pty, TIMEOUT, TempDir, find};
use common::text::as_text;

const LOADING: &str = "Läser in";
const LOADED: &str = "av 50000";
/// A debug build takes seconds for 50 000 entries.
const LOAD_TIMEOUT: Duration = Duration::from_secs(120);

fn catalogue(dir: &TempDir) -> String {
    let file = dir.join("big.json");
    write(&file, big_catalogue(50_000).as_bytes());
    file.display().to_string()
}

fn start(path: &str) -> Pty {
    let mut p = Pty::spawn(pty::metodstod(&["--catalogue", path]), 120, 40);
    p.wait_for_raw("the progress on the first screen", |raw| {
        find(&as_text(raw), LOADING.as_bytes()).is_some()
    });
    p
}

/// Types the query, then goes to the top of the list it filters.
fn search(p: &mut Pty, query: &str) {
    p.send("/");
    for c in query.chars() {
        p.send(&c.to_string());
    }
    p.send("\t");
    p.send("g");
}

fn loaded(p: &mut Pty) -> String {
    let screen = p.wait_for_within("the whole catalogue", LOAD_TIMEOUT, |s| {
        let text = s.contents();
        text.contains(LOADED) && !text.contains(LOADING) && !text.contains("söker…")
    });
    screen.contents()
}

#[test]
fn the_first_screen_shows_the_progress_before_the_loading_ends() {
    let dir = TempDir::new("loading-first");
    let path = catalogue(&dir);
    let mut p = start(&path);
    let screen = p.contents();
    assert!(!screen.contains(LOADED), "the first screen came after the loading:\n{screen}");
    loaded(&mut p);
    p.send("q");
    assert!(p.wait_exit(TIMEOUT).success());
}

#[test]
fn a_search_typed_while_loading_ends_as_the_same_search_typed_after() {
    let dir = TempDir::new("loading-search");
    let path = catalogue(&dir);
    let query = "manual 4";
    let mut during = start(&path);
    search(&mut during, query);
    let typed = during.wait_for("the query while loading", |s| s.contents().contains(query));
    assert!(typed.contents().contains(LOADING), "typed after the loading:\n{}", typed.contents());
    let while_loading = loaded(&mut during);
    // The same keys again at the top, now that every entry is there.
    during.send("/");
    during.send("\t");
    during.send("g");
    let while_loading = {
        let _ = while_loading;
        let settled =
            |s: &vt100::Screen| s.contents().contains(LOADED) && !s.contents().contains("söker…");
        during.wait_for("settled", settled).contents()
    };
    let mut after = start(&path);
    loaded(&mut after);
    search(&mut after, query);
    let after_loading = after
        .wait_for("the search", |s| {
            s.contents().contains(query) && !s.contents().contains("söker…")
        })
        .contents();
    assert_eq!(while_loading, after_loading);
    for p in [&mut during, &mut after] {
        p.send("q");
        assert!(p.wait_exit(TIMEOUT).success());
    }
}

#[test]
fn q_while_loading_exits_at_once() {
    let dir = TempDir::new("loading-quit");
    let path = catalogue(&dir);
    let mut p = start(&path);
    let sent = Instant::now();
    p.send("q");
    let status = p.wait_exit(TIMEOUT);
    assert!(status.success(), "{status}");
    assert!(sent.elapsed() < Duration::from_secs(2), "took {:?}", sent.elapsed());
    assert!(find(&as_text(&p.raw()), LOADED.as_bytes()).is_none(), "the loading had ended first");
    assert_restored(&p.raw(), "q while loading");
}

#[test]
fn sigterm_while_loading_restores_the_terminal() {
    let dir = TempDir::new("loading-term");
    let path = catalogue(&dir);
    let mut p = start(&path);
    p.kill("TERM");
    let status = p.wait_exit(TIMEOUT);
    assert_eq!(status.exit_code(), 128 + 15, "{status}");
    assert!(find(&as_text(&p.raw()), LOADED.as_bytes()).is_none(), "the loading had ended first");
    assert_restored(&p.raw(), "SIGTERM while loading");
}

#[test]
fn a_file_broken_in_its_last_entry_ends_with_the_message_of_check() {
    let dir = TempDir::new("loading-broken");
    let good = big_catalogue(50_000);
    let last = good.rfind("\"id\":\"e49999\"").unwrap_or_else(|| panic!("no last entry"));
    let unknown_category = {
        let at = last + good[last..].find("\"categories\":[\"").unwrap_or(0) + 15;
        format!("{}nowhere-{}", &good[..at], &good[at..])
    };
    let cut_short = {
        let end = good.rfind("}]").unwrap_or_else(|| panic!("no end of the entries"));
        format!("{}]{}", &good[..end], &good[end + 2..])
    };
    for (name, text) in [("category", unknown_category), ("syntax", cut_short)] {
        let file = dir.join(&format!("{name}.json"));
        write(&file, text.as_bytes());
        let path = file.display().to_string();
        let check = common::run(&["check", &path]);
        assert_eq!(check.status.code(), Some(1), "{name}: check");
        let message = common::stderr(&check);
        assert!(message.starts_with("metodstod: fel: "), "{name}: {message}");
        let mut p = Pty::spawn(pty::metodstod(&["--catalogue", &path]), 200, 50);
        let status = p.wait_exit(LOAD_TIMEOUT);
        assert_eq!(status.exit_code(), 1, "{name}: {status}");
        assert_restored(&p.raw(), name);
        let raw = String::from_utf8_lossy(&p.raw()).replace("\r\n", "\n");
        assert!(
            raw.ends_with(&message),
            "{name}: the output ends {:?}",
            &raw[raw.len().saturating_sub(400)..]
        );
    }
}
