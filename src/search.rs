//! Query parsing and ranking (docs/search.md has the rules and the ranking).
//!
//! At load every text is cut into words (`words`), the distinct words form a
//! vocabulary with their loose forms and stems (`vocab`, `stem`), and an entry keeps
//! only its word numbers per field class. A search matches each query word against the
//! vocabulary once (`rules`, `typo`, `compound`), then tests entries by word number
//! (`rank`); fuzzy-matcher's letters in order are the last resort, on titles and short
//! fields kept normalised (NFC), lowercased and folded one character for one, so that
//! a position in a folded text is the position of the same character on screen.

mod compound;
mod highlight;
pub mod limits;
mod near;
mod numbered;
mod plan;
mod rank;
mod rules;
mod stem;
mod stop;
mod synonyms;
mod typo;
mod vocab;
mod weigh;
mod why;
mod words;

use fuzzy_matcher::skim::SkimMatcherV2;

use std::collections::HashMap;

use crate::catalogue::{Catalogue, Category, Synonyms};
pub use crate::text::{fold_char, fold_text, lower_char, nfc};
pub use limits::{MAX_QUERY_BYTES, MAX_QUERY_WORDS};
use numbered::Numbered;
use plan::{Plan, Touched};
use rank::Scorer;
use synonyms::Alternative;
pub use why::Why;
use words::QWord;

/// Below this many entries a search runs on one thread; spawning costs more than it saves.
const PARALLEL_THRESHOLD: usize = 4_000;

/// Vocabulary words times query words above which planning is kept off the input path
/// (about ten milliseconds of work in a release build).
const SLOW_PLAN: usize = 200_000;

/// One short searchable text in the two forms terms are compared in; both keep the
/// character positions of the (NFC) original.
#[derive(Debug, Clone)]
struct Field {
    lower: Box<str>,
    /// Where folding changes the lowered text (most have no diacritics).
    folded: Option<Box<str>>,
}

impl Field {
    fn new(text: &str) -> Self {
        let text = nfc(text);
        let lower: String = text.chars().map(lower_char).collect();
        let folded: String = lower.chars().map(fold_char).collect();
        let folded = (folded != lower).then(|| folded.into_boxed_str());
        Field { lower: lower.into_boxed_str(), folded }
    }

    fn folded(&self) -> &str {
        self.folded.as_deref().unwrap_or(&self.lower)
    }
}

/// What the letters-in-order match reads of one entry. Short fields (publishers,
/// keywords, category names, audiences, formats) repeat across entries, so each
/// distinct one is stored and scored once per word, and an entry holds their numbers.
#[derive(Debug, Clone)]
struct Haystack {
    title: Field,
    short: Box<[u32]>,
}

/// A parsed query: space-separated terms, each cut into words (letters and digits); a
/// term with no letters or digits is matched as it is, as letters in order. Stop words
/// are left out when other words remain, and a word typed twice is one word; the rest
/// need not all match (see `rank`). Past the limits (`limits`) the query is cut, and
/// `cut` says what was left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    raw: String,
    words: Vec<QWord>,
    /// What the catalogue's synonym table lets the words stand for.
    alternatives: Vec<Alternative>,
    cut: Cut,
}

/// What a query's limits left out of it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cut {
    /// The query was longer than `MAX_QUERY_BYTES`: what followed was not read.
    pub bytes: bool,
    /// Distinct words past the `MAX_QUERY_WORDS`th, as typed, in query order.
    pub words: Vec<String>,
}

impl Cut {
    pub fn is_empty(&self) -> bool {
        !self.bytes && self.words.is_empty()
    }
}

impl Query {
    /// The words as they were typed.
    pub fn text(&self) -> &str {
        &self.raw
    }

    /// A query without synonyms.
    pub fn parse(raw: &str) -> Self {
        Self::with_synonyms(raw, &[])
    }

    /// A query as a catalogue reads it: with its synonym table. Every front-end makes
    /// its queries here, so that each ranks alike.
    pub fn in_catalogue(raw: &str, catalogue: &Catalogue) -> Self {
        Self::with_synonyms(raw, &catalogue.synonyms)
    }

    fn with_synonyms(raw: &str, table: &[Synonyms]) -> Self {
        let (read, cut_bytes) = within_bytes(raw, MAX_QUERY_BYTES);
        // (text, no letters or digits) per word, in query order.
        let mut found: Vec<(String, bool)> = Vec::new();
        // Composed first, so that a decomposed letter stays inside its word.
        for term in nfc(read).split_whitespace() {
            let before = found.len();
            found.extend(words::words(term).map(|(_, w)| (w.to_string(), false)));
            if found.len() == before {
                found.push((term.to_string(), true));
            }
        }
        // The word being typed: the last, unless a space already closed it (or the
        // query was cut, so that what was typed last is not there).
        let typing = !cut_bytes
            && !read.ends_with(char::is_whitespace)
            && found.last().is_some_and(|(_, symbols)| !symbols);
        let looses: Vec<String> = found.iter().map(|(w, _)| words::loose(w)).collect();
        let looses: Vec<&str> = looses.iter().map(String::as_str).collect();
        let stops = stop::stops(&looses);
        // Each distinct word once, planned once; `order` keeps where each stood, so
        // that the synonym table's phrases are still found across repeats.
        let mut words: Vec<QWord> = Vec::new();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut order: Vec<Option<usize>> = Vec::new();
        let mut cut = Cut { bytes: cut_bytes, words: Vec::new() };
        let last = found.len().saturating_sub(1);
        for (i, ((text, symbols), stop)) in found.iter().zip(stops).enumerate() {
            if stop {
                order.push(None);
                continue;
            }
            let prefix = typing && i == last;
            let at = if let Some(&at) = seen.get(text.as_str()) {
                // The word being typed, typed before too, is one word, still being typed.
                if prefix {
                    words[at] = QWord::new(text, true, *symbols);
                }
                Some(at)
            } else if words.len() < MAX_QUERY_WORDS {
                seen.insert(text, words.len());
                words.push(QWord::new(text, prefix, *symbols));
                Some(words.len() - 1)
            } else {
                if !cut.words.contains(text) {
                    cut.words.push(text.clone());
                }
                None
            };
            order.push(at);
        }
        let alternatives = synonyms::expand(&words, &order, table);
        Query { raw: raw.to_string(), words, alternatives, cut }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// The words that decide the search, as typed (stop words left out).
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|w| w.text.as_str())
    }

    /// What the limits left out of the query.
    pub fn cut(&self) -> &Cut {
        &self.cut
    }
}

/// The longest beginning of `text` of at most `max` bytes, ending between words where
/// it can (else at a character), and whether anything was left out.
fn within_bytes(text: &str, max: usize) -> (&str, bool) {
    if text.len() <= max {
        return (text, false);
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let next_is_space = text[end..].starts_with(char::is_whitespace);
    let between = if next_is_space { Some(end) } else { head.rfind(char::is_whitespace) };
    (between.map_or(head, |at| &text[..at]), true)
}

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

/// The search index of a catalogue, built once; searches read the catalogue it was
/// built from for the original text.
#[derive(Debug, Clone, Default)]
pub struct Index {
    vocab: vocab::Vocab,
    /// Per entry, its word numbers by field class (see `vocab::build`).
    words: Vec<Box<[u32]>>,
    /// Titles and short fields as texts, for the letters-in-order match.
    haystacks: Vec<Haystack>,
    /// Every distinct short field, as typed (for strict terms) and numbered.
    originals: Numbered,
    /// The same, lowered and folded.
    strings: Vec<Field>,
}

/// Lets a caller abandon a search whose answer is no longer wanted.
pub trait Cancel: Sync {
    fn cancelled(&self) -> bool;
}

/// Never cancels.
pub struct Never;

impl Cancel for Never {
    fn cancelled(&self) -> bool {
        false
    }
}

impl Cancel for std::sync::atomic::AtomicBool {
    fn cancelled(&self) -> bool {
        self.load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// How many entries are searched between two looks at the cancel flag.
const CANCEL_STRIDE: usize = 512;

impl Index {
    pub fn new(catalogue: &Catalogue) -> Self {
        let mut index = Index::default();
        index.extend(catalogue);
        index
    }

    /// Indexes the entries of `catalogue` past those already indexed: a catalogue that
    /// grows at its end (while it is read) is indexed batch by batch, and the index is
    /// then the one `new` builds of the whole, number for number.
    pub fn extend<'a>(&mut self, catalogue: &'a Catalogue) {
        let Some(added) = catalogue.entries.get(self.haystacks.len()..) else { return };
        // Numbering the distinct short fields is quick and serial; folding the texts is
        // the costly part, and is shared among the cores.
        let mut distinct: Vec<&'_ str> = Vec::new();
        let originals = &mut self.originals;
        let mut number = |text: &'a str| -> u32 {
            originals.get(text).unwrap_or_else(|| {
                distinct.push(text);
                originals.add(text)
            })
        };
        let positions: HashMap<&str, &Category> =
            catalogue.categories.iter().map(|c| (c.id.as_str(), c)).collect();
        let shorts: Vec<Box<[u32]>> = added
            .iter()
            .map(|entry| {
                let mut short = Vec::new();
                for l in entry.publisher.iter().chain(&entry.audiences).chain(&entry.formats) {
                    short.push(number(&l.sv));
                    short.push(number(&l.en));
                }
                for k in &entry.keywords {
                    short.push(number(k));
                }
                for c in entry.categories.iter().filter_map(|id| positions.get(id.as_str())) {
                    short.push(number(&c.name.sv));
                    short.push(number(&c.name.en));
                }
                short.sort_unstable();
                short.dedup();
                short.into_boxed_slice()
            })
            .collect();
        self.strings.extend(parallel_map(&distinct, |text| Field::new(text)));
        let titles = parallel_map(added, |entry| Field::new(&entry.title));
        self.haystacks
            .extend(titles.into_iter().zip(shorts).map(|(title, short)| Haystack { title, short }));
        let words = vocab::extend(&mut self.vocab, added, &catalogue.categories);
        self.words.extend(words);
    }

    pub fn len(&self) -> usize {
        self.haystacks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.haystacks.is_empty()
    }

    /// Whether planning `query` is work enough to keep off the input path whatever the
    /// number of entries: each word is matched against the whole vocabulary, and the
    /// synonym table's words add a pass of their own.
    pub fn slow_to_plan(&self, query: &Query) -> bool {
        let passes = query.words.len() + usize::from(!query.alternatives.is_empty());
        passes.saturating_mul(self.vocab.len()) > SLOW_PLAN
    }

    /// Every entry that matches, best first; ties keep catalogue order.
    pub fn search(&self, catalogue: &Catalogue, query: &Query) -> Vec<Match> {
        let all: Vec<usize> = (0..self.haystacks.len()).collect();
        self.search_within(catalogue, query, &all, &Never).unwrap_or_default()
    }

    /// Like `search`, but only among `candidates` (ascending entry indices), for a
    /// query that narrows an earlier one; `None` when `cancel` said stop.
    pub fn search_within(
        &self,
        catalogue: &Catalogue,
        query: &Query,
        candidates: &[usize],
        cancel: &dyn Cancel,
    ) -> Option<Vec<Match>> {
        if query.is_empty() {
            return Some(candidates.iter().map(|&entry| Match::unranked(entry)).collect());
        }
        let plans = plan::plans(&self.vocab, query, cancel)?;
        // Words that match nothing anywhere are left out before any entry is read.
        if plans.iter().all(Plan::is_empty) {
            return Some(Vec::new());
        }
        let touched = Touched::of(&self.vocab, &plans);
        let parts = per_core(candidates, |part| {
            self.search_chunk(catalogue, query, (&plans, &touched), part, cancel)
        });
        let scored = parts.into_iter().collect::<Option<Vec<_>>>()?.concat();
        let (mut matches, weights): (Vec<Match>, Vec<Box<[u16]>>) = scored.into_iter().unzip();
        weigh::weigh(&mut matches, &weights, candidates.len());
        // A stable sort keeps catalogue order among equal scores.
        matches.sort_by_key(|m| std::cmp::Reverse(m.score));
        Some(matches)
    }

    fn search_chunk(
        &self,
        catalogue: &Catalogue,
        query: &Query,
        (plans, touched): (&[Plan], &Touched),
        candidates: &[usize],
        cancel: &dyn Cancel,
    ) -> Option<Vec<(Match, Box<[u16]>)>> {
        let mut scorer = Scorer {
            index: self,
            catalogue,
            query,
            plans,
            touched,
            matcher: SkimMatcherV2::default().respect_case(),
            memo: vec![Vec::new(); query.words.len()],
        };
        let mut out = Vec::new();
        for (i, &entry) in candidates.iter().enumerate() {
            if i % CANCEL_STRIDE == 0 && cancel.cancelled() {
                return None;
            }
            out.extend(scorer.score(entry));
        }
        Some(out)
    }
}

/// `f` over `items`, in order, on every core when there are enough items to pay for
/// the threads.
fn parallel_map<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync) -> Vec<U> {
    per_core(items, |part| part.iter().map(&f).collect::<Vec<U>>()).into_iter().flatten().collect()
}

/// `f` over one slice of `items` per core (one slice below the threshold), in order.
fn per_core<'a, T: Sync, U: Send>(items: &'a [T], f: impl Fn(&'a [T]) -> U + Sync) -> Vec<U> {
    // Asked only for enough items: the answer reads three cgroup files each time, which
    // for the embedded catalogue cost more than its whole index.
    let threads = if items.len() < PARALLEL_THRESHOLD {
        1
    } else {
        std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
    };
    if threads < 2 {
        return vec![f(items)];
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(items.len().div_ceil(threads))
            .map(|part| scope.spawn(move || f(part)))
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}

#[cfg(test)]
mod tests;
