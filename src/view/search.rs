//! The search line: a prompt and the query, or a hint when there is none.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::at;
use crate::i18n::texts;
use crate::state::{Focus, State};
use crate::theme::Theme;

const PROMPT: &str = "/ ";

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) -> Option<Position> {
    let focused = state.focus == Focus::Search;
    let prompt_style = if focused { theme.key } else { theme.dim };
    if state.query.is_empty() && !focused {
        let line = Line::from(vec![
            Span::styled(PROMPT, prompt_style),
            Span::styled(texts(state.lang).search_placeholder, theme.dim),
        ]);
        frame.render_widget(Paragraph::new(line), area);
        return None;
    }
    // Scroll the query sideways so the cursor stays on screen.
    let room = usize::from(area.width).saturating_sub(PROMPT.width() + 1).max(1);
    let chars: Vec<char> = state.query.chars().collect();
    let cursor = state.cursor.min(chars.len());
    let mut start = 0;
    let width_of = |s: &[char]| s.iter().map(|c| c.width().unwrap_or(0)).sum::<usize>();
    while width_of(&chars[start..cursor]) > room {
        start += 1;
    }
    let mut shown = String::new();
    let mut used = 0;
    for &c in &chars[start..] {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        shown.push(c);
    }
    let line = Line::from(vec![Span::styled(PROMPT, prompt_style), Span::raw(shown)]);
    frame.render_widget(Paragraph::new(line), area);
    let column = PROMPT.width() + width_of(&chars[start..cursor]);
    focused.then(|| at(area, u16::try_from(column).unwrap_or(u16::MAX), 0)).flatten()
}
