//! Hardening, hostile and odd text: validation refuses every control, bidi and blank
//! text in every text field, naming the field; the text it accepts (zero-width, combining,
//! wide CJK, emoji sequences, very long words) is drawn safely at every size, as are
//! status messages holding hostile text. Rendered in process on ratatui's test backend.
//!
//! The policy for untrusted text (README, "Reliability"): validation refuses C0 and C1
//! controls, DEL, bidi embeddings, overrides and isolates, the Unicode line separators
//! and empty or blank text, naming the field; zero-width characters, combining marks,
//! wide CJK, emoji sequences and very long words are accepted and drawn safely.

use crate::common;

use common::hostile::{
    COLOR, REFUSED, parse_value, problems, same_width_everywhere, terminal_safe, with_text,
};
use common::render::{self, mini, render};
use metodstod::action::{Action, Status};
use metodstod::catalogue::Catalogue;
use metodstod::i18n::Lang;
use metodstod::state::State;
use metodstod::update::update;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

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
        ("detail", vec![Action::FocusNextPane, Action::FocusNextPane, Action::NextPage]),
        ("enter", vec![Action::Activate]),
        ("help", vec![Action::ToggleHelp, Action::SelectLast]),
        ("qr", vec![Action::ShowQr]),
        ("english", vec![Action::SwitchLanguage, Action::SelectLast, Action::SelectFirst]),
        ("categories", vec![Action::FocusPreviousPane, Action::SelectNext]),
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
        Status::BrowserStarted(hostile.into()),
        Status::Copied(hostile.into()),
        Status::CopiedOverSsh(hostile.into()),
        Status::OpenFailed(metodstod::links::Failure::Refused(hostile.into())),
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
