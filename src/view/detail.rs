//! The detail pane: every field of the selected entry, the summary wrapped to the pane,
//! and the numbered links. `lines` is shared with `update`, which clamps the scroll.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{at, pane};
use crate::catalogue::{Entry, Localized};
use crate::i18n::texts;
use crate::layout::inner;
use crate::state::{Focus, State};
use crate::text::{wrap, wrap_url};
use crate::theme::{Theme, theme};

/// The content of the detail pane for `entry` at `width` columns.
pub fn lines(state: &State, entry: &Entry, width: u16) -> Vec<Line<'static>> {
    content(state, entry, width).0
}

/// A piece of an address on screen, to be made a clickable OSC 8 hyperlink.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hyperlink {
    pub x: u16,
    pub y: u16,
    pub text: String,
    pub url: String,
}

/// The visible address pieces of the detail pane, where they are on screen. Empty
/// while an overlay covers the screen.
pub fn hyperlinks(state: &State) -> Vec<Hyperlink> {
    let (Some(area), None, Some(entry)) =
        (state.areas().detail, state.overlay, state.selected_entry())
    else {
        return Vec::new();
    };
    let inside = inner(area);
    let (_, pieces) = content(state, entry, inside.width);
    pieces
        .into_iter()
        .filter_map(|(line, column, text, url)| {
            let row = line.checked_sub(state.detail_scroll)?;
            let row = u16::try_from(row).ok().filter(|r| *r < inside.height)?;
            Some(Hyperlink { x: inside.x + column, y: inside.y + row, text, url })
        })
        .collect()
}

/// The lines, and for each wrapped piece of an address its line, column, text and url.
type Pieces = Vec<(usize, u16, String, String)>;

fn content(state: &State, entry: &Entry, width: u16) -> (Vec<Line<'static>>, Pieces) {
    let mut pieces = Pieces::new();
    let theme = theme(state.look);
    let t = texts(state.lang);
    let lang = state.lang;
    let width = usize::from(width.max(1));
    let mut out: Vec<Line<'static>> = Vec::new();
    for line in wrap(&entry.title, width) {
        out.push(Line::styled(line, theme.heading));
    }
    let join =
        |items: &[Localized]| items.iter().map(|l| l.get(lang)).collect::<Vec<_>>().join(", ");
    let categories: Vec<&str> = entry
        .categories
        .iter()
        .filter_map(|id| state.catalogue.category(id))
        .map(|c| c.name.get(lang))
        .collect();
    let year = entry.year.map_or_else(|| t.year_unknown.to_string(), |y| y.to_string());
    let fields = [
        (t.publisher, entry.publishers(lang)),
        (t.year, year),
        (t.languages, entry.languages.join(", ")),
        (t.formats, join(&entry.formats)),
        (t.audiences, join(&entry.audiences)),
        // Category names hold commas themselves.
        (t.categories, categories.join("; ")),
    ];
    out.push(Line::default());
    for (label, value) in fields.iter().filter(|(_, v)| !v.is_empty()) {
        labelled(&mut out, label, value, width, &theme);
    }
    out.push(Line::default());
    out.extend(wrap(entry.summary.get(lang), width).into_iter().map(Line::from));
    if !entry.links.is_empty() {
        out.push(Line::default());
        out.push(Line::styled(t.links.to_string(), theme.heading));
        for (i, link) in entry.links.iter().enumerate() {
            let number = format!("{}. ", i + 1);
            for (j, line) in wrap(link.label.get(lang), width.saturating_sub(number.len()))
                .into_iter()
                .enumerate()
            {
                let lead = if j == 0 { number.clone() } else { " ".repeat(number.len()) };
                out.push(Line::from(vec![Span::styled(lead, theme.key), Span::raw(line)]));
            }
            for line in wrap_url(&link.url, width.saturating_sub(number.len())) {
                let column = u16::try_from(number.len()).unwrap_or(0);
                pieces.push((out.len(), column, line.clone(), link.url.to_string()));
                out.push(Line::from(vec![
                    Span::raw(" ".repeat(number.len())),
                    Span::styled(line, theme.link),
                ]));
            }
        }
    }
    let related: Vec<&str> = entry
        .related
        .iter()
        .filter_map(|id| state.catalogue.entry(id))
        .map(|e| e.title.as_str())
        .collect();
    if !related.is_empty() {
        out.push(Line::default());
        out.push(Line::styled(t.related.to_string(), theme.heading));
        for title in related {
            for (j, line) in wrap(title, width.saturating_sub(2)).into_iter().enumerate() {
                out.push(Line::raw(format!("{}{line}", if j == 0 { "• " } else { "  " })));
            }
        }
    }
    (out, pieces)
}

/// "Label: value", wrapped, with the label set apart.
fn labelled(out: &mut Vec<Line<'static>>, label: &str, value: &str, width: usize, theme: &Theme) {
    let text = format!("{label}: {value}");
    let split = label.chars().count() + 1;
    for (i, line) in wrap(&text, width).into_iter().enumerate() {
        if i == 0 && line.chars().count() >= split {
            let head: String = line.chars().take(split).collect();
            let rest: String = line.chars().skip(split).collect();
            out.push(Line::from(vec![
                Span::styled(head, theme.key.patch(Style::new())),
                Span::raw(rest),
            ]));
        } else {
            out.push(Line::raw(line));
        }
    }
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) -> Option<Position> {
    let focused = state.focus == Focus::Detail;
    let t = texts(state.lang);
    frame.render_widget(pane(t.detail_title, focused, theme), area);
    let inside = inner(area);
    let content = match state.selected_entry() {
        Some(entry) => lines(state, entry, inside.width),
        None => vec![Line::styled(t.no_entry, theme.dim)],
    };
    let scroll = state.detail_scroll.min(content.len().saturating_sub(1));
    let shown: Vec<Line> =
        content.into_iter().skip(scroll).take(usize::from(inside.height)).collect();
    frame.render_widget(Paragraph::new(shown), inside);
    focused.then(|| at(inside, 0, 0)).flatten()
}
