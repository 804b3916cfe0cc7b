//! `Text`: a catalogue string, one allocation shared by every place that holds the same
//! words.
//!
//! A large catalogue repeats its short texts (publishers, formats, audiences, languages,
//! category ids, keywords, link labels) in thousands of entries. As one `String` each,
//! they took a quarter of a big catalogue's memory (docs/performance.md, "Memory").
//! While a catalogue is parsed, an interner hands out one shared copy per distinct
//! short text.

use std::borrow::{Borrow, Cow};
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, SeqAccess, Visitor};
use serde::{Serialize, Serializer};

use crate::text::nfc;

/// Longer texts (summaries, mostly) are unique: hashing them would cost time and save
/// nothing.
const INTERN_MAX: usize = 64;

#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(Arc<str>);

thread_local! {
    /// Set only while `interning` runs, so texts made elsewhere never grow a hidden table.
    static INTERNER: RefCell<Option<HashSet<Text>>> = const { RefCell::new(None) };
}

/// Runs `parse` with an interner: equal short texts made inside share one allocation.
/// The table is dropped afterwards (the texts stay), also when `parse` panics.
pub(crate) fn interning<T>(parse: impl FnOnce() -> T) -> T {
    struct Restore(Option<HashSet<Text>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let outer = self.0.take();
            INTERNER.with(|table| *table.borrow_mut() = outer);
        }
    }
    let outer = INTERNER.with(|table| table.borrow_mut().replace(HashSet::new()));
    let _restore = Restore(outer);
    parse()
}

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn shared(s: &str) -> Option<Text> {
        if s.len() > INTERN_MAX {
            return None;
        }
        INTERNER.with(|table| {
            let mut table = table.borrow_mut();
            let table = table.as_mut()?;
            if let Some(known) = table.get(s) {
                return Some(known.clone());
            }
            let text = Text(Arc::from(s));
            table.insert(text.clone());
            Some(text)
        })
    }
}

/// For a field whose texts are one of a kind (ids, titles, addresses): a table lookup
/// would cost time and keep every one of them in the table for nothing.
pub(crate) fn unique<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
    deserializer.deserialize_str(TextVisitor { share: false, compose: false })
}

/// `unique` for a list of such texts.
pub(crate) fn unique_list<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Box<[Text]>, D::Error> {
    deserializer.deserialize_seq(TextList(TextVisitor { share: false, compose: false }))
}

/// For a text people read and search (not an id, code or address): composed (NFC) as it
/// is read, so that "ö" typed or decomposed in the file is one letter, and a search
/// position is a position on screen.
pub(crate) fn composed<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
    deserializer.deserialize_str(TextVisitor { share: true, compose: true })
}

/// `composed` for a text that is one of a kind (`unique`).
pub(crate) fn composed_unique<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Text, D::Error> {
    deserializer.deserialize_str(TextVisitor { share: false, compose: true })
}

/// `composed` for a list of short texts.
pub(crate) fn composed_list<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Box<[Text]>, D::Error> {
    deserializer.deserialize_seq(TextList(TextVisitor { share: true, compose: true }))
}

/// A list of texts, each read by the visitor it holds.
struct TextList(TextVisitor);

impl<'de> Visitor<'de> for TextList {
    type Value = Box<[Text]>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of strings")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Box<[Text]>, A::Error> {
        let mut list = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(text) = seq.next_element_seed(self.0)? {
            list.push(text);
        }
        Ok(list.into_boxed_slice())
    }
}

impl<'de> DeserializeSeed<'de> for TextVisitor {
    type Value = Text;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Text, D::Error> {
        deserializer.deserialize_str(self)
    }
}

#[derive(Clone, Copy)]
struct TextVisitor {
    share: bool,
    compose: bool,
}

impl Visitor<'_> for TextVisitor {
    type Value = Text;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Text, E> {
        let s = if self.compose { nfc(s) } else { Cow::Borrowed(s) };
        Ok(if self.share { Text::from(&*s) } else { Text(Arc::from(&*s)) })
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::shared(s).unwrap_or_else(|| Text(Arc::from(s)))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::from(s.as_str())
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == &*other.0
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == &*other.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TextVisitor { share: true, compose: false })
    }
}

#[cfg(test)]
mod tests;
