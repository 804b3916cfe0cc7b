//! Words: how texts and queries are cut into words, and the bit each query word has in
//! a result.

pub use crate::text::{loose, spans, words};

/// Words joined to a suspended compound's first part: "för- och nackdelar" holds
/// "fördelar", and "barn- och ungdomspsykiatri" "barnpsykiatri". Where the second
/// word's own first part ends is not known, so each plausible ending is taken (a first
/// part of three letters or more, a last of four or more); the wrong ones are words
/// nobody types.
pub fn suspended(text: &str) -> Vec<String> {
    const JOINING: [&str; 7] = ["och", "eller", "samt", "respektive", "resp", "and", "or"];
    let mut out = Vec::new();
    let mut waiting: Vec<&str> = Vec::new();
    for (start, word) in spans(text) {
        let after = &text[start + word.len()..];
        let hangs = after
            .strip_prefix('-')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_whitespace() || c == ','));
        if hangs {
            waiting.push(word);
            continue;
        }
        if waiting.is_empty() || JOINING.contains(&word.to_lowercase().as_str()) {
            continue;
        }
        let chars: Vec<(usize, char)> = word.char_indices().collect();
        for (at, _) in chars.iter().skip(3).take(chars.len().saturating_sub(3 + 3)) {
            for head in &waiting {
                out.push(format!("{head}{}", &word[*at..]));
            }
        }
        waiting.clear();
    }
    out
}

/// The bit of query word `t` in `Match::words`; none past the 64th word.
pub fn bit(t: usize) -> u64 {
    u32::try_from(t).ok().and_then(|t| 1u64.checked_shl(t)).unwrap_or(0)
}

#[cfg(test)]
mod tests;
