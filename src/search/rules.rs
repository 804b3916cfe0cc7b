//! The word rules: how one query word matches one text word, and how good that is. The
//! parts each rule needs are here too: typos (`typo`), stems and inflections (`stem`)
//! and word families a stemmer does not join (`near`).

pub mod near;
mod query_word;
pub mod stem;
pub mod typo;

pub use query_word::QWord;

use near::{same_skeleton, shared_beginning};
use stem::inflects;
use typo::{allowed, distance};

/// Kinds of match, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Exact,
    Stem,
    Synonym,
    Part,
    Prefix,
    Typo,
    Near,
    Subsequence,
}

const KINDS: [Kind; 8] = [
    Kind::Exact,
    Kind::Stem,
    Kind::Synonym,
    Kind::Part,
    Kind::Prefix,
    Kind::Typo,
    Kind::Near,
    Kind::Subsequence,
];

/// A query word as the head or tail of a compound must have this many letters, and the
/// compound this many more: "våld" in "hedersvåld", not "en" in "hotellen".
pub const MIN_PART: usize = 4;
const MIN_REST: usize = 3;

/// The letters Swedish puts between the parts of a compound (*förening-s-liv*,
/// *gat-u-våld*, *människ-o-handel*), and the vowels a first part drops or changes
/// for them (*gata*, *människa*, *skola*).
pub const LINKING: [char; 5] = ['s', 'e', 'o', 'u', 'a'];
const DROPPED: [char; 2] = ['a', 'e'];

/// One query word matching one text word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub typos: u8,
    pub kind: Kind,
    /// The query is the tail of the text word (else its head, or the whole word).
    pub tail: bool,
}

impl Hit {
    pub const fn new(typos: u8, kind: Kind, tail: bool) -> Self {
        Hit { typos, kind, tail }
    }

    /// A one-byte code that orders as the ranking does (fewer typos, then kind); 0 is
    /// "no match", so a vector of codes per vocabulary word starts zeroed.
    pub fn code(self) -> u8 {
        1 + self.typos * 16 + self.kind as u8 * 2 + u8::from(self.tail)
    }

    pub fn from_code(code: u8) -> Option<Hit> {
        let c = code.checked_sub(1)?;
        let kind = *KINDS.get(usize::from(c % 16 / 2))?;
        Some(Hit::new(c / 16, kind, c % 2 == 1))
    }

    /// This hit as a word of the synonym table matches: by its forms or as a compound's
    /// part, never by a beginning, a typo or a near form, which would carry a synonym
    /// too far from what was typed.
    pub fn as_synonym(self) -> Option<Hit> {
        matches!(self.kind, Kind::Exact | Kind::Stem | Kind::Part).then_some(Hit::new(
            0,
            Kind::Synonym,
            false,
        ))
    }

    /// The characters of a text word of `letters` letters to highlight for this hit.
    pub fn span(self, query_letters: usize, letters: usize) -> std::ops::Range<usize> {
        let n = query_letters.min(letters);
        match self.kind {
            Kind::Prefix | Kind::Part if self.tail => letters - n..letters,
            Kind::Prefix | Kind::Part => 0..n,
            _ => 0..letters,
        }
    }
}

/// What the rules ask of a text word beyond its letters, asked only when needed: the
/// caller may have to stem the word.
pub trait Forms {
    /// Whether the query word and the text word share a stem.
    fn stems_meet(&self) -> bool;
    /// The text word's Swedish stem (loose), for word families.
    fn sv_stem(&self) -> String;
}

/// How `q` matches the text word `word` (NFC, as written; `loose` is its loose form),
/// if at all, by the best rule that applies.
pub fn classify(q: &QWord, word: &str, loose: &str, forms: &impl Forms) -> Option<Hit> {
    if q.symbols {
        return None;
    }
    if loose == q.loose {
        // Loosely the same word: the smart rules alone decide.
        return q.strict_ok(word, 0).then_some(Hit::new(0, Kind::Exact, false));
    }
    let qn = q.chars.len();
    let wn = loose.chars().count();
    let family = inflects(&q.loose, loose) || forms.stems_meet();
    if family && q.strict_ok(word, 0) {
        return Some(Hit::new(0, Kind::Stem, false));
    }
    let compound = qn >= MIN_PART && wn >= qn + MIN_REST;
    if loose.starts_with(&q.loose) && q.strict_ok(word, 0) {
        // The word being typed is a beginning before it is a part.
        if q.prefix {
            return Some(Hit::new(0, Kind::Prefix, false));
        }
        if compound {
            return Some(Hit::new(0, Kind::Part, false));
        }
    }
    if compound && loose.ends_with(&q.loose) && q.strict_ok(word, wn - qn) {
        return Some(Hit::new(0, Kind::Part, true));
    }
    if linked_head(q, word, loose, wn) {
        return Some(Hit::new(0, Kind::Part, false));
    }
    let limit = allowed(qn);
    if limit > 0 && wn.abs_diff(qn) <= limit {
        let chars: Vec<char> = loose.chars().collect();
        if let Some(d) = distance(&q.chars, &chars, limit)
            && d > 0
            && q.strict_ok(word, 0)
        {
            return Some(Hit::new(u8::try_from(d).unwrap_or(u8::MAX), Kind::Typo, false));
        }
    }
    // A family may cross smart diacritics (its vowel is what differs); a shared
    // beginning alone may not.
    let same_start = loose.chars().next() == q.chars.first().copied();
    let near = (family && q.family_ok(word))
        || (same_start && same_skeleton(&q.stems.sv, &forms.sv_stem()) && q.family_ok(word))
        || (same_start && shared_beginning(&q.loose, &q.trigrams, loose) && q.strict_ok(word, 0));
    near.then_some(Hit::new(0, Kind::Near, false))
}

/// Whether the text word is a compound whose first part is the query word with the
/// vowel it ends in dropped or changed to a linking letter: *kvinna* in
/// *kvinnojour*, *människa* in *människohandel*.
fn linked_head(q: &QWord, word: &str, loose: &str, letters: usize) -> bool {
    let Some(last) = q.chars.last().filter(|c| DROPPED.contains(c)) else { return false };
    let base = &q.loose[..q.loose.len() - last.len_utf8()];
    let base_letters = q.chars.len() - 1;
    if base_letters < MIN_PART || letters < base_letters + 1 + MIN_REST {
        return false;
    }
    q.strict_ok(word, 0)
        && loose.strip_prefix(base).is_some_and(|rest| {
            let mut rest = rest.chars();
            rest.next().is_some_and(|link| LINKING.contains(&link) && link != *last)
        })
}

#[cfg(test)]
mod tests;
