//! `Phrases`: a list of one-of-a-kind short texts held as one text and where each ends.
//!
//! The ways a resource is asked for are a dozen or more short texts per entry and
//! language. As one allocation each, on 100 000 generated entries they took more memory
//! in allocator and pointer overhead than in text, and their allocations a large part
//! of the parse (docs/performance.md, "Memory").

use std::fmt;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeSeq, Serializer};

use crate::text::nfc;

#[derive(Clone, Default, PartialEq, Eq)]
pub struct Phrases {
    /// The texts one after the other, with nothing between them.
    text: Box<str>,
    /// Where each text ends in `text`.
    ends: Box<[u32]>,
}

impl Phrases {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Text `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = i.checked_sub(1).map_or(0, |before| self.ends[before] as usize);
        self.text.get(start..end)
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or_default())
    }
}

/// Collects texts into one. `None` where they add up to more than `u32::MAX` bytes, more
/// than a catalogue may hold (`MAX_BYTES`).
#[derive(Default)]
struct Builder {
    text: String,
    ends: Vec<u32>,
}

impl Builder {
    fn push(&mut self, phrase: &str) -> Option<()> {
        self.text.push_str(phrase);
        self.ends.push(u32::try_from(self.text.len()).ok()?);
        Some(())
    }

    fn finish(self) -> Phrases {
        Phrases { text: self.text.into_boxed_str(), ends: self.ends.into_boxed_slice() }
    }
}

impl<S: AsRef<str>> FromIterator<S> for Phrases {
    /// Texts past `u32::MAX` bytes in all are left out; no catalogue holds that many.
    fn from_iter<I: IntoIterator<Item = S>>(texts: I) -> Self {
        let mut builder = Builder::default();
        for text in texts {
            if builder.push(text.as_ref()).is_none() {
                break;
            }
        }
        builder.finish()
    }
}

impl fmt::Debug for Phrases {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for Phrases {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.len()))?;
        for text in self.iter() {
            seq.serialize_element(text)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for Phrases {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(PhrasesVisitor)
    }
}

struct PhrasesVisitor;

impl<'de> Visitor<'de> for PhrasesVisitor {
    type Value = Phrases;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of strings")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Phrases, A::Error> {
        let mut builder = Builder::default();
        while seq.next_element_seed(Push(&mut builder))?.is_some() {}
        Ok(builder.finish())
    }
}

/// One text of the list, copied straight onto the others.
struct Push<'b>(&'b mut Builder);

impl<'de> DeserializeSeed<'de> for Push<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for Push<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<(), E> {
        // Composed (NFC) as read, like every text people read and search.
        self.0.push(&nfc(s)).ok_or_else(|| E::custom("texts too long"))
    }
}

#[cfg(test)]
mod tests;
