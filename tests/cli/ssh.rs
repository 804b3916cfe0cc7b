//! `--ssh-command` through the real binary: what an SSH user asks for in
//! `SSH_ORIGINAL_COMMAND` runs when it is read-only and is refused otherwise, before
//! anything runs; without the option the variable is ignored as before.

use crate::common;

use std::process::{Command, Output};

use common::pty::{Pty, TIMEOUT, TempDir};
use common::{command, fixture, run, run_with, stderr, stdout};

/// The binary as a `ForceCommand` runs it: the administrator's `args`, the user's `asked`.
fn forced(args: &[&str], asked: Option<&str>) -> Output {
    let mut cmd: Command = command();
    cmd.args(args).env("SSH_CONNECTION", "127.0.0.1 50000 127.0.0.1 22");
    if let Some(text) = asked {
        cmd.env("SSH_ORIGINAL_COMMAND", text);
    }
    run_with(&mut cmd)
}

fn over_ssh(asked: &str) -> Output {
    forced(&["--ssh-command"], Some(asked))
}

/// A refusal: exit 2, nothing on stdout, one line on stderr saying what was refused, in
/// English when the administrator's line says `--lang en`, else in the server's Swedish.
fn assert_refused(asked: &str, naming: &str) {
    assert_refused_saying(asked, naming, naming);
}

fn assert_refused_saying(asked: &str, english_naming: &str, swedish_naming: &str) {
    let english = forced(&["--ssh-command", "--lang", "en"], Some(asked));
    let swedish = over_ssh(asked);
    for (o, start, naming, allowed) in [
        (english, "metodstod: error: refused over SSH: ", english_naming, "allowed: "),
        (swedish, "metodstod: fel: vägras över SSH: ", swedish_naming, "tillåtet: "),
    ] {
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{asked:?}: {err}");
        assert!(o.stdout.is_empty(), "{asked:?} printed {}", stdout(&o));
        assert_eq!(err.lines().count(), 1, "{asked:?}: {err}");
        assert!(err.starts_with(start), "{asked:?}: {err}");
        assert!(err.contains(naming), "{asked:?} should name {naming:?}: {err}");
        assert!(err.contains(allowed), "{asked:?}: {err}");
    }
}

#[test]
fn without_the_option_the_requested_command_is_ignored() {
    let plain = run(&[]);
    for asked in ["check /etc/passwd", "show sexit", "--catalogue /etc/shadow"] {
        let o = forced(&[], Some(asked));
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_eq!(stdout(&o), stdout(&plain), "{asked:?} changed the output");
    }
}

#[test]
fn read_only_commands_give_what_they_give_locally() {
    for asked in [
        "list",
        "list --category embassies --json",
        "show sexit",
        "show sexit --json --lang en",
        "search hotell",
        "search 'sex trafficking' --json",
        "categories",
        "about --json",
        "export --format ris sexit",
        "export --query hotell --format csv --lang en",
        "export --category embassies",
    ] {
        let words = shlex::split(asked).unwrap_or_default();
        let local = run(&words.iter().map(String::as_str).collect::<Vec<_>>());
        let o = over_ssh(asked);
        assert_eq!(o.status.code(), Some(0), "{asked:?}: {}", stderr(&o));
        assert!(!o.stdout.is_empty(), "{asked:?}");
        assert_eq!(stdout(&o), stdout(&local), "{asked:?}");
    }
}

#[test]
fn nothing_asked_is_the_plain_list_without_a_terminal() {
    let plain = run(&[]);
    for asked in [None, Some(""), Some("   ")] {
        let o = forced(&["--ssh-command"], asked);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_eq!(stdout(&o), stdout(&plain), "{asked:?}");
    }
}

#[test]
fn help_and_version() {
    let o = over_ssh("--help");
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Användning"), "{}", stdout(&o));
    let o = over_ssh("--help --lang en");
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Usage"), "{}", stdout(&o));
    let o = over_ssh("--version");
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("metodstod "), "{}", stdout(&o));
}

#[test]
fn files_other_commands_and_unknown_options_are_refused() {
    assert_refused("--catalogue /etc/shadow", "\"--catalogue\"");
    assert_refused("list --catalogue=/etc/shadow", "\"--catalogue\"");
    assert_refused("check /etc/passwd", "\"check\"");
    assert_refused("open sexit 2", "\"open\"");
    assert_refused("list --frobnicate", "\"--frobnicate\"");
    assert_refused_saying("show 'sexit", "unterminated quote", "citattecken som aldrig avslutas");
    assert_refused_saying(&vec!["x"; 65].join(" "), "65 words", "65 ord");
    let long = format!("search {}", vec!["x"; 10_000].join(" "));
    assert_refused_saying(&long, "more than 4096", "mer än 4096");
}

#[test]
fn shell_syntax_runs_nothing() {
    let dir = TempDir::new("ssh-command");
    let marker = dir.join("ran");
    let m = marker.display().to_string();
    for asked in [
        format!("show sexit; touch {m}"),
        format!("$(touch {m})"),
        format!("`touch {m}`"),
        format!("list && touch {m}"),
        format!("list | touch {m}"),
    ] {
        let o = over_ssh(&asked);
        assert_eq!(o.status.code(), Some(2), "{asked:?}: {}", stderr(&o));
        assert!(!marker.exists(), "{asked:?} ran a command");
    }
    // As an argument it is only text: nothing is found, nothing runs.
    let o = over_ssh(&format!("search '$(touch {m})'"));
    assert!(!marker.exists(), "{}", stderr(&o));
}

#[test]
fn an_unknown_entry_is_told_the_nearest_ids() {
    let o = over_ssh("sexitt");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let said = "det finns inget material med id:t \"sexitt\"";
    assert!(stderr(&o).contains(said), "{}", stderr(&o));
    assert!(stderr(&o).contains("menade du sexit"), "{}", stderr(&o));
    let o = over_ssh("show sexitt --lang en");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("did you mean sexit"), "{}", stderr(&o));
}

#[test]
fn the_administrators_options_stay_and_the_user_may_not_add_conflicts() {
    let mini = fixture("mini.json").display().to_string();
    let o = forced(&["--catalogue", &mini, "--ssh-command"], Some("list"));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 6, "{}", stdout(&o));
    let o = forced(&["--catalogue", &mini, "--ssh-command"], Some("about"));
    assert!(stdout(&o).contains("mini.json"), "the administrator's file: {}", stdout(&o));
    // The administrator's language, unless the user asks for another.
    let en = forced(&["--lang", "en", "--ssh-command"], Some("show sexit"));
    assert_eq!(stdout(&en), stdout(&run(&["show", "sexit", "--lang", "en"])));
    let sv = forced(&["--lang", "en", "--ssh-command"], Some("show sexit --lang sv"));
    assert_eq!(stdout(&sv), stdout(&run(&["show", "sexit", "--lang", "sv"])));
    // A command on the ForceCommand line itself makes no sense beside the option.
    let o = forced(&["--ssh-command", "list"], Some("show sexit"));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

#[test]
fn an_entry_id_opens_the_browser_on_it() {
    let mut cmd = common::pty::metodstod(&["--ssh-command"]);
    cmd.env("SSH_ORIGINAL_COMMAND", "sexit");
    cmd.env("SSH_CONNECTION", "127.0.0.1 50000 127.0.0.1 22");
    let mut p = Pty::spawn(cmd, 120, 40);
    let s = p.wait_for_text("Västra Götalandsregionen");
    assert!(s.contents().contains("Sexit"), "{}", s.contents());
    p.send("q");
    assert!(p.wait_exit(TIMEOUT).success(), "{}", p.contents());
}
