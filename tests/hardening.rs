//! Hardening: hostile catalogues, malformed files, random input at every size, signals
//! at awkward moments, a dropped terminal, hostile links. Nothing may crash, hang, leak
//! an escape sequence to the terminal or leave the terminal broken.
//!
//! The policy for untrusted text (README, "Reliability"): validation refuses C0 and C1
//! controls, DEL, bidi embeddings, overrides and isolates, the Unicode line separators
//! and empty or blank text, naming the field; zero-width characters, combining marks,
//! wide CJK, emoji sequences and very long words are accepted and drawn safely.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::pty::{self, Pty, TIMEOUT, TempDir, find, rfind};
use common::render::{self, embedded, mini, render};
use metodstod::action::{Action, Status};
use metodstod::catalogue::{self, Catalogue, LoadError, Origin};
use metodstod::i18n::Lang;
use metodstod::layout::Mode;
use metodstod::state::{Focus, Look, State};
use metodstod::update::update;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

const COLOR: Look = Look { ascii: false, color: true };
const ENTER_ALT: &[u8] = b"\x1b[?1049h";
const LEAVE_ALT: &[u8] = b"\x1b[?1049l";
const SHOW_CURSOR: &[u8] = b"\x1b[?25h";
const HIDE_CURSOR: &[u8] = b"\x1b[?25l";

// ---------------------------------------------------------------------------------
// Building hostile catalogues
// ---------------------------------------------------------------------------------

fn mini_value() -> Value {
    match serde_json::from_str(include_str!("fixtures/mini.json")) {
        Ok(v) => v,
        Err(e) => panic!("the fixture is not JSON: {e}"),
    }
}

/// The value at a problem path such as `entries[0].links[0].url`.
fn at_path<'a>(root: &'a mut Value, path: &str) -> &'a mut Value {
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
fn with_text(path: &str, text: &str) -> Value {
    let mut root = mini_value();
    *at_path(&mut root, path) = Value::String(text.to_string());
    root
}

fn json(value: &Value) -> String {
    match serde_json::to_string_pretty(value) {
        Ok(s) => s,
        Err(e) => panic!("cannot serialise: {e}"),
    }
}

fn parse_value(value: &Value) -> Result<Catalogue, LoadError> {
    catalogue::parse(&json(value), &Origin::File("hostile.json".into()))
}

/// Every text field of a catalogue, by the path validation reports it under; the
/// entry fields are those of the first entry, which the browser selects at start.
const TEXT_FIELDS: &[&str] = &[
    "source.title",
    "source.publisher.sv",
    "source.publisher.en",
    "source.address",
    "source.published",
    "source.updated",
    "categories[0].id",
    "categories[0].name.sv",
    "categories[0].name.en",
    "categories[0].description.sv",
    "categories[0].description.en",
    "entries[0].id",
    "entries[0].title",
    "entries[0].publisher[0].sv",
    "entries[0].publisher[0].en",
    "entries[0].languages[0]",
    "entries[0].formats[0].sv",
    "entries[0].formats[0].en",
    "entries[0].audiences[0].sv",
    "entries[0].audiences[0].en",
    "entries[0].categories[0]",
    "entries[0].summary.sv",
    "entries[0].summary.en",
    "entries[0].links[0].label.sv",
    "entries[0].links[0].label.en",
    "entries[0].links[0].url",
    "entries[0].related[0]",
    "entries[0].keywords[0]",
];

/// Text that validation refuses, wherever it stands.
const REFUSED: &[(&str, &str)] = &[
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

fn problems(result: Result<Catalogue, LoadError>) -> Vec<metodstod::catalogue::Problem> {
    match result {
        Ok(_) => Vec::new(),
        Err(LoadError::Invalid { problems, .. }) => problems,
        Err(e) => panic!("expected validation problems, got: {e}"),
    }
}

/// No control character other than a line break, no bidi control: the text is safe
/// to write to a terminal.
fn terminal_safe(text: &str) -> bool {
    !text.chars().any(|c| c != '\n' && metodstod::text::forbidden_char(c, false))
}

#[test]
fn hostile_text_is_refused_in_every_field_naming_it() {
    let mut checked = 0;
    for field in TEXT_FIELDS {
        for (what, text) in REFUSED {
            // U+00A0 is no whitespace to an id, so it is refused by the id rule too.
            let found = problems(parse_value(&with_text(field, text)));
            assert!(
                found.iter().any(|p| p.path == *field),
                "{what} in {field} is not refused at that path; problems: {found:?}"
            );
            let message = match parse_value(&with_text(field, text)) {
                Err(e) => e.to_string(),
                Ok(_) => String::new(),
            };
            assert!(message.contains("hostile.json"), "{what} in {field}: {message}");
            assert!(message.contains(field), "{what} in {field}: the field is named: {message}");
            assert!(terminal_safe(&message), "{what} in {field}: the message is {message:?}");
            checked += 1;
        }
    }
    assert_eq!(checked, TEXT_FIELDS.len() * REFUSED.len());
}

#[test]
fn a_line_break_is_allowed_in_summaries_only() {
    let found = problems(parse_value(&with_text("entries[0].summary.sv", "Rad ett\n\nRad två")));
    assert!(found.is_empty(), "{found:?}");
    for field in TEXT_FIELDS.iter().filter(|f| !f.contains("summary")) {
        let found = problems(parse_value(&with_text(field, "Rad ett\nRad två")));
        assert!(found.iter().any(|p| p.path == *field), "{field}: {found:?}");
    }
}

/// Text that is accepted and shown: name, text, and the fields it is tried in.
const ACCEPTED: &[(&str, &str)] = &[
    ("zero-width", "Se\u{200b}x\u{200c}i\u{200d}t\u{2060}\u{feff} noll\u{200b}bredd"),
    ("combining marks", "Se\u{301}\u{302}\u{303}\u{304}xit Z\u{336}\u{335}a\u{334}\u{321}lgo"),
    ("decomposed Swedish", "Va\u{308}stra Go\u{308}taland"),
    ("wide CJK", "人身取引対策の手引き 東京都 인신매매 방지"),
    ("emoji ZWJ", "Familj 👩\u{200d}👩\u{200d}👧\u{200d}👦 flagga 🇸🇪 tumme 👍🏽 🏳️\u{200d}🌈"),
    ("mixed wide and narrow", "a人b身c取d引e対f策g"),
    ("long word", "Sexit"),
    ("long CJK word", "東"),
    ("directional marks", "Sexit \u{200e}LRM \u{200f}RLM"),
];

/// The accepted text in full: the long words are built here.
fn accepted_text(name: &str, text: &str) -> String {
    match name {
        "long word" => format!("{text}{}", "abcdefghij".repeat(300)),
        "long CJK word" => text.repeat(3000),
        _ => text.to_string(),
    }
}

/// The entry fields that may hold such text (ids and addresses have their own rules).
const SHOWN_FIELDS: &[&str] = &[
    "entries[0].title",
    "entries[0].publisher[0].sv",
    "entries[0].languages[0]",
    "entries[0].formats[0].sv",
    "entries[0].audiences[0].sv",
    "entries[0].summary.sv",
    "entries[0].links[0].label.sv",
    "entries[0].keywords[0]",
    "categories[0].name.sv",
];

/// The total display width of a row as a terminal lays it out: the cells a wide
/// symbol covers are skipped; a zero-width symbol would pull the rest of the row left.
fn row_width(buffer: &Buffer, y: u16) -> usize {
    let mut total = 0;
    let mut skip = 0;
    for x in 0..buffer.area.width {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let w = buffer[(x, y)].symbol().width();
        total += w;
        skip = w.saturating_sub(1);
    }
    total
}

/// A cell's symbol is as wide as ratatui measures it on a terminal that advances by
/// each character's own width (xterm, VTE, tmux, vt100): no joined emoji sequence whose
/// width such a terminal and ratatui disagree on.
fn same_width_everywhere(symbol: &str) -> bool {
    let each: usize =
        symbol.chars().map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)).sum();
    each == symbol.width()
}

/// Every cell safe and every row exactly as wide as the screen.
fn assert_sound(buffer: &Buffer, context: &str) {
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            assert!(
                !symbol.chars().any(|c| metodstod::text::forbidden_char(c, false)),
                "{context}: cell ({x}, {y}) holds {symbol:?}"
            );
            assert!(
                same_width_everywhere(symbol),
                "{context}: cell ({x}, {y}) holds {symbol:?}, whose width terminals disagree on"
            );
        }
        assert_eq!(
            row_width(buffer, y),
            usize::from(buffer.area.width),
            "{context}: row {y} is not as wide as the screen:\n{}",
            render::text(buffer)
        );
    }
}

/// Characters a terminal draws in no cell of their own, and that ratatui leaves out.
fn visible(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !c.is_whitespace() && unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0) > 0
        })
        .map(metodstod::search::fold_char)
        .collect()
}

/// The states worth drawing for a catalogue: at start, its detail focused and scrolled,
/// narrow detail, help, QR code, a search for `query`, English.
fn states(catalogue: &Catalogue, width: u16, height: u16, query: &str) -> Vec<(String, State)> {
    let start = render::state(catalogue.clone(), Lang::Sv, COLOR, width, height);
    let mut out = vec![("start".to_string(), start.clone())];
    let scripts: [(&str, Vec<Action>); 6] = [
        ("detail", vec![Action::NextPane, Action::NextPane, Action::PageDown]),
        ("enter", vec![Action::Enter]),
        ("help", vec![Action::ToggleHelp, Action::Last]),
        ("qr", vec![Action::ShowQr]),
        ("english", vec![Action::ToggleLang, Action::Last, Action::First]),
        ("categories", vec![Action::PrevPane, Action::Down]),
    ];
    for (name, actions) in scripts {
        let mut s = start.clone();
        render::apply(&mut s, &actions);
        out.push((name.to_string(), s));
    }
    let mut s = start;
    render::type_query(&mut s, query);
    out.push(("search".to_string(), s));
    out
}

#[test]
fn accepted_wide_and_odd_text_is_drawn_safely_at_every_size() {
    for (name, text) in ACCEPTED {
        let text = accepted_text(name, text);
        for field in SHOWN_FIELDS {
            let catalogue = match parse_value(&with_text(field, &text)) {
                Ok(c) => c,
                Err(e) => panic!("{name} in {field} must be accepted: {e}"),
            };
            let query: String = text.chars().take(6).collect();
            for (w, h) in [(120, 40), (80, 24), (50, 20), (21, 7), (7, 3)] {
                for (state_name, state) in states(&catalogue, w, h, &query) {
                    let (buffer, _) = render(&state);
                    assert_sound(&buffer, &format!("{name} in {field}, {state_name} at {w}x{h}"));
                }
            }
        }
    }
}

#[test]
fn accepted_text_still_appears_on_screen() {
    for (name, text) in ACCEPTED {
        let text = accepted_text(name, text);
        let catalogue = match parse_value(&with_text("entries[0].summary.sv", &text)) {
            Ok(c) => c,
            Err(e) => panic!("{name} must be accepted: {e}"),
        };
        let s = render::state(catalogue, Lang::Sv, COLOR, 120, 40);
        let (buffer, _) = render(&s);
        let shown = visible(&render::text(&buffer));
        // The start of the text: a long word is broken over rows.
        let head: String = visible(&text).chars().take(12).collect();
        assert!(
            shown.contains(&head),
            "{name}: {head:?} is not on screen ({shown:?}):\n{}",
            render::text(&buffer)
        );
    }
}

#[test]
fn status_messages_with_hostile_text_are_drawn_safely() {
    let hostile = "\u{1b}]52;c;aGk=\u{7}\u{9b}2J\u{202e}x\n\ty 東京👩\u{200d}👩\u{200d}👧";
    let statuses = [
        Status::Opening(hostile.into()),
        Status::Copied(hostile.into()),
        Status::CopiedOverSsh(hostile.into()),
        Status::OpenFailed(hostile.into()),
    ];
    for status in statuses {
        for (w, h) in [(120, 40), (80, 24), (40, 10), (20, 6)] {
            let mut s = render::state(mini(), Lang::Sv, COLOR, w, h);
            update(&mut s, Action::Report(status.clone()));
            let (buffer, _) = render(&s);
            assert_sound(&buffer, &format!("{status:?} at {w}x{h}"));
        }
    }
}

// ---------------------------------------------------------------------------------
// Random input: property tests over `update` and `draw`
// ---------------------------------------------------------------------------------

/// Characters for `Insert`: ASCII, Swedish, controls, escape, C1, bidi, zero-width,
/// combining, wide, emoji.
fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range('a', 'z'),
        2 => proptest::sample::select(vec![' ', 'å', 'ä', 'ö', 'Ö', 'S', 'é', '-', '"', '\'']),
        1 => proptest::sample::select(vec![
            '\u{0}', '\u{7}', '\u{8}', '\t', '\n', '\r', '\u{1b}', '\u{7f}', '\u{85}', '\u{9b}',
            '\u{202e}', '\u{2066}', '\u{2028}', '\u{200b}', '\u{200d}', '\u{301}', '\u{feff}',
            '東', '인', '👩', '🇸', '\u{fffd}', '\u{10ffff}',
        ]),
        1 => any::<char>(),
    ]
}

fn any_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(any_char(), 0..40).prop_map(|v| v.into_iter().collect())
}

fn any_status() -> impl Strategy<Value = Status> {
    prop_oneof![
        any_text().prop_map(Status::Opening),
        any_text().prop_map(Status::Copied),
        Just(Status::CopiedCitation),
        any_text().prop_map(Status::CopiedOverSsh),
        any_text().prop_map(Status::OpenFailed),
        Just(Status::NoLink),
        (0usize..20, 0usize..20).prop_map(|(wanted, count)| Status::NoSuchLink { wanted, count }),
        Just(Status::NoEntry),
    ]
}

fn any_action() -> impl Strategy<Value = Action> {
    let simple = proptest::sample::select(vec![
        Action::Up,
        Action::Down,
        Action::PageUp,
        Action::PageDown,
        Action::First,
        Action::Last,
        Action::NextPane,
        Action::PrevPane,
        Action::FocusSearch,
        Action::Backspace,
        Action::Delete,
        Action::DeleteWord,
        Action::ClearLine,
        Action::CursorLeft,
        Action::CursorRight,
        Action::CursorHome,
        Action::CursorEnd,
        Action::Escape,
        Action::Enter,
        Action::CopyLink,
        Action::CopyCitation,
        Action::ShowQr,
        Action::ToggleLang,
        Action::ToggleHelp,
        Action::Quit,
        Action::Suspend,
    ]);
    prop_oneof![
        8 => simple,
        4 => any_char().prop_map(Action::Insert),
        2 => (1u16..=250, 1u16..=80).prop_map(|(w, h)| Action::Resize(w, h)),
        1 => (0u16..=20, 0u16..=6).prop_map(|(w, h)| Action::Resize(w, h)),
        1 => (0usize..12).prop_map(Action::Open),
        2 => (0u16..260, 0u16..90).prop_map(|(column, row)| Action::Click { column, row }),
        2 => (0u16..260, 0u16..90, any::<bool>())
            .prop_map(|(column, row, down)| Action::Scroll { column, row, down }),
        1 => any_status().prop_map(Action::Report),
    ]
}

/// The invariants `State` promises after every action.
fn check_invariants(s: &State, context: &str) -> Result<(), TestCaseError> {
    if s.visible.is_empty() {
        prop_assert_eq!(s.selected, 0, "{}: selection in an empty list", context);
    } else {
        prop_assert!(
            s.selected < s.visible.len(),
            "{}: selected {} of {}",
            context,
            s.selected,
            s.visible.len()
        );
        prop_assert!(
            s.offset <= s.selected,
            "{}: offset {} > selected {}",
            context,
            s.offset,
            s.selected
        );
        prop_assert!(
            s.selected < s.offset + s.list_page(),
            "{}: selected {} below the page at {} of {}",
            context,
            s.selected,
            s.offset,
            s.list_page()
        );
    }
    prop_assert!(s.detail_scroll <= s.max_detail_scroll(), "{}: detail scroll", context);
    prop_assert!(s.help_scroll <= s.max_help_scroll(), "{}: help scroll", context);
    prop_assert!(
        s.cursor <= s.query.chars().count(),
        "{}: cursor {} in {:?}",
        context,
        s.cursor,
        s.query
    );
    if s.focus == Focus::Detail {
        prop_assert!(s.areas().detail.is_some(), "{}: focus on a detail pane not shown", context);
    }
    if s.mode() == Mode::TooSmall {
        prop_assert!(s.areas().list.is_none(), "{}: panes on a too small screen", context);
    }
    prop_assert_eq!(s.counts.first().copied(), Some(s.matches.len()), "{}: count of All", context);
    prop_assert_eq!(s.counts.len(), s.catalogue.categories.len() + 1, "{}: category rows", context);
    prop_assert!(s.category <= s.catalogue.categories.len(), "{}: category row", context);
    for &i in &s.visible {
        prop_assert!(
            i < s.matches.len(),
            "{}: visible index {} of {}",
            context,
            i,
            s.matches.len()
        );
    }
    for m in &s.matches {
        prop_assert!(m.entry < s.catalogue.entries.len(), "{}: match outside", context);
        let title = s.catalogue.entries[m.entry].title.chars().count();
        prop_assert!(
            m.title_positions.iter().all(|&p| p < title),
            "{}: highlight outside the title",
            context
        );
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64)
}

fn run_actions(
    catalogue: &Catalogue,
    size: (u16, u16),
    actions: &[Action],
) -> Result<(), TestCaseError> {
    let mut s = State::new(catalogue.clone(), Lang::Sv, COLOR);
    update(&mut s, Action::Resize(size.0, size.1));
    check_invariants(&s, "at start")?;
    for (i, action) in actions.iter().enumerate() {
        update(&mut s, action.clone());
        let context = format!("after action {i} {action:?} at {}x{}", s.width, s.height);
        check_invariants(&s, &context)?;
        let (buffer, cursor) = render(&s);
        for cell in buffer.content() {
            prop_assert!(
                !cell.symbol().chars().any(|c| metodstod::text::forbidden_char(c, false)),
                "{}: control character on screen: {:?}",
                context,
                cell.symbol()
            );
            prop_assert!(
                same_width_everywhere(cell.symbol()),
                "{}: a symbol of disputed width on screen: {:?}",
                context,
                cell.symbol()
            );
        }
        if let Some((x, y)) = cursor {
            prop_assert!(
                x < s.width && y < s.height,
                "{}: cursor off screen at ({}, {})",
                context,
                x,
                y
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn random_actions_keep_the_invariants_on_the_fixture(
        size in (1u16..=250, 1u16..=80),
        actions in proptest::collection::vec(any_action(), 0..60),
    ) {
        run_actions(&mini(), size, &actions)?;
    }

    #[test]
    fn random_actions_keep_the_invariants_on_the_embedded_catalogue(
        size in (1u16..=250, 1u16..=80),
        actions in proptest::collection::vec(any_action(), 0..60),
    ) {
        run_actions(&embedded(), size, &actions)?;
    }

    #[test]
    fn any_state_renders_at_any_size(
        actions in proptest::collection::vec(any_action(), 0..30),
        sizes in proptest::collection::vec((1u16..=250, 1u16..=80), 1..8),
    ) {
        let mut s = State::new(mini(), Lang::En, Look { ascii: true, color: false });
        for a in actions {
            update(&mut s, a);
        }
        for (w, h) in sizes {
            update(&mut s, Action::Resize(w, h));
            check_invariants(&s, &format!("resized to {w}x{h}"))?;
            let (buffer, _) = render(&s);
            prop_assert_eq!((buffer.area.width, buffer.area.height), (w, h));
        }
    }
}

// ---------------------------------------------------------------------------------
// Hostile catalogues through the binary
// ---------------------------------------------------------------------------------

fn write(path: &Path, bytes: &[u8]) {
    if let Err(e) = std::fs::write(path, bytes) {
        panic!("cannot write {}: {e}", path.display());
    }
}

/// Every escape sequence in `raw` is one the program writes itself: CSI sequences,
/// OSC 8 hyperlinks and OSC 52 copies, and the cursor save/restore of `ESC 7`/`ESC 8`.
/// No C1 control and no other OSC (a title, say) ever appears.
fn assert_own_sequences(raw: &[u8], context: &str) {
    let text = String::from_utf8_lossy(raw);
    assert!(
        !text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)),
        "{context}: a C1 control in the output"
    );
    let mut rest = raw;
    while let Some(at) = find(rest, b"\x1b") {
        rest = &rest[at + 1..];
        let tail = String::from_utf8_lossy(&rest[..rest.len().min(40)]).into_owned();
        match rest.first() {
            Some(b'[') => {
                // Parameters and intermediates, then one final byte.
                let end = rest[1..].iter().position(|b| (0x40..=0x7e).contains(b));
                assert!(end.is_some(), "{context}: an unterminated CSI: {tail:?}");
            }
            Some(b']') => {
                assert!(
                    rest.starts_with(b"]8;;") || rest.starts_with(b"]52;c;"),
                    "{context}: a foreign OSC sequence: {tail:?}"
                );
            }
            // String terminator, save and restore cursor, keypad modes.
            Some(b'\\' | b'7' | b'8' | b'=' | b'>') => {}
            _ => panic!("{context}: an unexpected escape: {tail:?}"),
        }
    }
}

#[test]
fn check_and_the_browser_refuse_a_hostile_catalogue_without_echoing_it() {
    let dir = TempDir::new("hostile");
    for (what, text) in REFUSED.iter().take(10) {
        let file = dir.join("hostile.json");
        write(&file, json(&with_text("entries[0].title", text)).as_bytes());
        let path = file.display().to_string();
        for args in [vec!["check", path.as_str()], vec!["--catalogue", path.as_str(), "list"]] {
            let o = common::run(&args);
            let err = common::stderr(&o);
            assert_eq!(o.status.code(), Some(1), "{what} {args:?}: {err}");
            assert!(err.contains("entries[0].title"), "{what}: {err}");
            assert!(terminal_safe(&err), "{what}: {err:?}");
            assert!(o.stdout.is_empty(), "{what}: {:?}", common::stdout(&o));
        }
        // On a terminal the browser does not start: the message alone reaches it.
        let mut p = Pty::spawn(pty::metodstod(&["--catalogue", &path]), 100, 30);
        let status = p.wait_exit(TIMEOUT);
        assert_eq!(status.exit_code(), 1, "{what}: {status}\n{}", p.contents());
        let raw = p.raw();
        assert!(find(&raw, b"\x1b").is_none(), "{what}: an escape reached the terminal: {raw:?}");
        assert!(p.contents().contains("entries[0].title"), "{what}:\n{}", p.contents());
    }
}

/// A catalogue whose first entry has wide, joined and very long text everywhere.
fn wide_catalogue() -> Value {
    let mut root = mini_value();
    let long = format!("Lång{}", "ordutanmellanrum".repeat(190));
    for (path, text) in [
        (
            "entries[0].title",
            "Sexit 東京 👩\u{200d}👩\u{200d}👧 人身取引対策の手引き e\u{301}\u{302}",
        ),
        ("entries[0].publisher[0].sv", "東京都 人身取引対策 👍🏽 Västra Götaland"),
        ("entries[0].formats[0].sv", "手引き 🇸🇪"),
        (
            "entries[0].summary.sv",
            &format!("人身取引対策 {long} 👩\u{200d}👩\u{200d}👧\u{200d}👦 slut"),
        ),
        ("entries[0].links[0].label.sv", "リンク 👩\u{200d}👩\u{200d}👧 länk"),
        ("entries[1].title", "인신매매 방지 매뉴얼 🏳️\u{200d}🌈 Manual"),
    ] {
        *at_path(&mut root, path) = Value::String(text.to_string());
    }
    root
}

/// Column `x` of every row from `top` to `bottom` holds a vertical border.
fn border_intact(screen: &vt100::Screen, x: u16, top: u16, bottom: u16) -> Result<(), String> {
    for y in top..=bottom {
        let c = screen.cell(y, x).map(vt100::Cell::contents).unwrap_or_default();
        let expected = if y == top {
            ["┐", "┓"]
        } else if y == bottom {
            ["┘", "┛"]
        } else {
            ["│", "┃"]
        };
        if !expected.contains(&c) {
            return Err(format!("row {y} column {x} holds {c:?}"));
        }
    }
    Ok(())
}

/// The right edge of the screen is a pane border from the pane's top (row 0, or row 2
/// below the tab bar and search line) down to the row above the footer.
fn right_edge_intact(screen: &vt100::Screen) -> Result<(), String> {
    let (rows, cols) = screen.size();
    let corner =
        |y: u16| screen.cell(y, cols - 1).is_some_and(|c| ["┐", "┓"].contains(&c.contents()));
    let Some(top) = (0..3).find(|&y| corner(y)) else {
        return Err("no pane corner at the right edge of the first three rows".to_string());
    };
    border_intact(screen, cols - 1, top, rows - 2)
}

#[test]
fn wide_text_keeps_the_layout_aligned_on_a_real_terminal() {
    let dir = TempDir::new("wide");
    let file = dir.join("wide.json");
    write(&file, json(&wide_catalogue()).as_bytes());
    let path = file.display().to_string();
    let o = common::run(&["check", &path]);
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    let mut p = Pty::spawn(pty::metodstod(&["--catalogue", &path]), 120, 40);
    p.wait_for("the first frame with the wide entry", |s| s.contents().contains("av 6"));
    let keys = ["", "j", "k", "\t", "\x1b[6~", "\x1b[6~", "\x1b[6~", "G", "g"];
    for (i, key) in keys.iter().enumerate() {
        p.send(key);
        let screen = p.wait_for(&format!("an aligned right border after key {i} {key:?}"), |s| {
            right_edge_intact(s).is_ok()
        });
        assert!(right_edge_intact(&screen).is_ok());
    }
    for (w, h) in [(80, 24), (61, 20), (100, 30), (59, 20), (45, 15)] {
        p.resize(w, h);
        let screen = p.wait_for(&format!("an aligned right border at {w}x{h}"), |s| {
            s.contents().contains("av 6") && right_edge_intact(s).is_ok()
        });
        assert!(right_edge_intact(&screen).is_ok());
    }
    p.send("q");
    let status = p.wait_exit(TIMEOUT);
    assert!(status.success(), "{status}");
    let raw = p.raw();
    assert_own_sequences(&raw, "the wide catalogue");
    assert_restored(&raw, "q");
}

// ---------------------------------------------------------------------------------
// Malformed files
// ---------------------------------------------------------------------------------

/// A file's name and content (or, for `None`, a path made elsewhere).
fn malformed_files(dir: &TempDir) -> Vec<(String, PathBuf)> {
    let mini = include_str!("fixtures/mini.json");
    let mut files: Vec<(&str, Vec<u8>)> = vec![
        ("empty.json", Vec::new()),
        ("whitespace.json", b" \n\t \n".to_vec()),
        ("truncated.json", mini.as_bytes()[..mini.len() / 2].to_vec()),
        ("latin1.json", latin1(mini)),
        ("bom-only.json", b"\xef\xbb\xbf".to_vec()),
        ("utf16-bom.json", {
            let mut v = vec![0xff, 0xfe];
            v.extend(mini.encode_utf16().flat_map(u16::to_le_bytes));
            v
        }),
        ("double-bom.json", format!("\u{feff}\u{feff}{mini}").into_bytes()),
        ("nested-lists.json", "[".repeat(100_000).into_bytes()),
        ("nested-objects.json", r#"{"a":"#.repeat(100_000).into_bytes()),
        ("nested-closed.json", format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes()),
        ("deep-in-entries.json", mini.replacen(r#""related": ["#, &format!(r#""related": [{}"#, "[".repeat(50_000)), 1).into_bytes()),
        ("schema-string.json", mini.replacen(r#""schema": 1"#, r#""schema": "1""#, 1).into_bytes()),
        ("schema-huge.json", mini.replacen(r#""schema": 1"#, r#""schema": 1e400"#, 1).into_bytes()),
        ("year-string.json", mini.replacen(r#""year": 2019"#, r#""year": "2019""#, 1).into_bytes()),
        ("year-negative.json", mini.replacen(r#""year": 2019"#, r#""year": -5"#, 1).into_bytes()),
        ("entries-object.json", mini.replacen(r#""entries": ["#, r#""entries": {"x": ["#, 1).replacen("\n  ]\n}", "\n  ]}\n}", 1).into_bytes()),
        ("entries-null.json", r#"{"schema": 1, "source": null, "categories": [], "entries": null}"#.as_bytes().to_vec()),
        ("top-list.json", format!("[{mini}]").into_bytes()),
        ("top-string.json", br#""a catalogue""#.to_vec()),
        ("top-number.json", b"42".to_vec()),
        ("top-null.json", b"null".to_vec()),
        ("trailing.json", format!("{mini}\n{{}}").into_bytes()),
        ("nul-bytes.json", vec![0; 4096]),
        ("binary.json", (0..=255u8).cycle().take(10_000).collect()),
        ("duplicate-key.json", mini.replacen(r#""schema": 1"#, r#""schema": 1, "schema": 1"#, 1).into_bytes()),
    ];
    let mut out = Vec::new();
    for (name, bytes) in files.drain(..) {
        let path = dir.join(name);
        write(&path, &bytes);
        out.push((name.to_string(), path));
    }
    out.push(("a directory".to_string(), dir.path().to_path_buf()));
    out.push(("/dev/zero".to_string(), PathBuf::from("/dev/zero")));
    out.push(("/dev/null".to_string(), PathBuf::from("/dev/null")));
    out.push(("missing".to_string(), dir.join("no-such-file.json")));
    out
}

/// The fixture as Latin-1 would save it: "ä" as the one byte 0xE4.
fn latin1(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for c in text.chars() {
        match u8::try_from(u32::from(c)) {
            Ok(b) => out.push(b),
            Err(_) => out.push(b'?'),
        }
    }
    out
}

/// Runs the binary with `args`, returning its output and how long it took.
fn timed(args: &[&str]) -> (std::process::Output, Duration) {
    let start = Instant::now();
    let o = common::run(args);
    (o, start.elapsed())
}

/// The bound on refusing a bad file, debug build included.
const REFUSAL_BOUND: Duration = Duration::from_secs(1);

fn assert_refused(name: &str, path: &Path, args: &[&str]) -> Duration {
    let (o, took) = timed(args);
    let err = common::stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{name} {args:?}: {err}");
    assert!(err.starts_with("metodstod: error: "), "{name} {args:?}: {err}");
    assert!(err.contains(&path.display().to_string()), "{name}: the file is not named: {err}");
    assert!(!err.contains("panicked"), "{name}: {err}");
    assert!(terminal_safe(&err), "{name}: {err:?}");
    assert!(err.lines().count() < 200, "{name}: a flood of {} lines", err.lines().count());
    assert!(took < REFUSAL_BOUND, "{name} {args:?} took {took:?}");
    took
}

#[test]
fn malformed_files_exit_1_quickly_naming_the_file() {
    let dir = TempDir::new("malformed");
    let mut slowest = (Duration::ZERO, String::new());
    for (name, path) in malformed_files(&dir) {
        let p = path.display().to_string();
        for args in [vec!["check", p.as_str()], vec!["--catalogue", p.as_str()]] {
            let took = assert_refused(&name, &path, &args);
            if took > slowest.0 {
                slowest = (took, format!("{name} {args:?}"));
            }
        }
    }
    eprintln!("slowest refusal: {:?} for {}", slowest.0, slowest.1);
}

#[test]
fn a_file_over_the_size_bound_is_refused_without_reading_it() {
    let dir = TempDir::new("huge");
    let path = dir.join("huge.json");
    // Sparse: 257 MiB long, no disk used.
    match std::fs::File::create(&path).and_then(|f| f.set_len(257 * 1024 * 1024)) {
        Ok(()) => {}
        Err(e) => panic!("cannot make a sparse file: {e}"),
    }
    let p = path.display().to_string();
    for args in [vec!["check", p.as_str()], vec!["--catalogue", p.as_str()]] {
        let took = assert_refused("257 MiB", &path, &args);
        eprintln!("257 MiB sparse file {args:?}: {took:?}");
        let (o, _) = timed(&args);
        assert!(common::stderr(&o).contains("larger than 256 MiB"), "{}", common::stderr(&o));
    }
    let _ = std::fs::remove_file(&path);
}

#[test]
fn dev_zero_is_refused_within_the_bound() {
    let path = Path::new("/dev/zero");
    for args in [vec!["check", "/dev/zero"], vec!["--catalogue", "/dev/zero"]] {
        let took = assert_refused("/dev/zero", path, &args);
        eprintln!("/dev/zero {args:?}: {took:?}");
    }
}

#[test]
fn parse_bytes_never_panics_on_malformed_input() {
    let dir = TempDir::new("malformed-lib");
    for (name, path) in malformed_files(&dir) {
        let result = if path.is_file() {
            match std::fs::read(&path) {
                Ok(bytes) => catalogue::parse_bytes(&bytes, &Origin::File(path.clone())),
                Err(e) => panic!("cannot read {}: {e}", path.display()),
            }
        } else {
            catalogue::load_path(&path)
        };
        match result {
            Ok(_) => panic!("{name} was accepted"),
            Err(e) => assert!(terminal_safe(&e.to_string()), "{name}: {e}"),
        }
    }
}

/// Found by the `catalogue` fuzz target: an unknown field's name holding DEL, in a
/// file that is not JSON further on, reached the terminal raw in serde's message.
#[test]
fn fuzz_regression_a_quoted_field_name_is_sanitised() {
    let bytes = include_bytes!("fixtures/fuzz/catalogue-crash-532fb1ed.json");
    match catalogue::parse_bytes(bytes, &Origin::File("fuzz.json".into())) {
        Ok(_) => panic!("the crash input was accepted"),
        Err(e) => assert!(terminal_safe(&e.to_string()), "{e}"),
    }
    // The same with an OSC 52 sequence as the field's name, through the binary.
    let dir = TempDir::new("quoted");
    let mini = include_str!("fixtures/mini.json");
    let evil = mini.replacen(
        r#""description": {"#,
        r#""\u001b]52;c;cm0gLXJmIH4=\u0007": 1, "description": {"#,
        1,
    ) + "\n,";
    let file = dir.join("quoted.json");
    write(&file, evil.as_bytes());
    let o = common::run(&["check", &file.display().to_string()]);
    let err = common::stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("invalid JSON"), "{err}");
    assert!(terminal_safe(&err), "{err:?}");
}

#[test]
fn a_file_name_with_escape_sequences_is_not_echoed() {
    let dir = TempDir::new("name");
    let file = dir.join("evil\u{1b}]0;pwned\u{7}\u{9b}2J.json");
    write(&file, b"{");
    let o = common::run(&["check", &file.display().to_string()]);
    let err = common::stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("evil"), "{err}");
    assert!(terminal_safe(&err), "{err:?}");
}

// ---------------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------------

#[test]
fn addresses_that_look_like_options_or_other_schemes_are_refused() {
    for url in [
        "-e",
        "--help",
        "-oProxyCommand=sh",
        "--new-window=javascript:alert(1)",
        " https://example.org/",
        "https://example.org/ -e",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,<script>",
        "ssh://example.org",
        "$(id)",
        "`id`",
        "https:example.org",
        "mailto:",
        "//example.org",
    ] {
        let found = problems(parse_value(&with_text("entries[0].links[0].url", url)));
        assert!(
            found.iter().any(|p| p.path == "entries[0].links[0].url"),
            "{url:?} is accepted: {found:?}"
        );
    }
}

#[test]
fn open_passes_an_address_as_one_literal_argument() {
    let dir = TempDir::new("literal");
    let record = dir.join("record");
    let script = pty::recording_browser(&dir, &record);
    let urls = [
        "https://example.org/-e --help",
        "https://-oProxyCommand=touch%20PWNED/",
        "https://example.org/a;touch${IFS}PWNED|sh&x=`touch PWNED`'\"",
        "mailto:a@b.example?subject=$(touch PWNED)",
        "https://example.org/%s/%%s",
    ];
    for url in urls {
        let _ = std::fs::remove_file(&record);
        let file = dir.join("links.json");
        let value = with_text("entries[0].links[0].url", url);
        let valid = parse_value(&value).is_ok();
        write(&file, json(&value).as_bytes());
        let o = common::run_with(
            common::command()
                .arg("--catalogue")
                .arg(&file)
                .args(["open", "sexit", "1"])
                .env("BROWSER", &script)
                .current_dir(dir.path()),
        );
        if valid {
            assert_eq!(o.status.code(), Some(0), "{url}: {}", common::stderr(&o));
            let text = pty::wait_for_file(&record, "the link", |t| !t.is_empty());
            assert_eq!(text, format!("{url}\n"), "{url} is not one literal argument");
        } else {
            assert_eq!(o.status.code(), Some(1), "{url}: {}", common::stderr(&o));
            assert!(!record.exists(), "{url} reached the browser");
        }
        assert!(!dir.join("PWNED").exists(), "{url} ran through a shell");
    }
}

// ---------------------------------------------------------------------------------
// End to end on a pseudo-terminal: random keys, signals, a dropped terminal
// ---------------------------------------------------------------------------------

/// The terminal is given back: the alternate screen left after it was last entered,
/// and the cursor shown again at the end.
fn assert_restored(raw: &[u8], how: &str) {
    let tail = String::from_utf8_lossy(&raw[raw.len().saturating_sub(300)..]).into_owned();
    let Some(entered) = rfind(raw, ENTER_ALT) else {
        panic!("{how}: the alternate screen was never entered; tail: {tail:?}")
    };
    assert!(
        rfind(raw, LEAVE_ALT).is_some_and(|l| l > entered),
        "{how}: the alternate screen is not left after it was last entered; tail: {tail:?}"
    );
    let shown = rfind(raw, SHOW_CURSOR);
    assert!(
        shown.is_some() && shown > rfind(raw, HIDE_CURSOR),
        "{how}: the cursor stays hidden at the end; tail: {tail:?}"
    );
}

/// A small, seeded generator (xorshift), so a failing run can be repeated with
/// `HARDENING_SEED`.
struct Rng(u64);

impl Rng {
    fn new() -> Rng {
        let seed = std::env::var("HARDENING_SEED").ok().and_then(|s| s.parse().ok());
        Rng(seed.unwrap_or(0x9e37_79b9_7f4a_7c15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n as u64)).unwrap_or(0)
    }

    /// A size from 1 to `max`.
    fn size(&mut self, max: u16) -> u16 {
        1 + u16::try_from(self.below(usize::from(max))).unwrap_or(0)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Keys a user (or a confused terminal) might send; never `q`, Ctrl-C or Ctrl-Z.
const KEYS: &[&str] = &[
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "r",
    "s",
    "t",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
    "G",
    "L",
    "Y",
    "S",
    "Ö",
    "å",
    "ä",
    "ö",
    "é",
    "東",
    "👩\u{200d}👩\u{200d}👧",
    "1",
    "2",
    "3",
    "9",
    "0",
    "/",
    "?",
    " ",
    "-",
    ".",
    "\"",
    "'",
    "\\",
    "\x1b[A",
    "\x1b[B",
    "\x1b[C",
    "\x1b[D",
    "\x1b[5~",
    "\x1b[6~",
    "\x1b[H",
    "\x1b[F",
    "\x1b[3~",
    "\x1bOP",
    "\x1b[Z",
    "\t",
    "\x1b",
    "\r",
    "\x7f",
    "\x15",
    "\x04",
    "\x17",
    "\x01",
    "\x05",
    "\x08",
    "\x02",
    "\x06",
    "\x0c",
    "\x00",
    "\x1b[1;5A",
    "\x1b[1;2B",
    "\x1b[<0;10;5M",
    "\x1b[<0;10;5m",
    "\x1b[<64;50;20M",
    "\x1b[<65;80;10M",
    "\x1b[<2;3;3M",
    "\x1b[M !!",
    "\x1b[999;999R",
    "\x1b[200~pasted\x1b[201~",
    "\x1b]11;rgb:0000/0000/0000\x07",
    "\x1b[",
    "\x1bO",
    "\u{9b}",
    "\u{85}",
    "\u{202e}",
    "\u{200b}",
    "\x1b[27;5;13~",
    "\x1b[13;2u",
];

/// An `Esc` that cannot merge with what follows: CSI-u encoded.
const LONE_ESC: &str = "\x1b[27u";

/// Leaves any overlay and the search field, then quits with `q`; exit 0 restored.
fn quit_from_anywhere(p: &mut Pty, context: &str) {
    for _ in 0..4 {
        p.send(LONE_ESC);
    }
    p.send("q");
    let status = p.wait_exit(TIMEOUT);
    assert!(status.success(), "{context}: q must exit 0, got {status}\n{}", p.contents());
    let raw = p.raw();
    assert!(find(&raw, b"panicked").is_none(), "{context}: a panic:\n{}", p.contents());
    assert_restored(&raw, context);
}

fn fixture_path() -> String {
    common::fixture("mini.json").display().to_string()
}

#[test]
fn hundreds_of_random_keys_at_changing_sizes_then_q() {
    let dir = TempDir::new("random");
    let record = dir.join("record");
    let script = pty::recording_browser(&dir, &record);
    let mut cmd = pty::metodstod(&["--catalogue", &fixture_path(), "--mouse"]);
    cmd.env("BROWSER", script.display().to_string());
    let mut p = Pty::spawn(cmd, 120, 40);
    p.wait_for_text("av 6");
    let mut rng = Rng::new();
    let sizes = [(120, 40), (80, 24), (1, 1), (250, 80), (59, 20), (20, 6), (19, 6), (60, 5)];
    for i in 0..300 {
        if i % 25 == 24 {
            let (w, h) = if rng.below(2) == 0 {
                sizes[rng.below(sizes.len())]
            } else {
                (rng.size(250), rng.size(80))
            };
            p.resize(w, h);
        }
        p.send(rng.pick(KEYS));
    }
    // Still alive and drawing: at two new sizes in turn (a size the program already
    // had would not be redrawn in full, see the report), the footer counts the entries.
    for (w, h) in [(77, 23), (120, 40)] {
        p.resize(w, h);
        p.wait_for(&format!("a frame at {w}x{h} after the random keys"), |s| {
            let footer = s.contents().lines().last().unwrap_or_default().to_string();
            footer.contains(" av 6") || footer.contains(" of 6")
        });
    }
    quit_from_anywhere(&mut p, "after 300 random keys");
}

/// A catalogue of `n` entries: the fixture's entries over and over with unique ids.
fn big_catalogue(n: usize) -> String {
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

fn signal_number(name: &str) -> u32 {
    match name {
        "HUP" => 1,
        "INT" => 2,
        "TERM" => 15,
        _ => panic!("unknown signal {name}"),
    }
}

#[test]
fn signals_during_a_search_of_a_big_catalogue_restore_the_terminal() {
    let dir = TempDir::new("big");
    let file = dir.join("big.json");
    write(&file, big_catalogue(50_000).as_bytes());
    let path = file.display().to_string();
    for (signal, query) in [("TERM", "manual"), ("HUP", "östersjö"), ("INT", "sexit 1")] {
        let started = Instant::now();
        let mut p = Pty::spawn(pty::metodstod(&["--catalogue", &path]), 120, 40);
        p.wait_for_within("the first frame of 50 000 entries", Duration::from_secs(60), |s| {
            s.contents().contains("av 50000")
        });
        let loaded = started.elapsed();
        p.send("/");
        for c in query.chars() {
            p.send(&c.to_string());
        }
        // Right after the last key: the search it starts is under way.
        p.kill(signal);
        let sent = Instant::now();
        let status = p.wait_exit(TIMEOUT);
        eprintln!(
            "SIG{signal}: loaded in {loaded:?}, exited {:?} after the signal",
            sent.elapsed()
        );
        assert_eq!(
            (status.exit_code(), status.signal()),
            (128 + signal_number(signal), None),
            "SIG{signal} during a search: {status}"
        );
        assert_restored(&p.raw(), &format!("SIG{signal} during a search"));
    }
}

/// A fake `w3m` (a text-mode browser to the program) that writes its process id and
/// sleeps; returns the directory to put first on `PATH`.
fn fake_w3m(dir: &TempDir, pid_file: &Path) -> String {
    use std::os::unix::fs::PermissionsExt;
    let bin = dir.join("bin");
    if let Err(e) = std::fs::create_dir_all(&bin) {
        panic!("cannot create {}: {e}", bin.display());
    }
    let script = bin.join("w3m");
    let pid = pid_file.display().to_string();
    write(
        &script,
        format!("#!/bin/sh\necho $$ > '{pid}.tmp'\nmv '{pid}.tmp' '{pid}'\nexec sleep 30\n")
            .as_bytes(),
    );
    if let Err(e) = std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)) {
        panic!("cannot make {} executable: {e}", script.display());
    }
    let path = std::env::var("PATH").unwrap_or_default();
    format!("{}:{path}", bin.display())
}

fn kill_pid(pid: &str) {
    let _ = std::process::Command::new("kill").args(["-KILL", pid.trim()]).status();
}

#[test]
fn signals_while_a_text_mode_browser_runs_restore_the_terminal() {
    for signal in ["TERM", "HUP", "INT"] {
        let dir = TempDir::new("w3m");
        let pid_file = dir.join("w3m.pid");
        let mut cmd = pty::metodstod(&["--catalogue", &fixture_path()]);
        cmd.env("PATH", fake_w3m(&dir, &pid_file));
        cmd.env("BROWSER", "w3m");
        let mut p = Pty::spawn(cmd, 100, 30);
        p.wait_for_text("av 6");
        p.send("o");
        let w3m = pty::wait_for_file(&pid_file, "the fake w3m to start", |t| !t.trim().is_empty());
        // The browser gave the terminal to w3m: the alternate screen is left.
        p.wait_for_raw("the alternate screen left for w3m", |raw| {
            rfind(raw, LEAVE_ALT) > rfind(raw, ENTER_ALT)
        });
        p.kill(signal);
        let sent = Instant::now();
        let status = p.wait_exit(Duration::from_secs(10));
        let took = sent.elapsed();
        kill_pid(&w3m);
        eprintln!("SIG{signal} while w3m runs: exited after {took:?}");
        assert_eq!(
            (status.exit_code(), status.signal()),
            (128 + signal_number(signal), None),
            "SIG{signal} while w3m runs: {status}"
        );
        assert!(took < Duration::from_secs(5), "SIG{signal}: the program waited {took:?} for w3m");
        assert_restored(&p.raw(), &format!("SIG{signal} while w3m runs"));
    }
}

#[test]
fn a_closed_terminal_ends_the_program() {
    use portable_pty::{PtySize, native_pty_system};
    use std::io::Read;
    let size = PtySize { rows: 40, cols: 120, pixel_width: 0, pixel_height: 0 };
    let pair = match native_pty_system().openpty(size) {
        Ok(p) => p,
        Err(e) => panic!("cannot open a pty: {e}"),
    };
    let mut child =
        match pair.slave.spawn_command(pty::metodstod(&["--catalogue", &fixture_path()])) {
            Ok(c) => c,
            Err(e) => panic!("cannot start the program: {e}"),
        };
    drop(pair.slave);
    let mut reader = match pair.master.try_clone_reader() {
        Ok(r) => r,
        Err(e) => panic!("cannot read the pty: {e}"),
    };
    let writer = match pair.master.take_writer() {
        Ok(w) => w,
        Err(e) => panic!("cannot write to the pty: {e}"),
    };
    // Read until the first frame is drawn, then let go of the reading end.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut seen = Vec::new();
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            seen.extend_from_slice(&buf[..n]);
            if find(&seen, b"av 6").is_some() {
                let _ = tx.send(());
                break;
            }
        }
    });
    if rx.recv_timeout(TIMEOUT).is_err() {
        let _ = child.kill();
        panic!("no first frame within {TIMEOUT:?}");
    }
    // The SSH connection drops: every handle on the terminal's master side closes.
    drop(writer);
    drop(pair.master);
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {}
            Err(e) => panic!("cannot wait for the program: {e}"),
        }
        if start.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            panic!("the program still runs 5 s after its terminal closed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    eprintln!("closed terminal: exited with {status} after {:?}", start.elapsed());
    assert!(!status.success(), "a lost terminal is no success: {status}");
}
