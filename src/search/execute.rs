//! A query executed over the index: each query word planned against the vocabulary once,
//! the entries scored on every core, weighed, and sorted best first.

use fuzzy_matcher::skim::SkimMatcherV2;

use super::cancel::{Cancel, Never};
use super::cores::per_core;
use super::found::Match;
use super::index::Index;
use super::plan::{self, Plan, Touched};
use super::query::Query;
use super::rank::Scorer;
use super::weigh;
use crate::catalogue::Catalogue;

/// Vocabulary words times query words above which planning is kept off the input path
/// (about ten milliseconds of work in a release build).
const SLOW_PLAN: usize = 200_000;

/// How many entries are searched between two looks at the cancel flag.
const CANCEL_STRIDE: usize = 512;

impl Index {
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
        let parts = parts.into_iter().collect::<Option<Vec<_>>>()?;
        // Each part moved over and freed in turn: two copies of every match at once were
        // the peak of a search over a big catalogue.
        let mut matches = Vec::with_capacity(parts.iter().map(|(m, _)| m.len()).sum());
        let mut weights = Vec::with_capacity(parts.iter().map(|(_, w)| w.len()).sum());
        for (part, part_weights) in parts {
            matches.extend(part);
            weights.extend(part_weights);
        }
        weigh::weigh(&mut matches, &weights, candidates.len());
        // A stable sort keeps catalogue order among equal scores.
        matches.sort_by_key(|m| std::cmp::Reverse(m.score));
        Some(matches)
    }

    pub(super) fn search_chunk(
        &self,
        catalogue: &Catalogue,
        query: &Query,
        (plans, touched): (&[Plan], &Touched),
        candidates: &[usize],
        cancel: &dyn Cancel,
    ) -> Option<(Vec<Match>, Vec<u16>)> {
        let mut scorer = Scorer {
            index: self,
            catalogue,
            query,
            plans,
            touched,
            matcher: SkimMatcherV2::default().respect_case(),
            memo: vec![Vec::new(); query.words.len()],
        };
        let (mut matches, mut weights) = (Vec::new(), Vec::new());
        for (i, &entry) in candidates.iter().enumerate() {
            if i % CANCEL_STRIDE == 0 && cancel.cancelled() {
                return None;
            }
            matches.extend(scorer.score(entry, &mut weights));
        }
        Some((matches, weights))
    }
}
