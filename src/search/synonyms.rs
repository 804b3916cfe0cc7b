//! The catalogue's synonym table applied to a query: a run of the query's words that
//! is a word or phrase of a group stands also for the group's other words and phrases
//! (mutual), or for those it leads to (one-way). Applied when a query is made, so that
//! the search and the highlighting read the same alternatives.

use std::ops::Range;

use super::stem::inflects;
use super::words::{QWord, words};
use crate::catalogue::Synonyms;
use crate::text::{fold_char, lower_char, nfc};

/// A phrase of the table that the query's words `covers` also stand for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    pub covers: Range<usize>,
    pub phrase: Vec<QWord>,
}

/// A word or phrase of the table as query words (whole words, never a beginning).
fn phrase(text: &str) -> Vec<QWord> {
    words(&nfc(text)).map(|(_, w)| QWord::new(w, false, false)).collect()
}

/// Whether a table word and a query word are the same word, or forms of one.
fn same(table: &QWord, query: &QWord) -> bool {
    table.loose == query.loose
        || table.stems.meet(&query.stems)
        || inflects(&query.loose, &table.loose)
        || inflects(&table.loose, &query.loose)
}

/// Where the words of `term` stand one after another in the query's words.
fn found_at(term: &[QWord], query: &[QWord]) -> Vec<Range<usize>> {
    if term.is_empty() || term.len() > query.len() {
        return Vec::new();
    }
    (0..=query.len() - term.len())
        .filter(|&at| term.iter().zip(&query[at..]).all(|(t, q)| same(t, q)))
        .map(|at| at..at + term.len())
        .collect()
}

/// The alternatives the table gives a query's words.
pub fn expand(query: &[QWord], table: &[Synonyms]) -> Vec<Alternative> {
    let mut out: Vec<Alternative> = Vec::new();
    // Every way `same` can hold keeps a word's first letter, loosely: a group whose
    // words begin with none of the query's letters is passed over before any of its
    // words is stemmed, which is nearly every group on every key typed.
    let firsts: Vec<char> = query.iter().filter_map(|q| q.loose.chars().next()).collect();
    let may_start = |text: &str| {
        text.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| firsts.contains(&fold_char(lower_char(c))))
    };
    for group in table.iter().filter(|g| g.words.iter().any(|w| may_start(w))) {
        let from: Vec<Vec<QWord>> = group.words.iter().map(|w| phrase(w)).collect();
        let to: Option<Vec<Vec<QWord>>> =
            group.lead_to.as_ref().map(|list| list.iter().map(|w| phrase(w)).collect());
        for (i, term) in from.iter().enumerate() {
            for covers in found_at(term, query) {
                let others: Box<dyn Iterator<Item = &Vec<QWord>>> = match &to {
                    Some(to) => Box::new(to.iter()),
                    None => {
                        Box::new(from.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, p)| p))
                    }
                };
                for other in others {
                    let alternative = Alternative { covers: covers.clone(), phrase: other.clone() };
                    if !other.is_empty() && !out.contains(&alternative) {
                        out.push(alternative);
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(words: &[&str], lead_to: Option<&[&str]>) -> Synonyms {
        Synonyms {
            words: words.iter().map(|w| (*w).into()).collect(),
            lead_to: lead_to.map(|l| l.iter().map(|w| (*w).into()).collect()),
        }
    }

    fn alternatives(query: &str, table: &[Synonyms]) -> Vec<(Range<usize>, String)> {
        let q: Vec<QWord> = query.split_whitespace().map(|w| QWord::new(w, false, false)).collect();
        expand(&q, table)
            .into_iter()
            .map(|a| {
                let words: Vec<&str> = a.phrase.iter().map(|w| w.text.as_str()).collect();
                (a.covers, words.join(" "))
            })
            .collect()
    }

    #[test]
    fn mutual_groups_lead_every_way_and_phrases_count() {
        let table = [group(&["människohandel", "human trafficking", "trafficking"], None)];
        assert_eq!(
            alternatives("människohandeln hotell", &table),
            [(0..1, "human trafficking".to_string()), (0..1, "trafficking".to_string())]
        );
        let found = alternatives("hotel human trafficking", &table);
        assert!(found.contains(&(1..3, "människohandel".to_string())), "{found:?}");
        assert!(found.contains(&(2..3, "människohandel".to_string())), "{found:?}");
    }

    #[test]
    fn one_way_rules_lead_one_way() {
        let table = [group(&["kurator"], Some(&["elevhälsoteam"]))];
        assert_eq!(alternatives("kuratorer", &table), [(0..1, "elevhälsoteam".to_string())]);
        assert!(alternatives("elevhälsoteam", &table).is_empty());
    }
}
