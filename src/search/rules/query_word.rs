//! One word of a query, with the smart rules its own letters decide: case and
//! diacritics, strict or loose.

use super::near::trigrams;
use super::stem::Stems;
use crate::search::words::loose;
use crate::text::{fold_char, lower_char, nfc};

/// One word of a query, with smart case and smart diacritics decided by its own letters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QWord {
    /// The word as typed (NFC).
    pub text: String,
    pub loose: String,
    pub chars: Box<[char]>,
    pub case_sensitive: bool,
    pub diacritic_sensitive: bool,
    /// The word being typed: the last one, with no space after it. It also matches as a
    /// prefix, so results do not vanish mid-word.
    pub prefix: bool,
    /// No letters or digits (a term such as "&" or "!!"): only the letters-in-order match
    /// can find it.
    pub symbols: bool,
    pub stems: Stems,
    /// The word shaped by its own rules: the needle of the letters-in-order match.
    pub needle: String,
    /// The loose form's trigrams, for word families.
    pub trigrams: Vec<[char; 3]>,
}

impl QWord {
    pub fn new(text: &str, prefix: bool, symbols: bool) -> Self {
        let text = nfc(text).into_owned();
        let loose = loose(&text);
        let mut q = QWord {
            case_sensitive: text.chars().any(char::is_uppercase),
            diacritic_sensitive: text.chars().any(|c| fold_char(lower_char(c)) != lower_char(c)),
            chars: loose.chars().collect(),
            stems: if symbols { Stems::default() } else { Stems::of_query(&text) },
            text,
            loose,
            prefix,
            symbols,
            needle: String::new(),
            trigrams: Vec::new(),
        };
        q.trigrams = if symbols { Vec::new() } else { trigrams(&q.loose) };
        q.needle = q.text.chars().map(|c| q.shape(c)).collect();
        q
    }

    pub fn strict(&self) -> bool {
        self.case_sensitive || self.diacritic_sensitive
    }

    /// A character shaped by this word's rules, for both needle and haystack.
    pub fn shape(&self, c: char) -> char {
        let c = if self.case_sensitive { c } else { lower_char(c) };
        if self.diacritic_sensitive { c } else { fold_char(c) }
    }

    /// The smart rules as a word family bends them, checked on a text word from its
    /// start: smart case holds, and smart diacritics too but for the vowels Swedish
    /// inflection alternates (*stad/städer*, *bok/böcker*).
    pub fn family_ok(&self, word: &str) -> bool {
        const ALTERNATING: [(char, char); 4] = [('a', 'ä'), ('ä', 'a'), ('o', 'ö'), ('ö', 'o')];
        self.text.chars().zip(word.chars()).all(|(q, w)| {
            let (ql, wl) = (lower_char(q), lower_char(w));
            if fold_char(ql) != fold_char(wl) {
                return true;
            }
            let case = !self.case_sensitive || q.is_uppercase() == w.is_uppercase();
            let letter = !self.diacritic_sensitive || ql == wl || ALTERNATING.contains(&(ql, wl));
            case && letter
        })
    }

    /// The smart rules, checked on a text word aligned with this one from character
    /// `at` of the text word: where two letters are the same loosely, an uppercase or
    /// accented letter of the query must be the very same letter in the text. Letters
    /// that differ loosely are typos, judged elsewhere.
    pub fn strict_ok(&self, word: &str, at: usize) -> bool {
        if !self.strict() {
            return true;
        }
        self.text.chars().zip(word.chars().skip(at)).all(|(q, w)| {
            fold_char(lower_char(q)) != fold_char(lower_char(w)) || self.shape(q) == self.shape(w)
        })
    }
}

#[cfg(test)]
mod tests;
