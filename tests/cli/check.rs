//! `metodstod check`: exit codes and messages that name the file and the place.

use crate::common;
use common::fixtures::{self, VALID};
use common::{stderr, stdout};

/// In English: these tests read the messages' words.
fn run(args: &[&str]) -> std::process::Output {
    common::run_with(common::command().env("METODSTOD_LANG", "en").args(args))
}

fn check(name: &str) -> (Option<i32>, String, String) {
    let file = fixtures::file(name);
    let o = run(&["check", &file.path().to_string_lossy()]);
    (o.status.code(), stdout(&o), stderr(&o))
}

#[test]
fn embedded_catalogue_checks_ok() {
    let o = run(&["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "ok: 9 resources in 7 categories\n");
}

#[test]
fn a_valid_file_checks_ok_and_a_bom_is_accepted() {
    for &name in VALID {
        let (code, out, err) = check(name);
        assert_eq!(code, Some(0), "{name}: {err}");
        assert_eq!(out, "ok: 6 resources in 3 categories\n");
    }
}

#[test]
fn the_catalogue_option_and_variable_are_checked_too() {
    let file = fixtures::file("duplicate-id.json");
    let path = file.path();
    let o = run(&["--catalogue", &path.to_string_lossy(), "check"]);
    assert_eq!(o.status.code(), Some(1));
    let o = common::run_with(
        common::command().env("METODSTOD_LANG", "en").arg("check").env("METODSTOD_CATALOGUE", path),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("duplicate-id.json"));
}

#[test]
fn broken_files_exit_1_naming_file_and_place() {
    let cases = [
        ("duplicate-id.json", "entries[2].id: duplicate id \"sexit\""),
        (
            "bad-link-and-category.json",
            "entries[1].links[0].url: \"javascript:alert(1)\" is not an http",
        ),
        ("bad-link-and-category.json", "entries[0].categories[1]: unknown category id \"nope\""),
        ("unknown-field.json", "entries[3].titel: unknown field; expected one of: id, title"),
        ("control-character.json", "entries[0].title: contains the control character U+001B"),
        ("entries-not-a-list.json", "entries: expected a list, found an object"),
        ("truncated.json", "invalid JSON: the file ends inside a text"),
    ];
    for (name, needle) in cases {
        let (code, out, err) = check(name);
        assert_eq!(code, Some(1), "{name}");
        assert!(out.is_empty(), "{name}: {out}");
        assert!(err.starts_with("metodstod: error: "), "{name}: {err}");
        assert!(err.contains(name), "{name}: the file is named: {err}");
        assert!(err.contains(needle), "{name}: expected {needle:?} in {err}");
    }
}

#[test]
fn problems_are_reported_in_swedish_too() {
    let cases = [
        ("duplicate-id.json", "entries[2].id: id:t \"sexit\" finns redan"),
        ("bad-link-and-category.json", "\"javascript:alert(1)\" är ingen http-"),
        ("bad-link-and-category.json", "entries[0].categories[1]: okänt kategori-id \"nope\""),
        ("bad-link-and-category.json", "2 fel hittades"),
        ("unknown-field.json", "entries[3].titel: okänt fält; här kan stå: id, title"),
        ("control-character.json", "entries[0].title: innehåller styrtecknet U+001B"),
        ("entries-not-a-list.json", "entries: här ska stå en lista, men det står ett objekt"),
        ("truncated.json", "ogiltig JSON: filen tar slut mitt i en text"),
    ];
    for (name, needle) in cases {
        let file = fixtures::file(name);
        let path = file.path();
        let o = common::run_with(
            common::command().env("METODSTOD_LANG", "sv").args(["check", &path.to_string_lossy()]),
        );
        // The file's own name is no word of the message.
        let err = stderr(&o).replace(&*path.to_string_lossy(), "FILE");
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert!(err.starts_with("metodstod: fel: "), "{name}: {err}");
        assert!(err.contains(needle), "{name}: expected {needle:?} in {err}");
        for english in
            ["error:", "hint:", "expected", "unknown", "duplicate", "found", "EOF", "parsing"]
        {
            assert!(!err.contains(english), "{name}: {english:?} in Swedish: {err}");
        }
    }
}

#[test]
fn every_problem_of_a_file_is_listed() {
    let (_, _, err) = check("bad-link-and-category.json");
    assert!(err.contains("2 problems found"), "{err}");
}

/// The rules beyond the shape run on every entry that could be read, though another
/// has a shape error.
#[test]
fn rules_beyond_the_shape_are_checked_beside_a_shape_error() {
    let (code, _, err) = check("year-date-related.json");
    assert_eq!(code, Some(1));
    for needle in [
        "3 problems found",
        "entries[3].year: expected a year such as 2022, or null, found a string",
        "source.updated: empty text",
        "entries[1].related[1]: unknown id \"nowhere\"",
    ] {
        assert!(err.contains(needle), "expected {needle:?} in {err}");
    }
}

/// Reading stops at a syntax error: the message does not pretend to be the last.
#[test]
fn a_syntax_error_says_more_problems_may_follow() {
    let (_, _, err) = check("truncated.json");
    assert!(err.contains("more problems may follow"), "{err}");
    let file = fixtures::file("truncated.json");
    let o = common::run_with(
        common::command()
            .env("METODSTOD_LANG", "sv")
            .args(["check", &file.path().to_string_lossy()]),
    );
    assert!(stderr(&o).contains("fler fel kan följa"), "{}", stderr(&o));
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let (_, _, err) = check("truncated.json");
    let place = err.split(": invalid JSON").next().unwrap_or_default();
    let mut parts = place.rsplit(':');
    let column = parts.next().and_then(|c| c.parse::<usize>().ok());
    let line = parts.next().and_then(|l| l.parse::<usize>().ok());
    assert!(line.is_some_and(|l| l > 50) && column.is_some(), "{err}");
}

#[test]
fn missing_file_directory_and_dev_zero() {
    let missing = run(&["check", "/nonexistent/metodstod.json"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("/nonexistent/metodstod.json: cannot read"));
    let dir = run(&["check", env!("CARGO_MANIFEST_DIR")]);
    assert_eq!(dir.status.code(), Some(1));
    assert!(stderr(&dir).contains("is a directory"));
    let zero = run(&["check", "/dev/zero"]);
    assert_eq!(zero.status.code(), Some(1));
    // Refused at its first byte, a NUL, which is invalid anywhere in JSON.
    assert!(stderr(&zero).contains("/dev/zero:1:1: invalid JSON"), "{}", stderr(&zero));
}

#[test]
fn escape_sequences_in_a_file_never_reach_the_terminal() {
    let (_, _, err) = check("control-character.json");
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [&["check", "a", "b"][..], &["--lang", "fr", "list"], &["frobnicate"], &["search"]]
    {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
    }
}
