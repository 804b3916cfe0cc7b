//! The screen-reader mode's screen: one column of plain lines the whole width, no
//! frames, scrollbars or badges. A screen reader speaks the lines that changed and the
//! line under a cursor that moved, so a key changes as few rows as it can: the
//! selection is the hardware cursor alone (no marker in the text, and no reverse video,
//! which fenrir announces as "has attribute" at every step), and a column turns a whole
//! page at a time. docs/accessibility.md says how it reads.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{at, detail, footer};
use crate::i18n::{count, fill, texts};
use crate::layout::Mode;
use crate::present::one_line;
use crate::state::{Focus, Overlay, State};
use crate::text::sanitize;
use crate::theme::Theme;

pub fn draw(frame: &mut Frame, state: &State, theme: &Theme) {
    let areas = state.areas();
    if areas.mode == Mode::TooSmall {
        let text = Paragraph::new(texts(state.lang).enlarge).wrap(Wrap { trim: true });
        frame.render_widget(text, frame.area());
        return;
    }
    let body = Rect::new(0, 0, state.width, state.height.saturating_sub(1));
    let cursor = match state.overlay {
        Some(Overlay::Qr) => {
            super::qr::draw(frame, state, theme);
            None
        }
        Some(Overlay::Help | Overlay::About) => {
            let lines: Vec<Line> = state.reader_sheet().into_iter().map(Line::raw).collect();
            page(frame, body, lines, state.overlay_scroll)
        }
        None => match (areas.categories, areas.list, areas.detail) {
            (Some(area), _, _) => categories(frame, area, state),
            (_, Some(list_area), _) => {
                let field = areas.search.and_then(|a| search(frame, a, state));
                let row = list(frame, list_area, state);
                if state.focus == Focus::Search { field } else { row }
            }
            (_, _, Some(area)) => {
                // The words without their styles: bold or underline under the cursor
                // is announced as an attribute, and says nothing a listener needs.
                let plain = |l| {
                    let styled = detail::styled(l, theme);
                    Line::raw(styled.spans.iter().map(|s| s.content.as_ref()).collect::<String>())
                };
                let lines: Vec<Line> = state.detail_lines().iter().map(plain).collect();
                if lines.is_empty() {
                    let none = vec![Line::raw(texts(state.lang).no_entry)];
                    page(frame, area, none, 0)
                } else {
                    page(frame, area, lines, state.detail_line)
                }
            }
            _ => None,
        },
    };
    if let Some(area) = areas.footer {
        // The status alone: it is read when it changes, and key hints are in the help.
        let text = state.status.as_ref().map(|s| footer::status_text(s, state.lang));
        frame.render_widget(Paragraph::new(cut(&text.unwrap_or_default(), area.width)), area);
    }
    if let Some(p) = cursor {
        frame.set_cursor_position(p);
    }
}

/// Lines shown a page at a time: the page that holds line `cursor`, which gets the
/// cursor.
fn page(
    frame: &mut Frame,
    area: Rect,
    lines: Vec<Line<'static>>,
    cursor: usize,
) -> Option<Position> {
    let rows = usize::from(area.height).max(1);
    let cursor = cursor.min(lines.len().saturating_sub(1));
    let first = cursor - cursor % rows;
    let shown: Vec<Line> = lines.into_iter().skip(first).take(rows).collect();
    frame.render_widget(Paragraph::new(shown), area);
    at(area, 0, u16::try_from(cursor - first).unwrap_or(u16::MAX))
}

/// The top row: the search field, or while nothing is searched, how to begin.
fn search(frame: &mut Frame, area: Rect, state: &State) -> Option<Position> {
    let t = texts(state.lang);
    if state.query.is_empty() && state.focus != Focus::Search {
        frame.render_widget(Paragraph::new(cut(t.reader.start, area.width)), area);
        return None;
    }
    let label = format!("{}: ", t.reader.search_label);
    let chars: Vec<char> = state.query.chars().collect();
    let before: String = chars[..state.cursor.min(chars.len())].iter().collect();
    // A long query scrolls sideways so the cursor stays on screen.
    let room = usize::from(area.width).saturating_sub(label.width() + 1).max(1);
    let mut skip = 0;
    while before.chars().skip(skip).map(|c| c.width().unwrap_or(0)).sum::<usize>() > room {
        skip += 1;
    }
    let shown: String = chars.iter().skip(skip).collect();
    let line = cut(&format!("{label}{shown}"), area.width);
    frame.render_widget(Paragraph::new(line), area);
    let column = label.width() + before.chars().skip(skip).collect::<String>().width();
    at(area, u16::try_from(column).unwrap_or(u16::MAX), 0)
}

/// The row that counts what the list holds, with the search's notes; then one line a
/// resource, title first.
fn list(frame: &mut Frame, area: Rect, state: &State) -> Option<Position> {
    let t = texts(state.lang);
    let mut heading = if state.searching {
        t.searching.to_string()
    } else if state.visible.is_empty() {
        t.no_matches.to_string()
    } else if state.searched.text().is_empty() {
        count(&t.resources, state.visible.len(), state.lang)
    } else {
        let matches = count(&t.plain_matches, state.visible.len(), state.lang);
        let query = sanitize(state.searched.text()).into_owned();
        fill(t.reader.count_for, &[("count", &matches), ("query", &query)])
    };
    if let Some(category) =
        state.category.checked_sub(1).and_then(|c| state.catalogue.categories.get(c))
    {
        heading = format!("{heading} {} {}", t.plain_in, sanitize(category.name.get(state.lang)));
    }
    let notes = state.search_notes();
    if !notes.is_empty() {
        heading = format!("{}. {}", heading.trim_end_matches('.'), notes.join(" "));
    }
    // A search's best match in the row that changes with every search: a screen reader
    // reads what changed, and the first row of the list may not have.
    let first = state.visible.first().map(|&m| state.matches[m].entry);
    if let (false, Some(entry)) = (state.searched.text().is_empty() || state.searching, first) {
        let title = sanitize(&state.catalogue.entries[entry].title).into_owned();
        heading = format!("{}. {title}", heading.trim_end_matches('.'));
    }
    let mut lines = vec![Line::raw(cut(&heading, area.width))];
    let rows = usize::from(area.height.saturating_sub(1));
    for &m in state.visible.iter().skip(state.offset).take(rows) {
        let entry = state.matches[m].entry;
        let mut text = one_line(&state.catalogue.entries[entry], state.lang);
        if state.marked.contains(entry) {
            // First, where marking it changes the line within the width and is heard.
            text = format!("{}: {text}", t.reader.marked);
        }
        lines.push(Line::raw(cut(&text, area.width)));
    }
    frame.render_widget(Paragraph::new(lines), area);
    let row = state.selected.saturating_sub(state.offset) + 1;
    (state.focus == Focus::List && !state.visible.is_empty())
        .then(|| at(area, 0, u16::try_from(row).unwrap_or(u16::MAX)))
        .flatten()
}

/// The categories, one a line with how many resources each holds for the query.
fn categories(frame: &mut Frame, area: Rect, state: &State) -> Option<Position> {
    let t = texts(state.lang);
    let mut lines = vec![Line::raw(cut(t.categories.many, area.width))];
    let names = std::iter::once(t.all.to_string()).chain(
        state.catalogue.categories.iter().map(|c| sanitize(c.name.get(state.lang)).into_owned()),
    );
    for (row, name) in names.enumerate() {
        let n = state.counts.get(row).copied().unwrap_or(0);
        let text = format!("{name}, {}", count(&t.resources, n, state.lang));
        lines.push(Line::raw(cut(&text, area.width)));
    }
    // The heading is line 0: the chosen category is line 1 and on.
    let heading = lines.remove(0);
    let rows = usize::from(area.height.saturating_sub(1)).max(1);
    let first = state.category - state.category % rows;
    frame.render_widget(Paragraph::new(heading), Rect { height: 1, ..area });
    let shown: Vec<Line> = lines.into_iter().skip(first).take(rows).collect();
    let below = Rect { y: area.y + 1, height: area.height.saturating_sub(1), ..area };
    frame.render_widget(Paragraph::new(shown), below);
    at(below, 0, u16::try_from(state.category - first).unwrap_or(u16::MAX))
}

/// `text` cut to `width` columns at a word's end where it can be, with no ellipsis,
/// which a synthesizer would read as punctuation.
fn cut(text: &str, width: u16) -> String {
    let width = usize::from(width);
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + c.width().unwrap_or(0) > width {
            break;
        }
        out.push(c);
    }
    match out.rfind(' ') {
        Some(space) if space > width / 2 => out[..space].to_string(),
        _ => out,
    }
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Position;

    use crate::action::{Action, Effect, Status};
    use crate::catalogue;
    use crate::i18n::Lang;
    use crate::state::{Focus, Overlay, State};
    use crate::theme::Look;
    use crate::update::update;

    /// The embedded catalogue in the screen-reader mode at 100x30 under TERM=linux
    /// (ASCII), as the screen reader fenrir runs it.
    fn reader(lang: Lang) -> State {
        let Ok(catalogue) = catalogue::embedded() else { panic!("the embedded catalogue loads") };
        let mut state = State::new(catalogue, lang, Look { ascii: true, color: false });
        state.reader = true;
        update(&mut state, Action::Resize(100, 30));
        state
    }

    /// The screen and the cursor's place after drawing `state`.
    fn drawn(state: &State) -> (Buffer, Option<Position>) {
        let Ok(mut terminal) = Terminal::new(TestBackend::new(state.width, state.height));
        let Ok(frame) = terminal.draw(|f| super::super::draw(f, state));
        let buffer = frame.buffer.clone();
        // Where ratatui left the cursor: the position asked for, else the last cell
        // drawn, which no test below expects.
        (buffer, terminal.get_cursor_position().ok())
    }

    fn row(buffer: &Buffer, y: u16) -> String {
        (0..buffer.area.width)
            .map(|x| buffer[(x, y)].symbol())
            .collect::<String>()
            .trim_end()
            .to_string()
    }

    fn rows(buffer: &Buffer) -> Vec<String> {
        (0..buffer.area.height).map(|y| row(buffer, y)).collect()
    }

    #[test]
    fn a_moving_selection_changes_no_cell_only_the_cursor() {
        let mut state = reader(Lang::Sv);
        let (before, _) = drawn(&state);
        for _ in 0..3 {
            update(&mut state, Action::SelectNext);
            let (after, cursor) = drawn(&state);
            // A screen reader reads what changed: nothing did, so it reads the line the
            // cursor moved to, and that line is the selected resource's, title first.
            assert!(before.diff(&after).is_empty(), "a Down rewrote cells");
            let Some(cursor) = cursor else { panic!("the cursor is shown") };
            let title = state.selected_entry().map(|e| e.title.to_string()).unwrap_or_default();
            assert_eq!(cursor.x, 0);
            assert!(row(&after, cursor.y).starts_with(&title[..20]), "{}", row(&after, cursor.y));
        }
    }

    #[test]
    fn a_page_turns_whole_so_the_rows_change_once_a_page() {
        let mut state = reader(Lang::En);
        update(&mut state, Action::Resize(100, 6));
        // Three rows of resources under the search line and the count, above the status.
        let (first, _) = drawn(&state);
        update(&mut state, Action::SelectNext);
        update(&mut state, Action::SelectNext);
        let (same, _) = drawn(&state);
        assert!(first.diff(&same).is_empty());
        update(&mut state, Action::SelectNext);
        let (turned, cursor) = drawn(&state);
        assert_eq!(cursor, Some(Position::new(0, 2)), "the fourth resource tops the next page");
        assert!(!first.diff(&turned).is_empty());
    }

    #[test]
    fn no_frames_scrollbars_or_runs_a_reader_says_as_words() {
        let mut state = reader(Lang::Sv);
        let mut screens = vec![drawn(&state).0];
        update(&mut state, Action::Activate);
        screens.push(drawn(&state).0);
        update(&mut state, Action::FocusNextPane);
        screens.push(drawn(&state).0);
        update(&mut state, Action::ToggleHelp);
        screens.push(drawn(&state).0);
        update(&mut state, Action::Close);
        update(&mut state, Action::ShowAbout);
        screens.push(drawn(&state).0);
        for screen in &screens {
            for line in rows(screen) {
                // Runs of dashes or equals signs are read as "10 dash", a frame's corner
                // as "plus", a scrollbar's thumb as "at".
                for noise in ["---", "===", "+-", "-+", "@", "|", "…", "..."] {
                    assert!(!line.contains(noise), "{noise:?} in {line:?}");
                }
                assert!(line.chars().count() <= 100);
            }
        }
    }

    #[test]
    fn a_resource_reads_from_its_title_with_links_by_name_and_site() {
        let mut state = reader(Lang::Sv);
        update(&mut state, Action::Activate);
        assert_eq!(state.focus, Focus::Detail);
        let (screen, cursor) = drawn(&state);
        let lines = rows(&screen);
        let title = state.selected_entry().map(|e| e.title.to_string()).unwrap_or_default();
        assert_eq!(lines[0], title);
        assert_eq!(cursor, Some(Position::new(0, 0)));
        let order: Vec<usize> = ["Utgivare", "År", "Språk", "Format", "Målgrupper"]
            .iter()
            .map(|label| lines.iter().position(|l| l.starts_with(label)).unwrap_or(usize::MAX))
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{lines:#?}");
        let links: Vec<&String> = lines.iter().filter(|l| l.starts_with("Länk ")).collect();
        assert!(!links.is_empty());
        let hosts = links.iter().filter_map(|l| l.rsplit(", ").next());
        assert!(hosts.clone().count() == links.len(), "{links:?}");
        assert!(hosts.clone().all(|h| h.contains('.') && !h.contains('/')), "{links:?}");
        assert!(lines.iter().all(|l| !l.contains("https://")), "{lines:#?}");
        // The address on request: the link under the cursor, else the first.
        update(&mut state, Action::SelectLast);
        update(&mut state, Action::SayAddress);
        let Some(Status::Address { number, url }) = &state.status else {
            panic!("the address is said: {:?}", state.status)
        };
        assert_eq!(*number, links.len());
        assert!(url.starts_with("https://"));
        let last = row(&drawn(&state).0, 29);
        assert!(last.starts_with(&format!("Adressen till länk {number}: https://")), "{last}");
    }

    #[test]
    fn typing_changes_the_field_and_the_list_when_the_typing_pauses() {
        let mut state = reader(Lang::Sv);
        update(&mut state, Action::FocusSearch);
        let (before, _) = drawn(&state);
        let mut typed = 0;
        for c in "hotell".chars() {
            if let Some(Effect::AfterTyping(n)) = update(&mut state, Action::Insert(c)) {
                typed = n;
            }
        }
        let (typing, cursor) = drawn(&state);
        assert_eq!(row(&typing, 0), "Sök: hotell");
        assert_eq!(cursor, Some(Position::new(11, 0)), "the cursor follows the letters");
        assert_eq!(rows(&before)[1..], rows(&typing)[1..], "the list waits for the pause");
        // A pause of an older edit is stale.
        update(&mut state, Action::TypingPaused(typed - 1));
        assert_eq!(rows(&drawn(&state).0)[1..], rows(&before)[1..]);
        update(&mut state, Action::TypingPaused(typed));
        let (searched, _) = drawn(&state);
        assert!(
            row(&searched, 1).starts_with("1 träff för ”hotell”. Film och annat"),
            "{}",
            row(&searched, 1)
        );
    }

    #[test]
    fn f2_switches_the_mode_and_says_so() {
        let mut state = reader(Lang::En);
        update(&mut state, Action::ToggleScreenReader);
        assert!(!state.reader);
        assert_eq!(state.status, Some(Status::ScreenReader(false)));
        let (normal, _) = drawn(&state);
        assert!(rows(&normal)[0].contains("F2 screen-reader mode"), "{}", rows(&normal)[0]);
        update(&mut state, Action::ToggleScreenReader);
        let (screen, _) = drawn(&state);
        assert!(row(&screen, 29).starts_with("Screen-reader mode on"));
        assert_eq!(state.overlay, None::<Overlay>);
    }
}
