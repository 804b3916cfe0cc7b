//! Words: what a word of a text is, for the search and for `check` alike (one reading
//! everywhere), and the loose form every comparison starts from.

use unicode_normalization::char::is_combining_mark;

use super::{fold_char, lower_char, nfc};

/// The words of a text with the character index each starts at. A word is a run of
/// letters and digits; everything else separates words, so "TRM-BSR" is two words and
/// "kunskapsguiden.se" too. Combining marks belong to the word they follow (scripts
/// whose marks have no composed form keep their words whole).
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let (mut chars, mut seen) = (0, 0);
    spans(text).map(move |(byte, word)| {
        chars += text[seen..byte].chars().count();
        seen = byte;
        (chars, word)
    })
}

/// The words of a text with the byte offset each starts at. Every text of a catalogue
/// passes through here at load, so ASCII, most of it, is judged a byte at a time.
pub fn spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    // The length of the character at `i` if it belongs to a word (a mark only inside).
    let in_word = move |i: usize, inside: bool| -> Result<usize, usize> {
        let b = bytes[i];
        if b < 0x80 {
            return if b.is_ascii_alphanumeric() { Ok(1) } else { Err(1) };
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let n = c.len_utf8();
        // Latin-1 letters (å, ä, ö, é...) without the Unicode table: all of U+00C0 to
        // U+00FF but × and ÷.
        let latin = ('\u{C0}'..='\u{FF}').contains(&c) && c != '×' && c != '÷';
        if latin || c.is_alphanumeric() || (inside && is_combining_mark(c)) {
            Ok(n)
        } else {
            Err(n)
        }
    };
    std::iter::from_fn(move || {
        loop {
            if i >= bytes.len() {
                return None;
            }
            match in_word(i, false) {
                Ok(_) => break,
                Err(n) => i += n,
            }
        }
        let start = i;
        while i < bytes.len() {
            match in_word(i, true) {
                Ok(n) => i += n,
                Err(_) => break,
            }
        }
        Some((start, &text[start..i]))
    })
}

/// The loose form every comparison starts from: lowercased and without diacritics.
pub fn loose(word: &str) -> String {
    word.chars().map(|c| fold_char(lower_char(c))).collect()
}

/// A word or phrase of a synonym table as the search reads it: its words, loose.
pub fn table_words(text: &str) -> Vec<String> {
    words(&nfc(text)).map(|(_, w)| loose(w)).collect()
}

#[cfg(test)]
mod tests;
