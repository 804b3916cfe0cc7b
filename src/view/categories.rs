//! The category pane (wide screens) or the one-line category bar (narrower ones).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{at, fit, pane};
use crate::i18n::texts;
use crate::layout::{Mode, inner};
use crate::state::{Focus, State};
use crate::text::sanitize;
use crate::theme::Theme;

/// The names of the category rows: "All" first.
fn names(state: &State) -> Vec<String> {
    let mut names = vec![texts(state.lang).all.to_string()];
    names.extend(
        state.catalogue.categories.iter().map(|c| sanitize(c.name.get(state.lang)).into_owned()),
    );
    names
}

pub fn draw(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    theme: &Theme,
    mode: Mode,
) -> Option<Position> {
    if mode == Mode::Wide {
        draw_pane(frame, area, state, theme)
    } else {
        draw_bar(frame, area, state, theme)
    }
}

fn draw_pane(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) -> Option<Position> {
    let focused = state.focus == Focus::Categories;
    let t = texts(state.lang);
    frame.render_widget(pane(t.categories.many, focused, theme), area);
    let inside = inner(area);
    let width = usize::from(inside.width);
    let rows = usize::from(inside.height);
    // Keep the chosen row in view when the pane is shorter than the list.
    let first = state.category.saturating_sub(rows.saturating_sub(1));
    let mut lines = Vec::new();
    for (row, name) in names(state).iter().enumerate().skip(first).take(rows) {
        let count = state.counts.get(row).copied().unwrap_or(0).to_string();
        let chosen = row == state.category;
        let marker = if chosen { theme.marker } else { " " };
        let room = width.saturating_sub(count.width() + 2);
        let label = fit(name, room, theme.ellipsis);
        let gap = width.saturating_sub(1 + label.width() + count.width());
        let text = format!("{marker}{label}{}{count}", " ".repeat(gap));
        let style = match (chosen, focused) {
            (true, true) => theme.selected,
            (true, false) => theme.selected_unfocused,
            _ if count == "0" => theme.dim,
            _ => ratatui::style::Style::new(),
        };
        lines.push(Line::styled(text, style));
    }
    frame.render_widget(Paragraph::new(lines), inside);
    let row = u16::try_from(state.category - first).unwrap_or(u16::MAX);
    focused.then(|| at(inside, 0, row)).flatten()
}

fn draw_bar(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) -> Option<Position> {
    let focused = state.focus == Focus::Categories;
    let tabs: Vec<String> = names(state)
        .iter()
        .enumerate()
        .map(|(i, n)| format!(" {n} {} ", state.counts.get(i).copied().unwrap_or(0)))
        .collect();
    let width = usize::from(area.width);
    // Start early enough that the chosen tab is whole on screen.
    let mut first = state.category;
    let mut used = tabs[first].width() + 1;
    while first > 0 {
        let previous = tabs[first - 1].width() + 1;
        if used + previous + 1 > width {
            break;
        }
        used += previous;
        first -= 1;
    }
    let mut spans = Vec::new();
    let mut cursor_x = 0;
    let mut x = 0;
    if first > 0 {
        spans.push(Span::styled("‹", theme.dim));
        x += 1;
    }
    for (i, tab) in tabs.iter().enumerate().skip(first) {
        let chosen = i == state.category;
        if chosen {
            cursor_x = x;
        }
        let style = match (chosen, focused) {
            (true, true) => theme.selected,
            (true, false) => theme.selected_unfocused,
            _ => ratatui::style::Style::new(),
        };
        let shown = fit(tab, width.saturating_sub(x), theme.ellipsis);
        x += shown.width() + 1;
        spans.push(Span::styled(shown, style));
        spans.push(Span::styled(theme.bar, theme.dim));
        if x >= width {
            break;
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
    focused.then(|| at(area, u16::try_from(cursor_x).unwrap_or(0), 0)).flatten()
}
