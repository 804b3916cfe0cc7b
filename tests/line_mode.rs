//! The line mode (`--plain`, or TERM=dumb) through the real binary, its input piped.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use crate::common;
use common::pty::{Pty, TIMEOUT, TempDir, metodstod, osc52_payloads, recording_browser};
use common::{command, fixture, stderr, stdout};

const SEXIT_FAQ: &str = "https://www.vgregion.se/halsa-och-vard/vardgivarwebben/amnesomraden/kunskapscentrum-for-sexuell-halsa/utbildningar/catch-up-sexit/vanliga-fragor-om-sexit/";

/// Runs `cmd` with `input` on its stdin and waits for it to end.
fn converse(cmd: &mut Command, input: &str) -> Output {
    cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => panic!("cannot run the binary: {e}"),
    };
    // The input is far below a pipe's capacity, so writing it all first cannot block.
    if let Some(mut stdin) = child.stdin.take()
        && let Err(e) = stdin.write_all(input.as_bytes())
    {
        panic!("cannot write the input: {e}");
    }
    match child.wait_with_output() {
        Ok(o) => o,
        Err(e) => panic!("cannot wait for the binary: {e}"),
    }
}

fn plain(args: &[&str], input: &str) -> Output {
    converse(command().arg("--plain").args(args), input)
}

/// Exit 0, nothing on stderr, no escape sequence anywhere: the output is only lines.
fn assert_clean(o: &Output) -> String {
    let out = stdout(o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(o));
    assert_eq!(stderr(o), "");
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    out
}

#[test]
fn a_conversation_in_swedish() {
    // "tool": Sexit's keyword and a word of another summary, so two results, Sexit
    // first ("sexit" alone finds only Sexit).
    let out = assert_clean(&plain(&[], "tool\n1\nc\nq\n"));
    assert!(
        out.starts_with(
            "Metodstöd: 9 material i 7 kategorier. Skriv ord för att söka, ? för hjälp.\nsök> "
        ),
        "{out}"
    );
    assert!(
        out.contains("sök> 2 träffar:\n1. Sexit — Västra Götalandsregionen, 2019 (svenska)\n2. "),
        "{out}"
    );
    // By ear: the title first, then the facts; links by name and site.
    assert!(out.contains("sök> Sexit\nUtgivare: Västra Götalandsregionen\n"), "{out}");
    assert!(out.contains("Länkar:\nLänk 1: Vanliga frågor om Sexit (VGR), vgregion.se\n"), "{out}");
    assert!(!out.contains(SEXIT_FAQ), "{out}");
    assert!(out.contains("sök> Kategorier:\n1. Besöksnäringen (1)\n"), "{out}");
    assert!(out.ends_with("sök> "), "q quits without another line: {out:?}");
}

#[test]
fn a_conversation_in_english() {
    for args in [&["--lang", "en"][..], &[]] {
        let mut cmd = command();
        cmd.arg("--plain").args(args).env("LANG", "en_GB.UTF-8");
        let out = assert_clean(&converse(&mut cmd, "ostersjo\n?\n"));
        assert!(out.starts_with("Metodstöd: 9 resources in 7 categories."), "{args:?}: {out}");
        assert!(out.contains("search> 3 matches:\n1. Handbook for Embassies"), "{out}");
        assert!(out.contains("search> Type words to search. Commands:\n"), "{out}");
        assert!(out.ends_with("search> \n"), "the end of input ends the session: {out:?}");
    }
    let mut cmd = command();
    cmd.arg("--plain").env("METODSTOD_LANG", "en");
    assert!(assert_clean(&converse(&mut cmd, "")).contains("search> "));
}

#[test]
fn lang_switches_within_the_session() {
    let out = assert_clean(&plain(&[], "lang\ntool\n"));
    assert!(out.contains("sök> Language: English.\nsearch> 2 matches:\n"), "{out}");
}

#[test]
fn o_opens_the_link_through_browser() {
    let dir = TempDir::new("plain-open");
    let record = dir.join("record");
    let browser = recording_browser(&dir, &record);
    let mut cmd = command();
    cmd.arg("--plain").env("BROWSER", &browser);
    let out = assert_clean(&converse(&mut cmd, "sexit\n1\no 1\no 9\nq\n"));
    assert!(out.contains(&format!("sök> Öppnar: {SEXIT_FAQ}\nsök> ")), "{out}");
    assert!(out.contains("sök> Välj en länk mellan 1 och 3.\n"), "{out}");
    // The opener is waited for, so the record is complete when the session ends.
    let recorded = std::fs::read_to_string(&record).unwrap_or_default();
    assert_eq!(recorded, format!("{SEXIT_FAQ}\n"), "one argument: the address");
}

#[test]
fn over_ssh_o_prints_the_address_and_starts_nothing() {
    let dir = TempDir::new("plain-ssh");
    let record = dir.join("record");
    let browser = recording_browser(&dir, &record);
    let mut cmd = command();
    cmd.args(["--plain", "--lang", "en"])
        .env("BROWSER", &browser)
        .env("SSH_CONNECTION", "10.0.0.1 22 10.0.0.2 22");
    let out = assert_clean(&converse(&mut cmd, "sexit\n1\no 1\ny 1\n"));
    assert!(
        out.contains(&format!("open the address on your own computer: {SEXIT_FAQ}\n")),
        "{out}"
    );
    assert!(out.contains(&format!("search> Address: {SEXIT_FAQ}\n")), "y in a pipe: {out}");
    assert!(!record.exists(), "no browser was started over SSH");
}

#[test]
fn term_dumb_enters_the_line_mode_on_a_terminal_only() {
    let mut cmd = metodstod(&[]);
    cmd.env("TERM", "dumb");
    let mut pty = Pty::spawn(cmd, 80, 24);
    pty.wait_for_text("Metodstöd: 9 material i 7 kategorier.");
    pty.send("tool\r");
    pty.wait_for_text("2 träffar:");
    pty.send("q\r");
    assert!(pty.wait_exit(TIMEOUT).success());
    // In a pipe (an editor's shell sets TERM=dumb too) the list is written, not prompts.
    let mut cmd = command();
    cmd.env("TERM", "dumb");
    assert!(assert_clean(&converse(&mut cmd, "sexit\n")).starts_with("hospitality-film "));
    // A command still runs as a command.
    let mut cmd = command();
    cmd.args(["show", "sexit"]).env("TERM", "dumb");
    assert!(assert_clean(&converse(&mut cmd, "")).starts_with("Sexit\nUtgivare: "));
}

#[test]
fn another_catalogue_and_bad_input_are_handled() {
    let path = fixture("mini.json");
    let mut cmd = command();
    cmd.args(["--plain", "--catalogue", &path.to_string_lossy()]);
    let out = assert_clean(&converse(&mut cmd, "7\no 1\nc nope\n\u{1b}[2J\n"));
    assert!(out.starts_with("Metodstöd: 6 material i 3 kategorier."), "{out}");
    assert!(out.contains("sök> Det finns ingen lista att välja ur: sök först.\n"), "{out}");
    assert!(out.contains("sök> Visa ett material först: skriv dess nummer i listan.\n"));
    assert!(
        out.contains("sök> Ingen kategori heter ”nope”. Skriv c för att se alla kategorier.\n")
    );
}

/// On a terminal `y` also copies with OSC 52; a dumb terminal would show it as text.
#[test]
fn y_copies_on_a_terminal_but_not_on_a_dumb_one() {
    for (term, copies) in [("xterm-256color", true), ("dumb", false)] {
        let mut cmd = metodstod(&["--plain"]);
        cmd.env("TERM", term);
        let mut pty = Pty::spawn(cmd, 200, 50);
        // Typed ahead at once: the terminal's line discipline hands them over a line at
        // a time, as a user's typing would be.
        pty.send("sexit\n1\ny 1\nq\n");
        let status = pty.wait_exit(TIMEOUT);
        assert!(status.success(), "TERM={term}: {status:?}");
        let raw = pty.raw();
        let text = String::from_utf8_lossy(&raw);
        if copies {
            assert_eq!(osc52_payloads(&raw, false), [SEXIT_FAQ], "TERM={term}");
            assert!(text.contains(&format!("Länken har kopierats: {SEXIT_FAQ}")), "{text:?}");
        } else {
            assert!(!raw.contains(&0x1b), "TERM={term}: {text:?}");
            assert!(text.contains(&format!("Adress: {SEXIT_FAQ}")), "{text:?}");
        }
    }
}
