//! The reading list in the browser: marks, and the Markdown list copied with OSC 52.

use crate::action::{Copied, Effect, Status};
use crate::export::{ExportFormat, export as render};
use crate::links;
use crate::state::State;

/// Terminals cut OSC 52 copies above a few kilobytes (tmux's default buffer, xterm's
/// limits): past this many bytes of base64 payload nothing is copied.
pub const MAX_PAYLOAD: usize = 8_000;

/// Entries named in the suggested command one by one, at most.
const MAX_IDS: usize = 30;

pub fn toggle_mark(state: &mut State) -> Option<Effect> {
    let Some(m) = state.visible.get(state.selected).and_then(|&i| state.matches.get(i)) else {
        state.status = Some(Status::NoEntry);
        return None;
    };
    state.marked.toggle(m.entry);
    None
}

/// The marked entries, or with none marked the visible results, as a Markdown reading
/// list to copy; a list too long for a clipboard is not copied, and the status says
/// which command prints it.
pub fn export(state: &mut State) -> Option<Effect> {
    let shown = state.visible.iter().filter_map(|&i| state.matches.get(i)).map(|m| m.entry);
    let chosen = state.marked.reading_list(shown);
    if chosen.is_empty() {
        state.status = Some(Status::NothingToExport);
        return None;
    }
    let entries: Vec<_> = chosen.iter().filter_map(|&e| state.catalogue.entries.get(e)).collect();
    let text = render(ExportFormat::Markdown, &state.catalogue, &entries, state.lang);
    if links::base64_len(text.len()) > MAX_PAYLOAD {
        state.status =
            Some(Status::ListTooLong { bytes: text.len(), command: command(state, &chosen) });
        return None;
    }
    Some(Effect::Copy { text, what: Copied::ReadingList(entries.len()) })
}

/// The command that prints the same list: the ids when they are marked or few, else
/// the query (or the category) that gave the results. A query within a category is
/// given as the query alone: `export` takes one of the two.
fn command(state: &State, chosen: &[usize]) -> String {
    let mut words = vec!["metodstod export --lang".to_string(), state.lang.code().to_string()];
    let query = state.searched.raw().trim();
    let category = state.category.checked_sub(1).and_then(|i| state.catalogue.categories.get(i));
    let everything = state.marked.is_empty() && query.is_empty() && category.is_none();
    if everything {
        // `export` with no ids prints the whole catalogue.
    } else if !state.marked.is_empty() || chosen.len() <= MAX_IDS {
        let ids = chosen.iter().filter_map(|&e| state.catalogue.entries.get(e));
        words.extend(ids.map(|e| e.id.to_string()));
    } else if !query.is_empty() {
        // Quoted for a shell, as the user will paste it into one.
        words.push(format!("--query '{}'", query.replace('\'', r"'\''")));
    } else if let Some(category) = category {
        words.push(format!("--category {}", category.id));
    }
    crate::text::sanitize(&words.join(" ")).into_owned()
}
