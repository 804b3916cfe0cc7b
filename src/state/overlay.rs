//! The overlays' boxes and contents, laid out for the screen, so that scrolling stays
//! within them.

use super::{Overlay, State};
use crate::i18n::texts;
use crate::keymap::{self, help::Sheet};
use crate::layout::{self, Rect};
use crate::present::{self, DetailLine};

/// The about box is never wider than this: its lines read better short.
const ABOUT_WIDTH: u16 = 76;

impl State {
    /// The help overlay's text, laid out for this screen.
    pub fn help_sheet(&self) -> Sheet {
        keymap::help::sheet(texts(self.lang), self.look.ascii, self.width)
    }

    /// "About the catalogue": its box's width and its lines.
    pub fn about_sheet(&self) -> (u16, Vec<DetailLine>) {
        let width = ABOUT_WIDTH.min(self.width.saturating_sub(2));
        let rows = present::about(&self.catalogue, self.catalogue.file.as_deref(), self.lang);
        let mut lines = present::field_lines(&rows, width.saturating_sub(4));
        lines.push(DetailLine::Blank);
        lines.push(DetailLine::Text(texts(self.lang).help_close.to_string()));
        (width, lines)
    }

    /// The open overlay's lines in the screen-reader mode: the whole width, each key or
    /// fact on a line of its own, read one at a time under the cursor.
    pub fn reader_sheet(&self) -> Vec<String> {
        let t = texts(self.lang);
        let width = usize::from(self.width.max(1));
        let rows: Vec<(String, String)> = match self.overlay {
            Some(Overlay::Help) => {
                let mut rows = vec![(String::new(), t.help_title.to_string())];
                // Key names in words ("Down", "PgDn"), which a synthesizer says well.
                rows.extend(
                    keymap::help_rows(t, true).into_iter().map(|r| (r.keys, r.what.to_string())),
                );
                rows
            }
            Some(Overlay::About) => {
                let mut rows = vec![(String::new(), t.about_title.to_string())];
                rows.extend(
                    present::about(&self.catalogue, self.catalogue.file.as_deref(), self.lang)
                        .into_iter()
                        .map(|f| (f.label.to_string(), f.value)),
                );
                rows
            }
            Some(Overlay::Qr) | None => return Vec::new(),
        };
        let mut lines: Vec<String> = rows
            .into_iter()
            .flat_map(|(head, text)| {
                let line = if head.is_empty() { text } else { format!("{head}: {text}") };
                crate::text::wrap(&crate::text::sanitize(&line), width)
            })
            .collect();
        lines.push(t.help_close.to_string());
        lines
    }

    /// An overlay's box, `width` wide with `rows` lines inside, centred; `None` on a
    /// tiny screen.
    pub fn overlay_area(&self, width: u16, rows: usize) -> Option<Rect> {
        let height = u16::try_from(rows + 2).unwrap_or(u16::MAX);
        layout::centered(self.width, self.height, width, height)
    }

    /// Rows of the open overlay's inside, and of its content.
    pub fn overlay_rows(&self) -> (usize, usize) {
        if self.reader {
            let rows = usize::from(self.height.saturating_sub(1));
            return (rows, self.reader_sheet().len());
        }
        let (width, rows) = match self.overlay {
            Some(Overlay::Help) => {
                let sheet = self.help_sheet();
                (sheet.width, sheet.lines.len())
            }
            Some(Overlay::About) => {
                let (width, lines) = self.about_sheet();
                (width, lines.len())
            }
            Some(Overlay::Qr) | None => return (0, 0),
        };
        let inside = self.overlay_area(width, rows).map(layout::inner);
        (inside.map_or(0, |a| usize::from(a.height)), rows)
    }

    pub fn max_overlay_scroll(&self) -> usize {
        let (shown, rows) = self.overlay_rows();
        if self.reader {
            // The scroll is the line under the cursor: it may reach the last line.
            return rows.saturating_sub(1);
        }
        rows.saturating_sub(shown)
    }
}
