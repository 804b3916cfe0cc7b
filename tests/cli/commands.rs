//! The plain commands through the real binary: exact text against golden
//! files, JSON read back, exit codes, help, and no escape codes where none belong.
//!
//! The goldens live in `tests/golden/`. After an intended change of output, rewrite
//! them with `UPDATE_GOLDEN=1 cargo test --test integration cli::commands` and review the diff.

use crate::common;

use std::path::PathBuf;
use std::process::Output;

use common::pty::{Pty, TIMEOUT, metodstod};
use common::{command, run, run_with, stderr, stdout};
use serde_json::Value;

/// Every text command of the goldens, by name; each is run in both languages.
const GOLDEN: &[(&str, &[&str])] = &[
    ("list", &["list"]),
    ("list-embassies", &["list", "--category", "embassies"]),
    ("categories", &["categories"]),
    ("show-sexit", &["show", "sexit"]),
    ("search-ostersjo", &["search", "ostersjo"]),
    ("about", &["about"]),
];

const ENTRY_FIELDS: &[&str] = &[
    "id",
    "title",
    "publisher",
    "year",
    "languages",
    "formats",
    "audiences",
    "categories",
    "summary",
    "links",
    "related",
    "keywords",
];

fn golden_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(format!("{name}.txt"))
}

/// Exit 0 and nothing on stderr; returns stdout.
fn success(args: &[&str]) -> String {
    let o = run(args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    assert_eq!(stderr(&o), "", "{args:?}");
    stdout(&o)
}

fn with_lang<'a>(lang: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    all
}

#[test]
fn text_output_matches_the_goldens() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for (name, args) in GOLDEN {
        for lang in ["sv", "en"] {
            let out = success(&with_lang(lang, args));
            let path = golden_path(&format!("{name}.{lang}"));
            if update {
                if let Err(e) = std::fs::create_dir_all(path.parent().unwrap_or(&path))
                    .and_then(|()| std::fs::write(&path, &out))
                {
                    panic!("cannot write {}: {e}", path.display());
                }
                continue;
            }
            let expected = match std::fs::read_to_string(&path) {
                Ok(text) => text,
                Err(e) => panic!("{}: {e}; create it with UPDATE_GOLDEN=1", path.display()),
            };
            if out != expected {
                eprintln!("--- {}\n{expected}+++ {args:?} --lang {lang}\n{out}", path.display());
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(stale.is_empty(), "differs from the golden (see above): {stale:?}");
}

#[test]
fn the_language_follows_option_variable_and_locale() {
    let english = success(&["--lang", "en", "show", "sexit"]);
    assert!(english.contains("Publisher: Region Västra Götaland"), "{english}");
    let o = run_with(command().args(["show", "sexit"]).env("METODSTOD_LANG", "en"));
    assert_eq!(stdout(&o), english);
    let o = run_with(command().args(["show", "sexit"]).env("LANG", "en_US.UTF-8"));
    assert_eq!(stdout(&o), english);
    assert!(success(&["show", "sexit"]).contains("Utgivare: Västra Götalandsregionen"));
}

#[test]
fn the_bare_command_piped_prints_the_list() {
    assert_eq!(success(&[]), success(&["list"]));
}

fn json(args: &[&str]) -> Value {
    let out = success(args);
    assert_eq!(out.lines().count(), 1, "{args:?}: compact when piped, one line: {out}");
    match serde_json::from_str(&out) {
        Ok(v) => v,
        Err(e) => panic!("{args:?}: not JSON: {e}\n{out}"),
    }
}

fn ids(value: &Value) -> Vec<&str> {
    match value.as_array() {
        Some(items) => items.iter().filter_map(|e| e["id"].as_str()).collect(),
        None => panic!("not a list: {value}"),
    }
}

fn assert_entry(entry: &Value) {
    for field in ENTRY_FIELDS {
        assert!(entry.get(field).is_some(), "{field} missing in {entry}");
    }
    assert!(entry["summary"]["sv"].is_string() && entry["summary"]["en"].is_string());
    assert!(entry["links"][0]["url"].is_string(), "{entry}");
}

#[test]
fn json_reads_back_with_every_field() {
    let list = json(&["list", "--json"]);
    let all = ids(&list);
    assert_eq!(all.len(), 9);
    assert_eq!(all[0], "hospitality-film");
    assert!(all.contains(&"sexit") && all.contains(&"manual-trafficking"));
    list.as_array().into_iter().flatten().for_each(assert_entry);

    let embassies = json(&["list", "--category", "embassies", "--json"]);
    assert_eq!(ids(&embassies), ["cbss-embassy-handbook"]);

    let sexit = json(&["show", "sexit", "--json"]);
    assert_entry(&sexit);
    assert_eq!(sexit["id"], "sexit");
    assert_eq!(sexit["year"], 2019);
    assert_eq!(sexit["languages"], serde_json::json!(["sv"]));
    assert_eq!(sexit["links"].as_array().map(Vec::len), Some(3));
    assert_eq!(
        json(&["--lang", "en", "show", "sexit", "--json"]),
        sexit,
        "JSON has both languages"
    );

    let found = json(&["search", "sexit", "--json"]);
    assert_eq!(ids(&found)[0], "sexit");
    found.as_array().into_iter().flatten().for_each(assert_entry);
    assert_eq!(json(&["search", "zzqqxxkk", "--json"]), serde_json::json!([]));

    let categories = json(&["categories", "--json"]);
    let counted: Vec<(&str, u64)> = categories
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| (c["id"].as_str().unwrap_or(""), c["count"].as_u64().unwrap_or(u64::MAX)))
        .collect();
    assert_eq!(counted.len(), 7);
    assert!(
        counted.contains(&("embassies", 1)) && counted.contains(&("identification-referral", 4))
    );
    for c in categories.as_array().into_iter().flatten() {
        assert!(c["name"]["sv"].is_string() && c["description"]["en"].is_string(), "{c}");
    }
}

/// In English: these tests read the messages' words.
fn failure(args: &[&str], code: i32) -> String {
    let o = run_with(command().env("METODSTOD_LANG", "en").args(args));
    assert_eq!(o.status.code(), Some(code), "{args:?}: {}", stderr(&o));
    assert_eq!(stdout(&o), "", "{args:?}: nothing on stdout");
    stderr(&o)
}

#[test]
fn runtime_errors_exit_1_with_a_hint() {
    let err = failure(&["show", "sexitt"], 1);
    assert!(
        err.starts_with("metodstod: error: there is no resource with the id \"sexitt\""),
        "{err}"
    );
    assert!(err.contains("did you mean sexit?"), "{err}");
    let err = failure(&["list", "--category", "nope"], 1);
    assert!(
        err.contains("no category has the name or id \"nope\"")
            && err.contains("`metodstod categories` shows every category"),
        "{err}"
    );
    let err = failure(&["open", "sexit", "9"], 1);
    assert!(err.contains("sexit has 3 links; choose 1 to 3"), "{err}");
    let err = failure(&["open", "sexit", "0"], 1);
    assert!(err.contains("choose 1 to 3"), "{err}");
    let err = failure(&["open", "sexitt"], 1);
    assert!(err.contains("did you mean sexit?"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["search"][..],
        &["show"],
        &["--frobnicate"],
        &["list", "--frobnicate"],
        &["open"],
        &["open", "sexit", "two"],
        &["list", "--category"],
    ] {
        let err = failure(args, 2);
        assert!(err.starts_with("metodstod: error: "), "{args:?}: {err}");
        assert!(err.contains("--help"), "{args:?}: points to the help: {err}");
    }
}

#[test]
fn help_exits_0_and_lists_every_option() {
    let global = ["--catalogue", "--lang", "--ascii", "--no-color", "--help"];
    let commands: &[(&str, &[&str])] = &[
        ("list", &["--category", "--json"]),
        ("show", &["<ID>", "--json"]),
        ("search", &["<QUERY>", "--json"]),
        ("categories", &["--json"]),
        ("open", &["<ID>", "[N]"]),
        ("check", &["[PATH]"]),
    ];
    let top = success(&["--help", "--lang", "en"]);
    for option in global.iter().chain(&["--mouse", "--select", "--plain", "--version"]) {
        assert!(top.contains(option), "--help lacks {option}:\n{top}");
    }
    for (name, _) in commands {
        assert!(top.contains(&format!("  {name} ")), "--help lacks the command {name}");
    }
    for (name, own) in commands {
        for args in [vec![*name, "--help", "--lang", "en"], vec!["--lang", "en", "help", name]] {
            let help = success(&args);
            for option in global.iter().chain(own.iter()) {
                assert!(help.contains(option), "{args:?} lacks {option}:\n{help}");
            }
        }
    }
}

#[test]
fn nothing_piped_holds_an_escape_code() {
    let mut outputs: Vec<(Vec<&str>, Output)> = Vec::new();
    for (_, args) in GOLDEN {
        for extra in [&[][..], &["--json"]] {
            let mut all = args.to_vec();
            all.extend_from_slice(extra);
            outputs.push((all.clone(), run(&all)));
        }
    }
    for args in [&["show", "sexitt"][..], &["--help"], &["open", "sexit", "9"], &["search"]] {
        outputs.push((args.to_vec(), run(args)));
    }
    for (args, o) in &outputs {
        for (stream, text) in [("stdout", stdout(o)), ("stderr", stderr(o))] {
            assert!(!text.contains('\u{1b}'), "{args:?} {stream}: {text:?}");
        }
    }
}

/// On a terminal `show` makes the title bold, unless NO_COLOR or --no-color says no;
/// JSON is pretty there.
#[test]
fn on_a_terminal_bold_only_with_colour_allowed() {
    let on_pty = |args: &[&str], no_color: bool| -> String {
        let mut cmd = metodstod(args);
        if no_color {
            cmd.env("NO_COLOR", "1");
        }
        let mut pty = Pty::spawn(cmd, 100, 40);
        let status = pty.wait_exit(TIMEOUT);
        assert!(status.success(), "{args:?}: {status:?}");
        String::from_utf8_lossy(&pty.raw()).into_owned()
    };
    let bold = on_pty(&["show", "sexit"], false);
    assert!(bold.contains("\u{1b}[1mSexit\u{1b}[0m"), "{bold:?}");
    for (args, no_color) in
        [(&["show", "sexit"][..], true), (&["--no-color", "show", "sexit"], false)]
    {
        let out = on_pty(args, no_color);
        assert!(out.contains("Sexit") && !out.contains('\u{1b}'), "{args:?}: {out:?}");
    }
    let pretty = on_pty(&["show", "sexit", "--json"], false);
    assert!(pretty.contains("\"id\": \"sexit\"") && pretty.lines().count() > 10, "{pretty:?}");
}

#[test]
fn a_reader_that_went_away_ends_every_command_quietly() {
    // `metodstod … | head -c0`: the pipe is closed before anything is written.
    let id = "sexit";
    let commands: [&[&str]; 7] = [
        &[],
        &["list"],
        &["categories"],
        &["search", "skydd"],
        &["show", id],
        &["list", "--json"],
        &["check"],
    ];
    for args in commands {
        let (reader, writer) = match std::io::pipe() {
            Ok(pipe) => pipe,
            Err(e) => panic!("cannot make a pipe: {e}"),
        };
        drop(reader);
        let o = common::run_with(common::command().args(args).stdout(writer));
        let err = common::stderr(&o);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}
