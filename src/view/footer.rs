//! The footer: the status of the last action, or the most useful keys; and "N of M".

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::fit;
use crate::action::Status;
use crate::i18n::{Lang, Texts, count, fill, texts};
use crate::state::State;
use crate::text::sanitize;
use crate::theme::Theme;

/// The status line's words, in `lang`.
pub fn status_text(status: &Status, lang: Lang) -> String {
    let t: &Texts = texts(lang);
    let text = match status {
        Status::BrowserStarted(url) => format!("{}: {url}", t.opened),
        Status::Copied(url) => format!("{}: {url}", t.copied),
        Status::CopiedCitation => t.copied_citation.to_string(),
        Status::CopiedList { entries, bytes } => fill(
            t.list_copied,
            &[
                ("resources", &count(&t.resources, *entries, lang)),
                ("bytes", &count(&t.bytes, *bytes, lang)),
            ],
        ),
        Status::ListTooLong { bytes, command } => fill(
            t.list_too_long,
            &[("bytes", &count(&t.bytes, *bytes, lang)), ("command", command)],
        ),
        Status::NothingToExport => t.nothing_to_export.to_string(),
        Status::CopiedOverSsh(url) => format!("{}: {url}", t.over_ssh),
        Status::OpenFailed(why) => why.message(lang),
        Status::NoLink => t.no_link.to_string(),
        Status::NoSuchLink { wanted, count: links } => {
            fill(&count(&t.no_such_link, *links, lang), &[("asked", &wanted.to_string())])
        }
        Status::NoEntry => t.no_entry.to_string(),
        Status::ScreenReader(true) => t.reader.on.to_string(),
        Status::ScreenReader(false) => t.reader.off.to_string(),
        Status::Address { number, url } => {
            fill(t.reader.address, &[("n", &number.to_string()), ("url", url)])
        }
    };
    sanitize(&text).into_owned()
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let t = texts(state.lang);
    let width = usize::from(area.width);
    let busy = if state.searching { format!("{} ", t.searching) } else { String::new() };
    let marked = if state.marked.is_empty() {
        String::new()
    } else {
        format!("{}{}", count(&t.marked, state.marked.len(), state.lang), theme.separator)
    };
    let count = match &state.loading {
        // While the catalogue is read, how far: never "N of M" of a part as if whole.
        Some(l) => {
            let p = l.percent().to_string();
            format!(
                " {busy}{marked}{} ",
                fill(
                    t.loading,
                    &[("entries", &count(&t.entries_read, l.arrived, state.lang)), ("p", &p)]
                )
            )
        }
        None => format!(
            " {busy}{marked}{} {} {} ",
            state.visible.len(),
            t.of,
            state.catalogue.entries.len()
        ),
    };
    if let Some(status) = &state.status {
        // A status shows whole, even when it pushes the count away: an address that
        // reaches the user only here must not be cut.
        let style = match status {
            Status::OpenFailed(_)
            | Status::NoLink
            | Status::NoSuchLink { .. }
            | Status::NoEntry
            | Status::ListTooLong { .. }
            | Status::NothingToExport => theme.error,
            _ => theme.status,
        };
        let text = status_text(status, state.lang);
        let room = width.saturating_sub(count.width());
        if text.width() <= room {
            let gap = " ".repeat(room - text.width());
            let line = Line::from(vec![
                Span::styled(text, style),
                Span::raw(gap),
                Span::styled(count, theme.dim),
            ]);
            frame.render_widget(Paragraph::new(line), area);
        } else {
            // Grow upwards over the panes, as many rows as the whole text needs. Cut at
            // the width exactly, never putting a wide character past the edge.
            let lines: Vec<Line> = crate::text::wrap_url(&text, width)
                .into_iter()
                .map(|l| Line::styled(l, style))
                .collect();
            let rows = u16::try_from(lines.len()).unwrap_or(u16::MAX).min(area.y + 1);
            let above = Rect::new(area.x, area.y + 1 - rows, area.width, rows);
            frame.render_widget(Clear, above);
            frame.render_widget(Paragraph::new(lines), above);
        }
        return;
    }
    let hints = crate::keymap::hints(t, state.look.ascii);
    let room = width.saturating_sub(count.width());
    let mut spans = Vec::new();
    let mut used = 0;
    for (key, what) in &hints {
        let w = key.width() + what.width() + 3;
        if used + w > room {
            break;
        }
        used += w;
        spans.push(Span::styled(format!(" {key}"), theme.key));
        spans.push(Span::raw(format!(" {what} ")));
    }
    spans.push(Span::raw(" ".repeat(room.saturating_sub(used))));
    spans.push(Span::styled(fit(&count, width, theme.ellipsis), theme.dim));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
