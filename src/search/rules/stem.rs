//! Stems: Snowball for Swedish and English, and the Swedish endings Snowball keeps.

use rust_stemmers::{Algorithm, Stemmer};

use crate::search::limits::MAX_STEMMED_LETTERS;
use crate::text::{fold_text, lower_char};

/// Which languages a text word was seen in, so it is stemmed by the right stemmer.
pub const SV: u8 = 1;
pub const EN: u8 = 2;

/// Below this many letters a stem says too little: "hot" and "hotel" share one.
const MIN_STEM: usize = 3;

/// A word's stems, folded: Swedish and English (empty where not stemmed).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stems {
    pub sv: String,
    pub en: String,
}

impl Stems {
    /// A query word's language is unknown, so both stemmers are tried.
    pub fn of_query(word: &str) -> Self {
        Self::of(word, SV | EN)
    }

    /// A word longer than `MAX_STEMMED_LETTERS` has no stems: it matches as itself.
    pub fn of(word: &str, langs: u8) -> Self {
        if word.chars().nth(MAX_STEMMED_LETTERS).is_some() {
            return Stems::default();
        }
        let lower: String = word.chars().map(lower_char).collect();
        // Each stemmer made from its name where it is asked for: made from a variable,
        // the crate's choice of stemmer became a table of all 18, and the binary
        // carried them all (54 KiB).
        let stem = |stemmer: Stemmer, lang: u8| {
            if langs & lang == 0 {
                return String::new();
            }
            let stem = fold_text(&stemmer.stem(&lower));
            if stem.chars().count() < MIN_STEM { String::new() } else { stem }
        };
        Stems {
            sv: stem(Stemmer::create(Algorithm::Swedish), SV),
            en: stem(Stemmer::create(Algorithm::English), EN),
        }
    }

    /// Whether two words share a stem. Across languages too: a query's language is
    /// unknown, and Snowball cuts "ambassad" shorter in Swedish than in English.
    pub fn meet(&self, other: &Stems) -> bool {
        let mine = [&self.sv, &self.en];
        mine.iter().any(|s| !s.is_empty() && (**s == other.sv || **s == other.en))
    }
}

/// Endings of Swedish definite, plural and genitive forms that the Snowball stemmer
/// leaves on ("hotellet", "handeln", "våldet"): a query word that is a text word plus
/// one of these is that word inflected.
const SV_ENDINGS: &[&str] = &[
    "et", "en", "n", "t", "ets", "ens", "ns", "ts", "s", "na", "nas", "ar", "er", "or", "arna",
    "erna", "orna", "arnas", "ernas", "ornas",
];

/// Text words shorter than this are not taken as the base of an inflected query word:
/// "han" + "del" is no inflection.
const MIN_BASE: usize = 4;

/// Whether `query` (loose) is `word` (loose) with a Swedish inflection added.
pub fn inflects(query: &str, word: &str) -> bool {
    query.len() > word.len()
        && word.chars().count() >= MIN_BASE
        && query.starts_with(word)
        && SV_ENDINGS.contains(&&query[word.len()..])
}

/// The words `word` (loose) may be with a Swedish inflection taken off, longest first.
pub fn uninflected(word: &str) -> impl Iterator<Item = &str> {
    SV_ENDINGS.iter().filter_map(move |ending| {
        let base = word.strip_suffix(ending)?;
        (base.chars().count() >= MIN_BASE).then_some(base)
    })
}

#[cfg(test)]
mod tests;
