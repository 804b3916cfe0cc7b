//! The search index of a catalogue: built once, extended while a catalogue is read.

use std::collections::HashMap;

use super::cores::parallel_map;
use super::field::Field;
use super::numbered::Numbered;
use super::vocab;
use crate::catalogue::{Catalogue, Category};

/// What the letters-in-order match reads of one entry. Short fields (publishers,
/// keywords, category names, audiences, formats) repeat across entries, so each
/// distinct one is stored and scored once per word, and an entry holds their numbers.
#[derive(Debug, Clone)]
pub(super) struct Haystack {
    pub(super) title: Field,
    pub(super) short: Box<[u32]>,
}

/// The search index of a catalogue, built once; searches read the catalogue it was
/// built from for the original text.
#[derive(Debug, Clone, Default)]
pub struct Index {
    pub(super) vocab: vocab::Vocab,
    /// Per entry, its word numbers by field class (see `vocab::build`).
    pub(super) words: Vec<Box<[u32]>>,
    /// Titles and short fields as texts, for the letters-in-order match.
    pub(super) haystacks: Vec<Haystack>,
    /// Every distinct short field, as typed (for strict terms) and numbered.
    pub(super) originals: Numbered,
    /// The same, lowered and folded.
    pub(super) strings: Vec<Field>,
}

impl Index {
    pub fn new(catalogue: &Catalogue) -> Self {
        let mut index = Index::default();
        index.extend(catalogue);
        index
    }

    /// Indexes the entries of `catalogue` past those already indexed: a catalogue that
    /// grows at its end (while it is read) is indexed batch by batch, and the index is
    /// then the one `new` builds of the whole, number for number.
    pub fn extend<'a>(&mut self, catalogue: &'a Catalogue) {
        let Some(added) = catalogue.entries.get(self.haystacks.len()..) else { return };
        // Numbering the distinct short fields is quick and serial; folding the texts is
        // the costly part, and is shared among the cores.
        let mut distinct: Vec<&'_ str> = Vec::new();
        let originals = &mut self.originals;
        let mut number = |text: &'a str| -> u32 {
            originals.get(text).unwrap_or_else(|| {
                distinct.push(text);
                originals.add(text)
            })
        };
        let positions: HashMap<&str, &Category> =
            catalogue.categories.iter().map(|c| (c.id.as_str(), c)).collect();
        let shorts: Vec<Box<[u32]>> = added
            .iter()
            .map(|entry| {
                let mut short = Vec::new();
                for l in entry.publisher.iter().chain(&entry.audiences).chain(&entry.formats) {
                    short.push(number(&l.sv));
                    short.push(number(&l.en));
                }
                for k in &entry.keywords {
                    short.push(number(k));
                }
                for c in entry.categories.iter().filter_map(|id| positions.get(id.as_str())) {
                    short.push(number(&c.name.sv));
                    short.push(number(&c.name.en));
                }
                short.sort_unstable();
                short.dedup();
                short.into_boxed_slice()
            })
            .collect();
        self.strings.extend(parallel_map(&distinct, |text| Field::new(text)));
        let titles = parallel_map(added, |entry| Field::new(&entry.title));
        self.haystacks
            .extend(titles.into_iter().zip(shorts).map(|(title, short)| Haystack { title, short }));
        let words = vocab::extend(&mut self.vocab, added, &catalogue.categories);
        self.words.extend(words);
    }

    pub fn len(&self) -> usize {
        self.haystacks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.haystacks.is_empty()
    }
}
