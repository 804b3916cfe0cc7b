//! Matching an entry against a prepared query, and the ranking key.
//!
//! Each query word is first matched against the vocabulary once (`plan`): a byte per
//! distinct word saying how well it matches. An entry is then tested by looking up its
//! word numbers, field by field, best field first.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::compound::Split;
use super::field::Field;
use super::found::Match;
use super::index::Index;
use super::limits::MAX_QUERY_WORDS;
use super::plan::{Plan, Touched};
use super::query::Query;
use super::rules::QWord;
use super::rules::{Hit, Kind};
use super::vocab::CLASSES;
use super::weigh::word_weight;
use super::words::{bit, words};
use crate::catalogue::Catalogue;

/// Words not all in the title are this far apart.
const FAR: i64 = 0xFFF;

/// The score before `weigh::weigh` adds the words' weights: words matched (in halves:
/// letters in order count half) highest, so that an entry matching every word ranks
/// above one that does not; how close together they are lowest.
const COUNT_SHIFT: u32 = 56;

pub fn score_of(halves: i64, distance: i64) -> i64 {
    (halves.clamp(0, 0x7F) << COUNT_SHIFT) | (0xFFFF - distance.clamp(0, 0xFFFF))
}

pub struct Scorer<'a> {
    pub index: &'a Index,
    pub catalogue: &'a Catalogue,
    pub query: &'a Query,
    pub plans: &'a [Plan],
    pub touched: &'a Touched,
    pub matcher: SkimMatcherV2,
    /// Per word, the fuzzy score of each distinct short field, computed when needed.
    pub memo: Vec<Vec<i64>>,
}

const UNSCORED: i64 = i64::MIN;
const NO_MATCH: i64 = i64::MIN + 1;

impl Scorer<'_> {
    fn short_score(&mut self, t: usize, string: u32) -> Option<i64> {
        let memo = &mut self.memo[t];
        if memo.is_empty() {
            memo.resize(self.index.strings.len(), UNSCORED);
        }
        let slot = &mut memo[string as usize];
        if *slot == UNSCORED {
            let q = &self.query.words[t];
            let (field, original) =
                (&self.index.strings[string as usize], &self.index.originals[string as usize]);
            *slot = fuzzy(&self.matcher, q, field, original).map_or(NO_MATCH, |(s, _)| s);
        }
        (*slot != NO_MATCH).then_some(*slot)
    }

    /// Entry `entry` against the query: its match, or `None` when no word matched. With
    /// a match, each query word's weight in it (`weigh::word_weight`, 0 where it did not
    /// match) is added to `weights`, a weight a word.
    pub fn score(&mut self, entry: usize, weights_out: &mut Vec<u16>) -> Option<Match> {
        let ids = &self.index.words[entry];
        let ends = class_ends(ids);
        let (mut halves, mut fuzz) = (0, 0);
        let mut in_title = false;
        let mut words = 0u64;
        // On the stack: one allocation an entry cost more than scoring most of them.
        let mut weights = [0u16; MAX_QUERY_WORDS];
        let mut title_positions = Vec::new();
        for (t, plan) in self.plans.iter().enumerate() {
            let touched = self.touched;
            let mut hits = per_class(plan, touched, ids, &ends);
            // Found by no word rule: a cut, a synonym phrase, or letters in order.
            if hits.iter().all(Option::is_none) {
                let (hit, class) = if let Some(class) =
                    plan.split.as_ref().and_then(|s| cut(s, touched, ids, &ends))
                {
                    (Hit::new(0, Kind::Part, false), class)
                } else if let Some(class) =
                    plan.phrases.iter().filter_map(|s| cut(s, touched, ids, &ends)).min()
                {
                    (Hit::new(0, Kind::Synonym, false), class)
                } else if plan.fallback
                    && let Some((score, class)) = self.subsequence(t, entry, &mut title_positions)
                {
                    fuzz += 0xFFFF_i64.saturating_sub(score).max(0) / 64;
                    (Hit::new(0, Kind::Subsequence, false), class)
                } else {
                    continue;
                };
                hits[class] = Some(hit);
            }
            let subsequence = hits.iter().flatten().all(|h| h.kind == Kind::Subsequence);
            words |= bit(t);
            halves += if subsequence { 1 } else { 2 };
            in_title |= hits[0].is_some_and(|h| h.kind != Kind::Subsequence);
            if let Some(weight) = weights.get_mut(t) {
                *weight = word_weight(&hits);
            }
        }
        if halves == 0 {
            return None;
        }
        let mut distance = fuzz;
        if in_title {
            let title = &self.catalogue.entries[entry].title;
            distance += self.title_words(title, words, &mut title_positions);
        }
        title_positions.sort_unstable();
        title_positions.dedup();
        let score = score_of(halves, distance);
        weights_out.extend_from_slice(&weights[..self.plans.len().min(MAX_QUERY_WORDS)]);
        Some(Match { entry, score, words, title_positions })
    }

    /// Marks the title's matched words, and returns how far apart the matched words
    /// (`words`) lie in it (0 when together, `FAR` when not all are in the title).
    fn title_words(&self, title: &str, words_matched: u64, positions: &mut Vec<usize>) -> i64 {
        let vocab = &self.index.vocab;
        let mut first: Vec<Option<usize>> = vec![None; self.plans.len()];
        for (n, (start, word)) in words(title).enumerate() {
            let Some(id) = vocab.id(word) else { continue };
            let letters = word.chars().count();
            for (t, plan) in self.plans.iter().enumerate() {
                let q = &self.query.words[t];
                let span = if let Some(hit) = Hit::from_code(plan.code(id)) {
                    hit.span(q.chars.len(), letters)
                } else if plan.in_cut(id) {
                    0..letters
                } else {
                    continue;
                };
                positions.extend(span.map(|c| start + c));
                first[t].get_or_insert(n);
            }
        }
        let found: Option<Vec<usize>> = first
            .into_iter()
            .enumerate()
            .filter(|&(t, _)| words_matched & bit(t) != 0)
            .map(|(_, at)| at)
            .collect();
        match found {
            Some(at) if at.len() > 1 => {
                let (lo, hi) = (at.iter().min(), at.iter().max());
                lo.zip(hi).map_or(FAR, |(lo, hi)| i64::try_from(hi - lo).unwrap_or(FAR))
            }
            Some(_) => 0,
            None => FAR,
        }
    }

    /// Letters in order in the title or a short field, as fzf matches.
    fn subsequence(
        &mut self,
        t: usize,
        entry: usize,
        positions: &mut Vec<usize>,
    ) -> Option<(i64, usize)> {
        let q = &self.query.words[t];
        let title = &self.catalogue.entries[entry].title;
        let hay = &self.index.haystacks[entry];
        if let Some((score, found)) = fuzzy(&self.matcher, q, &hay.title, title) {
            positions.extend(found);
            return Some((score, 0));
        }
        let mut best = None;
        for &string in &hay.short {
            best = best.max(self.short_score(t, string));
        }
        best.map(|score| (score, 1))
    }
}

/// Where each class of an entry's word numbers ends (after the header of `CLASSES - 1` numbers).
fn class_ends(ids: &[u32]) -> [usize; CLASSES] {
    let end = |i: usize| ids.get(i).map_or(0, |&e| e as usize).min(ids.len());
    [end(0), end(1), end(2), end(3), ids.len()]
}

/// The best hit of a query word in each field class of an entry's words.
fn per_class(
    plan: &Plan,
    touched: &Touched,
    ids: &[u32],
    ends: &[usize; CLASSES],
) -> [Option<Hit>; CLASSES] {
    let mut hits = [None; CLASSES];
    if plan.codes.is_empty() {
        return hits;
    }
    let mut start = CLASSES - 1;
    for (class, &end) in ends.iter().enumerate() {
        let mut best = 0u8;
        for &id in ids.get(start..end).unwrap_or_default() {
            if !touched.has(id) {
                continue;
            }
            let code = plan.code(id);
            if code != 0 && (best == 0 || code < best) {
                best = code;
            }
        }
        hits[class] = Hit::from_code(best);
        start = end;
    }
    hits
}

/// The field class by which an entry holds every piece of a cut, if it does: the
/// class where the last piece turns up.
fn cut(split: &Split, touched: &Touched, ids: &[u32], ends: &[usize; CLASSES]) -> Option<usize> {
    let mut have = 0u64;
    let mut start = CLASSES - 1;
    for (class, &end) in ends.iter().enumerate() {
        for &id in ids.get(start..end).unwrap_or_default() {
            if touched.has(id) {
                have |= split.masks.get(&id).copied().unwrap_or(0);
            }
        }
        if split.complete(have) {
            return Some(class);
        }
        start = end;
    }
    None
}

/// fuzzy-matcher on one text shaped by the word's rules, after a cheap check that its
/// letters occur in order at all (most texts fail it, and it costs no allocation).
fn fuzzy(
    matcher: &SkimMatcherV2,
    q: &QWord,
    field: &Field,
    original: &str,
) -> Option<(i64, Vec<usize>)> {
    let hay: std::borrow::Cow<'_, str> = match (q.case_sensitive, q.diacritic_sensitive) {
        (false, false) => std::borrow::Cow::Borrowed(field.folded()),
        (false, true) => std::borrow::Cow::Borrowed(&field.lower),
        _ => std::borrow::Cow::Owned(
            crate::text::nfc(original).chars().map(|c| q.shape(c)).collect(),
        ),
    };
    let mut rest = hay.chars();
    if !q.needle.chars().all(|n| rest.any(|h| h == n)) {
        return None;
    }
    matcher.fuzzy_indices(&hay, &q.needle)
}
