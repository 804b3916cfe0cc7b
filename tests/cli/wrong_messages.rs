//! Messages that bugs once made wrong: each command line now gets the message that
//! fits it, in both languages.

use crate::common;

use common::{command, run_with, stderr, stdout};

fn in_lang(lang: &str, args: &[std::ffi::OsString]) -> std::process::Output {
    run_with(command().env("METODSTOD_LANG", lang).args(args))
}

fn words(args: &[&str]) -> Vec<std::ffi::OsString> {
    args.iter().map(Into::into).collect()
}

#[test]
fn help_asked_of_help_shows_the_help_of_help() {
    for (lang, usage) in
        [("sv", "Användning: metodstod help [KOMMANDO]"), ("en", "Usage: metodstod help [COMMAND]")]
    {
        for asked in [&["help", "--help"][..], &["help", "-h"], &["--lang", lang, "help", "--help"]]
        {
            let o = in_lang(lang, &words(asked));
            assert_eq!(o.status.code(), Some(0), "{asked:?}: {}", stderr(&o));
            assert!(stdout(&o).contains(usage), "{asked:?}: {}", stdout(&o));
        }
        // After a command's name, that command's help.
        let o = in_lang(lang, &words(&["help", "list", "--help"]));
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert!(stdout(&o).contains("metodstod list"), "{}", stdout(&o));
    }
}

#[test]
fn an_empty_language_needs_a_value() {
    for (lang, expected) in [
        ("sv", "fel: '--lang <sv|en>' behöver ett värde"),
        ("en", "error: '--lang <sv|en>' needs a value"),
    ] {
        let o = in_lang(lang, &words(&["--lang", "", "list"]));
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(&o).contains(expected), "{}", stderr(&o));
        assert!(!stderr(&o).contains("''"), "{}", stderr(&o));
    }
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_said_so() {
    use std::os::unix::ffi::OsStringExt as _;
    let bad = std::ffi::OsString::from_vec(vec![0xff]);
    for (lang, expected) in [
        ("sv", "fel: ett argument är inte giltig UTF-8-text"),
        ("en", "error: an argument is not valid UTF-8 text"),
    ] {
        let o = in_lang(lang, &["list".into(), bad.clone()]);
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(&o).contains(expected), "{}", stderr(&o));
        assert!(!stderr(&o).contains('\u{fffd}'), "{}", stderr(&o));
    }
}

#[test]
fn an_option_given_twice_may_be_given_only_once() {
    for (lang, once, conflict) in [
        ("sv", "får bara anges en gång", "tillsammans med"),
        ("en", "may be given only once", "together with"),
    ] {
        let twice: [&[&str]; 3] = [
            &["export", "--query", "a", "--query", "b"],
            &["export", "--format", "md", "--format", "csv"],
            // The language given twice is the language of the message.
            &["--lang", lang, "--lang", lang, "list"],
        ];
        for args in twice {
            let o = in_lang(lang, &words(args));
            assert_eq!(o.status.code(), Some(2), "{args:?}");
            let said = stderr(&o);
            assert!(said.contains(once) && !said.contains(conflict), "{args:?}: {said}");
        }
    }
}
