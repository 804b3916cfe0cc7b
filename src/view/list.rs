//! The result list: two rows an entry, the title with its matched characters
//! highlighted, then publisher, year and a language badge.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{at, fit, highlighted, pane, scrollbar};
use crate::i18n::texts;
use crate::layout::{ITEM_ROWS, inner, list_page};
use crate::state::{Focus, State};
use crate::text::sanitize;
use crate::theme::Theme;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) -> Option<Position> {
    let focused = matches!(state.focus, Focus::List | Focus::Search);
    let t = texts(state.lang);
    frame.render_widget(pane(t.list_title, state.focus == Focus::List, theme), area);
    let inside = inner(area);
    let notes = state.search_notes();
    if state.visible.is_empty() {
        let mut lines = vec![Line::styled(t.no_matches, theme.dim)];
        lines.extend(notes.into_iter().map(|n| Line::styled(n, theme.dim)));
        frame.render_widget(Paragraph::new(lines), inside);
        return (state.focus == Focus::List).then(|| at(inside, 0, 0)).flatten();
    }
    let width = usize::from(inside.width);
    // The notes stand above the results, one row each, cut to the pane.
    let rows = u16::try_from(notes.len()).unwrap_or(0).min(inside.height.saturating_sub(1));
    let noted: Vec<Line> = notes
        .iter()
        .take(usize::from(rows))
        .map(|n| Line::styled(fit(n, width, theme.ellipsis), theme.dim))
        .collect();
    frame.render_widget(Paragraph::new(noted), Rect { height: rows, ..inside });
    let inside = Rect { y: inside.y + rows, height: inside.height - rows, ..inside };
    let page = list_page(area, rows);
    let offset = state.offset.min(state.visible.len().saturating_sub(1));
    let mut lines = Vec::new();
    for (row, &m) in state.visible.iter().enumerate().skip(offset).take(page) {
        let found = &state.matches[m];
        let entry = &state.catalogue.entries[found.entry];
        let chosen = row == state.selected;
        let base = match (chosen, focused) {
            (true, true) => theme.selected,
            (true, false) => theme.selected_unfocused,
            _ => Style::new(),
        };
        let marker = if chosen { theme.marker } else { " " };
        let mark = if state.marked.contains(found.entry) { theme.mark } else { "" };
        let room = width.saturating_sub(1 + mark.width());
        let mut title = highlighted(&entry.title, &found.title_positions, room, base, theme);
        title.spans.insert(0, Span::styled(mark, theme.over(base, theme.heading)));
        title.spans.insert(0, Span::styled(marker, base));
        lines.push(pad(title, width, base));
        let badge: Vec<String> = entry.languages.iter().map(|l| l.to_uppercase()).collect();
        let badge = badge.join(" ");
        // The year is short and telling: cut the publisher, never the year.
        let year = entry.year.map(|y| format!("{}{y}", theme.separator)).unwrap_or_default();
        let room = width.saturating_sub(badge.width() + 3 + year.width());
        let about = fit(&sanitize(&entry.publishers(state.lang)), room, theme.ellipsis) + &year;
        let gap = width.saturating_sub(1 + about.width() + badge.width() + 1);
        let second = base.patch(if chosen { Style::new() } else { theme.dim });
        let line = Line::from(vec![
            Span::styled(marker, base),
            Span::styled(about, second),
            Span::styled(" ".repeat(gap), second),
            Span::styled(sanitize(&badge).into_owned(), theme.over(second, theme.heading)),
        ]);
        if ITEM_ROWS > 1 && inside.height > 1 {
            lines.push(pad(line, width, base));
        }
    }
    frame.render_widget(Paragraph::new(lines), inside);
    let items = (state.visible.len(), page, offset);
    scrollbar(frame, area, state.focus == Focus::List, items, theme);
    let row = (state.selected.saturating_sub(offset)) * usize::from(ITEM_ROWS);
    (state.focus == Focus::List)
        .then(|| at(inside, 0, u16::try_from(row).unwrap_or(u16::MAX)))
        .flatten()
}

/// Fills a line to `width` so a selected row is one solid bar.
fn pad(mut line: Line<'static>, width: usize, style: Style) -> Line<'static> {
    let used = line.width();
    if used < width {
        line.spans.push(Span::styled(" ".repeat(width - used), style));
    }
    line
}
