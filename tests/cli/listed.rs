//! Lists in the documentation that must follow the code: an entry's fields (read from
//! serde) in the shape table behind `check` and the schema, in the fixture, in
//! docs/catalogue.md's example and in docs/maintaining.md's table; and the CSV header
//! the program writes in docs/export.md. A new field or column that misses one fails here.

use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;

use metodstod::catalogue::{self, Catalogue, Category, Entry, Link, Localized, Source, Synonyms};
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};
use serde_json::Value;

use crate::common::{fixture, run, stdout};

/// How a deserializer that only listens answers: the struct's field names, or what
/// the type asked for instead.
#[derive(Debug)]
enum Heard {
    Fields(&'static [&'static str]),
    Other(String),
}

impl fmt::Display for Heard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Heard::Fields(fields) => write!(f, "fields {fields:?}"),
            Heard::Other(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Heard {}

impl de::Error for Heard {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Heard::Other(message.to_string())
    }
}

/// A deserializer that reads nothing: serde's derive asks it for a struct with the
/// names of every field it accepts, optional ones too, and it stops there with them.
struct Listen;

impl<'de> Deserializer<'de> for Listen {
    type Error = Heard;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Heard> {
        Err(Heard::Other("asked for something other than a struct".into()))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Heard> {
        Err(Heard::Fields(fields))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
        identifier ignored_any
    }
}

/// The field names serde reads for `T`, as written in a catalogue file.
fn serde_fields<'de, T: Deserialize<'de>>() -> BTreeSet<&'static str> {
    match T::deserialize(Listen) {
        Err(Heard::Fields(fields)) => fields.iter().copied().collect(),
        Err(other) => panic!("{} is no struct: {other}", std::any::type_name::<T>()),
        Ok(_) => panic!("{} was read from nothing", std::any::type_name::<T>()),
    }
}

fn keys(object: &Value) -> BTreeSet<&str> {
    match object {
        Value::Object(map) => map.keys().map(String::as_str).collect(),
        other => panic!("not an object: {other}"),
    }
}

fn page(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {name}: {e}"))
}

/// The shape table behind `check`, as the schema generated from it names each object.
#[test]
fn the_shape_table_has_the_fields_serde_reads() {
    let schema = catalogue::json_schema();
    let defs = &schema["$defs"];
    let named: [(&str, BTreeSet<&str>); 6] = [
        ("entry", serde_fields::<Entry>()),
        ("link", serde_fields::<Link>()),
        ("localized", serde_fields::<Localized>()),
        ("source", serde_fields::<Source>()),
        ("category", serde_fields::<Category>()),
        ("synonyms", serde_fields::<Synonyms>()),
    ];
    for (name, fields) in named {
        assert_eq!(keys(&defs[name]["properties"]), fields, "src/catalogue/shape.rs: {name}");
    }
    assert_eq!(keys(&schema["properties"]), serde_fields::<Catalogue>(), "shape.rs: TOP");
}

/// What serde accepts without a field is what the shape table calls optional.
#[test]
fn the_shape_table_makes_optional_what_serde_does() {
    let schema = catalogue::json_schema();
    let required: BTreeSet<&str> = match &schema["$defs"]["entry"]["required"] {
        Value::Array(names) => names.iter().filter_map(Value::as_str).collect(),
        other => panic!("no list of required fields: {other}"),
    };
    let full = filled_entry();
    for field in serde_fields::<Entry>() {
        let mut without = full.clone();
        if let Value::Object(map) = &mut without {
            map.remove(field);
        }
        let accepted = serde_json::from_value::<Entry>(without).is_ok();
        assert_eq!(accepted, !required.contains(field), "is `{field}` optional?");
    }
}

/// The fixture's first entry, which fills every field, so that every test reading the
/// fixture (goldens, snapshots, exports) shows each one.
fn filled_entry() -> Value {
    let text = std::fs::read_to_string(fixture("mini.json")).expect("the fixture is readable");
    let tree: Value = serde_json::from_str(&text).expect("the fixture is JSON");
    tree["entries"][0].clone()
}

#[test]
fn the_fixture_fills_every_field() {
    let read: Entry = serde_json::from_value(filled_entry()).expect("the fixture's entry");
    let written = serde_json::to_value(&read).expect("an entry serialises");
    assert_eq!(keys(&written), serde_fields::<Entry>(), "tests/fixtures/mini.json entries[0]");
    if let Value::Object(map) = &written {
        for (field, value) in map {
            let empty = match value {
                Value::Null => true,
                Value::Array(items) => items.is_empty(),
                _ => false,
            };
            assert!(!empty, "tests/fixtures/mini.json entries[0].{field} is empty");
        }
    }
}

/// docs/catalogue.md's example, its comments taken out, is a catalogue serde reads,
/// and its entry shows every field.
#[test]
fn the_format_page_shows_every_field() {
    let text = page("docs/catalogue.md");
    let block = text
        .split("```json\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("docs/catalogue.md has a ```json example");
    // A comment starts after a blank; `https://…` has none before its slashes.
    let json: String = block
        .lines()
        .map(|line| line.find(" //").map_or(line, |at| &line[..at]))
        .collect::<Vec<_>>()
        .join("\n");
    let example: Value = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("docs/catalogue.md's example is no JSON: {e}\n{json}"));
    if let Err(e) = serde_json::from_value::<Catalogue>(example.clone()) {
        panic!("docs/catalogue.md's example is no catalogue: {e}");
    }
    assert_eq!(keys(&example["entries"][0]), serde_fields::<Entry>(), "docs/catalogue.md");
}

/// docs/maintaining.md's table of an entry's fields (a row may name two).
#[test]
fn the_maintainers_table_names_every_field() {
    let text = page("docs/maintaining.md");
    let table = text
        .split("| field | what goes in |")
        .nth(1)
        .expect("docs/maintaining.md has the table of an entry's fields");
    let named: BTreeSet<&str> = table
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .filter_map(|line| line.split('|').nth(1))
        .flat_map(|cell| cell.split(','))
        .map(|name| name.trim().trim_matches('`'))
        .collect();
    assert_eq!(named, serde_fields::<Entry>(), "docs/maintaining.md");
}

/// docs/export.md shows the English header `export --format csv` writes.
#[test]
fn the_export_page_shows_the_csv_header() {
    let out = run(&["export", "--format", "csv", "--lang", "en"]);
    assert!(out.status.success(), "export --format csv failed");
    let csv = stdout(&out);
    let header = csv.lines().next().expect("a header row");
    let text = page("docs/export.md");
    let shown: Vec<&str> =
        text.split("```csv\n").skip(1).filter_map(|block| block.lines().next()).collect();
    assert!(shown.contains(&header), "docs/export.md shows {shown:?}, the program writes {header}");
}
