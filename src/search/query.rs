//! A query as the search reads it: its words, what the synonym table lets them stand
//! for, and what its limits left out.

use std::collections::HashMap;

use super::limits::{MAX_QUERY_BYTES, MAX_QUERY_WORDS};
use super::rules::QWord;
use super::stop;
use super::synonyms::{self, Alternative};
use super::words;
use crate::catalogue::{Catalogue, Synonyms};
use crate::text::nfc;

/// A parsed query: space-separated terms, each cut into words (letters and digits); a
/// term with no letters or digits is matched as it is, as letters in order. Stop words
/// are left out when other words remain, and a word typed twice is one word; the rest
/// need not all match (see `rank`). Past the limits (`limits`) the query is cut, and
/// `cut` says what was left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    raw: String,
    pub(super) words: Vec<QWord>,
    /// What the catalogue's synonym table lets the words stand for.
    pub(super) alternatives: Vec<Alternative>,
    pub(super) cut: Cut,
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
pub(super) fn within_bytes(text: &str, max: usize) -> (&str, bool) {
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
