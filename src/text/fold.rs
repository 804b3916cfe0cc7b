//! Character folding with a one-to-one table, so positions survive folding.

use std::borrow::Cow;

use unicode_normalization::{UnicodeNormalization, char::decompose_canonical, is_nfc_quick};

/// Composed and decomposed forms must compare equal, so all text is NFC first.
pub fn nfc(s: &str) -> Cow<'_, str> {
    // Below U+0300, where combining marks begin, every text is already composed: that
    // is all of ASCII and Latin-1, so nearly every Swedish or English text. In UTF-8
    // such characters never have a byte of 0xCC or more.
    // Chunks reduced with `max`, which the compiler turns into vector instructions.
    if s.as_bytes().chunks(64).all(|chunk| chunk.iter().copied().max().unwrap_or(0) < 0xCC) {
        return Cow::Borrowed(s);
    }
    if matches!(is_nfc_quick(s.chars()), unicode_normalization::IsNormalized::Yes) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// The loosest form of a text, the one every search term and haystack can be reduced
/// to: composed, lowercased and without diacritics, one character for one.
pub fn fold_text(s: &str) -> String {
    nfc(s).chars().map(|c| fold_char(lower_char(c))).collect()
}

/// Lowercase as one character; characters whose lowercase is longer (İ) stay as they are,
/// keeping the table one-to-one.
pub fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// The base letter of an accented Latin letter (ö → o, é → e, Å → A); other characters
/// are returned unchanged.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    match c {
        'ø' => return 'o',
        'Ø' => return 'O',
        'ł' => return 'l',
        'Ł' => return 'L',
        'đ' => return 'd',
        'Đ' => return 'D',
        _ => {}
    }
    let mut base = None;
    decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
        }
    });
    match base {
        Some(b) if b.is_ascii_alphabetic() => b,
        _ => c,
    }
}

#[cfg(test)]
mod tests;
