//! Where and how well a word matched, weighed as BM25F does (Robertson and Zaragoza;
//! Lucene's and Tantivy's field boosts): per query word, the fields that hold it, each
//! by its weight and the quality of the match there, saturated, times the word's
//! inverse document frequency among the entries searched; summed over the words. So a
//! word in a title outweighs the same word in a summary also when the counts tie, and
//! a rare word outweighs a common one.

use super::found::Match;
use super::rules::{Hit, Kind};
use super::vocab::CLASSES;

/// Per field class (title; keywords, audiences, formats, categories; the ways a
/// resource is asked for; publishers; summaries), how much a word there weighs.
const FIELD_WEIGHTS: [f32; CLASSES] = [4.0, 2.0, 2.0, 1.5, 1.0];

/// BM25's saturation: a word in many fields weighs more, with diminishing returns.
const K1: f32 = 1.2;

/// How much a match of this kind (and these typos) is worth against the same word.
pub fn quality(hit: Hit) -> f32 {
    let kind = match hit.kind {
        Kind::Exact => 1.0,
        Kind::Stem => 0.95,
        Kind::Synonym => 0.8,
        Kind::Prefix => 0.75,
        Kind::Part => 0.7,
        Kind::Typo | Kind::Near => 0.6,
        Kind::Subsequence => 0.3,
    };
    kind - 0.15 * f32::from(hit.typos.saturating_sub(1))
}

/// One query word's weight in one entry, from its best hit in each field class
/// (`None` where the class does not hold it), saturated, in ten-thousandths.
pub fn word_weight(hits: &[Option<Hit>; CLASSES]) -> u16 {
    let tf: f32 = hits
        .iter()
        .zip(FIELD_WEIGHTS)
        .filter_map(|(hit, weight)| hit.map(|h| weight * quality(h)))
        .sum();
    let saturated = tf * (K1 + 1.0) / (tf + K1);
    // At most K1 + 1 = 2.2: 22 000 fits.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let weight = (saturated * 10_000.0).round() as u16;
    weight
}

/// The entries' scores completed: each word's weight in each entry (`weights`, the same
/// number of weights for every match, one per query word, match after match) times the
/// word's inverse document frequency among `searched` entries, summed, placed below the
/// count of words matched and above how close together they are.
pub fn weigh(matches: &mut [Match], weights: &[u16], searched: usize) {
    let Some(words) = weights.len().checked_div(matches.len()).filter(|&w| w > 0) else {
        return;
    };
    let mut held = vec![0usize; words];
    for list in weights.chunks_exact(words) {
        for (count, &w) in held.iter_mut().zip(list) {
            *count += usize::from(w > 0);
        }
    }
    // Counts of entries, far below f32's exact integers.
    #[allow(clippy::cast_precision_loss)]
    let idf: Vec<f64> = held
        .iter()
        .map(|&df| {
            let (n, df) = (searched.max(df) as f64, df as f64);
            (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
        })
        .collect();
    for (m, list) in matches.iter_mut().zip(weights.chunks_exact(words)) {
        let sum: f64 = list.iter().zip(&idf).map(|(&w, idf)| f64::from(w) * idf).sum();
        // Ten-thousandths times at most 64 words of an idf below 20: under 2^35.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let sum = sum.round().clamp(0.0, WEIGHT_MAX) as i64;
        m.score |= sum << WEIGHT_SHIFT;
    }
}

pub const WEIGHT_SHIFT: u32 = 16;
/// 40 bits, up to the count of words matched.
#[allow(clippy::cast_precision_loss)]
const WEIGHT_MAX: f64 = ((1u64 << 40) - 1) as f64;
