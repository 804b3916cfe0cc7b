//! `Phrases`: a list of one-of-a-kind short texts held as one text and where each ends.
//!
//! The ways a resource is asked for are a dozen or more short texts per entry and
//! language. As one allocation each, on 100 000 generated entries they took more memory
//! in allocator and pointer overhead than in text, and their allocations a large part
//! of the parse (docs/performance.md, "Memory").

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, SeqAccess, Visitor};

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
pub(super) struct Builder {
    text: String,
    ends: Vec<u32>,
}

impl Builder {
    pub(super) fn push(&mut self, phrase: &str) -> Option<()> {
        self.text.push_str(phrase);
        self.ends.push(u32::try_from(self.text.len()).ok()?);
        Some(())
    }

    /// How many texts it holds.
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    /// `other`'s texts after these.
    pub(super) fn append(&mut self, other: &Builder) -> Option<()> {
        let mut start = 0;
        for &end in &other.ends {
            self.push(other.text.get(start as usize..end as usize)?)?;
            start = end;
        }
        Some(())
    }

    pub(super) fn finish(self) -> Phrases {
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

/// A JSON list of strings read onto the texts a builder holds, each composed (NFC) as
/// it is read, like every text people read and search.
pub(super) struct Append<'b>(pub &'b mut Builder);

impl<'de> DeserializeSeed<'de> for Append<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Append<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of strings")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Push(&mut *self.0))?.is_some() {}
        Ok(())
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
        self.0.push(&nfc(s)).ok_or_else(|| E::custom("texts too long"))
    }
}

#[cfg(test)]
mod tests;
