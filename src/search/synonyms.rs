//! The catalogue's synonym table applied to a query: a run of the query's words that
//! is a word or phrase of a group stands also for the group's other words and phrases
//! (mutual), or for those it leads to (one-way). Applied when a query is made, so that
//! the search and the highlighting read the same alternatives.

use std::collections::HashMap;

use super::rules::QWord;
use super::rules::stem::inflects;
use super::stop::stops;
use super::words::bit;
use super::words::{loose, words};
use crate::catalogue::Synonyms;
use crate::text::{fold_char, lower_char, nfc};

/// A phrase of the table that some of the query's words stand for too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    /// The query's words (a bit each, by their number in `Query::words`) it stands for.
    pub covers: u64,
    pub phrase: Vec<QWord>,
}

/// A word or phrase of the table as query words (whole words, never a beginning),
/// its stop words left out as a query's are ("sex mot ersättning" is "sex ersättning").
fn phrase(text: &str) -> Vec<QWord> {
    let text = nfc(text);
    let found: Vec<&str> = words(&text).map(|(_, w)| w).collect();
    // A word alone is never left out: no stop-word pass.
    if found.len() < 2 {
        return found.iter().map(|w| QWord::new(w, false, false)).collect();
    }
    let looses: Vec<String> = found.iter().map(|w| loose(w)).collect();
    let looses: Vec<&str> = looses.iter().map(String::as_str).collect();
    found
        .iter()
        .zip(stops(&looses))
        .filter(|(_, stop)| !stop)
        .map(|(w, _)| QWord::new(w, false, false))
        .collect()
}

/// Whether a table word and a query word are the same word, or forms of one.
fn same(table: &QWord, query: &QWord) -> bool {
    table.loose == query.loose
        || table.stems.meet(&query.stems)
        || inflects(&query.loose, &table.loose)
        || inflects(&table.loose, &query.loose)
}

/// The words a run of `term`'s length covers wherever `term` stands one word after
/// another in the query (stop words between them passed over); `order` is the query
/// as typed, as numbers into `words` (`None` for a stop word or a word cut).
fn found_at(term: &[QWord], words: &[QWord], order: &[Option<usize>]) -> Vec<u64> {
    if term.is_empty() || term.len() > order.len() {
        return Vec::new();
    }
    // The query's stop words and words cut are passed over, as the table's stop words.
    let order: Vec<usize> = order.iter().copied().flatten().collect();
    order
        .windows(term.len())
        .filter(|run| term.iter().zip(*run).all(|(t, &at)| same(t, &words[at])))
        .map(|run| run.iter().fold(0u64, |covers, &at| covers | bit(at)))
        .collect()
}

/// The alternatives the table gives a query's distinct `words`, typed in `order`.
/// Each group costs a look at its words' first letters; only a group some word of the
/// query may be in is read further, and only the words that begin as one of the
/// query's do are made query words to compare.
pub fn expand(words: &[QWord], order: &[Option<usize>], table: &[Synonyms]) -> Vec<Alternative> {
    let mut out: Vec<Alternative> = Vec::new();
    // Every way `same` can hold keeps a word's first letter, loosely: a group whose
    // words begin with none of the query's letters is passed over before any of its
    // words is stemmed, which is nearly every group on every key typed.
    let firsts: Vec<char> = words.iter().filter_map(|q| q.loose.chars().next()).collect();
    let may_start = |text: &str| {
        text.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| firsts.contains(&fold_char(lower_char(c))))
    };
    // Where each alternative is in `out`, by its phrase's words, so that one met again
    // widens what it covers instead of being compared with every other.
    let mut known: HashMap<Vec<String>, usize> = HashMap::new();
    let mut add = |covers: u64, other: &[QWord]| {
        if other.is_empty() {
            return;
        }
        let key: Vec<String> = other.iter().map(|w| w.text.clone()).collect();
        if let Some(&i) = known.get(&key) {
            out[i].covers |= covers;
        } else {
            known.insert(key, out.len());
            out.push(Alternative { covers, phrase: other.to_vec() });
        }
    };
    for group in table {
        let mut found: Vec<(usize, u64)> = Vec::new();
        for (i, text) in group.words.iter().enumerate().filter(|(_, w)| may_start(w)) {
            for covers in found_at(&phrase(text), words, order) {
                found.push((i, covers));
            }
        }
        if found.is_empty() {
            continue;
        }
        match &group.lead_to {
            Some(to) => {
                let covers = found.iter().fold(0, |all, (_, c)| all | c);
                for other in to {
                    add(covers, &phrase(other));
                }
            }
            None => {
                for (j, other) in group.words.iter().enumerate() {
                    let covers =
                        found.iter().filter(|(i, _)| *i != j).fold(0, |all, (_, c)| all | c);
                    if covers != 0 {
                        add(covers, &phrase(other));
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
