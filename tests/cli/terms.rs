//! One name for each thing (docs/terms.md): every Swedish and English text table, the
//! catalogue's texts and the `--help` of every command use the terms, never the names
//! the terms replace ("entry", "materials", "post", "den interaktiva vyn" …).

use crate::common;

use common::{command, run_with, stdout};
use metodstod::catalogue::Syntax;
use metodstod::i18n::{Lang, cli_texts, texts};
use metodstod::links::Failure;

/// Names the terms replace, in English text.
const ENGLISH_NEVER: &[&str] = &[
    "entry",
    "entries",
    "materials",
    "interactive view",
    "interactive browser",
    "terminal browser",
    "line-by-line mode",
    "plain mode",
    "screen reader mode",
    "methodological",
    "hits",
    "was copied",
    "nothing for",
    "validate",
];

/// Names the terms replace, in Swedish text.
const SWEDISH_NEVER: &[&str] = &[
    "post",
    "poster",
    "posten",
    "posterna",
    "bläddraren",
    "interaktiva vyn",
    "interaktiv vy",
    "terminalbläddrare",
    "radbaserat läge",
    "radbaserade läget",
    "skärmläsarläge",
    "kopierades",
    "kopierad",
    "sökresultat",
    "resultat",
    "i detaljer",
    "träffar för:",
];

/// Either language: the listing's title has an en dash, never a hyphen.
const NEVER: &[&str] = &["metodstöd - från"];

/// The JSON key and the argument name that stay as they are (terms.md).
const KEPT: &[&str] = &["\"entries\"", "`entries`", "entries["];

/// The names the terms replace that `text` uses, each with its place.
fn offences(text: &str, lang: Lang) -> Vec<String> {
    let mut text = without_placeholders(&text.to_lowercase());
    for kept in KEPT {
        text = text.replace(kept, " ");
    }
    let never = match lang {
        Lang::En => ENGLISH_NEVER,
        Lang::Sv => SWEDISH_NEVER,
    };
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
    let mut found = Vec::new();
    for name in never.iter().chain(NEVER) {
        for (at, _) in text.match_indices(name) {
            let before = text[..at].chars().next_back();
            let after = text[at + name.len()..].chars().next();
            if !word(before) && !word(after) {
                let start = text[..at].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
                let end = (at + name.len() + 30).min(text.len());
                let end = (end..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(end);
                found.push(format!("{name:?} in …{}…", &text[start..end]));
            }
        }
    }
    found
}

/// `text` without its `{name}` placeholders, which the reader never sees.
fn without_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let name_end = after.find(|c: char| !(c.is_ascii_lowercase() || c == '_'));
        out.push_str(&rest[..open]);
        match name_end {
            Some(end) if end > 0 && after[end..].starts_with('}') => rest = &after[end + 1..],
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The quoted strings of a `Debug` rendering: a table's texts, without its field names.
fn quoted_strings(debug: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = debug.chars();
    while let Some(c) = chars.find(|&c| c == '"') {
        debug_assert_eq!(c, '"');
        let mut text = String::new();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(next) = chars.next() {
                        text.push(if next == 'n' { '\n' } else { next });
                    }
                }
                '"' => break,
                c => text.push(c),
            }
        }
        out.push(text);
    }
    out
}

fn assert_terms(texts: impl IntoIterator<Item = String>, lang: Lang, what: &str) {
    let found: Vec<String> = texts.into_iter().flat_map(|t| offences(&t, lang)).collect();
    assert!(
        found.is_empty(),
        "{what} ({lang:?}) uses names the terms replace:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_checker_finds_what_it_should_and_only_that() {
    assert_eq!(offences("Open a link of an entry", Lang::En).len(), 1);
    assert_eq!(offences("8 materials", Lang::En).len(), 1);
    assert!(offences("entries[3].id and the key \"entries\"", Lang::En).is_empty());
    assert!(offences("an entryway; re-entry", Lang::En).is_empty());
    assert_eq!(offences("har en egen post.", Lang::Sv).len(), 1);
    assert!(offences("postadress och poster-", Lang::Sv).is_empty());
    assert_eq!(offences("Källa: Metodstöd - från oss", Lang::Sv).len(), 1);
    assert!(offences("Loading … {entries}", Lang::En).is_empty(), "a placeholder");
    assert_eq!(quoted_strings(r#"T { a: "x \"y\"", b: C { one: "z" } }"#), ["x \"y\"", "z"]);
}

#[test]
fn every_text_table_uses_the_terms() {
    for lang in [Lang::Sv, Lang::En] {
        assert_terms(quoted_strings(&format!("{:?}", texts(lang))), lang, "the interface");
        assert_terms(quoted_strings(&format!("{:?}", cli_texts(lang))), lang, "the command line");
        let syntax = Syntax::ALL.iter().map(|k| k.text(lang).to_string());
        assert_terms(syntax, lang, "the JSON errors");
        let failures = [
            Failure::NoBrowser,
            Failure::Refused("x".into()),
            Failure::Exited { program: "p".into(), code: Some(1) },
            Failure::Exited { program: "p".into(), code: None },
            Failure::NotCopied(std::io::ErrorKind::Other),
        ];
        assert_terms(failures.iter().map(|f| f.message(lang)), lang, "the link failures");
    }
}

/// Every text of the catalogue in `lang`: the values under its `sv` or `en` keys.
fn catalogue_texts(value: &serde_json::Value, lang: Lang, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    (k, serde_json::Value::String(s)) if k == lang.code() => out.push(s.clone()),
                    _ => catalogue_texts(v, lang, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| catalogue_texts(v, lang, out)),
        _ => {}
    }
}

#[test]
fn the_catalogue_uses_the_terms() {
    let text = include_str!("../../catalogue.json");
    let Ok(value) = serde_json::from_str::<serde_json::Value>(text) else {
        panic!("catalogue.json is JSON")
    };
    for lang in [Lang::Sv, Lang::En] {
        let mut texts = Vec::new();
        catalogue_texts(&value, lang, &mut texts);
        assert!(texts.len() > 50, "{lang:?}: {} texts", texts.len());
        if let Some(title) = value.pointer("/source/title").and_then(|t| t.as_str()) {
            texts.push(title.to_string());
        }
        assert_terms(texts, lang, "catalogue.json");
    }
}

#[test]
fn every_help_uses_the_terms() {
    let commands =
        ["", "list", "show", "search", "categories", "about", "open", "export", "check", "help"];
    for lang in [Lang::Sv, Lang::En] {
        let helps = commands.iter().map(|name| {
            let mut cmd = command();
            cmd.env("METODSTOD_LANG", lang.code());
            if !name.is_empty() {
                cmd.arg(name);
            }
            stdout(&run_with(cmd.arg("--help")))
        });
        assert_terms(helps, lang, "--help");
    }
}
