//! `Text`: a catalogue string, one allocation shared by every place that holds the same
//! words.
//!
//! A large catalogue repeats its short texts (publishers, formats, audiences, languages,
//! category ids, keywords, link labels) in thousands of entries. As one `String` each,
//! they cost 100 000 generated entries about 85 MB of their 340. While a catalogue is
//! parsed, an interner hands out one shared copy per distinct short text.

use std::borrow::Borrow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};

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
    deserializer.deserialize_str(TextVisitor { share: false })
}

/// `unique` for a list of such texts.
pub(crate) fn unique_list<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Box<[Text]>, D::Error> {
    struct Unique(Text);
    impl<'de> Deserialize<'de> for Unique {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            unique(deserializer).map(Unique)
        }
    }
    let list = Vec::<Unique>::deserialize(deserializer)?;
    Ok(list.into_iter().map(|text| text.0).collect())
}

struct TextVisitor {
    share: bool,
}

impl Visitor<'_> for TextVisitor {
    type Value = Text;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Text, E> {
        Ok(if self.share { Text::from(s) } else { Text(Arc::from(s)) })
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
        deserializer.deserialize_str(TextVisitor { share: true })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_short_texts_share_one_allocation_only_while_interning() {
        let (a, b) = interning(|| (Text::from("handbok"), Text::from("handbok")));
        assert!(Arc::ptr_eq(&a.0, &b.0));
        let (c, d) = (Text::from("handbok"), Text::from("handbok"));
        assert!(!Arc::ptr_eq(&c.0, &d.0), "no table outside a parse");
        assert_eq!(a, c);
    }

    #[test]
    fn one_of_a_kind_fields_skip_the_table() {
        #[derive(serde::Deserialize)]
        struct Row {
            #[serde(deserialize_with = "unique")]
            id: Text,
            #[serde(deserialize_with = "unique_list")]
            related: Box<[Text]>,
            kind: Text,
        }
        let json = r#"[{"id": "a", "related": ["a"], "kind": "a"}, {"id": "a", "related": [], "kind": "a"}]"#;
        let rows: Vec<Row> = interning(|| serde_json::from_str(json)).unwrap_or_default();
        assert_eq!(rows.len(), 2);
        assert!(!Arc::ptr_eq(&rows[0].id.0, &rows[1].id.0));
        assert!(!Arc::ptr_eq(&rows[0].id.0, &rows[0].related[0].0));
        assert!(Arc::ptr_eq(&rows[0].kind.0, &rows[1].kind.0));
        assert_eq!((&rows[0].related[0], &rows[1].kind), (&rows[0].id, &rows[0].id));
    }

    #[test]
    fn long_texts_are_never_shared() {
        let long = "å".repeat(INTERN_MAX);
        let (a, b) = interning(|| (Text::from(long.as_str()), Text::from(long.as_str())));
        assert!(!Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(a, b);
    }

    #[test]
    fn the_table_is_gone_after_a_panic_and_an_outer_one_comes_back() {
        let outer = interning(|| {
            let caught = std::panic::catch_unwind(|| interning(|| panic!("parse failed")));
            assert!(caught.is_err());
            (Text::from("sv"), Text::from("sv"))
        });
        assert!(Arc::ptr_eq(&outer.0.0, &outer.1.0), "the outer table is restored");
        assert!(INTERNER.with(|table| table.borrow().is_none()));
    }

    #[test]
    fn json_round_trip_and_comparisons_see_the_words() {
        let parsed: Vec<Text> =
            interning(|| serde_json::from_str(r#"["ö\u0308", "ab"]"#)).unwrap_or_default();
        assert_eq!(parsed, ["ö\u{308}", "ab"]);
        assert_eq!(serde_json::to_string(&parsed).ok().as_deref(), Some(r#"["ö̈","ab"]"#));
        assert_eq!(format!("{:>4}|{:?}", parsed[1], parsed[1]), "  ab|\"ab\"");
    }
}
