//! Query parsing and ranking (docs/search.md has the rules and the ranking). This file
//! names the parts and what the rest of the program may use of them.
//!
//! At load every text is cut into words (`words`), the distinct words form a
//! vocabulary with their loose forms and stems (`vocab`), and an entry keeps only its
//! word numbers per field class (`index`). A query (`query`) is executed (`execute`): each of
//! its words is matched against the vocabulary once (`plan`, by the word rules in
//! `rules`, and `compound`), then entries are tested by word number (`rank`) and
//! weighed (`weigh`); fuzzy-matcher's letters in order are the last resort, on titles and short
//! fields kept normalised (NFC), lowercased and folded one character for one, so that
//! a position in a folded text is the position of the same character on screen.

mod cancel;
mod compound;
mod cores;
mod execute;
mod field;
mod found;
mod highlight;
mod index;
pub mod limits;
mod numbered;
mod plan;
mod query;
mod rank;
mod rules;
mod stop;
mod synonyms;
mod vocab;
mod weigh;
mod why;
mod words;

pub use crate::text::{fold_char, fold_text, lower_char, nfc};
pub use cancel::{Cancel, Never};
pub use found::Match;
pub use index::Index;
pub use limits::{MAX_QUERY_BYTES, MAX_QUERY_WORDS};
pub use query::{Cut, Query};
pub use why::Why;

#[cfg(test)]
mod tests;
