//! The browser's state, and the methods that keep its invariants: the selection lies
//! within the visible results, the scroll within the content, the focus on a shown pane.

use std::sync::Arc;

use crate::action::{Effect, SearchRequest, Status};
use crate::catalogue::{Catalogue, Entry};
use crate::export::Marks;
use crate::i18n::Lang;
use crate::keymap::Scope;
use crate::layout::{self, Areas, Column, Mode};
use crate::present::{DetailLine, LinkForm, Presentation, category_counts, why_lines};
use crate::search::{Index, Match, Never, Query, Why};
use crate::theme::Look;

/// From this many entries to search, a search runs off the input path.
pub const BACKGROUND_SEARCH: usize = 20_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Categories,
    Search,
    List,
    Detail,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Qr,
    About,
}

mod loading;
mod overlay;

pub use loading::Loading;

#[derive(Debug, Clone)]
pub struct State {
    /// Shared with a search running off the input path.
    pub catalogue: Arc<Catalogue>,
    pub index: Arc<Index>,
    pub lang: Lang,
    pub look: Look,
    /// The screen-reader mode: one column without frames, a key changing as few rows
    /// as it can (docs/accessibility.md).
    pub reader: bool,
    pub focus: Focus,
    pub query: String,
    /// The search cursor, in characters.
    pub cursor: usize,
    /// The last edit of the search field was cut to its most (`MAX_QUERY_BYTES`).
    pub field_cut: bool,
    /// The query the current `matches` answer.
    pub searched: Query,
    /// The number of the latest search asked for; a result for an older one is stale.
    pub generation: u64,
    /// Whether a search for the current query is still running off the input path.
    pub searching: bool,
    /// In the screen-reader mode, edits of the query not yet searched, and their
    /// number: the list changes when the typing stops, so a screen reader reads the
    /// letters as they are typed and then the count and the first match, once.
    pub unsearched: bool,
    pub typed: u64,
    /// Every match of the query, best first.
    pub matches: Vec<Match>,
    /// Why the matches are what they are, for the notes above the list.
    pub why: Why,
    /// Matches per category row: row 0 is "All", row i the (i-1)-th category.
    pub counts: Vec<usize>,
    /// The category row under the cursor; it filters the list.
    pub category: usize,
    /// Indices into `matches` of the entries shown: those in the chosen category.
    pub visible: Vec<usize>,
    pub selected: usize,
    /// The first list item shown.
    pub offset: usize,
    pub detail_scroll: usize,
    /// In the screen-reader mode, the line of the resource under the cursor: a screen
    /// reader reads the line a cursor moves to, so the cursor moves, not the text.
    pub detail_line: usize,
    pub overlay: Option<Overlay>,
    pub overlay_scroll: usize,
    pub status: Option<Status>,
    pub width: u16,
    pub height: u16,
    /// Narrow mode shows one pane; this says it is the detail pane.
    pub show_detail: bool,
    /// Entries marked for the reading list (indices into the catalogue), in the order
    /// they were marked; kept through searches, categories and language switches.
    pub marked: Marks,
    /// The selected entry's detail lines at the detail pane's width: built when the
    /// entry, the width or the language changes, and read by the view, the scroll
    /// bound and the OSC 8 pieces alike.
    detail: Detail,
    /// While the catalogue is read in the background: how far it has come.
    pub loading: Option<Loading>,
    /// The entry to keep selected when the search under way answers: it reruns the
    /// query over more entries, not a new query.
    keep: Option<usize>,
}

/// The detail pane's content, and what it was built for.
#[derive(Debug, Clone, Default)]
struct Detail {
    built_for: Option<(usize, u16, Lang, bool, Query)>,
    lines: Vec<DetailLine>,
}

impl State {
    pub fn new(catalogue: Catalogue, lang: Lang, look: Look) -> Self {
        // The word index is built when a search first needs it (`search_again`): the
        // first frame shows the catalogue in its order, and the index of even the
        // embedded catalogue (its words' stems, mostly) was three quarters of the work
        // of a start-up.
        let index = Arc::new(Index::default());
        let categories = catalogue.categories.len();
        let mut state = State {
            catalogue: Arc::new(catalogue),
            index,
            lang,
            look,
            reader: false,
            focus: Focus::List,
            query: String::new(),
            cursor: 0,
            field_cut: false,
            searched: Query::default(),
            generation: 0,
            searching: false,
            unsearched: false,
            typed: 0,
            matches: Vec::new(),
            why: Why::default(),
            counts: vec![0; categories + 1],
            category: 0,
            visible: Vec::new(),
            selected: 0,
            offset: 0,
            detail_scroll: 0,
            detail_line: 0,
            overlay: None,
            overlay_scroll: 0,
            status: None,
            width: 80,
            height: 24,
            show_detail: false,
            marked: Marks::default(),
            detail: Detail::default(),
            loading: None,
            keep: None,
        };
        state.matches = (0..state.catalogue.entries.len()).map(Match::unranked).collect();
        state.recount();
        state
    }

    /// Where keys are read: an overlay, the search field, or the panes.
    pub fn key_scope(&self) -> Scope {
        match (self.overlay, self.focus) {
            (Some(_), _) => Scope::Overlay,
            (None, Focus::Search) => Scope::Searching,
            (None, _) => Scope::Browsing,
        }
    }

    pub fn areas(&self) -> Areas {
        if self.reader {
            let column = match self.focus {
                Focus::Categories => Column::Categories,
                Focus::Search | Focus::List => Column::List,
                Focus::Detail => Column::Detail,
            };
            return layout::reader_areas(self.width, self.height, column);
        }
        layout::areas(self.width, self.height, self.show_detail)
    }

    pub fn mode(&self) -> Mode {
        self.areas().mode
    }

    /// Whether one pane is shown at a time (a narrow screen, or the screen-reader
    /// mode): then Enter opens a resource and Esc goes back to the list.
    pub fn one_pane(&self) -> bool {
        self.mode() == Mode::Narrow
    }

    /// The entry under the selection, if the list is not empty.
    pub fn selected_entry(&self) -> Option<&Entry> {
        let m = self.visible.get(self.selected).and_then(|&i| self.matches.get(i))?;
        self.catalogue.entries.get(m.entry)
    }

    /// Selects the entry with this id, choosing "All" so it is visible.
    pub fn select_id(&mut self, id: &str) -> bool {
        self.category = 0;
        self.refilter();
        let found = self
            .visible
            .iter()
            .position(|&i| self.catalogue.entries[self.matches[i].entry].id == id);
        if let Some(pos) = found {
            self.selected = pos;
            self.keep_selection_visible();
        }
        found.is_some()
    }

    /// Searches again after the query changed, and puts the selection back at the top.
    /// A big search is handed to the runtime (`Effect::Search`) so typing never waits
    /// for it; a small one, or an empty query, is answered at once.
    pub fn rerun_search(&mut self) -> Option<Effect> {
        self.search_again(false)
    }

    /// Searches again; `refresh` when the query is the same and more entries arrived:
    /// then all are searched (not only the earlier results) and the selected entry stays
    /// selected.
    fn search_again(&mut self, refresh: bool) -> Option<Effect> {
        let query = Query::in_catalogue(&self.query, &self.catalogue);
        if !query.is_empty() && self.index.len() < self.catalogue.entries.len() {
            // The first search of a catalogue read whole; one being read is indexed
            // batch by batch as it arrives, so never falls behind here.
            Arc::make_mut(&mut self.index).extend(&self.catalogue);
        }
        self.generation += 1;
        self.keep = if refresh {
            self.visible.get(self.selected).and_then(|&i| self.matches.get(i)).map(|m| m.entry)
        } else {
            None
        };
        // Every entry, every time: with words that need not all match, a longer query
        // may find more, not fewer.
        let candidates: Vec<usize> = (0..self.catalogue.entries.len()).collect();
        let slow = candidates.len() >= BACKGROUND_SEARCH || self.index.slow_to_plan(&query);
        if query.is_empty() || !slow {
            let matches = self
                .index
                .search_within(&self.catalogue, &query, &candidates, &Never)
                .unwrap_or_default();
            let why = self.index.why(&query, &matches);
            self.finish_search(query, matches, why);
            return None;
        }
        self.searching = true;
        Some(Effect::Search(SearchRequest { generation: self.generation, query, candidates }))
    }

    /// Chooses category row `row` (0 is "All"): the list shows its entries from the top.
    /// Nothing changes when it is already chosen.
    pub fn choose_category(&mut self, row: usize) {
        let row = row.min(self.catalogue.categories.len());
        if row != self.category {
            self.category = row;
            self.selected = 0;
            self.offset = 0;
            (self.detail_scroll, self.detail_line) = (0, 0);
            self.refilter();
        }
    }

    /// Selects list row `row` of the visible results; a new entry is shown from its top.
    pub fn select(&mut self, row: usize) {
        let row = row.min(self.visible.len().saturating_sub(1));
        if row != self.selected {
            self.selected = row;
            (self.detail_scroll, self.detail_line) = (0, 0);
        }
        self.keep_selection_visible();
    }

    /// Takes the answer of a search: the latest one only, never a stale one.
    pub fn search_done(&mut self, generation: u64, query: Query, matches: Vec<Match>, why: Why) {
        if generation == self.generation {
            self.finish_search(query, matches, why);
        }
    }

    fn finish_search(&mut self, query: Query, matches: Vec<Match>, why: Why) {
        let (offset, detail_scroll) = (self.offset, self.detail_scroll);
        self.why = why;
        self.why.cut.bytes |= self.field_cut;
        self.matches = matches;
        self.searched = query;
        self.searching = false;
        self.recount();
        let kept = self
            .keep
            .take()
            .and_then(|entry| self.visible.iter().position(|&i| self.matches[i].entry == entry));
        if let Some(row) = kept {
            (self.selected, self.offset, self.detail_scroll) = (row, offset, detail_scroll);
            self.keep_selection_visible();
        } else {
            (self.selected, self.offset, self.detail_scroll, self.detail_line) = (0, 0, 0, 0);
        }
    }

    /// Recomputes the category counts and the visible list from `matches`.
    fn recount(&mut self) {
        let entries = self.matches.iter().map(|m| &self.catalogue.entries[m.entry]);
        let per_category = category_counts(&self.catalogue, entries);
        self.counts = std::iter::once(self.matches.len()).chain(per_category).collect();
        self.refilter();
    }

    /// Recomputes the visible list for the chosen category, keeping the selection valid.
    pub fn refilter(&mut self) {
        self.category = self.category.min(self.catalogue.categories.len());
        self.visible = (0..self.matches.len())
            .filter(|&i| self.in_chosen_category(&self.catalogue.entries[self.matches[i].entry]))
            .collect();
        self.clamp();
    }

    /// Whether `entry` belongs in the list under the chosen category ("All" holds all).
    fn in_chosen_category(&self, entry: &Entry) -> bool {
        let chosen = self.category.checked_sub(1).and_then(|i| self.catalogue.categories.get(i));
        entry.in_category(chosen.map(|c| c.id.as_str()))
    }

    /// Restores every invariant after any change of size, content or position.
    pub fn clamp(&mut self) {
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
        self.cursor = self.cursor.min(self.query.chars().count());
        if !self.one_pane() {
            self.show_detail = false;
        }
        let areas = self.areas();
        if self.focus == Focus::Detail && areas.detail.is_none() {
            self.focus = Focus::List;
        }
        self.keep_selection_visible();
        self.build_detail();
        if self.reader {
            // The view turns a page when the cursor leaves it: the lines change once a
            // page, not at every key.
            self.detail_line = self.detail_line.min(self.detail.lines.len().saturating_sub(1));
            let rows = self.detail_rows().0.max(1);
            self.detail_scroll = self.detail_line - self.detail_line % rows;
        } else {
            self.detail_scroll = self.detail_scroll.min(self.max_detail_scroll());
        }
        self.overlay_scroll = self.overlay_scroll.min(self.max_overlay_scroll());
    }

    pub fn list_page(&self) -> usize {
        if self.reader {
            // One row an entry, below the row that counts the matches.
            return self.areas().list.map_or(1, |a| usize::from(a.height.saturating_sub(1)).max(1));
        }
        let notes = self.search_notes().len();
        self.areas().list.map_or(1, |a| layout::list_page(a, u16::try_from(notes).unwrap_or(0)))
    }

    /// What the list says above its results: the query's words that found nothing,
    /// close words when nothing was found, and what the query's limits left out.
    pub fn search_notes(&self) -> Vec<String> {
        why_lines(&self.why, self.lang)
    }

    pub fn keep_selection_visible(&mut self) {
        let page = self.list_page();
        if self.reader {
            // Whole pages: a moving selection rewrites the list once a page, not at
            // every step, so a screen reader has only the selected line to read.
            self.offset = self.selected - self.selected % page;
            return;
        }
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + page {
            self.offset = self.selected + 1 - page;
        }
        self.offset = self.offset.min(self.visible.len().saturating_sub(page));
    }

    /// Builds the selected entry's detail lines, unless they are already built for the
    /// same entry, width and language.
    fn build_detail(&mut self) {
        let areas = self.areas();
        let width = areas.detail.map_or(0, |a| areas.inside(a).width);
        let entry = self.visible.get(self.selected).and_then(|&i| self.matches.get(i));
        let wanted = entry.map(|m| (m.entry, width, self.lang, self.reader));
        let built = self.detail.built_for.as_ref();
        if wanted == built.map(|b| (b.0, b.1, b.2, b.3))
            && built.is_none_or(|b| b.4 == self.searched)
        {
            return;
        }
        let links = if self.reader { LinkForm::Hosts } else { LinkForm::Addresses };
        self.detail.lines = match (wanted, self.selected_entry()) {
            (Some(_), Some(entry)) if width > 0 => Presentation::new(
                entry,
                &self.catalogue,
                self.lang,
            )
            .lines(width, &self.searched, links),
            _ => Vec::new(),
        };
        self.detail.built_for = wanted.map(|(e, w, l, r)| (e, w, l, r, self.searched.clone()));
    }

    /// The link a key such as `o`, `y` or Enter means (0-based): in the screen-reader
    /// mode, the one whose line the cursor is on in an opened resource; else the first.
    pub fn cursor_link(&self) -> usize {
        if !self.reader || self.focus != Focus::Detail {
            return 0;
        }
        match self.detail.lines.get(self.detail_line) {
            Some(DetailLine::Link { number, .. }) => number.saturating_sub(1),
            _ => 0,
        }
    }

    /// The selected entry's detail lines at the detail pane's width.
    pub fn detail_lines(&self) -> &[DetailLine] {
        &self.detail.lines
    }

    /// Rows of the detail pane's inside, and of its content at that width.
    pub fn detail_rows(&self) -> (usize, usize) {
        let areas = self.areas();
        let Some(area) = areas.detail else { return (0, 0) };
        (usize::from(areas.inside(area).height), self.detail.lines.len())
    }

    pub fn max_detail_scroll(&self) -> usize {
        let (rows, content) = self.detail_rows();
        content.saturating_sub(rows)
    }
}
