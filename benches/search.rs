//! Search over synthetic catalogues of 1k, 10k, 100k and 1M entries.
//!
//! ```sh
//! cargo bench --bench search                 # everything; 1M takes a while to build
//! cargo bench --bench search -- short        # only benches whose name contains "short"
//! cargo bench --bench search -- --skip 1000000
//! ```
//!
//! Each size is generated once per process (seed 1, as `scripts/bench-vs-fzf` uses) and
//! indexed outside the timed part. `ASKED_AS=0` leaves out the entries' asked-as texts,
//! to measure what searching them costs. The 1M catalogue takes several seconds and a few GB
//! of memory to build; skip it with `--skip 1000000` on a small machine.

use std::sync::OnceLock;

use divan::Bencher;
use metodstod::catalogue::Catalogue;
use metodstod::search::{Index, Query};
use metodstod::synth;

fn main() {
    let divan = divan::Divan::from_args();
    // `cargo test` runs each benchmark once, in a debug build (divan without `--bench`):
    // the catalogues of fewer than 10 000 entries only, so that it takes seconds.
    let divan = if cfg!(debug_assertions) { divan.skip_regex(r"::\d{5,}$") } else { divan };
    divan.main();
}

const SIZES: &[usize] = &[1_000, 10_000, 100_000, 1_000_000];

/// Seed of every generated catalogue.
const SEED: u64 = 1;

/// A catalogue of each size with its index, built when first asked for.
fn corpus(n: usize) -> &'static (Catalogue, Index) {
    static CORPORA: [OnceLock<(Catalogue, Index)>; 4] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let Some(slot) = SIZES.iter().position(|&s| s == n) else {
        panic!("no corpus of size {n}; the sizes are {SIZES:?}");
    };
    CORPORA[slot].get_or_init(|| {
        let mut catalogue = synth::catalogue(n, SEED);
        if std::env::var_os("ASKED_AS").is_some_and(|v| v == "0") {
            for entry in &mut catalogue.entries {
                entry.asked_as = metodstod::catalogue::AskedAs::default();
            }
        }
        let index = Index::new(&catalogue);
        (catalogue, index)
    })
}

fn search(bencher: Bencher, n: usize, query: &str) {
    let (catalogue, index) = corpus(n);
    let query = Query::parse(query);
    bencher.bench(|| index.search(divan::black_box(catalogue), divan::black_box(&query)));
}

/// A short query: matches nearly everything fuzzily.
#[divan::bench(args = SIZES, max_time = 5)]
fn short_sk(bencher: Bencher, n: usize) {
    search(bencher, n, "sk");
}

/// Two terms, both common words.
#[divan::bench(args = SIZES, max_time = 5)]
fn long_skogsagare_handbok(bencher: Bencher, n: usize) {
    search(bencher, n, "skogsägare handbok");
}

/// The query of `search skogä` in `scripts/bench-vs-fzf`, from scratch.
#[divan::bench(args = SIZES, max_time = 5)]
fn whole_skoga(bencher: Bencher, n: usize) {
    search(bencher, n, "skogä");
}

/// The same without the "ä": a loose term (no smart diacritics), for comparison with
/// the strict one above, whose summary check takes another path.
#[divan::bench(args = SIZES, max_time = 5)]
fn whole_skoga_loose(bencher: Bencher, n: usize) {
    search(bencher, n, "skoga");
}

/// "s", "sk", "sko", "skog", "skogä" typed key by key, each a whole search as the
/// browser runs it: one iteration is all five keys, so divide by five for one key.
#[divan::bench(args = SIZES, max_time = 5)]
fn typed_skoga_5_keys(bencher: Bencher, n: usize) {
    let (catalogue, index) = corpus(n);
    let steps: Vec<Query> = ["s", "sk", "sko", "skog", "skogä"].map(Query::parse).into();
    bencher.bench(|| steps.iter().map(|query| index.search(catalogue, query).len()).sum::<usize>());
}

/// A question as people type it: six words, two of them stop words and one the
/// catalogue lacks.
#[divan::bench(args = SIZES, max_time = 5)]
fn question_with_an_unknown_word(bencher: Bencher, n: usize) {
    search(bencher, n, "hur kan personal upptäcka skogägare qqzxv");
}
