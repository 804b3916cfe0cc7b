//! Query parsing and ranking (DESIGN §6).
//!
//! Haystacks are normalised (NFC), lowercased and diacritic-folded once, at load, with a
//! one-to-one character table so that a position in a folded haystack is the position of
//! the same character in the text on screen.

mod fold;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::catalogue::{Catalogue, Entry};
pub use fold::{fold_char, lower_char, nfc};

/// How much a fuzzy match in a field counts; the title weighs most.
const TITLE_WEIGHT: i64 = 4;
const SHORT_WEIGHT: i64 = 2;
/// A substring found only in a summary: a fixed, modest score.
const SUMMARY_SCORE: i64 = 8;
/// Below this many entries a search runs on one thread; spawning costs more than it saves.
const PARALLEL_THRESHOLD: usize = 4_000;

/// One searchable text in three forms that share character positions.
#[derive(Debug, Clone)]
struct Field {
    original: Vec<char>,
    lower: String,
    folded: String,
}

impl Field {
    fn new(text: &str) -> Self {
        let original: Vec<char> = nfc(text).chars().collect();
        let lower = original.iter().map(|&c| lower_char(c)).collect();
        let folded = original.iter().map(|&c| fold_char(lower_char(c))).collect();
        Field { original, lower, folded }
    }
}

/// The precomputed haystacks of one entry.
#[derive(Debug, Clone)]
struct Haystack {
    title: Field,
    /// Publisher, keywords, category names, audiences and formats in both languages.
    short: Vec<Field>,
    /// Both summaries, folded only: they are searched by substring and checked
    /// against the original where the term is strict.
    summaries: Vec<Field>,
}

/// A term with its rules: smart case and smart diacritics, decided per term.
#[derive(Debug, Clone)]
struct Term {
    text: String,
    case_sensitive: bool,
    diacritic_sensitive: bool,
}

impl Term {
    fn new(raw: &str) -> Self {
        let text = nfc(raw);
        let case_sensitive = text.chars().any(char::is_uppercase);
        let diacritic_sensitive = text.chars().any(|c| fold_char(lower_char(c)) != lower_char(c));
        Term { text, case_sensitive, diacritic_sensitive }
    }

    /// The term in the form it is compared in.
    fn needle(&self) -> String {
        self.text.chars().map(|c| self.shape(c)).collect()
    }

    /// A character shaped by this term's rules, for both needle and haystack.
    fn shape(&self, c: char) -> char {
        let c = if self.case_sensitive { c } else { lower_char(c) };
        if self.diacritic_sensitive { c } else { fold_char(c) }
    }

    /// The haystack in this term's form: precomputed for the common rules, built for
    /// the rare case-sensitive ones.
    fn haystack<'a>(&self, field: &'a Field) -> std::borrow::Cow<'a, str> {
        match (self.case_sensitive, self.diacritic_sensitive) {
            (false, false) => std::borrow::Cow::Borrowed(&field.folded),
            (false, true) => std::borrow::Cow::Borrowed(&field.lower),
            _ => std::borrow::Cow::Owned(field.original.iter().map(|&c| self.shape(c)).collect()),
        }
    }
}

/// A parsed query: space-separated terms, all of which must match.
#[derive(Debug, Clone, Default)]
pub struct Query {
    raw: String,
    terms: Vec<Term>,
}

impl Query {
    pub fn parse(raw: &str) -> Self {
        Query { raw: raw.to_string(), terms: raw.split_whitespace().map(Term::new).collect() }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// Whether every result of `narrower` is sure to be a result of `self`, so a search
    /// for `narrower` may look only at the results of `self`. Appending characters can
    /// only lengthen the last term or add terms, and a stricter term (smart case, smart
    /// diacritics) matches a subset of what its looser prefix matches.
    pub fn narrows_to(&self, narrower: &Query) -> bool {
        narrower.raw.starts_with(&self.raw)
    }
}

/// One result: which entry, how well it matched, and where in its title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub entry: usize,
    pub score: i64,
    /// Character indices of the title to highlight, sorted.
    pub title_positions: Vec<usize>,
}

/// The search index of a catalogue, built once.
#[derive(Debug, Clone)]
pub struct Index {
    haystacks: Vec<Haystack>,
}

impl Index {
    pub fn new(catalogue: &Catalogue) -> Self {
        let haystacks = catalogue.entries.iter().map(|e| haystack(catalogue, e)).collect();
        Index { haystacks }
    }

    pub fn len(&self) -> usize {
        self.haystacks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.haystacks.is_empty()
    }

    /// Every entry that matches, best first; ties keep catalogue order.
    pub fn search(&self, query: &Query) -> Vec<Match> {
        let all: Vec<usize> = (0..self.haystacks.len()).collect();
        self.search_within(query, &all)
    }

    /// Like `search`, but only among `candidates` (ascending entry indices), for a
    /// query that narrows an earlier one.
    pub fn search_within(&self, query: &Query, candidates: &[usize]) -> Vec<Match> {
        if query.is_empty() {
            return candidates
                .iter()
                .map(|&entry| Match { entry, score: 0, title_positions: Vec::new() })
                .collect();
        }
        let mut matches = if candidates.len() >= PARALLEL_THRESHOLD {
            self.search_parallel(query, candidates)
        } else {
            self.search_chunk(query, candidates)
        };
        // A stable sort keeps catalogue order among equal scores.
        matches.sort_by_key(|m| std::cmp::Reverse(m.score));
        matches
    }

    fn search_parallel(&self, query: &Query, candidates: &[usize]) -> Vec<Match> {
        let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).max(1);
        let chunk = candidates.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let handles: Vec<_> = candidates
                .chunks(chunk)
                .map(|part| scope.spawn(move || self.search_chunk(query, part)))
                .collect();
            let mut all = Vec::new();
            for handle in handles {
                match handle.join() {
                    Ok(part) => all.extend(part),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            all
        })
    }

    fn search_chunk(&self, query: &Query, candidates: &[usize]) -> Vec<Match> {
        let matcher = SkimMatcherV2::default().respect_case();
        candidates
            .iter()
            .filter_map(|&entry| score_entry(&matcher, &self.haystacks[entry], query, entry))
            .collect()
    }
}

fn haystack(catalogue: &Catalogue, entry: &Entry) -> Haystack {
    let mut short = Vec::new();
    for p in &entry.publisher {
        short.push(Field::new(&p.sv));
        short.push(Field::new(&p.en));
    }
    for k in &entry.keywords {
        short.push(Field::new(k));
    }
    for id in &entry.categories {
        if let Some(c) = catalogue.category(id) {
            short.push(Field::new(&c.name.sv));
            short.push(Field::new(&c.name.en));
        }
    }
    for l in entry.audiences.iter().chain(&entry.formats) {
        short.push(Field::new(&l.sv));
        short.push(Field::new(&l.en));
    }
    Haystack {
        title: Field::new(&entry.title),
        short,
        summaries: vec![Field::new(&entry.summary.sv), Field::new(&entry.summary.en)],
    }
}

fn score_entry(
    matcher: &SkimMatcherV2,
    hay: &Haystack,
    query: &Query,
    entry: usize,
) -> Option<Match> {
    let mut total = 0;
    let mut title_positions = Vec::new();
    for term in &query.terms {
        let needle = term.needle();
        let mut best = None::<i64>;
        if let Some((score, positions)) = matcher.fuzzy_indices(&term.haystack(&hay.title), &needle)
        {
            best = Some(score * TITLE_WEIGHT);
            title_positions.extend(positions);
        }
        for field in &hay.short {
            if let Some(score) = matcher.fuzzy_match(&term.haystack(field), &needle) {
                best = best.max(Some(score * SHORT_WEIGHT));
            }
        }
        if best.is_none() && hay.summaries.iter().any(|f| contains(f, term, &needle)) {
            best = Some(SUMMARY_SCORE);
        }
        total += best?;
    }
    title_positions.sort_unstable();
    title_positions.dedup();
    Some(Match { entry, score: total, title_positions })
}

/// Substring search on the folded summary, each hit then checked against the original
/// under the term's stricter rules (the alignment of a substring is fixed, so this is exact).
fn contains(field: &Field, term: &Term, needle: &str) -> bool {
    let loose: String = needle.chars().map(|c| fold_char(lower_char(c))).collect();
    let len = needle.chars().count();
    let strict = term.case_sensitive || term.diacritic_sensitive;
    let mut start = 0;
    while let Some(found) = field.folded[start..].find(&loose) {
        let byte = start + found;
        if !strict {
            return true;
        }
        let at = field.folded[..byte].chars().count();
        let same = field.original[at..at + len]
            .iter()
            .zip(needle.chars())
            .all(|(&h, n)| term.shape(h) == n);
        if same {
            return true;
        }
        start = byte + field.folded[byte..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

#[cfg(test)]
mod tests;
