//! The word rules: how one query word matches one text word, and how good that is.

use super::near::{same_skeleton, shared_beginning};
use super::stem::inflects;
use super::typo::{allowed, distance};
use super::words::QWord;

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
mod tests {
    use super::*;
    use crate::search::stem::Stems;
    use crate::search::words::loose;

    struct Of<'a>(&'a QWord, Stems);

    impl Forms for Of<'_> {
        fn stems_meet(&self) -> bool {
            self.0.stems.meet(&self.1)
        }
        fn sv_stem(&self) -> String {
            self.1.sv.clone()
        }
    }

    fn hit(query: &str, last: bool, word: &str) -> Option<(u8, Kind)> {
        let q = QWord::new(query, last, false);
        let stems = Stems::of(word, crate::search::stem::SV | crate::search::stem::EN);
        classify(&q, word, &loose(word), &Of(&q, stems)).map(|h| (h.typos, h.kind))
    }

    #[test]
    fn word_families_by_vowel_spelling_and_beginning() {
        // Smart diacritics would keep "ä" from "a"; a word family may cross it.
        assert_eq!(hit("misstänker", false, "misstanke"), Some((0, Kind::Near)));
        assert_eq!(hit("städer", false, "stad"), Some((0, Kind::Near)));
        assert_eq!(hit("böcker", false, "bok"), Some((0, Kind::Near)));
        assert_eq!(hit("utbilda", false, "utbildning"), Some((0, Kind::Near)));
        assert_eq!(hit("hötell", false, "hotell"), None, "no family, so smart diacritics hold");
        assert_eq!(hit("skogsåg", false, "skogsägare"), None);
        // Case stays strict.
        assert_eq!(hit("SeXit", false, "Sexit"), None);
        assert_eq!(hit("socialtjänsten", false, "socialstyrelsen"), None);
    }

    #[test]
    fn compounds_across_linking_letters() {
        assert_eq!(hit("kvinna", false, "kvinnojour"), Some((0, Kind::Part)));
        assert_eq!(hit("människa", false, "människohandel"), Some((0, Kind::Part)));
        assert_eq!(hit("förening", false, "föreningsliv"), Some((0, Kind::Part)));
        assert_eq!(hit("handel", false, "han"), None);
    }

    #[test]
    fn each_rule_by_itself() {
        assert_eq!(hit("hotell", false, "Hotell"), Some((0, Kind::Exact)));
        assert_eq!(hit("ungdomsmottagningen", false, "ungdomsmottagningar"), Some((0, Kind::Stem)));
        assert_eq!(hit("hotellet", false, "hotell"), Some((0, Kind::Stem)));
        assert_eq!(hit("socialst", true, "socialstyrelsen"), Some((0, Kind::Prefix)));
        assert_eq!(hit("socialst", false, "socialstyrelsen"), Some((0, Kind::Part)));
        assert_eq!(hit("våld", false, "hedersvåld"), Some((0, Kind::Part)));
        assert_eq!(hit("handel", false, "människohandel"), Some((0, Kind::Part)));
        assert_eq!(hit("socialstyrelssen", false, "socialstyrelsen"), Some((1, Kind::Typo)));
    }

    #[test]
    fn a_prefix_only_for_the_word_being_typed() {
        assert_eq!(hit("hot", false, "hotell"), None);
        assert_eq!(hit("hot", true, "hotell"), Some((0, Kind::Prefix)));
    }

    #[test]
    fn typos_by_length_and_a_swap_is_one() {
        // Four letters: none allowed.
        assert_eq!(hit("hotl", false, "hotel"), None);
        // Five to eight: one, and a swap of neighbours counts as one.
        assert_eq!(hit("hotle", false, "hotel"), Some((1, Kind::Typo)));
        assert_eq!(hit("embasyy", false, "embassy"), Some((1, Kind::Typo)));
        assert_eq!(hit("ebmassy", false, "embassy"), Some((1, Kind::Typo)));
        assert_eq!(hit("ebmasys", false, "embassy"), None);
        // Nine and more: two.
        assert_eq!(hit("socailstyrelssen", false, "socialstyrelsen"), Some((2, Kind::Typo)));
        assert_eq!(hit("socailstyrelsssen", false, "socialstyrelsen"), None);
    }

    #[test]
    fn codes_order_as_the_ranking_and_round_trip() {
        let exact = Hit::new(0, Kind::Exact, false);
        let tail = Hit::new(0, Kind::Part, true);
        let typo = Hit::new(1, Kind::Typo, false);
        assert!(exact.code() < tail.code() && tail.code() < typo.code());
        let near = Hit::new(0, Kind::Near, false);
        assert!(tail.code() < near.code());
        for h in [exact, tail, typo, near, Hit::new(2, Kind::Typo, false)] {
            assert_eq!(Hit::from_code(h.code()), Some(h));
        }
        assert_eq!(Hit::from_code(0), None);
    }
}
