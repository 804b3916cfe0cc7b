//! The QR overlay: the selected link as a QR code drawn with half blocks (two modules a
//! cell), dark on light whatever the terminal's theme, so a phone can scan it.

use qrcode::{Color as Module, EcLevel, QrCode};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use super::{fit, pane};
use crate::i18n::{fill, texts};
use crate::layout::inner;
use crate::state::State;
use crate::text::sanitize;
use crate::theme::Theme;

/// Light modules around the code, as scanners need a margin.
const QUIET: usize = 2;

/// The code's rows of cells: each char stands for the modules above and below.
pub fn cells(url: &str) -> Option<Vec<String>> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::L).ok()?;
    let width = code.width();
    let size = width + 2 * QUIET;
    let dark = |x: usize, y: usize| {
        x >= QUIET
            && y >= QUIET
            && x < width + QUIET
            && y < width + QUIET
            && code[(x - QUIET, y - QUIET)] == Module::Dark
    };
    let rows = (0..size.div_ceil(2))
        .map(|row| {
            (0..size)
                .map(|x| match (dark(x, 2 * row), dark(x, 2 * row + 1)) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                })
                .collect()
        })
        .collect();
    Some(rows)
}

/// The box the overlay needs for `cells`: the code, a border, and a line for the address.
fn needed(cells: &[String]) -> (u16, u16) {
    let w = cells.first().map_or(0, |r| r.chars().count()) + 2;
    let h = cells.len() + 3;
    (u16::try_from(w).unwrap_or(u16::MAX), u16::try_from(h).unwrap_or(u16::MAX))
}

pub fn draw(frame: &mut Frame, state: &State, theme: &Theme) {
    let screen = frame.area();
    let t = texts(state.lang);
    let Some(link) = state.selected_entry().and_then(|e| e.links.first()) else { return };
    let Some(cells) = cells(&link.url) else { return };
    let (w, h) = needed(&cells);
    let title = format!("{}: {}", t.qr_title, sanitize(link.label.get(state.lang)));
    if w > screen.width || h > screen.height {
        let message = fill(
            t.qr_too_small,
            &[
                ("w", &w.to_string()),
                ("h", &h.to_string()),
                ("width", &screen.width.to_string()),
                ("height", &screen.height.to_string()),
            ],
        );
        let box_w = screen.width.min(48);
        // As many rows as the message needs, so the sizes at its end are never cut; a
        // size such as "39 × 22" is held together by no-break spaces.
        let lines: Vec<Line> = crate::text::wrap(&message, usize::from(box_w.saturating_sub(2)))
            .into_iter()
            .map(Line::raw)
            .collect();
        let box_h = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX).min(screen.height);
        let top = (screen.height / 3).min(screen.height - box_h);
        let area = Rect::new((screen.width - box_w) / 2, top, box_w, box_h);
        frame.render_widget(Clear, area);
        frame.render_widget(Paragraph::new(lines).block(pane(t.qr_title, true, theme)), area);
        return;
    }
    let area = Rect::new((screen.width - w) / 2, (screen.height - h) / 2, w, h);
    frame.render_widget(Clear, area);
    frame.render_widget(pane(&title, true, theme), area);
    let inside = inner(area);
    let lines: Vec<Line> = cells.into_iter().map(|row| Line::styled(row, theme.code)).collect();
    let code_rows = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(lines), Rect { height: code_rows, ..inside });
    let address = fit(&sanitize(&link.url), usize::from(inside.width), theme.ellipsis);
    let below = Rect { y: inside.y + code_rows, height: 1, ..inside };
    frame.render_widget(Paragraph::new(Line::styled(address, theme.link)), below);
}
