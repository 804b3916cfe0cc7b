//! The command line in both languages: `--help` of the program and of every command,
//! and each kind of usage error, as goldens.

use crate::common;

use std::fmt::Write as _;

use common::{command, run_with, stderr, stdout};

const COMMANDS: [&str; 8] =
    ["list", "show", "search", "categories", "about", "open", "export", "check"];

fn in_lang(lang: &str, args: &[&str]) -> std::process::Output {
    run_with(command().env("METODSTOD_LANG", lang).args(args))
}

fn helps(lang: &str) -> String {
    let mut all = String::new();
    let mut show = |args: &[&str]| {
        let o = in_lang(lang, args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        let _ = write!(all, "$ metodstod {}\n{}\n", args.join(" "), stdout(&o));
    };
    show(&["--help"]);
    for name in COMMANDS {
        show(&[name, "--help"]);
    }
    // clap's own help command, in our words too.
    show(&["help", "open"]);
    all
}

/// One command line for each kind of usage error clap reports.
const USAGE_ERRORS: [&[&str]; 13] = [
    &["--bogus"],
    &["lsit"],
    &["search"],
    &["open", "sexit", "x"],
    &["export", "--format", "pdf"],
    &["export", "sexit", "--query", "hotell"],
    &["--lang", "de"],
    &["--select"],
    &["list", "extra"],
    &["show", "a", "b"],
    &["--lang", ""],
    &["export", "--format", "md", "--format", "csv"],
    &["export", "--category"],
];

fn usage_errors(lang: &str) -> String {
    let mut all = String::new();
    for args in USAGE_ERRORS {
        let o = in_lang(lang, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).is_empty(), "{args:?}");
        let _ = write!(all, "$ metodstod {}\n{}\n", args.join(" "), stderr(&o));
    }
    all
}

#[test]
fn help_in_swedish() {
    insta::assert_snapshot!(helps("sv"));
}

#[test]
fn help_in_english() {
    insta::assert_snapshot!(helps("en"));
}

#[test]
fn usage_errors_in_swedish() {
    let text = usage_errors("sv");
    assert!(!text.contains("error:") && !text.contains("Usage:"), "{text}");
    insta::assert_snapshot!(text);
}

#[test]
fn usage_errors_in_english() {
    insta::assert_snapshot!(usage_errors("en"));
}

#[test]
fn runtime_errors_and_check_follow_the_language() {
    for (lang, expected) in [
        (
            "sv",
            ["fel: det finns inget material med id:t \"sexitt\"", "ok: 9 material i 7 kategorier"],
        ),
        (
            "en",
            [
                "error: there is no resource with the id \"sexitt\"",
                "ok: 9 resources in 7 categories",
            ],
        ),
    ] {
        let o = in_lang(lang, &["show", "sexitt"]);
        assert!(stderr(&o).contains(expected[0]), "{}", stderr(&o));
        assert_eq!(stdout(&in_lang(lang, &["check"])), format!("{}\n", expected[1]));
    }
    // The hint fits how the missing file was named.
    let o = in_lang("en", &["check", "/nonexistent/x.json"]);
    assert!(stderr(&o).contains("without a path") && !stderr(&o).contains("--catalogue"));
    let o = in_lang("en", &["list", "--catalogue", "/nonexistent/x.json"]);
    assert!(stderr(&o).contains("leave out --catalogue"), "{}", stderr(&o));
    let o = run_with(command().env("METODSTOD_CATALOGUE", "/nonexistent/x.json").arg("list"));
    assert!(stderr(&o).contains("METODSTOD_CATALOGUE"), "{}", stderr(&o));
}
