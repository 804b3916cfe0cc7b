//! Writes a synthetic catalogue for benchmarks, and the same texts as lines for fzf.
//!
//! ```sh
//! cargo run --release --example gen_catalogue -- N SEED OUT.json [OUT.lines]
//! target/release/metodstod check OUT.json
//! ```
//!
//! `OUT.json` is a valid catalogue (README, "The catalogue format") of N entries with
//! Swedish-like titles, summaries in sv and en, publishers from a pool of ~200, keywords
//! and https://example.org/ links; the same N and SEED give the same file everywhere.
//! About 1% of the entries contain a word with "skogä".
//!
//! `OUT.lines`, for `fzf`, has one line per entry, in catalogue order:
//!
//! ```text
//! id<TAB>title — publishers — keywords — summary.sv
//! ```
//!
//! publishers are the Swedish names joined with ", ", keywords are joined with " ", and
//! " — " (space, em dash, space) separates the parts. These are the texts our search
//! looks at in Swedish (besides category names, audiences and formats); the id comes
//! first so that `fzf --preview 'metodstod show {1}'` works on the lines.

use std::error::Error;
use std::fs::File;
use std::io::{BufWriter, Write};

use metodstod::catalogue::Entry;
use metodstod::synth;

const USAGE: &str = "usage: gen_catalogue N SEED OUT.json [OUT.lines]";

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (n, seed, json, lines) = match args.as_slice() {
        [n, seed, json] => (n, seed, json, None),
        [n, seed, json, lines] => (n, seed, json, Some(lines)),
        _ => return Err(USAGE.into()),
    };
    let n: usize = n.replace('_', "").parse().map_err(|e| format!("N: {e}\n{USAGE}"))?;
    let seed: u64 = seed.parse().map_err(|e| format!("SEED: {e}\n{USAGE}"))?;
    let catalogue = synth::catalogue(n, seed);

    let mut out = BufWriter::new(File::create(json).map_err(|e| format!("{json}: {e}"))?);
    serde_json::to_writer(&mut out, &catalogue)?;
    out.write_all(b"\n")?;
    out.flush()?;

    if let Some(path) = lines {
        let mut out = BufWriter::new(File::create(path).map_err(|e| format!("{path}: {e}"))?);
        for entry in &catalogue.entries {
            writeln!(out, "{}", fzf_line(entry))?;
        }
        out.flush()?;
    }
    Ok(())
}

/// `id<TAB>title — publishers — keywords — summary.sv`, on one line.
fn fzf_line(entry: &Entry) -> String {
    let publishers: Vec<&str> = entry.publisher.iter().map(|p| p.sv.as_str()).collect();
    let summary = entry.summary.sv.replace('\n', " ");
    format!(
        "{}\t{} — {} — {} — {summary}",
        entry.id,
        entry.title,
        publishers.join(", "),
        entry.keywords.join(" "),
    )
}
