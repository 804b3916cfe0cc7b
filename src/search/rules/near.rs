//! Word families: forms a stemmer does not join. Swedish inflects by changing a vowel
//! (*stad/städer*, *bok/böcker*, *misstanke/misstänker*) and builds verbs and nouns on a
//! long shared beginning (*utbilda/utbildning*). Both are matched here, ranked below
//! stems and typos: a near form is likelier a relative than the word meant.

/// Both words have at least this many letters: shorter ones have too few letters to
/// tell a relative from a stranger ("bok", "bot").
const MIN_LETTERS: usize = 3;
/// A shared beginning this long, with trigram similarity at least `MIN_SIMILARITY`,
/// makes two words one family.
const MIN_SHARED: usize = 5;
/// What may follow the shared beginning in each word: Swedish and English endings
/// that make verbs, nouns, participles and adjectives of one root (*utbild-a*,
/// *utbild-ning*, *exploater-ade*, *exploater-ing*). Anything else is another word
/// ("hotel-s" and "hotel-lfo"), or a compound's part ("works" in "workshop"), judged
/// by the compound rules.
const ENDINGS: &[&str] = &[
    "", "a", "e", "s", "t", "n", "r", "d", "ad", "at", "ar", "er", "or", "en", "et", "na", "de",
    "te", "ade", "ande", "ende", "are", "ning", "ningen", "ningar", "ing", "ingen", "het", "heten",
    "else", "ion", "ions", "ation", "ed", "ings", "es", "ers", "ig", "iga", "igt", "lig", "liga",
    "ligt", "isk", "iska", "iskt",
];
const MIN_SIMILARITY: f32 = 0.4;

/// A stem with the Swedish spelling of its inflected forms undone: a doubled consonant
/// written once and "ck" as "k" (*böck-er* → *bok*), so that stems that differ only so,
/// or in a vowel the loose form already folds (*städ* → *stad*), compare equal.
pub fn skeleton(stem: &str) -> String {
    let mut out = String::with_capacity(stem.len());
    let mut last = None;
    let mut chars = stem.chars().peekable();
    while let Some(c) = chars.next() {
        let c = if c == 'c' && chars.peek() == Some(&'k') { 'k' } else { c };
        if Some(c) == last && !is_vowel(c) {
            continue;
        }
        out.push(c);
        last = Some(c);
    }
    out
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Whether two stems (loose) are of one family by their skeletons.
pub fn same_skeleton(a: &str, b: &str) -> bool {
    a.chars().count() >= MIN_LETTERS
        && b.chars().count() >= MIN_LETTERS
        && skeleton(a) == skeleton(b)
}

/// The trigrams of a loose word as PostgreSQL's pg_trgm takes them: padded with two
/// blanks before and one after, sorted and without repeats.
pub fn trigrams(word: &str) -> Vec<[char; 3]> {
    let padded: Vec<char> = "  ".chars().chain(word.chars()).chain([' ']).collect();
    let mut grams: Vec<[char; 3]> = padded.windows(3).map(|w| [w[0], w[1], w[2]]).collect();
    grams.sort_unstable();
    grams.dedup();
    grams
}

/// pg_trgm's similarity: shared trigrams over all trigrams of the two.
pub fn similarity(a: &[[char; 3]], b: &[[char; 3]]) -> f32 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let all = a.len() + b.len() - shared;
    if all == 0 {
        return 0.0;
    }
    // Word lengths are far below f32's exact integers.
    #[allow(clippy::cast_precision_loss)]
    let ratio = shared as f32 / all as f32;
    ratio
}

/// Whether a loose query word and a loose text word share a long beginning and enough
/// trigrams to be one family; `query_grams` are the query's `trigrams`.
pub fn shared_beginning(query: &str, query_grams: &[[char; 3]], word: &str) -> bool {
    let shared = query.chars().zip(word.chars()).take_while(|(a, b)| a == b).count();
    let (query_rest, word_rest) = (rest(query, shared), rest(word, shared));
    shared >= MIN_SHARED
        && query_rest != word_rest
        && ENDINGS.contains(&query_rest)
        && ENDINGS.contains(&word_rest)
        && similarity(query_grams, &trigrams(word)) >= MIN_SIMILARITY
}

/// What follows the first `shared` characters of `word`.
fn rest(word: &str, shared: usize) -> &str {
    word.char_indices().nth(shared).map_or("", |(at, _)| &word[at..])
}

#[cfg(test)]
mod tests;
