//! Languages reach the reader as names ("svenska", "English"), never as bare codes, in
//! every output but JSON (which keeps the codes a script expects).

use crate::common;

use std::io::Write;
use std::process::Stdio;

use common::{command, run, run_with, stderr, stdout};
use metodstod::catalogue;

/// Every language code of the embedded catalogue.
fn codes() -> Vec<String> {
    let Ok(c) = catalogue::embedded() else { panic!("the embedded catalogue loads") };
    let mut codes: Vec<String> =
        c.entries.iter().flat_map(|e| e.languages.iter().map(ToString::to_string)).collect();
    codes.sort();
    codes.dedup();
    assert!(codes.len() >= 2, "the test needs several languages: {codes:?}");
    codes
}

/// Where a code would stand if it were shown bare: in the language field, or in the
/// parentheses that end a one-line entry.
fn bare_codes<'a>(text: &'a str, codes: &[String]) -> Vec<&'a str> {
    text.lines()
        .filter(|line| {
            let field = ["Språk: ", "Languages: "].iter().find_map(|l| line.strip_prefix(l));
            let tail = line.rsplit_once(" (").map(|(_, t)| t.trim_end_matches(')'));
            [field, tail].into_iter().flatten().any(|list| {
                list.split(", ")
                    .any(|word| codes.iter().any(|c| c.eq_ignore_ascii_case(word.trim())))
            })
        })
        .collect()
}

fn plain_session(lang: &str, input: &str) -> String {
    let mut cmd = command();
    cmd.args(["--plain", "--lang", lang]).stdin(Stdio::piped()).stdout(Stdio::piped());
    let Ok(mut child) = cmd.spawn() else { panic!("cannot start the line mode") };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input.as_bytes());
    }
    match child.wait_with_output() {
        Ok(o) => String::from_utf8_lossy(&o.stdout).into_owned(),
        Err(e) => panic!("the line mode: {e}"),
    }
}

#[test]
fn no_language_code_reaches_a_text_output() {
    let codes = codes();
    let Ok(c) = catalogue::embedded() else { panic!("the embedded catalogue loads") };
    for lang in ["sv", "en"] {
        let mut outputs = vec![
            ("list".to_string(), stdout(&run(&["list", "--lang", lang]))),
            ("search".to_string(), stdout(&run(&["search", "handbok", "--lang", lang]))),
            ("plain".to_string(), plain_session(lang, "människohandel\n1\n2\n3\nc\ni\n")),
        ];
        for e in &c.entries {
            outputs
                .push((format!("show {}", e.id), stdout(&run(&["show", &e.id, "--lang", lang]))));
        }
        // The command line's own texts: help, errors, check, about, a reading list.
        for args in [
            &["--help"][..],
            &["export", "--help"],
            &["about"],
            &["check"],
            &["export", "manual-trafficking", "osce-nrm-handbook"],
        ] {
            let mut args = args.to_vec();
            args.extend(["--lang", lang]);
            outputs.push((args.join(" "), stdout(&run(&args))));
        }
        for args in [&["--lang", "de"][..], &["show", "manual"], &["open", "sexit", "9"]] {
            let o = run_with(command().env("METODSTOD_LANG", lang).args(args));
            outputs.push((args.join(" "), stderr(&o)));
        }
        for (what, out) in &outputs {
            assert!(!out.is_empty(), "{what} --lang {lang} printed nothing");
            let bare = bare_codes(out, &codes);
            assert!(bare.is_empty(), "{what} --lang {lang} shows language codes: {bare:?}");
        }
        let show = stdout(&run(&["show", "manual-trafficking", "--lang", lang]));
        let names = if lang == "sv" { "svenska, engelska" } else { "Swedish, English" };
        assert!(show.contains(names), "{show}");
    }
}

#[test]
fn json_keeps_the_codes() {
    let out = stdout(&run(&["show", "manual-trafficking", "--json"]));
    let Ok(value) = serde_json::from_str::<serde_json::Value>(&out) else { panic!("{out}") };
    assert_eq!(value["languages"], serde_json::json!(["sv", "en"]), "{out}");
}

#[test]
fn the_check_itself_can_fail() {
    // The detector must see a bare code where one is.
    let codes = codes();
    assert_eq!(bare_codes("Språk: sv, en\nSexit — VGR, 2019 (sv)\n", &codes).len(), 2);
    assert!(bare_codes("Språk: svenska\nSexit — VGR, 2019 (svenska)\n", &codes).is_empty());
}
