//! `AskedAs`: the ways a resource is asked for, in Swedish and in English, held as one
//! list of texts, the Swedish first.

use std::fmt;
use std::ops::Range;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::Phrases;
use super::phrases::{Append, Builder};
use crate::i18n::Lang;

/// The ways a resource is asked for, in Swedish and in English: questions, situations,
/// tasks, roles, everyday and institutional words, written from the point of view of
/// each of its audiences.
///
/// Both languages share one `Phrases`: as two, every entry of a big catalogue carried two
/// more allocations and 24 more bytes (docs/performance.md, "Memory").
#[derive(Clone, Default, PartialEq, Eq)]
pub struct AskedAs {
    texts: Phrases,
    /// How many of `texts` are Swedish; the English ones follow.
    swedish: usize,
}

impl AskedAs {
    pub fn new<S: AsRef<str>>(
        sv: impl IntoIterator<Item = S>,
        en: impl IntoIterator<Item = S>,
    ) -> Self {
        let sv: Vec<S> = sv.into_iter().collect();
        let swedish = sv.len();
        let texts: Phrases = sv.into_iter().chain(en).collect();
        AskedAs { swedish: swedish.min(texts.len()), texts }
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    pub fn sv(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.get(Lang::Sv)
    }

    pub fn en(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.get(Lang::En)
    }

    pub fn get(&self, lang: Lang) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.range(self.of(lang))
    }

    /// Where the texts of `lang` are in `texts`.
    fn of(&self, lang: Lang) -> Range<usize> {
        match lang {
            Lang::Sv => 0..self.swedish,
            Lang::En => self.swedish..self.texts.len(),
        }
    }

    fn range(&self, range: Range<usize>) -> impl ExactSizeIterator<Item = &str> + '_ {
        range.map(|i| self.texts.get(i).unwrap_or_default())
    }
}

impl fmt::Debug for AskedAs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sv: Vec<&str> = self.sv().collect();
        let en: Vec<&str> = self.en().collect();
        f.debug_struct("AskedAs").field("sv", &sv).field("en", &en).finish()
    }
}

/// The texts of one language, for serde.
struct Texts<'a>(&'a AskedAs, Range<usize>);

impl Serialize for Texts<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.range(self.1.clone()))
    }
}

impl Serialize for AskedAs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = serializer.serialize_struct("AskedAs", 2)?;
        object.serialize_field("sv", &Texts(self, self.of(Lang::Sv)))?;
        object.serialize_field("en", &Texts(self, self.of(Lang::En)))?;
        object.end()
    }
}

const FIELDS: &[&str] = &["sv", "en"];

impl<'de> Deserialize<'de> for AskedAs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct("AskedAs", FIELDS, AskedAsVisitor)
    }
}

struct AskedAsVisitor;

impl<'de> Visitor<'de> for AskedAsVisitor {
    type Value = AskedAs;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object with the lists \"sv\" and \"en\"")
    }
    /// The Swedish texts are read first onto the one list, as a file has them; English
    /// texts written before them wait aside and are added after.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AskedAs, A::Error> {
        let mut all = Builder::default();
        let mut swedish: Option<usize> = None;
        let mut english_first: Option<Builder> = None;
        let mut english = false;
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::Sv if swedish.is_some() => return Err(de::Error::duplicate_field("sv")),
                Key::En if english => return Err(de::Error::duplicate_field("en")),
                Key::Sv => {
                    map.next_value_seed(Append(&mut all))?;
                    swedish = Some(all.len());
                }
                Key::En if swedish.is_some() => {
                    map.next_value_seed(Append(&mut all))?;
                    english = true;
                }
                Key::En => {
                    let mut aside = Builder::default();
                    map.next_value_seed(Append(&mut aside))?;
                    english_first = Some(aside);
                    english = true;
                }
            }
        }
        let swedish = swedish.ok_or_else(|| de::Error::missing_field("sv"))?;
        if !english {
            return Err(de::Error::missing_field("en"));
        }
        if let Some(aside) = english_first {
            all.append(&aside).ok_or_else(|| de::Error::custom("texts too long"))?;
        }
        Ok(AskedAs { texts: all.finish(), swedish })
    }
}

/// A field name of `AskedAs`.
enum Key {
    Sv,
    En,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Name;
        impl Visitor<'_> for Name {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("\"sv\" or \"en\"")
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<Key, E> {
                match name {
                    "sv" => Ok(Key::Sv),
                    "en" => Ok(Key::En),
                    other => Err(de::Error::unknown_field(other, FIELDS)),
                }
            }
        }
        deserializer.deserialize_identifier(Name)
    }
}

#[cfg(test)]
mod tests;
