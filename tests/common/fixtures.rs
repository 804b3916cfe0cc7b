//! The broken and odd catalogues the tests read, each made from `mini.json` by the one
//! change it is about, so a change to the small catalogue reaches every variant.

use std::path::{Path, PathBuf};

use super::pty::TempDir;

/// The small catalogue every variant starts from.
pub const MINI: &str = include_str!("../fixtures/mini.json");

/// Variants `metodstod check` accepts: a byte-order mark is no error.
pub const VALID: &[&str] = &["mini.json", "bom.json"];

/// `text` with `from` replaced once, at its only place: a variant must not depend on
/// which of several places a replacement hits.
fn replace_once(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "{from:?} is not once in mini.json");
    text.replacen(from, to, 1)
}

/// The text of the fixture `name`: `mini.json` or one of its variants.
pub fn text(name: &str) -> String {
    match name {
        "mini.json" => MINI.to_owned(),
        "bom.json" => format!("\u{feff}{MINI}"),
        // The title of entries[0] with an escape sequence that would retitle the terminal.
        "control-character.json" => {
            replace_once(MINI, r#""title": "Sexit","#, r#""title": "Sexit\u001b]0;pwned\u0007","#)
        }
        // entries[2] takes the id of entries[0].
        "duplicate-id.json" => replace_once(MINI, r#""id": "trm","#, r#""id": "sexit","#),
        // A misspelt field at the end of entries[3].
        "unknown-field.json" => replace_once(
            MINI,
            "\"CBSS\"\n      ]\n",
            "\"CBSS\"\n      ],\n      \"titel\": \"typo\"\n",
        ),
        // Two problems: an unknown category in entries[0], a script address in entries[1].
        "bad-link-and-category.json" => {
            let text = replace_once(
                MINI,
                "\"categories\": [\n        \"health\"\n      ],\n      \"summary\": {\n        \"sv\": \"Ett samtalsstöd",
                "\"categories\": [\n        \"health\",\n        \"nope\"\n      ],\n      \"summary\": {\n        \"sv\": \"Ett samtalsstöd",
            );
            replace_once(
                &text,
                r#""url": "https://example.org/manual","#,
                r#""url": "javascript:alert(1)","#,
            )
        }
        // A year that is text (a shape error) in entries[3], an empty date in the
        // source and a related id of no entry in entries[1] (rules beyond the shape).
        "year-date-related.json" => {
            let text = replace_once(MINI, r#""year": 2023,"#, r#""year": "2023","#);
            let text = replace_once(&text, r#""updated": "2024-02-13""#, r#""updated": """#);
            replace_once(
                &text,
                "\"sexit\",\n        \"trm\"\n",
                "\"sexit\",\n        \"nowhere\"\n",
            )
        }
        // Valid JSON up to the categories, then entries as an object.
        "entries-not-a-list.json" => {
            let head = MINI.split("\n  \"entries\": [").next().unwrap_or_default();
            format!("{head}\n  \"entries\": {{\n    \"a\": 1\n  }}\n}}")
        }
        // Cut off inside a text well past its first lines (the second entry's title),
        // wherever a change to the fixture moves it.
        "truncated.json" => MINI[..truncated_at()].to_owned(),
        _ => panic!("no fixture {name}"),
    }
}

/// A fixture as a file with its own name: `mini.json` where it lies, a variant written
/// to a fresh temporary directory that goes when this value is dropped.
pub struct File {
    path: PathBuf,
    _dir: Option<TempDir>,
}

impl File {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

pub fn file(name: &str) -> File {
    if name == "mini.json" {
        return File { path: super::fixture(name), _dir: None };
    }
    let dir = TempDir::new("fixture");
    let path = dir.join(name);
    if let Err(e) = std::fs::write(&path, text(name)) {
        panic!("cannot write {}: {e}", path.display());
    }
    File { path, _dir: Some(dir) }
}

/// Where `truncated.json` ends: three characters into the second entry's title (the
/// source's title comes first).
pub fn truncated_at() -> usize {
    let second = MINI.match_indices("\"title\": \"").nth(2).map(|(at, key)| at + key.len());
    let Some(start) = second else { panic!("tests/fixtures/mini.json has fewer than two entries") };
    MINI[start..].char_indices().nth(3).map_or(MINI.len(), |(i, _)| start + i)
}
