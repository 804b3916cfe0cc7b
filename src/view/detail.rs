//! The detail pane: it styles the selected entry's presentation (`present`), which the
//! state keeps built for the pane's width.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{at, pane, scrollbar};
use crate::i18n::texts;
use crate::layout::inner;
use crate::present::DetailLine;
use crate::state::{Focus, State};
use crate::theme::Theme;

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
    let (Some(area), None) = (state.areas().detail, state.overlay) else {
        return Vec::new();
    };
    let inside = inner(area);
    let shown = state.detail_lines().iter().enumerate().skip(state.detail_scroll);
    shown
        .take(usize::from(inside.height))
        .filter_map(|(i, line)| match line {
            DetailLine::Address { indent, text, url } => {
                let row = u16::try_from(i - state.detail_scroll).ok()?;
                let column = u16::try_from(*indent).ok()?;
                Some(Hyperlink {
                    x: inside.x + column,
                    y: inside.y + row,
                    text: text.clone(),
                    url: url.clone(),
                })
            }
            _ => None,
        })
        .collect()
}

pub fn styled(line: &DetailLine, theme: &Theme) -> Line<'static> {
    match line {
        DetailLine::Blank => Line::default(),
        DetailLine::Title(text) => Line::styled(text.clone(), theme.heading),
        DetailLine::Heading(text) => Line::styled((*text).to_string(), theme.heading),
        DetailLine::Field { label, text } if !label.is_empty() => Line::from(vec![
            Span::styled(label.clone(), theme.key.patch(Style::new())),
            Span::raw(text.clone()),
        ]),
        DetailLine::Field { text, .. } | DetailLine::Text(text) => Line::raw(text.clone()),
        DetailLine::Summary { text, marks } => marked(text, marks, theme),
        DetailLine::Link { lead, text, .. } => {
            Line::from(vec![Span::styled(lead.clone(), theme.key), Span::raw(text.clone())])
        }
        DetailLine::Address { indent, text, .. } => {
            Line::from(vec![Span::raw(" ".repeat(*indent)), Span::styled(text.clone(), theme.link)])
        }
    }
}

/// `text` with the character ranges `marks` (sorted, apart) highlighted.
fn marked(text: &str, marks: &[std::ops::Range<usize>], theme: &Theme) -> Line<'static> {
    let chars: Vec<char> = text.chars().collect();
    let mut spans = Vec::new();
    let mut at = 0;
    for mark in marks {
        let (start, end) = (mark.start.min(chars.len()), mark.end.min(chars.len()));
        if start < at || start >= end {
            continue;
        }
        spans.push(Span::raw(chars[at..start].iter().collect::<String>()));
        spans.push(Span::styled(chars[start..end].iter().collect::<String>(), theme.highlight));
        at = end;
    }
    spans.push(Span::raw(chars[at..].iter().collect::<String>()));
    Line::from(spans)
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) -> Option<Position> {
    let focused = state.focus == Focus::Detail;
    let t = texts(state.lang);
    // The key to the screen-reader mode on the first row, where a screen reader that
    // reads the new screen from the top meets it within seconds.
    let title = format!("{}{}{}", t.detail_title, theme.separator, t.reader.switch_hint);
    frame.render_widget(pane(&title, focused, theme), area);
    let inside = inner(area);
    let content = state.detail_lines();
    let shown: Vec<Line> = if content.is_empty() {
        vec![Line::styled(t.no_entry, theme.dim)]
    } else {
        let scroll = state.detail_scroll.min(content.len().saturating_sub(1));
        content
            .iter()
            .skip(scroll)
            .take(usize::from(inside.height))
            .map(|l| styled(l, theme))
            .collect()
    };
    frame.render_widget(Paragraph::new(shown), inside);
    let rows = (content.len(), usize::from(inside.height), state.detail_scroll);
    scrollbar(frame, area, focused, rows, theme);
    focused.then(|| at(inside, 0, 0)).flatten()
}
