//! Query parsing and ranking (DESIGN §6).
//!
//! Haystacks are normalised (NFC), lowercased and diacritic-folded once, at load, with a
//! one-to-one character table so that a position in a folded haystack is the position of
//! the same character in the text on screen.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use std::borrow::Cow;
use std::collections::HashMap;

use crate::catalogue::{Catalogue, Category};
pub use crate::text::{fold_char, fold_text, lower_char, nfc};

/// How much a fuzzy match in a field counts; the title weighs most.
const TITLE_WEIGHT: i64 = 4;
const SHORT_WEIGHT: i64 = 2;
/// A substring found only in a summary: a fixed, modest score.
const SUMMARY_SCORE: i64 = 8;
/// Below this many entries a search runs on one thread; spawning costs more than it saves.
const PARALLEL_THRESHOLD: usize = 4_000;

/// One short searchable text in the two forms terms are compared in; both keep the
/// character positions of the (NFC) original.
#[derive(Debug, Clone)]
struct Field {
    lower: Box<str>,
    folded: Box<str>,
}

impl Field {
    fn new(text: &str) -> Self {
        let text = nfc(text);
        let lower: String = text.chars().map(lower_char).collect();
        let folded = lower.chars().map(fold_char).collect::<String>().into_boxed_str();
        Field { lower: lower.into_boxed_str(), folded }
    }
}

/// What the index keeps of one entry. Short fields (publishers, keywords, category
/// names, audiences, formats) repeat across entries, so each distinct one is stored
/// and scored once per term, and an entry holds only their numbers.
#[derive(Debug, Clone)]
struct Haystack {
    title: Field,
    short: Box<[u32]>,
    /// Both summaries, folded only: searched by substring, and checked against the
    /// catalogue's text where a term is strict.
    summaries: [Box<str>; 2],
}

/// A term with its rules: smart case and smart diacritics, decided per term.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    case_sensitive: bool,
    diacritic_sensitive: bool,
    /// The term in the form it is compared in.
    needle: String,
    /// The term lowercased and folded: what the folded haystacks are searched for.
    loose: String,
}

impl Term {
    fn new(raw: &str) -> Self {
        let text = nfc(raw).into_owned();
        let case_sensitive = text.chars().any(char::is_uppercase);
        let diacritic_sensitive = text.chars().any(|c| fold_char(lower_char(c)) != lower_char(c));
        let mut term = Term {
            case_sensitive,
            diacritic_sensitive,
            needle: String::new(),
            loose: String::new(),
        };
        term.needle = text.chars().map(|c| term.shape(c)).collect();
        term.loose = fold_text(&text);
        term
    }

    fn strict(&self) -> bool {
        self.case_sensitive || self.diacritic_sensitive
    }

    /// A character shaped by this term's rules, for both needle and haystack.
    fn shape(&self, c: char) -> char {
        let c = if self.case_sensitive { c } else { lower_char(c) };
        if self.diacritic_sensitive { c } else { fold_char(c) }
    }

    /// A haystack in this term's form: precomputed for the common rules; built from
    /// the original for the rare case-sensitive ones.
    fn haystack<'a>(&self, field: &'a Field, original: &str) -> Cow<'a, str> {
        match (self.case_sensitive, self.diacritic_sensitive) {
            (false, false) => Cow::Borrowed(&field.folded),
            (false, true) => Cow::Borrowed(&field.lower),
            _ => Cow::Owned(nfc(original).chars().map(|c| self.shape(c)).collect()),
        }
    }
}

/// A parsed query: space-separated terms, all of which must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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

/// The search index of a catalogue, built once; searches read the catalogue it was
/// built from for the original text.
#[derive(Debug, Clone)]
pub struct Index {
    haystacks: Vec<Haystack>,
    /// Every distinct short field, with one original for strict terms.
    strings: Vec<(Field, Box<str>)>,
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
        // Numbering the distinct short fields is quick and serial; folding the texts is
        // the costly part, and is shared among the cores.
        let mut numbers: HashMap<&str, u32> = HashMap::new();
        let mut distinct: Vec<&str> = Vec::new();
        let mut number = |text| -> u32 {
            *numbers.entry(text).or_insert_with(|| {
                distinct.push(text);
                // A catalogue within the size bound cannot hold 2^32 distinct strings.
                u32::try_from(distinct.len() - 1).unwrap_or(u32::MAX)
            })
        };
        let positions: HashMap<&str, &Category> =
            catalogue.categories.iter().map(|c| (c.id.as_str(), c)).collect();
        let shorts: Vec<Box<[u32]>> = catalogue
            .entries
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
        let strings = parallel_map(&distinct, |text| (Field::new(text), Box::from(*text)));
        let folded = parallel_map(&catalogue.entries, |entry| {
            let summaries =
                [fold_text(&entry.summary.sv).into(), fold_text(&entry.summary.en).into()];
            (Field::new(&entry.title), summaries)
        });
        let haystacks = folded
            .into_iter()
            .zip(shorts)
            .map(|((title, summaries), short)| Haystack { title, short, summaries })
            .collect();
        Index { haystacks, strings }
    }

    pub fn len(&self) -> usize {
        self.haystacks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.haystacks.is_empty()
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
            let all = candidates.iter().map(|&entry| Match {
                entry,
                score: 0,
                title_positions: Vec::new(),
            });
            return Some(all.collect());
        }
        let parts = per_core(candidates, |part| self.search_chunk(catalogue, query, part, cancel));
        let mut matches: Vec<Match> = parts.into_iter().collect::<Option<Vec<_>>>()?.concat();
        // A stable sort keeps catalogue order among equal scores.
        matches.sort_by_key(|m| std::cmp::Reverse(m.score));
        Some(matches)
    }

    fn search_chunk(
        &self,
        catalogue: &Catalogue,
        query: &Query,
        candidates: &[usize],
        cancel: &dyn Cancel,
    ) -> Option<Vec<Match>> {
        let mut scorer = Scorer {
            index: self,
            catalogue,
            query,
            matcher: SkimMatcherV2::default().respect_case(),
            memo: vec![Vec::new(); query.terms.len()],
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
fn per_core<T: Sync, U: Send>(items: &[T], f: impl Fn(&[T]) -> U + Sync) -> Vec<U> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if items.len() < PARALLEL_THRESHOLD || threads < 2 {
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

/// Unset and no-match marks in the per-term memo of short-field scores.
const UNSCORED: i64 = i64::MIN;
const NO_MATCH: i64 = i64::MIN + 1;

struct Scorer<'a> {
    index: &'a Index,
    catalogue: &'a Catalogue,
    query: &'a Query,
    matcher: SkimMatcherV2,
    /// Per term, the score of each distinct short field, computed when first needed.
    memo: Vec<Vec<i64>>,
}

impl Scorer<'_> {
    fn short_score(&mut self, t: usize, string: u32) -> Option<i64> {
        let memo = &mut self.memo[t];
        if memo.is_empty() {
            memo.resize(self.index.strings.len(), UNSCORED);
        }
        let slot = &mut memo[string as usize];
        if *slot == UNSCORED {
            let term = &self.query.terms[t];
            let (field, original) = &self.index.strings[string as usize];
            *slot = self
                .matcher
                .fuzzy_match(&term.haystack(field, original), &term.needle)
                .unwrap_or(NO_MATCH);
        }
        (*slot != NO_MATCH).then_some(*slot)
    }

    fn score(&mut self, entry: usize) -> Option<Match> {
        let hay = &self.index.haystacks[entry];
        let original = &self.catalogue.entries[entry];
        let mut total = 0;
        let mut title_positions = Vec::new();
        for t in 0..self.query.terms.len() {
            let term = &self.query.terms[t];
            let mut best = None::<i64>;
            let title = term.haystack(&hay.title, &original.title);
            if let Some((score, positions)) = self.matcher.fuzzy_indices(&title, &term.needle) {
                best = Some(score * TITLE_WEIGHT);
                title_positions.extend(positions);
            }
            for &string in &hay.short {
                if let Some(score) = self.short_score(t, string) {
                    best = best.max(Some(score * SHORT_WEIGHT));
                }
            }
            let term = &self.query.terms[t];
            if best.is_none() {
                let texts = [&original.summary.sv, &original.summary.en];
                if hay
                    .summaries
                    .iter()
                    .zip(texts)
                    .any(|(folded, text)| contains(folded, text, term))
                {
                    best = Some(SUMMARY_SCORE);
                }
            }
            total += best?;
        }
        title_positions.sort_unstable();
        title_positions.dedup();
        Some(Match { entry, score: total, title_positions })
    }
}

/// Substring search on a folded summary; where the term is strict, each hit is checked
/// against the original text (a substring's alignment is fixed, so this is exact). The
/// original is only read where the folded text has a hit, which is rare.
fn contains(folded: &str, original: &str, term: &Term) -> bool {
    let loose = term.loose.as_str();
    if !term.strict() {
        return folded.contains(loose);
    }
    let original = nfc(original);
    let mut start = 0;
    while let Some(found) = folded[start..].find(loose) {
        let byte = start + found;
        // Folding is one character for one, so the hit's character index is the same
        // in the original.
        let at = folded[..byte].chars().count();
        let mut hit = original.chars().skip(at);
        if term.needle.chars().all(|n| hit.next().is_some_and(|h| term.shape(h) == n)) {
            return true;
        }
        start = byte + folded[byte..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

#[cfg(test)]
mod tests;
