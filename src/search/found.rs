//! What a search answers: one result per entry that matched.

/// One result: which entry, how well it matched, and where in its title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub entry: usize,
    pub score: i64,
    /// Which of the query's words it matched, a bit each (`Query::words` order).
    pub words: u64,
    /// Character indices of the title to highlight, sorted.
    pub title_positions: Vec<usize>,
}

impl Match {
    /// Entry `entry` as the empty query lists it: in catalogue order, nothing marked.
    pub fn unranked(entry: usize) -> Self {
        Match { entry, score: 0, words: 0, title_positions: Vec::new() }
    }
}
