//! The vocabulary: every distinct word of the catalogue, once, with its loose form and
//! stems; and every entry as the numbers of its words, by field.

use std::borrow::Cow;
use std::collections::HashMap;

use super::fold::nfc;
use super::per_core;
use super::stem::{EN, SV, Stems};
use super::words::{loose, words};
use crate::catalogue::{Catalogue, Category, Entry, Localized};

/// Fields, best first: title; keywords, audiences, formats and categories; publishers;
/// summaries.
pub const CLASSES: usize = 4;

/// Marks a word not stemmed in one language.
const NO_STEM: u32 = u32::MAX;

#[derive(Debug, Clone, Default)]
pub struct Vocab {
    pub words: Vec<Box<str>>,
    pub loose: Vec<Box<str>>,
    /// Per word, its Swedish and English stem numbers.
    pub stems: Vec<[u32; 2]>,
    pub stem_ids: HashMap<Box<str>, u32>,
    /// Word numbers in the order of their loose forms, for exact and prefix look-ups.
    pub sorted: Vec<u32>,
    pub ids: HashMap<Box<str>, u32>,
}

impl Vocab {
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn id(&self, word: &str) -> Option<u32> {
        self.ids.get(word).copied()
    }

    /// The numbers of the stems of a query word, where the catalogue has them.
    pub fn stem_numbers(&self, stems: &Stems) -> [u32; 2] {
        let find = |s: &str| self.stem_ids.get(s).copied().unwrap_or(NO_STEM);
        [find(&stems.sv), find(&stems.en)]
    }

    pub fn shares_stem(&self, word: u32, numbers: [u32; 2]) -> bool {
        let mine = self.stems.get(word as usize).copied().unwrap_or([NO_STEM; 2]);
        mine.iter().any(|&m| m != NO_STEM && numbers.contains(&m))
    }

    /// Words whose loose form starts with `prefix`, in loose order.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = u32> + 'a {
        let start = self.sorted.partition_point(|&w| &*self.loose[w as usize] < prefix);
        self.sorted[start..]
            .iter()
            .copied()
            .take_while(move |&w| self.loose[w as usize].starts_with(prefix))
    }
}

/// The texts of an entry by field class, each with the languages it is written in.
fn texts<'a>(
    entry: &'a Entry,
    categories: &HashMap<&str, &'a Category>,
    mut each: impl FnMut(usize, &'a str, u8),
) {
    let mut langs = 0;
    for l in &entry.languages {
        langs |= match &**l {
            "sv" => SV,
            "en" => EN,
            _ => 0,
        };
    }
    let langs = if langs == 0 { SV | EN } else { langs };
    each(0, &entry.title, langs);
    for k in &entry.keywords {
        each(1, k, langs);
    }
    let mut both = |class, l: &'a Localized| {
        each(class, &l.sv, SV);
        each(class, &l.en, EN);
    };
    for l in entry.audiences.iter().chain(&entry.formats) {
        both(1, l);
    }
    for c in entry.categories.iter().filter_map(|id| categories.get(&**id)) {
        both(1, &c.name);
    }
    for l in &entry.publisher {
        both(2, l);
    }
    both(3, &entry.summary);
}

/// One core's share: its own numbering of the words it met, and its entries in it.
struct Local<'a> {
    words: Vec<Cow<'a, str>>,
    langs: Vec<u8>,
    entries: Vec<[Vec<u32>; CLASSES]>,
}

fn local<'a>(entries: &'a [Entry], categories: &HashMap<&str, &'a Category>) -> Local<'a> {
    let mut numbers: HashMap<Cow<'a, str>, u32> = HashMap::new();
    let mut local = Local { words: Vec::new(), langs: Vec::new(), entries: Vec::new() };
    for entry in entries {
        let mut classes: [Vec<u32>; CLASSES] = Default::default();
        texts(entry, categories, |class, text, langs| {
            let mut add = |word: Cow<'a, str>| {
                let next = u32::try_from(local.words.len()).unwrap_or(u32::MAX);
                let n = *numbers.entry(word.clone()).or_insert_with(|| {
                    local.words.push(word);
                    local.langs.push(0);
                    next
                });
                local.langs[n as usize] |= langs;
                classes[class].push(n);
            };
            match nfc(text) {
                Cow::Borrowed(text) => words(text).for_each(|(_, w)| add(Cow::Borrowed(w))),
                Cow::Owned(text) => words(&text).for_each(|(_, w)| add(Cow::Owned(w.into()))),
            }
        });
        local.entries.push(classes);
    }
    local
}

/// The vocabulary and, per entry, its word numbers: three class ends, then the sorted,
/// distinct numbers of each class in turn. One allocation per entry, four bytes a word.
pub fn build(catalogue: &Catalogue) -> (Vocab, Vec<Box<[u32]>>) {
    let categories: HashMap<&str, &Category> =
        catalogue.categories.iter().map(|c| (&*c.id, c)).collect();
    let parts = per_core(&catalogue.entries, |part| local(part, &categories));
    let mut numbers: HashMap<Cow<'_, str>, u32> = HashMap::new();
    let mut words: Vec<Cow<'_, str>> = Vec::new();
    let mut langs: Vec<u8> = Vec::new();
    let mut entries = Vec::with_capacity(catalogue.entries.len());
    for part in parts {
        let renumber: Vec<u32> = part
            .words
            .into_iter()
            .zip(part.langs)
            .map(|(word, l)| {
                let next = u32::try_from(words.len()).unwrap_or(u32::MAX);
                let n = *numbers.entry(word.clone()).or_insert_with(|| {
                    words.push(word);
                    langs.push(0);
                    next
                });
                langs[n as usize] |= l;
                n
            })
            .collect();
        for classes in part.entries {
            let mut ids = vec![0u32; CLASSES - 1];
            for (class, local) in classes.into_iter().enumerate() {
                let start = ids.len();
                ids.extend(local.into_iter().map(|n| renumber[n as usize]));
                ids[start..].sort_unstable();
                let kept = dedup(&mut ids[start..]);
                ids.truncate(start + kept);
                if class < CLASSES - 1 {
                    ids[class] = u32::try_from(ids.len()).unwrap_or(u32::MAX);
                }
            }
            entries.push(ids.into_boxed_slice());
        }
    }
    drop(numbers);
    (vocab(&words, &langs), entries)
}

/// Removes repeats from a sorted slice in place; the count kept.
fn dedup(ids: &mut [u32]) -> usize {
    let mut kept = 0;
    for i in 0..ids.len() {
        if kept == 0 || ids[kept - 1] != ids[i] {
            ids[kept] = ids[i];
            kept += 1;
        }
    }
    kept
}

fn vocab(words: &[Cow<'_, str>], langs: &[u8]) -> Vocab {
    let pairs: Vec<(&Cow<'_, str>, u8)> = words.iter().zip(langs.iter().copied()).collect();
    let forms = per_core(&pairs, |part| {
        part.iter().map(|(w, l)| (loose(w), Stems::of(w, *l))).collect::<Vec<_>>()
    });
    let mut v = Vocab::default();
    for (word, (loose, stems)) in words.iter().zip(forms.into_iter().flatten()) {
        let mut number = |s: String| {
            if s.is_empty() {
                return NO_STEM;
            }
            let next = u32::try_from(v.stem_ids.len()).unwrap_or(NO_STEM);
            *v.stem_ids.entry(s.into_boxed_str()).or_insert(next)
        };
        let pair = [number(stems.sv), number(stems.en)];
        v.stems.push(pair);
        let word: Box<str> = word.clone().into_owned().into_boxed_str();
        v.ids.insert(word.clone(), u32::try_from(v.words.len()).unwrap_or(u32::MAX));
        v.words.push(word);
        v.loose.push(loose.into_boxed_str());
    }
    let mut sorted: Vec<u32> = (0..u32::try_from(v.words.len()).unwrap_or(u32::MAX)).collect();
    sorted.sort_unstable_by(|&a, &b| v.loose[a as usize].cmp(&v.loose[b as usize]));
    v.sorted = sorted;
    v
}
