//! The help overlay: every key, in the current language; it scrolls when the screen is short.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::pane;
use crate::i18n::texts;
use crate::layout::inner;
use crate::state::State;
use crate::theme::Theme;

fn key_width(state: &State) -> usize {
    texts(state.lang).help.iter().map(|(k, _)| k.width()).max().unwrap_or(0)
}

/// Rows of help text, with the closing hint.
pub fn content_rows(state: &State) -> usize {
    texts(state.lang).help.len() + 2
}

/// The overlay's box, centred; `None` when the screen is too small for any.
pub fn area(state: &State) -> Option<Rect> {
    let t = texts(state.lang);
    let widest = t.help.iter().map(|(_, d)| d.width()).max().unwrap_or(0) + key_width(state) + 6;
    let width = u16::try_from(widest).unwrap_or(u16::MAX).min(state.width.saturating_sub(2));
    let height = u16::try_from(content_rows(state) + 2)
        .unwrap_or(u16::MAX)
        .min(state.height.saturating_sub(2));
    (width >= 10 && height >= 3)
        .then(|| Rect::new((state.width - width) / 2, (state.height - height) / 2, width, height))
}

pub fn draw(frame: &mut Frame, state: &State, theme: &Theme) {
    let Some(area) = area(state) else { return };
    let area = area.intersection(frame.area());
    let t = texts(state.lang);
    frame.render_widget(Clear, area);
    frame.render_widget(pane(t.help_title, true, theme), area);
    let keys = key_width(state);
    let mut lines: Vec<Line> = t
        .help
        .iter()
        .map(|(k, d)| {
            let pad = " ".repeat(keys - k.width() + 2);
            Line::from(vec![Span::styled(format!(" {k}{pad}"), theme.key), Span::raw(*d)])
        })
        .collect();
    lines.push(Line::default());
    lines.push(Line::styled(format!(" {}", t.help_close), theme.dim));
    let inside = inner(area);
    let shown: Vec<Line> =
        lines.into_iter().skip(state.help_scroll).take(usize::from(inside.height)).collect();
    frame.render_widget(Paragraph::new(shown), inside);
}
