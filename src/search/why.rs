//! Why a search found what it found: the query's words that found nothing, and, when
//! nothing was found at all, the catalogue's words closest to what was typed.

use super::cancel::{Cancel, Never, VOCAB_STRIDE};
use super::found::Match;
use super::index::Index;
use super::query::{Cut, Query};
use super::rules::near::{similarity, trigrams};
use super::rules::typo::distance;
use super::words::bit;
use crate::text::lower_char;

/// How many close words are offered.
const SUGGESTIONS: usize = 3;
/// Or this much trigram similarity (pg_trgm's own default threshold), for a typed word
/// long enough to have trigrams worth comparing.
const MIN_SIMILARITY: f32 = 0.3;
const MIN_SIMILAR_LETTERS: usize = 5;
/// A close word's length differs from the typed word's by this many letters at most.
const MAX_LENGTHS_APART: usize = 3;
/// Words shorter than this are not offered: they are rarely what was meant.
const MIN_LETTERS: usize = 3;

/// Edits a close word may be off, by the typed word's letters: none for the shortest
/// (one edit turns "qqq" into "aqq" and any three letters into a word), then one, then
/// two, as Meilisearch and Typesense allow typos; a letter sooner than the search's
/// own typo rule, as a suggestion is only offered.
pub fn suggestion_edits(letters: usize) -> usize {
    match letters {
        0..4 => 0,
        4..8 => 1,
        _ => 2,
    }
}

/// What to tell the user beside the results.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Why {
    /// The query's words, as typed, that no result matched, when some result did.
    pub unmatched: Vec<String>,
    /// When nothing matched: up to three words of the catalogue close to the query's.
    pub suggestions: Vec<String>,
    /// What the query's limits left out.
    pub cut: Cut,
}

impl Why {
    pub fn is_empty(&self) -> bool {
        self.unmatched.is_empty() && self.suggestions.is_empty() && self.cut.is_empty()
    }
}

impl Index {
    /// Why `matches`, the results of `query`, are what they are.
    pub fn why(&self, query: &Query, matches: &[Match]) -> Why {
        self.why_within(query, matches, &Never).unwrap_or_default()
    }

    /// Like `why`, but `None` when `cancel` said stop: with no results it passes over
    /// the whole vocabulary, and a newer key must not wait for that.
    pub fn why_within(&self, query: &Query, matches: &[Match], cancel: &dyn Cancel) -> Option<Why> {
        let held = matches.iter().fold(0u64, |all, m| all | m.words);
        // With no results every word found nothing: the list says so already.
        let unmatched: Vec<String> = if matches.is_empty() {
            Vec::new()
        } else {
            query
                .words
                .iter()
                .enumerate()
                .filter(|&(t, _)| held & bit(t) == 0)
                .map(|(_, w)| w.text.clone())
                .collect()
        };
        let suggestions =
            if matches.is_empty() { self.close_words(query, cancel)? } else { Vec::new() };
        Some(Why { unmatched, suggestions, cut: query.cut.clone() })
    }

    /// Words of the vocabulary close to a query word, closest first. Asked only when
    /// nothing matched, so a pass over the whole vocabulary is affordable.
    fn close_words(&self, query: &Query, cancel: &dyn Cancel) -> Option<Vec<String>> {
        let vocab = &self.vocab;
        let mut found: Vec<(usize, u32, String)> = Vec::new();
        // As many words as suggestions at most: each costs a pass over the vocabulary,
        // and a long query that found nothing must not cost one pass a word.
        for q in query.words.iter().filter(|q| !q.symbols).take(SUGGESTIONS) {
            let max_edits = suggestion_edits(q.chars.len());
            let similar = q.chars.len() >= MIN_SIMILAR_LETTERS;
            if max_edits == 0 && !similar {
                continue;
            }
            for w in 0..vocab.len() {
                if w % VOCAB_STRIDE == 0 && cancel.cancelled() {
                    return None;
                }
                let loose = vocab.loose(w);
                let letters = loose.chars().count();
                let reach = if similar { MAX_LENGTHS_APART } else { max_edits };
                if letters < MIN_LETTERS
                    || letters.abs_diff(q.chars.len()) > reach
                    || !vocab.written(w)
                    || loose == q.loose
                {
                    continue;
                }
                let chars: Vec<char> = loose.chars().collect();
                let edits = distance(&q.chars, &chars, max_edits).filter(|_| max_edits > 0);
                let alike = if similar { similarity(&q.trigrams, &trigrams(loose)) } else { 0.0 };
                if edits.is_none() && alike < MIN_SIMILARITY {
                    continue;
                }
                // Closest first: fewer edits, then more trigrams shared (in thousandths).
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let shared = 1000 - (alike.clamp(0.0, 1.0) * 1000.0) as u32;
                let shown: String = vocab.words.text(w).chars().map(lower_char).collect();
                found.push((edits.unwrap_or(max_edits + 1), shared, shown));
            }
        }
        found.sort();
        let mut out: Vec<String> = Vec::new();
        for (_, _, word) in found {
            if !out.contains(&word) && out.len() < SUGGESTIONS {
                out.push(word);
            }
        }
        Some(out)
    }
}
