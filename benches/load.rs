//! Loading a catalogue: JSON parse with validation and NFC (`catalogue::parse` from
//! text, `catalogue::load_path` from a file, which parses as it reads), and building the
//! search index (`Index::new`), for the embedded catalogue and generated ones of 10k and
//! 100k entries.
//!
//! ```sh
//! cargo bench --bench load
//! ```

use std::sync::OnceLock;

use divan::Bencher;
use metodstod::catalogue::{self, Catalogue, EMBEDDED, Origin};
use metodstod::search::Index;
use metodstod::synth;

fn main() {
    let divan = divan::Divan::from_args();
    // `cargo test` runs each benchmark once, in a debug build (divan without `--bench`):
    // the catalogues of fewer than 10 000 entries only, so that it takes seconds.
    let divan = if cfg!(debug_assertions) { divan.skip_regex(r"::\d{5,}$") } else { divan };
    divan.main();
}

const SIZES: &[usize] = &[10_000, 100_000];

/// The JSON text of a generated catalogue, made once per size.
fn text(n: usize) -> &'static str {
    static TEXTS: [OnceLock<String>; 2] = [OnceLock::new(), OnceLock::new()];
    let Some(slot) = SIZES.iter().position(|&s| s == n) else {
        panic!("no catalogue of size {n}; the sizes are {SIZES:?}");
    };
    TEXTS[slot].get_or_init(|| match serde_json::to_string(&synth::catalogue(n, 1)) {
        Ok(t) => t,
        Err(e) => panic!("serialising the synthetic catalogue: {e}"),
    })
}

fn parsed(text: &str) -> Catalogue {
    match catalogue::parse(text, &Origin::Embedded) {
        Ok(c) => c,
        Err(e) => panic!("the catalogue does not load: {e}"),
    }
}

#[divan::bench]
fn parse_embedded() -> Catalogue {
    parsed(divan::black_box(EMBEDDED))
}

#[divan::bench(args = SIZES, max_time = 5)]
fn parse_generated(bencher: Bencher, n: usize) {
    let text = text(n);
    bencher.bench(|| parsed(divan::black_box(text)));
}

/// From a file, as `--catalogue` reads it: entry by entry while the file streams in.
#[divan::bench(args = SIZES, max_time = 5)]
fn load_file_generated(bencher: Bencher, n: usize) {
    let path =
        std::env::temp_dir().join(format!("metodstod-bench-{}-{n}.json", std::process::id()));
    if let Err(e) = std::fs::write(&path, text(n)) {
        panic!("cannot write {}: {e}", path.display());
    }
    bencher.bench(|| match catalogue::load_path(divan::black_box(&path)) {
        Ok(c) => c,
        Err(e) => panic!("the catalogue does not load: {e}"),
    });
    let _ = std::fs::remove_file(&path);
}

#[divan::bench]
fn index_embedded(bencher: Bencher) {
    let catalogue = parsed(EMBEDDED);
    bencher.bench(|| Index::new(divan::black_box(&catalogue)));
}

#[divan::bench(args = SIZES, max_time = 5)]
fn index_generated(bencher: Bencher, n: usize) {
    let catalogue = parsed(text(n));
    bencher.bench(|| Index::new(divan::black_box(&catalogue)));
}
