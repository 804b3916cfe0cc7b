//! The screen-reader mode's screen: one column of plain lines the whole width, no
//! frames, scrollbars or badges. A screen reader speaks the lines that changed and the
//! line under a cursor that moved, so a key changes as few rows as it can: the
//! selection is the hardware cursor alone (no marker in the text, and no reverse video,
//! which fenrir announces as "has attribute" at every step), and a column turns a whole
//! page at a time. docs/accessibility.md says how it reads.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{at, detail, footer};
use crate::i18n::{count, fill, texts};
use crate::layout::Mode;
use crate::present::one_line;
use crate::state::{Focus, Overlay, State};
use crate::text::sanitize;
use crate::theme::Theme;

pub fn draw(frame: &mut Frame, state: &State, theme: &Theme) {
    let areas = state.areas();
    if areas.mode == Mode::TooSmall {
        let text = Paragraph::new(texts(state.lang).enlarge).wrap(Wrap { trim: true });
        frame.render_widget(text, frame.area());
        return;
    }
    let body = Rect::new(0, 0, state.width, state.height.saturating_sub(1));
    let cursor = match state.overlay {
        Some(Overlay::Qr) => {
            super::qr::draw(frame, state, theme);
            None
        }
        Some(Overlay::Help | Overlay::About) => {
            let lines: Vec<Line> = state.reader_sheet().into_iter().map(Line::raw).collect();
            page(frame, body, lines, state.overlay_scroll)
        }
        None => match (areas.categories, areas.list, areas.detail) {
            (Some(area), _, _) => categories(frame, area, state),
            (_, Some(list_area), _) => {
                let field = areas.search.and_then(|a| search(frame, a, state));
                let row = list(frame, list_area, state);
                if state.focus == Focus::Search { field } else { row }
            }
            (_, _, Some(area)) => {
                // The words without their styles: bold or underline under the cursor
                // is announced as an attribute, and says nothing a listener needs.
                let plain = |l| {
                    let styled = detail::styled(l, theme);
                    Line::raw(styled.spans.iter().map(|s| s.content.as_ref()).collect::<String>())
                };
                let lines: Vec<Line> = state.detail_lines().iter().map(plain).collect();
                if lines.is_empty() {
                    let none = vec![Line::raw(texts(state.lang).no_entry)];
                    page(frame, area, none, 0)
                } else {
                    page(frame, area, lines, state.detail_line)
                }
            }
            _ => None,
        },
    };
    if let Some(area) = areas.footer {
        // The status alone: it is read when it changes, and key hints are in the help.
        let text = state.status.as_ref().map(|s| footer::status_text(s, state.lang));
        frame.render_widget(Paragraph::new(cut(&text.unwrap_or_default(), area.width)), area);
    }
    if let Some(p) = cursor {
        frame.set_cursor_position(p);
    }
}

/// Lines shown a page at a time: the page that holds line `cursor`, which gets the
/// cursor.
fn page(
    frame: &mut Frame,
    area: Rect,
    lines: Vec<Line<'static>>,
    cursor: usize,
) -> Option<Position> {
    let rows = usize::from(area.height).max(1);
    let cursor = cursor.min(lines.len().saturating_sub(1));
    let first = cursor - cursor % rows;
    let shown: Vec<Line> = lines.into_iter().skip(first).take(rows).collect();
    frame.render_widget(Paragraph::new(shown), area);
    at(area, 0, u16::try_from(cursor - first).unwrap_or(u16::MAX))
}

/// The top row: the search field, or while nothing is searched, how to begin.
fn search(frame: &mut Frame, area: Rect, state: &State) -> Option<Position> {
    let t = texts(state.lang);
    if state.query.is_empty() && state.focus != Focus::Search {
        frame.render_widget(Paragraph::new(cut(t.reader.start, area.width)), area);
        return None;
    }
    let label = format!("{}: ", t.reader.search_label);
    let chars: Vec<char> = state.query.chars().collect();
    let before: String = chars[..state.cursor.min(chars.len())].iter().collect();
    // A long query scrolls sideways so the cursor stays on screen.
    let room = usize::from(area.width).saturating_sub(label.width() + 1).max(1);
    let mut skip = 0;
    while before.chars().skip(skip).map(|c| c.width().unwrap_or(0)).sum::<usize>() > room {
        skip += 1;
    }
    let shown: String = chars.iter().skip(skip).collect();
    let line = cut(&format!("{label}{shown}"), area.width);
    frame.render_widget(Paragraph::new(line), area);
    let column = label.width() + before.chars().skip(skip).collect::<String>().width();
    at(area, u16::try_from(column).unwrap_or(u16::MAX), 0)
}

/// The row that counts what the list holds, with the search's notes; then one line a
/// resource, title first.
fn list(frame: &mut Frame, area: Rect, state: &State) -> Option<Position> {
    let t = texts(state.lang);
    let mut heading = if state.searching {
        t.searching.to_string()
    } else if state.visible.is_empty() {
        t.no_matches.to_string()
    } else if state.searched.text().is_empty() {
        count(&t.resources, state.visible.len(), state.lang)
    } else {
        let matches = count(&t.plain_matches, state.visible.len(), state.lang);
        let query = sanitize(state.searched.text()).into_owned();
        fill(t.reader.count_for, &[("count", &matches), ("query", &query)])
    };
    if let Some(category) =
        state.category.checked_sub(1).and_then(|c| state.catalogue.categories.get(c))
    {
        heading = format!("{heading} {} {}", t.plain_in, sanitize(category.name.get(state.lang)));
    }
    let notes = state.search_notes();
    if !notes.is_empty() {
        heading = format!("{}. {}", heading.trim_end_matches('.'), notes.join(" "));
    }
    // A search's best match in the row that changes with every search: a screen reader
    // reads what changed, and the first row of the list may not have.
    let first = state.visible.first().map(|&m| state.matches[m].entry);
    if let (false, Some(entry)) = (state.searched.text().is_empty() || state.searching, first) {
        let title = sanitize(&state.catalogue.entries[entry].title).into_owned();
        heading = format!("{}. {title}", heading.trim_end_matches('.'));
    }
    let mut lines = vec![Line::raw(cut(&heading, area.width))];
    let rows = usize::from(area.height.saturating_sub(1));
    for &m in state.visible.iter().skip(state.offset).take(rows) {
        let entry = state.matches[m].entry;
        let mut text = one_line(&state.catalogue.entries[entry], state.lang);
        if state.marked.contains(entry) {
            // First, where marking it changes the line within the width and is heard.
            text = format!("{}: {text}", t.reader.marked);
        }
        lines.push(Line::raw(cut(&text, area.width)));
    }
    frame.render_widget(Paragraph::new(lines), area);
    let row = state.selected.saturating_sub(state.offset) + 1;
    (state.focus == Focus::List && !state.visible.is_empty())
        .then(|| at(area, 0, u16::try_from(row).unwrap_or(u16::MAX)))
        .flatten()
}

/// The categories, one a line with how many resources each holds for the query.
fn categories(frame: &mut Frame, area: Rect, state: &State) -> Option<Position> {
    let t = texts(state.lang);
    let mut lines = vec![Line::raw(cut(t.categories.many, area.width))];
    let names = std::iter::once(t.all.to_string()).chain(
        state.catalogue.categories.iter().map(|c| sanitize(c.name.get(state.lang)).into_owned()),
    );
    for (row, name) in names.enumerate() {
        let n = state.counts.get(row).copied().unwrap_or(0);
        let text = format!("{name}, {}", count(&t.resources, n, state.lang));
        lines.push(Line::raw(cut(&text, area.width)));
    }
    // The heading is line 0: the chosen category is line 1 and on.
    let heading = lines.remove(0);
    let rows = usize::from(area.height.saturating_sub(1)).max(1);
    let first = state.category - state.category % rows;
    frame.render_widget(Paragraph::new(heading), Rect { height: 1, ..area });
    let shown: Vec<Line> = lines.into_iter().skip(first).take(rows).collect();
    let below = Rect { y: area.y + 1, height: area.height.saturating_sub(1), ..area };
    frame.render_widget(Paragraph::new(shown), below);
    at(below, 0, u16::try_from(state.category - first).unwrap_or(u16::MAX))
}

/// `text` cut to `width` columns at a word's end where it can be, with no ellipsis,
/// which a synthesizer would read as punctuation.
fn cut(text: &str, width: u16) -> String {
    let width = usize::from(width);
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.width().unwrap_or(0) > width {
            break;
        }
        out.push(c);
    }
    match out.rfind(' ') {
        Some(space) if space > width / 2 => out[..space].to_string(),
        _ => out,
    }
}

#[cfg(test)]
mod tests;
