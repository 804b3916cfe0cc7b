//! `draw(frame, &State)`: the whole screen as a pure function of the state.

pub mod about;
pub mod categories;
pub mod detail;
pub mod footer;
pub mod help;
pub mod list;
pub mod qr;
pub mod reader;
pub mod search;

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::i18n::texts;
use crate::layout::Mode;
use crate::state::{Overlay, State};
use crate::theme::{Theme, theme};

pub fn draw(frame: &mut Frame, state: &State) {
    let area = frame.area();
    let theme = theme(state.look);
    if state.reader {
        reader::draw(frame, state, &theme);
        return;
    }
    let areas = crate::layout::areas(area.width, area.height, state.show_detail);
    if areas.mode == Mode::TooSmall {
        let text = Paragraph::new(texts(state.lang).enlarge).wrap(Wrap { trim: true });
        frame.render_widget(text, area);
        return;
    }
    let mut cursor = None;
    if let Some(r) = areas.categories {
        cursor = cursor.or(categories::draw(frame, r, state, &theme, areas.mode));
    }
    if let Some(r) = areas.search {
        cursor = cursor.or(search::draw(frame, r, state, &theme));
    }
    if let Some(r) = areas.list {
        cursor = cursor.or(list::draw(frame, r, state, &theme));
    }
    if let Some(r) = areas.detail {
        cursor = cursor.or(detail::draw(frame, r, state, &theme));
    }
    if let Some(r) = areas.footer {
        footer::draw(frame, r, state, &theme);
    }
    match state.overlay {
        Some(Overlay::Help) => help::draw(frame, state, &theme),
        Some(Overlay::Qr) => qr::draw(frame, state, &theme),
        Some(Overlay::About) => about::draw(frame, state, &theme),
        None => {
            if let Some(p) = cursor {
                frame.set_cursor_position(p);
            }
        }
    }
}

/// A pane's frame: heavier and marked when focused.
pub fn pane<'a>(title: &'a str, focused: bool, theme: &Theme) -> Block<'a> {
    let (set, border, title_style) = if focused {
        (theme.set_focused, theme.border_focused, theme.title_focused)
    } else {
        (theme.set, theme.border, theme.title)
    };
    Block::new()
        .borders(Borders::ALL)
        .border_set(set)
        .border_style(border)
        .title(Span::styled(format!(" {title} "), title_style))
}

/// A scrollbar over a pane's right border, drawn only when its content overflows:
/// `total` rows of content, `shown` of them visible from row `first`.
pub fn scrollbar(
    frame: &mut Frame,
    pane: Rect,
    focused: bool,
    (total, shown, first): (usize, usize, usize),
    theme: &Theme,
) {
    use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState};
    if total <= shown || pane.height < 3 {
        return;
    }
    let set = if focused { theme.set_focused } else { theme.set };
    let border = if focused { theme.border_focused } else { theme.border };
    let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_symbol(Some(set.vertical_right))
        .track_style(border)
        .thumb_symbol(theme.thumb)
        .thumb_style(border);
    // Positions a scroll can take, so the thumb reaches the bottom with the last row.
    let positions = total - shown + 1;
    let mut state = ScrollbarState::new(positions)
        .position(first.min(positions - 1))
        .viewport_content_length(shown);
    let track = pane.inner(ratatui::layout::Margin::new(0, 1));
    frame.render_stateful_widget(bar, track, &mut state);
}

/// Cuts `text` to `width` columns, ending with the theme's ellipsis when cut.
pub fn fit(text: &str, width: usize, ellipsis: &str) -> String {
    use unicode_width::UnicodeWidthStr;
    if text.width() <= width {
        return text.to_string();
    }
    let room = width.saturating_sub(ellipsis.width());
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    if width >= ellipsis.width() {
        out.push_str(ellipsis);
    }
    out
}

/// A line made of `text` with the characters at `positions` highlighted, cut to `width`.
pub fn highlighted<'a>(
    text: &str,
    positions: &[usize],
    width: usize,
    base: ratatui::style::Style,
    theme: &Theme,
) -> Line<'a> {
    // The characters shown (emoji joiners left out, as `sanitize` does), each with its
    // index in `text`, which `positions` count in.
    let chars: Vec<(usize, char)> =
        text.chars().enumerate().filter(|&(_, c)| !crate::text::emoji_joiner(c)).collect();
    let plain: String = chars.iter().map(|&(_, c)| c).collect();
    let shown = fit(&plain, width, theme.ellipsis);
    let cut = shown != plain;
    let keep = if cut {
        shown.chars().count() - theme.ellipsis.chars().count()
    } else {
        shown.chars().count()
    };
    let mut spans: Vec<Span> = Vec::new();
    let mut run = String::new();
    let mut run_hit = false;
    for &(i, c) in chars.iter().take(keep) {
        let hit = positions.binary_search(&i).is_ok();
        if hit != run_hit && !run.is_empty() {
            let style = if run_hit { theme.over(base, theme.highlight) } else { base };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_hit = hit;
        run.push(c);
    }
    if !run.is_empty() {
        let style = if run_hit { theme.over(base, theme.highlight) } else { base };
        spans.push(Span::styled(run, style));
    }
    if cut {
        spans.push(Span::styled(theme.ellipsis.to_string(), base));
    }
    Line::from(spans)
}

/// The position inside `area` at row `row`, if it is on screen.
pub fn at(area: Rect, column: u16, row: u16) -> Option<Position> {
    (row < area.height && column < area.width).then(|| Position::new(area.x + column, area.y + row))
}
