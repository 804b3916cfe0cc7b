//! "About the catalogue": its source, its dates in words, its size and which file is in
//! use, styled as the detail pane styles its fields.

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use super::{detail, pane};
use crate::i18n::texts;
use crate::layout::inner;
use crate::state::State;
use crate::theme::Theme;

pub fn draw(frame: &mut Frame, state: &State, theme: &Theme) {
    let (width, lines) = state.about_sheet();
    let Some(area) = state.overlay_area(width, lines.len()) else { return };
    let area = area.intersection(frame.area());
    frame.render_widget(Clear, area);
    frame.render_widget(pane(texts(state.lang).about_title, true, theme), area);
    let inside = inner(area);
    let last = lines.len().saturating_sub(1);
    let shown: Vec<Line> = lines
        .iter()
        .enumerate()
        .skip(state.overlay_scroll)
        .take(usize::from(inside.height))
        // The last line says how to close the box: quieter than the facts.
        .map(|(i, l)| {
            if i == last {
                detail::styled(l, theme).style(theme.dim)
            } else {
                detail::styled(l, theme)
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(shown), inside.inner(ratatui::layout::Margin::new(1, 0)));
}
