//! The vocabulary: every distinct word of the catalogue, once, with its loose form and
//! stems; and every entry as the numbers of its words, by field.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::cores::{PARALLEL_THRESHOLD, per_core};
use super::numbered::{Fx, Numbered};
use super::rules::QWord;
use super::rules::stem::{EN, SV, Stems};
use super::rules::{Forms, Hit, classify};
use super::words::{loose, spans, suspended};
use crate::catalogue::{Category, Entry, Localized};
use crate::text::nfc;

/// Fields, best first: title; keywords, audiences, formats and categories; the ways the
/// resource is asked for; publishers; summaries.
pub const CLASSES: usize = 5;

/// Marks a word not stemmed in one language.
pub const NO_STEM: u32 = u32::MAX;

/// In `Vocab::langs`, beside the languages: the word stands in a text as itself.
const WRITTEN: u8 = 4;

#[derive(Debug, Clone, Default)]
pub struct Vocab {
    pub words: Numbered,
    /// Per word, its loose form where that differs from the word (two in three do not).
    loose: Vec<Option<Box<str>>>,
    /// Per word, its Swedish and English stem numbers.
    pub stems: Vec<[u32; 2]>,
    stem_texts: Numbered,
    /// Word numbers in the order of their loose forms, for exact and prefix look-ups.
    pub sorted: Vec<u32>,
    /// Per word, the languages of the texts it was met in.
    pub langs: Vec<u8>,
}

impl Vocab {
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn id(&self, word: &str) -> Option<u32> {
        self.words.get(word)
    }

    /// The loose form of word `w`.
    pub fn loose(&self, w: usize) -> &str {
        match self.loose.get(w) {
            Some(Some(loose)) => loose,
            _ => self.words.text(w),
        }
    }

    /// The numbers of the stems of a query word, where the catalogue has them.
    pub fn stem_numbers(&self, stems: &Stems) -> [u32; 2] {
        let find = |s: &str| self.stem_texts.get(s).unwrap_or(NO_STEM);
        [find(&stems.sv), find(&stems.en)]
    }

    /// Word `word`'s Swedish stem (loose); empty where it has none.
    pub fn sv_stem(&self, word: u32) -> &str {
        match self.stems.get(word as usize) {
            Some(&[sv, _]) if sv != NO_STEM => self.stem_texts.text(sv as usize),
            _ => "",
        }
    }

    /// Whether word `w` stands in some text as itself, not only made from a suspended
    /// compound ("fördelar" from "för- och nackdelar").
    pub fn written(&self, w: usize) -> bool {
        self.langs.get(w).is_some_and(|l| l & WRITTEN != 0)
    }

    /// How query word `q` matches word `w` by the word rules, if at all; `query_stems`
    /// are `q`'s stem numbers (`stem_numbers`), looked up once per query word.
    pub fn classify(&self, q: &QWord, w: usize, query_stems: [u32; 2]) -> Option<Hit> {
        let word = u32::try_from(w).unwrap_or(u32::MAX);
        let forms = VocabForms { vocab: self, word, query_stems };
        classify(q, &self.words[w], self.loose(w), &forms)
    }

    pub fn shares_stem(&self, word: u32, numbers: [u32; 2]) -> bool {
        let mine = self.stems.get(word as usize).copied().unwrap_or([NO_STEM; 2]);
        mine.iter().any(|&m| m != NO_STEM && numbers.contains(&m))
    }

    /// Words whose loose form starts with `prefix`, in loose order.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = u32> + 'a {
        let start = self.sorted.partition_point(|&w| self.loose(w as usize) < prefix);
        self.sorted[start..]
            .iter()
            .copied()
            .take_while(move |&w| self.loose(w as usize).starts_with(prefix))
    }
}

/// A vocabulary word's forms for the word rules, asked lazily.
struct VocabForms<'a> {
    vocab: &'a Vocab,
    word: u32,
    query_stems: [u32; 2],
}

impl Forms for VocabForms<'_> {
    fn stems_meet(&self) -> bool {
        self.vocab.shares_stem(self.word, self.query_stems)
    }

    fn sv_stem(&self) -> String {
        self.vocab.sv_stem(self.word).to_string()
    }
}

/// The texts of an entry by field class, each with the languages it is written in
/// (handed over in any order: each goes to its class).
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
    for text in entry.asked_as.sv() {
        each(2, text, SV);
    }
    for text in entry.asked_as.en() {
        each(2, text, EN);
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
        both(3, l);
    }
    both(4, &entry.summary);
}

/// The classes of short texts many entries share (keywords, audiences, formats,
/// categories; publishers): each is cut into words once.
fn shared(class: usize) -> bool {
    class == 1 || class == 3
}

pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// One core's share: its own numbering of the words it met, and its entries in it, in
/// the final layout but with its own numbers.
struct Local<'a> {
    words: Vec<Cow<'a, str>>,
    langs: Vec<u8>,
    entries: Vec<Box<[u32]>>,
}

fn local<'a>(entries: &'a [Entry], categories: &HashMap<&str, &'a Category>) -> Local<'a> {
    let mut numbers: FxMap<Cow<'a, str>, u32> = FxMap::default();
    let mut local = Local { words: Vec::new(), langs: Vec::new(), entries: Vec::new() };
    // Short texts are shared among entries (one allocation each): cut once, by address.
    let mut cut: FxMap<(usize, usize, u8), std::ops::Range<usize>> = FxMap::default();
    let mut arena: Vec<u32> = Vec::new();
    // Per local word, the last entry and class it was added to: repeats are dropped
    // without sorting.
    let mut stamps: Vec<u32> = Vec::new();
    let mut classes: [Vec<u32>; CLASSES] = Default::default();
    let mut stamp = 0u32;
    for entry in entries {
        let base = stamp;
        texts(entry, categories, |class, text, langs| {
            let key = (text.as_ptr() as usize, text.len(), langs);
            let range = if let Some(range) = shared(class).then(|| cut.get(&key)).flatten() {
                range.clone()
            } else {
                let start = arena.len();
                let mut add = |word: Cow<'a, str>, written: bool| {
                    let next = u32::try_from(local.words.len()).unwrap_or(u32::MAX);
                    let n = *numbers.entry(word).or_insert_with_key(|word| {
                        local.words.push(word.clone());
                        local.langs.push(0);
                        stamps.push(u32::MAX);
                        next
                    });
                    local.langs[n as usize] |= langs | if written { WRITTEN } else { 0 };
                    arena.push(n);
                };
                let text = nfc(text);
                // Hyphens are rare: most texts have no suspended compound to look for.
                if memchr::memchr(b'-', text.as_bytes()).is_some() {
                    for whole in suspended(&text) {
                        add(Cow::Owned(whole), false);
                    }
                }
                match text {
                    Cow::Borrowed(text) => {
                        spans(text).for_each(|(_, w)| add(Cow::Borrowed(w), true));
                    }
                    Cow::Owned(text) => {
                        spans(&text).for_each(|(_, w)| add(Cow::Owned(w.into()), true));
                    }
                }
                if shared(class) {
                    cut.insert(key, start..arena.len());
                }
                start..arena.len()
            };
            let mark = base.wrapping_add(u32::try_from(class).unwrap_or(0));
            for &n in &arena[range.clone()] {
                if stamps[n as usize] != mark {
                    stamps[n as usize] = mark;
                    classes[class].push(n);
                }
            }
            if !shared(class) {
                arena.truncate(range.start);
            }
        });
        stamp = stamp.wrapping_add(u32::try_from(CLASSES).unwrap_or(u32::MAX));
        let mut ids = vec![0u32; CLASSES - 1];
        for (class, found) in classes.iter_mut().enumerate() {
            ids.extend_from_slice(found);
            found.clear();
            if class < CLASSES - 1 {
                ids[class] = u32::try_from(ids.len()).unwrap_or(u32::MAX);
            }
        }
        local.entries.push(ids.into_boxed_slice());
    }
    local
}

/// Adds `entries` to the vocabulary and returns their word numbers: per entry, three
/// class ends, then the distinct numbers of each class in turn (unsorted: they are only
/// scanned); one allocation per entry, four bytes a word.
/// Words are numbered in order of first appearance, so a vocabulary grown batch by batch is
/// the one built from the whole catalogue at once, number for number.
pub fn extend(v: &mut Vocab, entries: &[Entry], categories: &[Category]) -> Vec<Box<[u32]>> {
    let categories: HashMap<&str, &Category> = categories.iter().map(|c| (&*c.id, c)).collect();
    let mut parts = per_core(entries, |part| local(part, &categories));
    // One numbering for all: serial, but over each core's distinct words only.
    let first_new = v.words.len();
    // Known words met in a new language: their stems are due again.
    let mut grown: Vec<u32> = Vec::new();
    let mut tables = Vec::with_capacity(parts.len());
    for part in &mut parts {
        let local_words = std::mem::take(&mut part.words);
        let table: Vec<u32> = local_words
            .into_iter()
            .zip(&part.langs)
            .map(|(word, &l)| {
                if let Some(n) = v.words.get(&word) {
                    let known = &mut v.langs[n as usize];
                    if *known | l != *known {
                        *known |= l;
                        if (n as usize) < first_new {
                            grown.push(n);
                        }
                    }
                    return n;
                }
                v.langs.push(l);
                v.words.add(&word)
            })
            .collect();
        tables.push(table);
    }
    // Renumbering in place, each core its own share.
    std::thread::scope(|scope| {
        for (part, table) in parts.iter_mut().zip(&tables) {
            scope.spawn(move || part.entries.iter_mut().for_each(|ids| renumber(ids, table)));
        }
    });
    grown.sort_unstable();
    grown.dedup();
    forms(v, first_new, &grown);
    parts.into_iter().flat_map(|p| p.entries).collect()
}

/// The loose forms and stems of the words from `first_new` on, the stems again of the
/// `grown` ones, and the loose order of all.
fn forms(v: &mut Vocab, first_new: usize, grown: &[u32]) {
    let todo: Vec<usize> =
        grown.iter().map(|&w| w as usize).chain(first_new..v.words.len()).collect();
    let Vocab { words, langs, stems, loose: looses, stem_texts, .. } = v;
    let form = |w: usize| {
        let loose = (w >= first_new).then(|| {
            let loose = loose(&words[w]);
            (loose != words[w]).then(|| loose.into_boxed_str())
        });
        (loose, Stems::of(&words[w], langs[w]))
    };
    let mut keep = |w: usize, (loose, found): (Option<Option<Box<str>>>, Stems)| {
        let mut number = |s: String| {
            if s.is_empty() {
                return NO_STEM;
            }
            stem_texts.number(&s)
        };
        let pair = [number(found.sv), number(found.en)];
        match loose {
            Some(loose) => {
                stems.push(pair);
                looses.push(loose);
            }
            None => stems[w] = pair,
        }
    };
    if todo.len() < PARALLEL_THRESHOLD {
        // One word at a time: the forms of a whole vocabulary held at once were the
        // browser's peak heap when its first search built the index.
        for &w in &todo {
            keep(w, form(w));
        }
    } else {
        let forms = per_core(&todo, |part| part.iter().map(|&w| form(w)).collect::<Vec<_>>());
        for (&w, found) in todo.iter().zip(forms.into_iter().flatten()) {
            keep(w, found);
        }
    }
    if v.words.len() > first_new {
        // Ties (words with one loose form) in word order, so that the order does not
        // depend on how the catalogue arrived; the new words sorted alone, then merged.
        let order =
            |a: &u32, b: &u32| v.loose(*a as usize).cmp(v.loose(*b as usize)).then(a.cmp(b));
        let mut added: Vec<u32> =
            (first_new..v.words.len()).map(|w| u32::try_from(w).unwrap_or(u32::MAX)).collect();
        added.sort_unstable_by(order);
        let old = &v.sorted;
        let mut sorted = Vec::with_capacity(old.len() + added.len());
        let (mut i, mut j) = (0, 0);
        while i < old.len() && j < added.len() {
            if order(&old[i], &added[j]).is_le() {
                sorted.push(old[i]);
                i += 1;
            } else {
                sorted.push(added[j]);
                j += 1;
            }
        }
        sorted.extend_from_slice(&old[i..]);
        sorted.extend_from_slice(&added[j..]);
        v.sorted = sorted;
    }
}

/// An entry's numbers in the common numbering.
fn renumber(ids: &mut [u32], table: &[u32]) {
    for id in ids.iter_mut().skip(CLASSES - 1) {
        *id = table.get(*id as usize).copied().unwrap_or(u32::MAX);
    }
}
