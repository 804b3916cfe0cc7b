//! The integration tests, in one binary so that the dev-dependencies are linked once:
//! `cargo test --test integration NAME` runs those whose path contains NAME, e.g.
//! `browser::` or `cli::check`.

mod browser; // the browser end to end, on a pseudo-terminal
mod cli; // the command line through the real binary
mod common; // helpers shared by the others
mod export; // the reading lists, read back by real parsers
mod hostile_input; // hostile files, links, text and keys, without a terminal
mod house; // the test layout: one way, every test file declared
mod line_mode; // the line mode through the real binary
mod screen; // what the browser draws, on ratatui's TestBackend
mod search; // relevance on the embedded catalogue
