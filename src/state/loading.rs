//! A catalogue that arrives while the browser runs: its batches join the catalogue and
//! the index only when no search holds them, the current search is run again over what
//! has arrived (keeping the selected entry), and the reader's verdict on the whole
//! (`Batch::valid`) is in before the progress indicator goes.

use std::sync::Arc;

use super::State;
use crate::action::Effect;
use crate::catalogue::{Batch, Catalogue, Entry};
use crate::i18n::Lang;
use crate::present::category_counts;
use crate::search::Match;
use crate::theme::Look;

/// How far the reading of the catalogue has come, and what has arrived but waits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loading {
    /// Entries arrived, those waiting included.
    pub arrived: usize,
    pub bytes_read: u64,
    pub total_bytes: u64,
    head: Option<Box<Catalogue>>,
    waiting: Vec<Entry>,
    /// The file was read whole, or reading stopped; what remains is to take the rest.
    done: bool,
    /// What the reader found of what it read (`Batch::valid`).
    valid: bool,
}

impl Loading {
    /// Bytes read, in per cent (0 to 100).
    pub fn percent(&self) -> u64 {
        (self.bytes_read.min(self.total_bytes) * 100).checked_div(self.total_bytes).unwrap_or(0)
    }
}

impl State {
    /// A browser whose catalogue (the file `file`, of `total_bytes`) is yet to arrive.
    pub fn loading(file: Option<String>, total_bytes: u64, lang: Lang, look: Look) -> Self {
        let catalogue = Catalogue { file, ..Catalogue::default() };
        let mut state = State::new(catalogue, lang, look);
        state.loading = Some(Loading { total_bytes, ..Loading::default() });
        state
    }

    /// A batch arrived. It joins at once unless a search running off the input path
    /// holds the catalogue; then when that search answers.
    pub fn loaded(&mut self, batch: Batch) -> Option<Effect> {
        let loading = self.loading.as_mut()?;
        loading.bytes_read = batch.bytes_read;
        loading.total_bytes = batch.total_bytes;
        loading.arrived += batch.entries.len();
        if batch.head.is_some() {
            loading.head = batch.head;
        }
        loading.waiting.extend(batch.entries);
        loading.done |= batch.done;
        loading.valid = batch.valid;
        if self.searching { None } else { self.absorb() }
    }

    /// Takes what has arrived into the catalogue and the index, and searches again.
    /// When the file is complete and the reader found it invalid, the browser is to end
    /// (`Effect::LoadFailed`) before anything half-loaded passes for complete.
    pub fn absorb(&mut self) -> Option<Effect> {
        let loading = self.loading.as_mut()?;
        let (head, waiting, done) =
            (loading.head.take(), std::mem::take(&mut loading.waiting), loading.done);
        if head.is_none() && waiting.is_empty() && !done {
            return None;
        }
        let valid = loading.valid;
        let first_new = self.catalogue.entries.len();
        let new_head = head.is_some();
        // The runtime lets no search hold these now; were one to, this would copy them
        // rather than change what it reads.
        let catalogue = Arc::make_mut(&mut self.catalogue);
        if let Some(head) = head {
            let (file, entries) = (catalogue.file.take(), std::mem::take(&mut catalogue.entries));
            *catalogue = *head;
            (catalogue.file, catalogue.entries) = (file, entries);
        }
        catalogue.entries.extend(waiting);
        Arc::make_mut(&mut self.index).extend(&self.catalogue);
        if done {
            if !valid {
                return Some(Effect::LoadFailed);
            }
            self.loading = None;
        }
        if !new_head && self.query.is_empty() && self.searched.is_empty() {
            self.append_unsearched(first_new);
            return None;
        }
        self.search_again(true)
    }

    /// With no query the list is the catalogue in its order: entries from `first` on
    /// are appended and counted, not the whole searched and counted again per batch.
    fn append_unsearched(&mut self, first: usize) {
        let added = &self.catalogue.entries[first..];
        self.counts[0] += added.len();
        let per_category = category_counts(&self.catalogue, added.iter());
        for (count, n) in self.counts.iter_mut().skip(1).zip(per_category) {
            *count += n;
        }
        for entry in first..self.catalogue.entries.len() {
            if self.in_chosen_category(&self.catalogue.entries[entry]) {
                self.visible.push(self.matches.len());
            }
            self.matches.push(Match::unranked(entry));
        }
        self.clamp();
    }

    /// Whether the catalogue is still being read.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }
}

#[cfg(test)]
mod tests;
