//! Which words of any text a query matches, for highlighting: the same word rules as
//! the search, applied to one text without the index.

use std::cell::OnceCell;
use std::ops::Range;

use super::compound::{cuts, cuttable, piece_matches};
use super::query::Query;
use super::rules::QWord;
use super::rules::stem::{EN, SV, Stems};
use super::rules::{Forms, classify};
use super::words::{loose, words};
use crate::i18n::Lang;
use crate::text::nfc;

impl Query {
    /// The character ranges of `text` (sorted, not overlapping) that the query's words
    /// match by any word rule, `text` being written in `lang`. Letters-in-order matches
    /// are not shown here; a title's are in `Match::title_positions`.
    pub fn highlights(&self, text: &str, lang: Lang) -> Vec<Range<usize>> {
        if self.words.is_empty() {
            return Vec::new();
        }
        let langs = match lang {
            Lang::Sv => SV,
            Lang::En => EN,
        };
        let text = nfc(text);
        let found: Vec<(usize, &str, String, OnceCell<Stems>)> =
            words(&text).map(|(at, w)| (at, w, loose(w), OnceCell::new())).collect();
        let mut ranges = Vec::new();
        let synonyms = self.alternatives.iter().flat_map(|a| &a.phrase);
        for (q, synonym) in self.words.iter().map(|q| (q, false)).chain(synonyms.map(|q| (q, true)))
        {
            for (at, word, looser, stems) in &found {
                let forms = TextForms { q, word, langs, stems };
                let Some(hit) = classify(q, word, looser, &forms) else { continue };
                // A synonym's part of a compound is marked as that part, as a word's is.
                if synonym && hit.as_synonym().is_none() {
                    continue;
                }
                let span = hit.span(q.chars.len(), looser.chars().count());
                ranges.push(at + span.start..at + span.end);
            }
            // A compound's pieces are marked even where the whole is a near form of
            // some word: "ambassadpersonal" is near "ambassader" and held by two words.
            if !synonym && cuttable(q) {
                ranges.extend(pieces(&q.loose, &found));
            }
        }
        merge(ranges)
    }
}

/// A word of the text, stemmed only when a rule asks.
struct TextForms<'a> {
    q: &'a QWord,
    word: &'a str,
    langs: u8,
    stems: &'a OnceCell<Stems>,
}

impl TextForms<'_> {
    fn stems(&self) -> &Stems {
        self.stems.get_or_init(|| Stems::of(self.word, self.langs))
    }
}

impl Forms for TextForms<'_> {
    fn stems_meet(&self) -> bool {
        self.q.stems.meet(self.stems())
    }

    fn sv_stem(&self) -> String {
        self.stems().sv.clone()
    }
}

/// The words holding the pieces of the first cut of `query` whose every piece is a
/// word of the text.
fn pieces<T>(query: &str, found: &[(usize, &str, String, T)]) -> Vec<Range<usize>> {
    let bytes: Vec<usize> = query.char_indices().map(|(b, _)| b).chain([query.len()]).collect();
    let letters = bytes.len() - 1;
    for cut in cuts(letters) {
        let held: Option<Vec<Range<usize>>> = cut
            .into_iter()
            .map(|(a, b)| {
                let piece = &query[bytes[a]..bytes[b]];
                let (at, _, word, _) =
                    found.iter().find(|(_, _, word, _)| piece_matches(piece, b - a, word))?;
                Some(*at..at + word.chars().count())
            })
            .collect();
        if let Some(held) = held {
            return held;
        }
    }
    Vec::new()
}

fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}
