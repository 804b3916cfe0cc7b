//! Compounds typed as one word: "ambassadpersonal" found where an entry says
//! "personal vid ambassader". The query word is cut into two or three pieces, each of
//! which must be a word of the same entry (or the start of one, for its inflections).

use std::collections::HashMap;

use super::rules::LINKING;
use super::rules::QWord;
use super::rules::stem::uninflected;
use super::vocab::{FxMap, Vocab};

/// Only words at least this long are cut; shorter ones cut into nonsense ("hotellet" →
/// "hot" + "ellet").
pub const MIN_SPLIT: usize = 8;
/// Longer words are not cut: the pieces grow with the square of the length.
const MAX_SPLIT: usize = 40;
/// Each piece has this many letters at least.
const MIN_PIECE: usize = 3;
/// A piece this long also matches the words it starts ("ambassad" → "ambassader").
const MIN_PIECE_PREFIX: usize = 4;
/// One bit per piece in a 64-bit mask.
const MAX_PIECES: usize = 64;

/// The cuts of one query word that can match: for every vocabulary word, which pieces
/// it matches (a bit per piece), and per cut, the pieces it needs.
#[derive(Debug, Clone)]
pub struct Split {
    pub masks: FxMap<u32, u64>,
    pub cuts: Vec<u64>,
}

impl Split {
    /// Whether the words whose masks are OR-ed into `have` hold every piece of a cut.
    pub fn complete(&self, have: u64) -> bool {
        self.cuts.iter().any(|&cut| cut & !have == 0)
    }
}

/// The cuts of a word of `n` letters into two pieces, then three, as piece bounds in
/// characters: two-piece cuts first, as they are the likelier reading.
pub fn cuts(n: usize) -> impl Iterator<Item = Vec<(usize, usize)>> {
    let two = (MIN_PIECE..=n.saturating_sub(MIN_PIECE)).map(move |i| vec![(0, i), (i, n)]);
    let three = (MIN_PIECE..=n.saturating_sub(2 * MIN_PIECE)).flat_map(move |i| {
        (i + MIN_PIECE..=n.saturating_sub(MIN_PIECE)).map(move |j| vec![(0, i), (i, j), (j, n)])
    });
    two.chain(three)
}

/// Whether a piece (loose) matches a text word (loose).
pub fn piece_matches(piece: &str, pieces_letters: usize, word: &str) -> bool {
    word == piece || (pieces_letters >= MIN_PIECE_PREFIX && word.starts_with(piece))
}

/// A piece of a query compound as the word it may stand for: itself; where it ends
/// in a linking letter, the word before the link (*förening-s*) or with the vowel the
/// link replaced (*gat-u* → *gata*, *människ-o* → *människa*); and where it ends in a
/// Swedish inflection, the word without it (*personal-en*).
pub fn linked_forms(piece: &str, letters: usize) -> Vec<(String, usize)> {
    let mut forms = vec![(piece.to_string(), letters)];
    for base in uninflected(piece) {
        let n = base.chars().count();
        forms.push((base.to_string(), n));
    }
    if let Some(last) = piece.chars().last().filter(|c| LINKING.contains(c))
        && letters > MIN_PIECE
    {
        let base = &piece[..piece.len() - last.len_utf8()];
        forms.push((base.to_string(), letters - 1));
        if matches!(last, 'o' | 'u') {
            forms.push((format!("{base}a"), letters));
        }
    }
    forms
}

pub fn cuttable(q: &QWord) -> bool {
    !q.symbols && (MIN_SPLIT..=MAX_SPLIT).contains(&q.chars.len())
}

pub fn split(vocab: &Vocab, q: &QWord) -> Option<Split> {
    if !cuttable(q) {
        return None;
    }
    let n = q.chars.len();
    let bytes: Vec<usize> = q.loose.char_indices().map(|(b, _)| b).chain([q.loose.len()]).collect();
    // Per piece (by its character bounds): its bit, or None where no word matches it.
    let mut bits: HashMap<(usize, usize), Option<u64>> = HashMap::new();
    let mut masks = FxMap::default();
    let mut cuts_found = Vec::new();
    let mut taken = 0;
    for cut in cuts(n) {
        let mut need = 0u64;
        for &(a, b) in &cut {
            let bit = if let Some(&bit) = bits.get(&(a, b)) {
                bit
            } else {
                let bit = mark(vocab, &q.loose[bytes[a]..bytes[b]], b - a, &mut masks, taken);
                taken += usize::from(bit.is_some());
                bits.insert((a, b), bit);
                bit
            };
            let Some(bit) = bit else {
                need = 0;
                break;
            };
            need |= bit;
        }
        if need != 0 {
            cuts_found.push(need);
        }
    }
    (!cuts_found.is_empty()).then_some(Split { masks, cuts: cuts_found })
}

/// Sets bit number `taken` for `piece` in the mask of every word it matches; the bit,
/// or None when no word matches (or the bits ran out).
fn mark(
    vocab: &Vocab,
    piece: &str,
    letters: usize,
    masks: &mut FxMap<u32, u64>,
    taken: usize,
) -> Option<u64> {
    if taken >= MAX_PIECES {
        return None;
    }
    let bit = 1u64 << taken;
    let mut any = false;
    for (form, letters) in linked_forms(piece, letters) {
        for w in vocab.with_prefix(&form) {
            if piece_matches(&form, letters, vocab.loose(w as usize)) {
                *masks.entry(w).or_default() |= bit;
                any = true;
            }
        }
    }
    any.then_some(bit)
}

/// A phrase of the synonym table as a cut: `held` is, for each of its words, the
/// vocabulary words that word matches; the cut needs all of them in one entry. None
/// when a word matches nothing (or the phrase has more words than a mask has bits,
/// which the table's limits rule out).
pub fn phrase(held: &[Vec<u32>]) -> Option<Split> {
    if held.is_empty() || held.len() > MAX_PIECES || held.iter().any(Vec::is_empty) {
        return None;
    }
    let mut masks: FxMap<u32, u64> = FxMap::default();
    for (piece, words) in held.iter().enumerate() {
        for &w in words {
            *masks.entry(w).or_default() |= 1 << piece;
        }
    }
    let need = if held.len() == MAX_PIECES { u64::MAX } else { (1 << held.len()) - 1 };
    Some(Split { masks, cuts: vec![need] })
}

#[cfg(test)]
mod tests;
