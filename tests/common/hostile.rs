//! Building hostile catalogues and checking what reaches the terminal, shared by the
//! `hostile_input` and `browser` tests: the fixture with any text at any field's path, the text that
//! validation refuses, and the checks that output is safe and the terminal restored.

use std::path::Path;

use super::pty::rfind;
use metodstod::catalogue::{self, Catalogue, LoadError, Origin};
use metodstod::theme::Look;
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

/// Unicode borders and colour: the look most terminals get.
pub const COLOR: Look = Look { ascii: false, color: true };
/// Entering and leaving the alternate screen, showing and hiding the cursor.
pub const ENTER_ALT: &[u8] = b"\x1b[?1049h";
pub const LEAVE_ALT: &[u8] = b"\x1b[?1049l";
pub const SHOW_CURSOR: &[u8] = b"\x1b[?25h";
pub const HIDE_CURSOR: &[u8] = b"\x1b[?25l";
pub const PASTE_ON: &[u8] = b"\x1b[?2004h";
pub const PASTE_OFF: &[u8] = b"\x1b[?2004l";

/// The fixture `mini.json` as a JSON value, to be made hostile.
pub fn mini_value() -> Value {
    match serde_json::from_str(include_str!("../fixtures/mini.json")) {
        Ok(v) => v,
        Err(e) => panic!("the fixture is not JSON: {e}"),
    }
}

/// The value at a problem path such as `entries[0].links[0].url`.
pub fn at_path<'a>(root: &'a mut Value, path: &str) -> &'a mut Value {
    let mut value = root;
    for part in path.split('.') {
        let (name, index) = match part.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        value = match value.get_mut(name) {
            Some(v) => v,
            None => panic!("no field {name:?} on the way to {path}"),
        };
        if let Some(i) = index {
            value = match value.get_mut(i) {
                Some(v) => v,
                None => panic!("no item {i} on the way to {path}"),
            };
        }
    }
    value
}

/// The fixture with the text at `path` replaced by `text`.
pub fn with_text(path: &str, text: &str) -> Value {
    let mut root = mini_value();
    *at_path(&mut root, path) = Value::String(text.to_string());
    root
}

pub fn json(value: &Value) -> String {
    match serde_json::to_string_pretty(value) {
        Ok(s) => s,
        Err(e) => panic!("cannot serialise: {e}"),
    }
}

pub fn parse_value(value: &Value) -> Result<Catalogue, LoadError> {
    catalogue::parse(&json(value), &Origin::File("hostile.json".into()))
}

/// Text that validation refuses, wherever it stands.
pub const REFUSED: &[(&str, &str)] = &[
    ("CSI colour", "Sexit \u{1b}[31mred\u{1b}[0m"),
    ("CSI clear screen", "\u{1b}[2J\u{1b}[H"),
    ("OSC title", "\u{1b}]0;pwned\u{7}Sexit"),
    ("OSC 52 clipboard", "\u{1b}]52;c;cm0gLXJmIH4=\u{7}Sexit"),
    ("OSC 8 with ST", "\u{1b}]8;;https://evil.example/\u{1b}\\Sexit\u{1b}]8;;\u{1b}\\"),
    ("8-bit CSI", "Sexit\u{9b}2J"),
    ("8-bit OSC", "\u{9d}0;pwned\u{9c}"),
    ("NEL", "Sex\u{85}it"),
    ("BEL", "Sexit\u{7}"),
    ("backspace", "Sexit\u{8}\u{8}XX"),
    ("carriage return", "evil\rSexit"),
    ("tab", "Sex\tit"),
    ("DEL", "Sexit\u{7f}"),
    ("NUL", "Sex\u{0}it"),
    ("bidi override", "\u{202e}txt.exe"),
    ("bidi embedding", "\u{202b}Sexit\u{202c}"),
    ("bidi isolate", "\u{2067}Sexit\u{2069}"),
    ("arabic letter mark", "Sexit\u{61c}"),
    ("line separator", "Sex\u{2028}it"),
    ("paragraph separator", "Sex\u{2029}it"),
    ("empty", ""),
    ("spaces only", "   "),
    ("non-breaking spaces only", "\u{a0}\u{2003}"),
];

pub fn problems(result: Result<Catalogue, LoadError>) -> Vec<metodstod::catalogue::Problem> {
    match result {
        Ok(_) => Vec::new(),
        Err(LoadError::Invalid { problems, .. }) => problems,
        Err(e) => panic!("expected validation problems, got: {e}"),
    }
}

/// No control character other than a line break, no bidi control: the text is safe
/// to write to a terminal.
pub fn terminal_safe(text: &str) -> bool {
    !text.chars().any(|c| c != '\n' && metodstod::text::forbidden_char(c, false))
}

/// A cell's symbol is as wide as ratatui measures it on a terminal that advances by
/// each character's own width (xterm, VTE, tmux, vt100): no joined emoji sequence whose
/// width such a terminal and ratatui disagree on.
pub fn same_width_everywhere(symbol: &str) -> bool {
    let each: usize =
        symbol.chars().map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)).sum();
    each == symbol.width()
}

pub fn write(path: &Path, bytes: &[u8]) {
    if let Err(e) = std::fs::write(path, bytes) {
        panic!("cannot write {}: {e}", path.display());
    }
}

/// The terminal is given back: the alternate screen left after it was last entered,
/// bracketed paste off after it was last turned on, and the cursor shown again at the
/// end.
pub fn assert_restored(raw: &[u8], how: &str) {
    let tail = String::from_utf8_lossy(&raw[raw.len().saturating_sub(300)..]).into_owned();
    let Some(entered) = rfind(raw, ENTER_ALT) else {
        panic!("{how}: the alternate screen was never entered; tail: {tail:?}")
    };
    assert!(
        rfind(raw, LEAVE_ALT).is_some_and(|l| l > entered),
        "{how}: the alternate screen is not left after it was last entered; tail: {tail:?}"
    );
    let Some(pasting) = rfind(raw, PASTE_ON) else {
        panic!("{how}: bracketed paste was never turned on; tail: {tail:?}")
    };
    assert!(
        rfind(raw, PASTE_OFF).is_some_and(|off| off > pasting),
        "{how}: bracketed paste is left on; tail: {tail:?}"
    );
    let shown = rfind(raw, SHOW_CURSOR);
    assert!(
        shown.is_some() && shown > rfind(raw, HIDE_CURSOR),
        "{how}: the cursor stays hidden at the end; tail: {tail:?}"
    );
}

/// A catalogue of `n` entries: the fixture's entries over and over with unique ids.
pub fn big_catalogue(n: usize) -> String {
    let mut root = mini_value();
    let Some(entries) = root.get("entries").and_then(Value::as_array).cloned() else {
        panic!("the fixture has no entries")
    };
    let many: Vec<Value> = (0..n)
        .map(|i| {
            let mut e = entries[i % entries.len()].clone();
            e["id"] = Value::String(format!("e{i}"));
            e["related"] = Value::Array(Vec::new());
            e["title"] = Value::String(format!("{} {i}", e["title"].as_str().unwrap_or("x")));
            e
        })
        .collect();
    root["entries"] = Value::Array(many);
    match serde_json::to_string(&root) {
        Ok(s) => s,
        Err(e) => panic!("cannot serialise: {e}"),
    }
}
