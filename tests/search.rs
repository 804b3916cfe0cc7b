//! Relevance on the embedded catalogue: queries a professional would type, each with
//! the entry that must come first, which `scripts/relevance-vs-fzf` runs through fzf
//! too: `tests/search/queries.tsv`, written with the rules; `tuned.tsv`, the half of the
//! queries written apart (from the resources' titles and audiences only) that the
//! search was tuned on; and `heldout.tsv`, the other half, when present. Prints
//! precision at 1 and the mean reciprocal rank;
//! `cargo test --test integration search:: -- --nocapture` shows them.

use metodstod::catalogue::{self, Catalogue};
use metodstod::search::{Index, Query};

/// The goals: the right entry first for 95% of the queries, and in the top three for all.
const MIN_PRECISION_AT_1: f64 = 0.95;
/// The held-out half was run once, after the tuning, at P@1 0.911 (51 of 56; the goal
/// was 0.95): its floor is what it scored then, so that it cannot get worse unseen,
/// and it is never tuned on (docs/search.md).
const HELD_OUT_PRECISION_AT_1: f64 = 0.91;
const TOP: usize = 3;

/// Query, the id that must come first (none: nothing may be found), and the kind, of
/// one set's lines.
fn read(text: &str) -> Vec<(String, Option<String>, String)> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let mut fields = line.split('\t');
            let query = fields.next().unwrap_or_default().to_string();
            let id = fields.next().unwrap_or_default().trim();
            let kind = fields.next().unwrap_or("other").trim().to_string();
            (query, (!id.is_empty()).then(|| id.to_string()), kind)
        })
        .collect()
}

fn queries() -> Vec<(String, Option<String>, String)> {
    read(include_str!("search/queries.tsv"))
}

/// Counts as floats; they are far below 2^32.
fn float(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

fn ranked(catalogue: &Catalogue, index: &Index, query: &str) -> Vec<String> {
    let found = index.search(catalogue, &Query::in_catalogue(query, catalogue));
    found.iter().map(|m| catalogue.entries[m.entry].id.to_string()).collect()
}

/// P@1 and MRR of one set, requiring every query's resource in the top three and the
/// first for `floor` of them.
fn measure(name: &str, queries: &[(String, Option<String>, String)], floor: f64) {
    let catalogue = match catalogue::embedded() {
        Ok(c) => c,
        Err(e) => panic!("the embedded catalogue is invalid: {e}"),
    };
    let index = Index::new(&catalogue);
    let (mut first, mut reciprocal) = (0usize, 0.0f64);
    let mut misses = Vec::new();
    let mut kinds: Vec<(String, usize, usize)> = Vec::new();
    for (query, expected, kind) in queries {
        let found = ranked(&catalogue, &index, query);
        let rank = match expected {
            Some(id) => found.iter().position(|f| f == id).map(|p| p + 1),
            None => found.is_empty().then_some(1),
        };
        let at = kinds.iter().position(|(k, _, _)| k == kind).unwrap_or_else(|| {
            kinds.push((kind.clone(), 0, 0));
            kinds.len() - 1
        });
        kinds[at].1 += 1;
        kinds[at].2 += usize::from(rank == Some(1));
        match rank {
            Some(1) => first += 1,
            _ => misses.push(format!(
                "{query:?}: wanted {expected:?}, got {:?}",
                &found[..found.len().min(3)]
            )),
        }
        reciprocal += rank.map_or(0.0, |r| 1.0 / float(r));
        assert!(
            rank.is_some_and(|r| r <= TOP),
            "{name}: {query:?}: {expected:?} not in the top {TOP}: {found:?}"
        );
    }
    let n = float(queries.len());
    let (precision, mrr) = (float(first) / n, reciprocal / n);
    println!("{name}: {} queries: P@1 {precision:.3}, MRR {mrr:.3}", queries.len());
    for (kind, n, first) in &kinds {
        println!("  {kind}: {first} of {n} first");
    }
    for miss in &misses {
        println!("  not first: {miss}");
    }
    assert!(precision >= floor, "{name}: P@1 {precision:.3}: {misses:#?}");
}

#[test]
fn the_right_entry_comes_first() {
    let queries = queries();
    assert!(queries.len() >= 120, "only {} queries", queries.len());
    measure("queries.tsv", &queries, MIN_PRECISION_AT_1);
}

#[test]
fn the_right_entry_comes_first_for_queries_written_apart() {
    let tuned = read(include_str!("search/tuned.tsv"));
    assert!(tuned.len() >= 40, "only {} queries", tuned.len());
    measure("tuned.tsv", &tuned, MIN_PRECISION_AT_1);
    let held_out = read(include_str!("search/heldout.tsv"));
    assert!(held_out.len() >= 40, "only {} queries", held_out.len());
    measure("heldout.tsv", &held_out, HELD_OUT_PRECISION_AT_1);
}

mod partial {
    use super::*;
    use proptest::prelude::*;

    /// A word of letters the catalogue never has: "q" starts no Swedish or English word
    /// of it, and the letters after it are random.
    fn unknown_word() -> impl Strategy<Value = String> {
        "[wxz]{2,6}".prop_map(|rest| format!("qq{rest}"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Adding a word the vocabulary lacks never empties a query's results, never
        /// loses one, and never puts an entry that matches some of the query's words
        /// above one that matches all of them.
        #[test]
        fn an_unknown_word_never_empties_or_reorders(
            pick in 0usize..1000,
            unknown in unknown_word(),
        ) {
            let catalogue = catalogue::embedded().map_err(|e| TestCaseError::fail(e.to_string()))?;
            let index = Index::new(&catalogue);
            let queries: Vec<String> = queries()
                .into_iter()
                .filter(|(_, id, _)| id.is_some())
                .map(|(q, _, _)| q)
                .collect();
            let query = &queries[pick % queries.len()];
            // Closed, as it is once a word follows.
            let closed = format!("{query} ");
            let before = index.search(&catalogue, &Query::in_catalogue(&closed, &catalogue));
            let longer = Query::in_catalogue(&format!("{query} {unknown}"), &catalogue);
            let after = index.search(&catalogue, &longer);
            prop_assert!(!after.is_empty(), "{query} {unknown}: empty");
            for m in &before {
                prop_assert!(after.iter().any(|n| n.entry == m.entry), "{query} {unknown}: lost one");
            }
            let n = longer.words().count();
            let full = (1u64 << (n - 1)) - 1;
            let mut seen_partial = false;
            for m in &after {
                let whole = m.words & full == full;
                prop_assert!(!(whole && seen_partial), "{query} {unknown}: a partial match ranked above a full one");
                seen_partial |= !whole;
            }
            let why = index.why(&longer, &after);
            prop_assert!(why.unmatched.contains(&unknown), "{unknown} is named: {why:?}");
        }
    }
}
