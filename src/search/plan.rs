//! Planning: each query word matched against the vocabulary once, before any entry is
//! read. A plan holds only the vocabulary words a query word matches, so that a
//! query's memory grows with what it matches, not with its words times the vocabulary;
//! `Touched` marks them all, a bit a word, for the entries' quick first look.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;

use super::cancel::{Cancel, VOCAB_STRIDE};
use super::compound::{self, Split, split};
use super::numbered::Fx;
use super::query::Query;
use super::rules::QWord;
use super::rules::stem::uninflected;
use super::rules::{Hit, MIN_PART};
use super::vocab::{FxMap, NO_STEM, Vocab};

type FxSet<T> = HashSet<T, BuildHasherDefault<Fx>>;

/// One query word matched against the whole vocabulary.
#[derive(Debug, Default)]
pub struct Plan {
    /// Per vocabulary word it matches, `Hit::code`.
    pub codes: FxMap<u32, u8>,
    pub split: Option<Split>,
    /// The synonym table's phrases for this word, each a cut of its own.
    pub phrases: Vec<Split>,
    /// No word of the catalogue matches or starts with the query word, and no cut of it
    /// does: an abbreviation, found only as letters in order.
    pub fallback: bool,
}

impl Plan {
    /// Whether nothing can match the word.
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty() && self.split.is_none() && self.phrases.is_empty() && !self.fallback
    }

    pub fn code(&self, word: u32) -> u8 {
        self.codes.get(&word).copied().unwrap_or(0)
    }

    /// Whether some cut of the word or some phrase holds vocabulary word `word`.
    pub fn in_cut(&self, word: u32) -> bool {
        self.split.iter().chain(&self.phrases).any(|s| s.masks.contains_key(&word))
    }
}

/// The vocabulary words any plan of a query holds, a bit each.
#[derive(Debug, Default)]
pub struct Touched(Vec<u64>);

impl Touched {
    pub fn of(vocab: &Vocab, plans: &[Plan]) -> Self {
        let mut bits = vec![0u64; vocab.len().div_ceil(64)];
        let mut set = |w: u32| {
            if let Some(b) = bits.get_mut(w as usize / 64) {
                *b |= 1 << (w % 64);
            }
        };
        for plan in plans {
            plan.codes.keys().for_each(|&w| set(w));
            for s in plan.split.iter().chain(&plan.phrases) {
                s.masks.keys().for_each(|&w| set(w));
            }
        }
        Touched(bits)
    }

    pub fn has(&self, word: u32) -> bool {
        self.0.get(word as usize / 64).is_some_and(|b| b & (1 << (word % 64)) != 0)
    }
}

/// Every word of `query` planned; `None` when `cancel` said stop.
pub fn plans(vocab: &Vocab, query: &Query, cancel: &dyn Cancel) -> Option<Vec<Plan>> {
    (0..query.words.len()).map(|t| plan(vocab, query, t, cancel)).collect()
}

/// Query word `t` matched against the vocabulary: by the word rules, and by the
/// synonym table's single words (as `Kind::Synonym`) and phrases.
pub fn plan(vocab: &Vocab, query: &Query, t: usize, cancel: &dyn Cancel) -> Option<Plan> {
    let q = &query.words[t];
    if q.symbols {
        return Some(Plan { fallback: true, ..Plan::default() });
    }
    let mut codes = FxMap::default();
    for start in (0..vocab.len()).step_by(VOCAB_STRIDE) {
        if cancel.cancelled() {
            return None;
        }
        mark(vocab, q, start..vocab.len().min(start + VOCAB_STRIDE), &mut codes);
    }
    let mut singles: Vec<&QWord> = Vec::new();
    let mut phrases: Vec<&[QWord]> = Vec::new();
    for alternative in query.alternatives.iter().filter(|a| a.covers & super::words::bit(t) != 0) {
        match alternative.phrase.as_slice() {
            [one] => singles.push(one),
            many => phrases.push(many),
        }
    }
    if cancel.cancelled() {
        return None;
    }
    let phrase_words: Vec<&QWord> = phrases.iter().flat_map(|p| p.iter()).collect();
    let all: Vec<&QWord> = singles.iter().chain(&phrase_words).copied().collect();
    let found = as_synonyms(vocab, &all, cancel)?;
    let (single_found, phrase_found) = found.split_at(singles.len());
    let synonym = Hit::new(0, super::rules::Kind::Synonym, false).code();
    for &w in single_found.iter().flatten() {
        let code = codes.entry(w).or_insert(synonym);
        *code = (*code).min(synonym);
    }
    let mut phrase_splits = Vec::new();
    let mut at = 0;
    for phrase in &phrases {
        let held = &phrase_found[at..at + phrase.len()];
        at += phrase.len();
        phrase_splits.extend(compound::phrase(held));
    }
    let split = split(vocab, q);
    let fallback = codes.is_empty()
        && split.is_none()
        && phrase_splits.is_empty()
        && vocab.with_prefix(&q.loose).next().is_none();
    Some(Plan { codes, split, phrases: phrase_splits, fallback })
}

/// Adds to `codes` the words of `chunk` that `q` matches, keeping the better code.
fn mark(vocab: &Vocab, q: &QWord, chunk: std::ops::Range<usize>, codes: &mut FxMap<u32, u8>) {
    let query_stems = vocab.stem_numbers(&q.stems);
    for w in chunk {
        let Some(hit) = vocab.classify(q, w, query_stems) else { continue };
        let Ok(word) = u32::try_from(w) else { continue };
        let new = hit.code();
        let code = codes.entry(word).or_insert(new);
        *code = (*code).min(new);
    }
}

/// For each of `words` (a synonym table's words), the vocabulary words it matches as a
/// synonym's word does (`Hit::as_synonym`): the same word, a form of it, or a
/// compound's part. Found by look-ups and one pass over the vocabulary shared by all of
/// them, then confirmed by the word rules: the cost grows with the vocabulary and with
/// what the words match, never with their number times the vocabulary.
pub fn as_synonyms(vocab: &Vocab, words: &[&QWord], cancel: &dyn Cancel) -> Option<Vec<Vec<u32>>> {
    if words.is_empty() {
        return Some(Vec::new());
    }
    // (vocabulary word, table word) pairs that may match; the rules decide.
    let mut pairs: Vec<(u32, usize)> = Vec::new();
    let mut stems: FxMap<u32, Vec<usize>> = FxMap::default();
    let mut tails: FxMap<&str, Vec<usize>> = FxMap::default();
    let mut tail_lengths: FxSet<usize> = FxSet::default();
    for (i, q) in words.iter().enumerate() {
        if q.symbols {
            continue;
        }
        let long = q.chars.len() >= MIN_PART;
        // The same word, and words it begins (a compound's head).
        for w in vocab.with_prefix(&q.loose) {
            if !long && vocab.loose(w as usize) != q.loose {
                break;
            }
            pairs.push((w, i));
        }
        // Its forms: the word with a Swedish ending taken off, and a head whose vowel
        // a linking letter replaced (*kvinn-o-jour*).
        for base in uninflected(&q.loose) {
            let same = vocab.with_prefix(base).take_while(|&w| vocab.loose(w as usize) == base);
            pairs.extend(same.map(|w| (w, i)));
        }
        let dropped = q.loose.strip_suffix(['a', 'e']).filter(|b| b.chars().count() >= MIN_PART);
        pairs.extend(dropped.into_iter().flat_map(|b| vocab.with_prefix(b)).map(|w| (w, i)));
        for n in vocab.stem_numbers(&q.stems).into_iter().filter(|&n| n != NO_STEM) {
            stems.entry(n).or_default().push(i);
        }
        if long {
            tails.entry(q.loose.as_str()).or_default().push(i);
            tail_lengths.insert(q.loose.len());
        }
    }
    let mut lengths: Vec<usize> = tail_lengths.into_iter().collect();
    lengths.sort_unstable();
    for w in 0..vocab.len() {
        if w % VOCAB_STRIDE == 0 && cancel.cancelled() {
            return None;
        }
        let Ok(word) = u32::try_from(w) else { break };
        for n in vocab.stems.get(w).into_iter().flatten() {
            if let Some(list) = stems.get(n) {
                pairs.extend(list.iter().map(|&i| (word, i)));
            }
        }
        let loose = vocab.loose(w);
        for &n in lengths.iter().take_while(|&&n| n < loose.len()) {
            let at = loose.len() - n;
            if let Some(list) =
                loose.is_char_boundary(at).then(|| tails.get(&loose[at..])).flatten()
            {
                pairs.extend(list.iter().map(|&i| (word, i)));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let numbers: Vec<[u32; 2]> = words.iter().map(|q| vocab.stem_numbers(&q.stems)).collect();
    let mut out = vec![Vec::new(); words.len()];
    for (w, i) in pairs {
        let hit = vocab.classify(words[i], w as usize, numbers[i]).and_then(Hit::as_synonym);
        if hit.is_some() {
            out[i].push(w);
        }
    }
    Some(out)
}
