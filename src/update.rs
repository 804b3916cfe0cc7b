//! `update(&mut State, Action) -> Option<Effect>`: every change of state, and nothing
//! else: no I/O, no clock, no environment.

use crate::action::{Action, Copied, Effect, Status};
use crate::catalogue::NoSuchLink;
use crate::search::MAX_QUERY_BYTES;
use crate::state::{Focus, Overlay, State};

pub fn update(state: &mut State, action: Action) -> Option<Effect> {
    if !matches!(
        action,
        Action::Report(_)
            | Action::TypingPaused(_)
            | Action::Resize(..)
            | Action::SearchDone { .. }
            | Action::Loaded(_)
            | Action::LoadFailed
    ) {
        state.status = None;
    }
    let effect = match action {
        Action::Quit => Some(Effect::Quit),
        Action::Suspend => Some(Effect::Suspend),
        Action::Resize(w, h) => {
            state.width = w;
            state.height = h;
            None
        }
        Action::Report(status) => {
            state.status = Some(status);
            None
        }
        Action::TypingPaused(typed) if typed == state.typed && state.unsearched => {
            state.unsearched = false;
            state.rerun_search()
        }
        Action::TypingPaused(_) => None,
        Action::SearchDone { generation, query, matches, why } => {
            state.search_done(generation, query, matches, why);
            // Entries that arrived while the search held the catalogue join now.
            if state.searching { None } else { state.absorb() }
        }
        Action::Loaded(batch) => state.loaded(*batch),
        Action::LoadFailed => Some(Effect::LoadFailed),
        Action::SwitchLanguage => {
            state.lang = state.lang.toggle();
            None
        }
        Action::ToggleScreenReader | Action::SayAddress => by_ear(state, &action),
        Action::ToggleHelp | Action::ShowAbout | Action::ShowQr | Action::Close => {
            overlay(state, &action)
        }
        Action::SelectPrevious => move_by(state, -1),
        Action::SelectNext => move_by(state, 1),
        Action::PreviousPage => page(state, -1),
        Action::NextPage => page(state, 1),
        Action::SelectFirst => move_by(state, isize::MIN / 2),
        Action::SelectLast => move_by(state, isize::MAX / 2),
        Action::FocusNextPane => cycle_focus(state, true),
        Action::FocusPreviousPane => cycle_focus(state, false),
        Action::FocusSearch => {
            state.overlay = None;
            state.focus = Focus::Search;
            state.cursor = state.query.chars().count();
            None
        }
        Action::Paste(_) => {
            state.overlay = None;
            state.focus = Focus::Search;
            edit(state, &action)
        }
        Action::Insert(_)
        | Action::DeleteBack
        | Action::DeleteForward
        | Action::DeleteWord
        | Action::DeleteToStart
        | Action::CursorLeft
        | Action::CursorRight
        | Action::CursorHome
        | Action::CursorEnd => edit(state, &action),
        Action::Back => back(state),
        Action::Activate => activate(state),
        // `o` (link 0) in the screen-reader mode: the link under the cursor.
        Action::OpenLink(0) => open(state, state.cursor_link()),
        Action::OpenLink(n) => open(state, n),
        Action::CopyLink => {
            let n = state.cursor_link();
            link_url(state, n).map(|text| Effect::Copy { text, what: Copied::Link })
        }
        Action::CopyCitation => citation(state),
        Action::ToggleMark => reading_list::toggle_mark(state),
        Action::ClearMarks => {
            state.marked.clear();
            None
        }
        Action::ExportList => reading_list::export(state),
        Action::Click { column, row } => click(state, column, row),
        Action::Scroll { column, row, down } => {
            let target = pane_at(state, column, row);
            if let Some(focus) = target.filter(|f| *f != Focus::Search) {
                state.focus = focus;
                move_by(state, if down { 3 } else { -3 });
            }
            None
        }
    };
    state.clamp();
    effect
}

/// The screen-reader mode's own keys: switch it, and say an address whole.
fn by_ear(state: &mut State, action: &Action) -> Option<Effect> {
    if *action == Action::ToggleScreenReader {
        state.reader = !state.reader;
        state.detail_line = state.detail_scroll;
        state.status = Some(Status::ScreenReader(state.reader));
        return None;
    }
    let n = state.cursor_link();
    if let Some(url) = link_url(state, n) {
        state.status = Some(Status::Address { number: n + 1, url });
    }
    None
}

/// Opens or closes an overlay; each opens scrolled to its top. The QR code needs a
/// link to show.
fn overlay(state: &mut State, action: &Action) -> Option<Effect> {
    let wanted = match action {
        Action::ToggleHelp if state.overlay == Some(Overlay::Help) => None,
        Action::ToggleHelp => Some(Overlay::Help),
        Action::ShowAbout => Some(Overlay::About),
        Action::ShowQr if link_url(state, 0).is_some() => Some(Overlay::Qr),
        Action::ShowQr => return None,
        _ => None,
    };
    state.overlay = wanted;
    state.overlay_scroll = 0;
    None
}

fn move_by(state: &mut State, delta: isize) -> Option<Effect> {
    let step = |value: usize, max: usize| value.saturating_add_signed(delta).min(max);
    match (state.overlay, state.focus) {
        (Some(Overlay::Help | Overlay::About), _) => {
            state.overlay_scroll = step(state.overlay_scroll, state.max_overlay_scroll());
        }
        (Some(Overlay::Qr), _) => {}
        (None, Focus::Categories) => {
            state.choose_category(step(state.category, state.catalogue.categories.len()));
        }
        (None, Focus::List | Focus::Search) => {
            state.select(step(state.selected, state.visible.len().saturating_sub(1)));
        }
        (None, Focus::Detail) if state.reader => {
            state.detail_line = step(state.detail_line, state.detail_rows().1.saturating_sub(1));
        }
        (None, Focus::Detail) => {
            state.detail_scroll = step(state.detail_scroll, state.max_detail_scroll());
        }
    }
    None
}

fn page(state: &mut State, direction: isize) -> Option<Effect> {
    let rows = match (state.overlay, state.focus) {
        (Some(_), _) => state.overlay_rows().0.saturating_sub(1),
        (None, Focus::Detail) => state.detail_rows().0.saturating_sub(1),
        (None, Focus::Categories) => {
            usize::from(state.areas().categories.map_or(1, |a| a.height.saturating_sub(2)))
        }
        (None, _) => state.list_page(),
    };
    let rows = isize::try_from(rows.max(1)).unwrap_or(1);
    move_by(state, direction * rows)
}

/// The panes the focus visits in turn; the search field is reached with `/`.
const PANES: [Focus; 3] = [Focus::Categories, Focus::List, Focus::Detail];

fn cycle_focus(state: &mut State, forward: bool) -> Option<Effect> {
    if state.overlay.is_some() {
        return None;
    }
    let order = PANES;
    let current = match state.focus {
        Focus::Search => Focus::List,
        f => f,
    };
    let at = order.iter().position(|f| *f == current).unwrap_or(0);
    let next = if forward { (at + 1) % order.len() } else { (at + order.len() - 1) % order.len() };
    // From the search field, Tab goes to the list it filters.
    state.focus = if state.focus == Focus::Search && forward { Focus::List } else { order[next] };
    state.show_detail = state.focus == Focus::Detail && state.one_pane();
    None
}

/// What the screen never shows stays out of the query too: no control, bidi or
/// line-separator character, no emoji joiner reaches the search line.
fn allowed_in_field(c: char) -> bool {
    !crate::text::forbidden_char(c, false) && !crate::text::emoji_joiner(c)
}

/// One edit of the search field, and one search when the text changed. The field holds
/// at most `MAX_QUERY_BYTES`, what the search reads; a paste or key past it is cut,
/// and the note above the list says so.
fn edit(state: &mut State, action: &Action) -> Option<Effect> {
    state.field_cut = false;
    let mut chars: Vec<char> = state.query.chars().collect();
    let cursor = state.cursor.min(chars.len());
    let before = state.query.clone();
    match action {
        Action::Insert(c) if allowed_in_field(*c) => {
            if state.query.len() + c.len_utf8() <= MAX_QUERY_BYTES {
                chars.insert(cursor, *c);
                state.cursor = cursor + 1;
            } else {
                // The field is full: nothing changes, and the note says why.
                state.field_cut = true;
                state.why.cut.bytes = true;
            }
        }
        Action::Paste(text) => {
            // Lines and tabs become spaces; what the field cannot show is left out.
            let mut pasted: Vec<char> = text
                .chars()
                .map(|c| if c.is_whitespace() { ' ' } else { c })
                .filter(|&c| allowed_in_field(c))
                .collect();
            let mut room = MAX_QUERY_BYTES.saturating_sub(state.query.len());
            let fit = pasted
                .iter()
                .take_while(|c| {
                    room.checked_sub(c.len_utf8()).is_some_and(|r| {
                        room = r;
                        true
                    })
                })
                .count();
            state.field_cut = fit < pasted.len();
            pasted.truncate(fit);
            state.cursor = cursor + pasted.len();
            chars.splice(cursor..cursor, pasted);
        }
        Action::DeleteBack if cursor > 0 => {
            chars.remove(cursor - 1);
            state.cursor = cursor - 1;
        }
        Action::DeleteForward if cursor < chars.len() => {
            chars.remove(cursor);
        }
        Action::DeleteWord => {
            let mut start = cursor;
            while start > 0 && chars[start - 1].is_whitespace() {
                start -= 1;
            }
            while start > 0 && !chars[start - 1].is_whitespace() {
                start -= 1;
            }
            chars.drain(start..cursor);
            state.cursor = start;
        }
        Action::DeleteToStart => {
            chars.drain(..cursor);
            state.cursor = 0;
        }
        Action::CursorLeft => state.cursor = cursor.saturating_sub(1),
        Action::CursorRight => state.cursor = (cursor + 1).min(chars.len()),
        Action::CursorHome => state.cursor = 0,
        Action::CursorEnd => state.cursor = chars.len(),
        _ => {}
    }
    state.query = chars.into_iter().collect();
    if state.query == before {
        None
    } else if state.reader {
        state.typed += 1;
        state.unsearched = true;
        Some(Effect::AfterTyping(state.typed))
    } else {
        state.rerun_search()
    }
}

fn back(state: &mut State) -> Option<Effect> {
    match state.focus {
        Focus::Search if !state.query.is_empty() => {
            state.query.clear();
            state.cursor = 0;
            state.unsearched = false;
            return state.rerun_search();
        }
        Focus::Search => state.focus = Focus::List,
        Focus::Detail if state.one_pane() => {
            state.focus = Focus::List;
            state.show_detail = false;
        }
        // The screen-reader mode shows the categories instead of the list.
        Focus::Categories if state.reader => state.focus = Focus::List,
        _ => {}
    }
    None
}

fn activate(state: &mut State) -> Option<Effect> {
    match state.focus {
        Focus::Search | Focus::Categories => {
            state.focus = Focus::List;
            // Enter before the typing paused: the list is the query's at once.
            if std::mem::take(&mut state.unsearched) { state.rerun_search() } else { None }
        }
        Focus::List if state.one_pane() => {
            if state.selected_entry().is_some() {
                state.focus = Focus::Detail;
                state.show_detail = true;
            }
            None
        }
        Focus::List | Focus::Detail => open(state, state.cursor_link()),
    }
}

/// The address of link n of the selected entry; where there is none, the status line
/// says why.
fn link_url(state: &mut State, n: usize) -> Option<String> {
    let found = match state.selected_entry() {
        None => Err(Status::NoEntry),
        Some(entry) => match entry.link(n + 1) {
            Ok(link) => Ok(link.url.to_string()),
            Err(NoSuchLink { count: 0, .. }) => Err(Status::NoLink),
            Err(NoSuchLink { wanted, count }) => Err(Status::NoSuchLink { wanted, count }),
        },
    };
    found.map_err(|why| state.status = Some(why)).ok()
}

fn open(state: &mut State, n: usize) -> Option<Effect> {
    link_url(state, n).map(Effect::Open)
}

fn citation(state: &mut State) -> Option<Effect> {
    let lang = state.lang;
    let text = state
        .selected_entry()
        .map(|e| crate::present::Presentation::new(e, &state.catalogue, lang).citation());
    if let Some(text) = text {
        Some(Effect::Copy { text, what: Copied::Citation })
    } else {
        state.status = Some(Status::NoEntry);
        None
    }
}

/// The pane under a screen cell.
fn pane_at(state: &State, column: u16, row: u16) -> Option<Focus> {
    let a = state.areas();
    let hit = |r: Option<ratatui::layout::Rect>| {
        r.is_some_and(|r| r.contains(ratatui::layout::Position::new(column, row)))
    };
    [
        (a.search, Focus::Search),
        (a.categories, Focus::Categories),
        (a.list, Focus::List),
        (a.detail, Focus::Detail),
    ]
    .into_iter()
    .find(|(r, _)| hit(*r))
    .map(|(_, f)| f)
}

fn click(state: &mut State, column: u16, row: u16) -> Option<Effect> {
    if state.overlay.take().is_some() {
        return None;
    }
    let areas = state.areas();
    match pane_at(state, column, row) {
        Some(Focus::Search) => state.focus = Focus::Search,
        Some(Focus::Categories) => {
            state.focus = Focus::Categories;
            if let Some(area) = areas.categories.filter(|a| a.height > 1) {
                let pick = usize::from(row.saturating_sub(area.y + 1));
                if pick <= state.catalogue.categories.len() && row > area.y {
                    state.choose_category(pick);
                }
            }
        }
        Some(Focus::List) => {
            state.focus = Focus::List;
            if let Some(area) = areas.list {
                let item = usize::from(row.saturating_sub(area.y + 1) / crate::layout::ITEM_ROWS);
                if row > area.y && state.offset + item < state.visible.len() {
                    state.select(state.offset + item);
                }
            }
        }
        Some(Focus::Detail) => state.focus = Focus::Detail,
        None => {}
    }
    None
}

mod reading_list;

#[cfg(test)]
mod tests;
