//! The help overlay: every key of the key table, in the current language; when the
//! screen is short it scrolls, and a scrollbar shows that more follows.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::{pane, scrollbar};
use crate::i18n::texts;
use crate::layout::inner;
use crate::state::State;
use crate::theme::Theme;

pub fn draw(frame: &mut Frame, state: &State, theme: &Theme) {
    let sheet = state.help_sheet();
    let Some(area) = state.overlay_area(sheet.width, sheet.lines.len()) else { return };
    let area = area.intersection(frame.area());
    let t = texts(state.lang);
    frame.render_widget(Clear, area);
    frame.render_widget(pane(t.help_title, true, theme), area);
    let last = sheet.lines.len().saturating_sub(1);
    let lines: Vec<Line> = sheet
        .lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            // The last line says how to close the box: quieter than the keys.
            let text = if i == last { theme.dim } else { ratatui::style::Style::new() };
            Line::from(vec![
                Span::styled(format!(" {}", l.keys), theme.key),
                Span::styled(l.text, text),
            ])
        })
        .collect();
    let inside = inner(area);
    let rows = (lines.len(), usize::from(inside.height), state.overlay_scroll);
    let shown: Vec<Line> =
        lines.into_iter().skip(state.overlay_scroll).take(usize::from(inside.height)).collect();
    frame.render_widget(Paragraph::new(shown), inside);
    scrollbar(frame, area, true, rows, theme);
}
