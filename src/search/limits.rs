//! The search's stated limits: what it reads of a query and of a word. Past a limit
//! nothing is dropped silently: a query is cut with a note naming what was left out.
//! The synonym table's limits are the catalogue's (`catalogue::MAX_GROUP_WORDS`), and a
//! table over one fails `check`.

/// The most bytes of a query read (cut at the last whole character before): a pasted
/// paragraph fits, a pasted file does not.
pub const MAX_QUERY_BYTES: usize = 2048;

/// The most distinct words (stop words left out) a query is searched by; the rest are
/// named as cut. A result records the words it matched in 64 bits.
pub const MAX_QUERY_WORDS: usize = 64;

/// Words longer than this many letters are not stemmed: no real word is as long, and
/// Snowball's cost grows with the square of a word's length on some letter patterns.
pub const MAX_STEMMED_LETTERS: usize = 64;
