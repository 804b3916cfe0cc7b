//! The help overlay's text, laid out for a screen width: every row of the key table,
//! the description wrapped under its column (or under its keys where the screen is
//! narrow), so no row is ever cut.

use unicode_width::UnicodeWidthStr;

use super::help_rows;
use crate::i18n::Texts;
use crate::text::wrap;

/// A description column narrower than this goes under its keys instead.
const MIN_COLUMN: usize = 16;
/// Keys wider than this get a line of their own rather than widening the key column
/// for every row.
const MAX_KEYS: usize = 20;

/// One line of the help: keys (possibly empty on a continuation) and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLine {
    pub keys: String,
    pub text: String,
}

/// The help's lines, and the width of the box (borders included) they were laid out for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub width: u16,
    pub lines: Vec<HelpLine>,
}

/// The help for a screen `screen_width` columns wide: as wide as it needs, at most two
/// columns narrower than the screen.
pub fn sheet(t: &Texts, ascii: bool, screen_width: u16) -> Sheet {
    let rows = help_rows(t, ascii);
    let keys_width =
        rows.iter().map(|r| r.keys.width()).filter(|w| *w <= MAX_KEYS).max().unwrap_or(0);
    let what_width = rows.iter().map(|r| r.what.width()).max().unwrap_or(0);
    let close_width = t.help_close.width() + 1;
    // A space before the keys, two between the columns, one after.
    let natural = (1 + keys_width + 2 + what_width + 1).max(close_width);
    let inner = natural.min(usize::from(screen_width.saturating_sub(4)));
    // The key column is as wide as its widest (not too wide) row, but never more than
    // 2/5 of the box.
    let column = keys_width.min(inner * 2 / 5);
    let text_width = inner.saturating_sub(1 + column + 2 + 1);
    let mut lines = Vec::new();
    for row in rows {
        if text_width >= MIN_COLUMN {
            let mut wrapped = wrap(row.what, text_width).into_iter();
            let mut keys = if row.keys.width() <= column {
                row.keys.clone()
            } else {
                // Keys wider than their column get lines of their own.
                let mut key_lines = wrap(&row.keys, inner.saturating_sub(2));
                let last = key_lines.pop().unwrap_or_default();
                lines.extend(
                    key_lines.into_iter().map(|k| HelpLine { keys: k, text: String::new() }),
                );
                if last.width() > column {
                    lines.push(HelpLine { keys: last, text: String::new() });
                    String::new()
                } else {
                    last
                }
            };
            for text in wrapped.by_ref() {
                let pad = " ".repeat(column.saturating_sub(keys.width()) + 2);
                lines.push(HelpLine { keys: std::mem::take(&mut keys) + &pad, text });
            }
        } else {
            // Too narrow for two columns: the keys, then the description indented.
            for keys in wrap(&row.keys, inner.saturating_sub(2)) {
                lines.push(HelpLine { keys, text: String::new() });
            }
            for text in wrap(row.what, inner.saturating_sub(3)) {
                lines.push(HelpLine { keys: "  ".to_string(), text });
            }
        }
    }
    lines.push(HelpLine { keys: String::new(), text: String::new() });
    lines.push(HelpLine { keys: String::new(), text: t.help_close.to_string() });
    Sheet { width: u16::try_from(inner + 2).unwrap_or(u16::MAX), lines }
}

#[cfg(test)]
mod tests;
