//! Typo tolerance: how many edits a word may be off, and the edit distance.

/// Edits allowed for a query word of `letters` letters: none below five, where one edit
/// turns a word into another ("hand", "band"); one up to eight; two from nine.
pub fn allowed(letters: usize) -> usize {
    match letters {
        0..5 => 0,
        5..9 => 1,
        _ => 2,
    }
}

/// The Damerau distance (optimal string alignment: a swap of two neighbours is one
/// edit) between `a` and `b`, or `None` when it is over `limit`. Rows stop early once
/// every cell is over the limit, so a far word costs a row or two.
pub fn distance(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let width = b.len() + 1;
    // Three rows: two back for the swap, one back, and the current one.
    let mut rows = vec![0usize; width * 3];
    for (j, cell) in rows[..width].iter_mut().enumerate() {
        *cell = j;
    }
    let (mut back2, mut back1, mut current) = (2, 0, 1);
    for i in 1..=a.len() {
        let mut smallest = usize::MAX;
        rows[current * width] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[back1 * width + j] + 1)
                .min(rows[current * width + j - 1] + 1)
                .min(rows[back1 * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[back2 * width + j - 2] + 1);
            }
            rows[current * width + j] = d;
            smallest = smallest.min(d);
        }
        if smallest > limit {
            return None;
        }
        (back2, back1, current) = (back1, current, back2);
    }
    let d = rows[back1 * width + b.len()];
    (d <= limit).then_some(d)
}

#[cfg(test)]
mod tests;
