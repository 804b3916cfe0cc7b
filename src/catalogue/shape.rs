//! A walk over the raw JSON tree that finds every structural problem (unknown, missing
//! or mistyped fields) with its path, where serde would stop at the first. The same
//! table gives the catalogue's JSON Schema (`json_schema`), so an editor and `check`
//! cannot disagree about the shape.

use serde_json::{Map, Value, json};

use super::Problem;
use super::validate::MAX_GROUP_WORDS;

#[derive(Clone, Copy)]
enum Kind {
    Text,
    Integer,
    OptionalYear,
    Localized,
    OneOfLinkKinds,
    List(&'static Kind),
    /// A list of at least one and at most this many items (`check` counts them; the
    /// schema says so too).
    Group(&'static Kind, usize),
    Object(&'static [(&'static str, Kind)]),
    /// A field that may be left out; when present, of the inner kind.
    Optional(&'static Kind),
}

const LOCALIZED: &[(&str, Kind)] = &[("sv", Kind::Text), ("en", Kind::Text)];

const SOURCE: &[(&str, Kind)] = &[
    ("title", Kind::Text),
    ("publisher", Kind::Localized),
    ("address", Kind::Text),
    ("published", Kind::Text),
    ("updated", Kind::Text),
    ("note", Kind::Optional(&Kind::Localized)),
];

const CATEGORY: &[(&str, Kind)] =
    &[("id", Kind::Text), ("name", Kind::Localized), ("description", Kind::Localized)];

const LINK: &[(&str, Kind)] =
    &[("label", Kind::Localized), ("url", Kind::Text), ("kind", Kind::OneOfLinkKinds)];

const ENTRY: &[(&str, Kind)] = &[
    ("id", Kind::Text),
    ("title", Kind::Text),
    ("publisher", Kind::List(&Kind::Localized)),
    ("year", Kind::OptionalYear),
    ("languages", Kind::List(&Kind::Text)),
    ("formats", Kind::List(&Kind::Localized)),
    ("audiences", Kind::List(&Kind::Localized)),
    ("categories", Kind::List(&Kind::Text)),
    ("summary", Kind::Localized),
    ("links", Kind::List(&Kind::Object(LINK))),
    ("related", Kind::List(&Kind::Text)),
    ("keywords", Kind::List(&Kind::Text)),
    ("asked_as", Kind::Optional(&Kind::Object(ASKED_AS))),
];

const ASKED_AS: &[(&str, Kind)] =
    &[("sv", Kind::List(&Kind::Text)), ("en", Kind::List(&Kind::Text))];

const SYNONYMS: &[(&str, Kind)] = &[
    ("words", Kind::Group(&Kind::Text, MAX_GROUP_WORDS)),
    ("lead_to", Kind::Optional(&Kind::Group(&Kind::Text, MAX_GROUP_WORDS))),
];

const TOP: &[(&str, Kind)] = &[
    ("schema", Kind::Integer),
    ("source", Kind::Object(SOURCE)),
    ("categories", Kind::List(&Kind::Object(CATEGORY))),
    ("synonyms", Kind::Optional(&Kind::List(&Kind::Object(SYNONYMS)))),
    ("entries", Kind::List(&Kind::Object(ENTRY))),
    // The JSON Schema an editor should use (`docs/catalogue.schema.json`); not read here.
    ("$schema", Kind::Optional(&Kind::Text)),
];

/// Every structural problem of a catalogue tree, in document order.
pub fn check(tree: &Value) -> Vec<Problem> {
    let mut problems = Vec::new();
    walk(tree, Kind::Object(TOP), "", &mut problems);
    problems
}

/// The problems of entry `index`, walked on its own.
pub fn check_entry(entry: &Value, index: usize, problems: &mut Vec<Problem>) {
    walk(entry, Kind::Object(ENTRY), &format!("entries[{index}]"), problems);
}

/// `check` of a tree whose entries were cut out and checked one by one (`check_entry`):
/// their problems go where the walk of the entries would have put them.
pub fn check_with_entries(rest: &Value, entries: Vec<Problem>) -> Vec<Problem> {
    let mut problems = Vec::new();
    match rest {
        Value::Object(map) => walk_object(map, TOP, "", &mut problems, Some(("entries", entries))),
        other => walk(other, Kind::Object(TOP), "", &mut problems),
    }
    problems
}

/// What a JSON value is, in English and in Swedish.
fn describe(value: &Value) -> (&'static str, &'static str) {
    match value {
        Value::Null => ("null", "null"),
        Value::Bool(_) => ("a boolean", "ett sanningsvärde"),
        Value::Number(_) => ("a number", "ett tal"),
        Value::String(_) => ("a string", "en sträng"),
        Value::Array(_) => ("a list", "en lista"),
        Value::Object(_) => ("an object", "ett objekt"),
    }
}

const LINK_KINDS: &str = "\"material\", \"publisher\" or \"source\"";
const LINK_KINDS_SV: &str = "\"material\", \"publisher\" eller \"source\"";

fn walk(value: &Value, kind: Kind, path: &str, problems: &mut Vec<Problem>) {
    let mut wrong = |(expected, expected_sv): (&str, &str)| {
        let (found, found_sv) = describe(value);
        problems.push(Problem::said(
            path,
            format!("expected {expected}, found {found}"),
            format!("här ska stå {expected_sv}, men det står {found_sv}"),
        ));
    };
    match (kind, value) {
        (Kind::Text, Value::String(_)) | (Kind::OptionalYear, Value::Null) => {}
        (Kind::Text, _) => wrong(("a string", "en sträng")),
        (Kind::Integer, v) if v.as_u64().is_some_and(|n| u32::try_from(n).is_ok()) => {}
        (Kind::Integer, _) => wrong(("a whole number", "ett heltal")),
        (Kind::OptionalYear, v) if v.as_u64().is_some_and(|n| u16::try_from(n).is_ok()) => {}
        (Kind::OptionalYear, _) => {
            wrong(("a year such as 2022, or null", "ett årtal som 2022, eller null"));
        }
        (Kind::OneOfLinkKinds, Value::String(s))
            if matches!(s.as_str(), "material" | "publisher" | "source") => {}
        (Kind::OneOfLinkKinds, Value::String(s)) => problems.push(Problem::said(
            path,
            format!("unknown link kind {s:?}; use {LINK_KINDS}"),
            format!("okänd länktyp {s:?}; använd {LINK_KINDS_SV}"),
        )),
        (Kind::OneOfLinkKinds, _) => wrong((LINK_KINDS, LINK_KINDS_SV)),
        (Kind::Localized, v) => walk(v, Kind::Object(LOCALIZED), path, problems),
        // A group's size is `validate`'s to judge, with the rest of the table.
        (Kind::List(item) | Kind::Group(item, _), Value::Array(items)) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, *item, &format!("{path}[{i}]"), problems);
            }
        }
        (Kind::List(_) | Kind::Group(..), _) => wrong(("a list", "en lista")),
        (Kind::Object(fields), Value::Object(map)) => {
            walk_object(map, fields, path, problems, None);
        }
        (Kind::Object(_), _) => wrong(("an object", "ett objekt")),
        (Kind::Optional(inner), v) => walk(v, *inner, path, problems),
    }
}

/// The fields in their declared order, then the unknown ones; a field in `checked` was
/// walked elsewhere, and its problems are put in its place.
fn walk_object(
    map: &serde_json::Map<String, Value>,
    fields: &[(&str, Kind)],
    path: &str,
    problems: &mut Vec<Problem>,
    mut checked: Option<(&str, Vec<Problem>)>,
) {
    for (name, kind) in fields {
        let child = join(path, name);
        match (map.get(*name), checked.take_if(|(field, _)| field == name)) {
            (_, Some((_, found))) => problems.extend(found),
            (Some(v), None) => walk(v, *kind, &child, problems),
            (None, None) if matches!(kind, Kind::Optional(_)) => {}
            (None, None) => problems.push(Problem::said(
                &child,
                "missing field".to_string(),
                "fältet saknas".to_string(),
            )),
        }
    }
    for name in map.keys() {
        if !fields.iter().any(|(f, _)| f == name) {
            let known: Vec<&str> = fields.iter().map(|(f, _)| *f).collect();
            let known = known.join(", ");
            problems.push(Problem::said(
                &join(path, name),
                format!("unknown field; expected one of: {known}"),
                format!("okänt fält; här kan stå: {known}"),
            ));
        }
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() { name.to_string() } else { format!("{path}.{name}") }
}

/// The rules of `check` that a JSON Schema cannot express; the schema's description
/// names them.
const BEYOND_SCHEMA: &str = "It gives the shape only (fields, types, link kinds) and \
cannot express every rule that `metodstod check FILE` applies: ids must be unique, \
categories and related must name existing ids, texts must not be empty nor hold control \
characters, addresses must be http(s) or mailto, synonym phrases must have at most eight words \
as the search counts them (runs of letters and digits: \"youth-clinic\" is two) and no phrase \
may be in two mutual groups as the search reads it, and the schema version must be one \
the program reads. Run `metodstod check FILE` for all of them.";

/// The object tables that the schema names under `$defs`, by their first field names.
const NAMED: [(&str, &[(&str, Kind)]); 7] = [
    ("localized", LOCALIZED),
    ("source", SOURCE),
    ("category", CATEGORY),
    ("link", LINK),
    ("entry", ENTRY),
    ("synonyms", SYNONYMS),
    ("asked_as", ASKED_AS),
];

/// The catalogue's JSON Schema (draft 2020-12), from the table that `check` walks.
pub fn json_schema() -> Value {
    let defs: Map<String, Value> =
        NAMED.iter().map(|(name, fields)| ((*name).to_string(), object_schema(fields))).collect();
    let mut top = object_schema(TOP);
    let top = top.as_object_mut().expect("object_schema always makes an object");
    let mut schema = Map::new();
    schema.insert("$schema".into(), json!("https://json-schema.org/draft/2020-12/schema"));
    schema.insert("title".into(), json!("metodstod catalogue"));
    schema.insert(
        "description".into(),
        json!(format!(
            "A catalogue of metodst\u{f6}d (guides, handbooks and training material) for metodstod, generated from the \
             table that `metodstod check` walks (src/catalogue/shape.rs). {BEYOND_SCHEMA}"
        )),
    );
    schema.append(top);
    schema.insert("$defs".into(), Value::Object(defs));
    Value::Object(schema)
}

fn object_schema(fields: &[(&str, Kind)]) -> Value {
    let properties: Map<String, Value> =
        fields.iter().map(|(name, kind)| ((*name).to_string(), kind_schema(*kind))).collect();
    let required: Vec<&str> = fields
        .iter()
        .filter(|(_, kind)| !matches!(kind, Kind::Optional(_)))
        .map(|(name, _)| *name)
        .collect();
    json!({
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
    })
}

fn kind_schema(kind: Kind) -> Value {
    match kind {
        Kind::Text => json!({ "type": "string" }),
        Kind::Integer => json!({ "type": "integer", "minimum": 0, "maximum": u32::MAX }),
        Kind::OptionalYear => {
            json!({ "type": ["integer", "null"], "minimum": 0, "maximum": u16::MAX })
        }
        Kind::Localized => json!({ "$ref": "#/$defs/localized" }),
        Kind::OneOfLinkKinds => json!({ "enum": ["material", "publisher", "source"] }),
        Kind::List(item) => json!({ "type": "array", "items": kind_schema(*item) }),
        Kind::Group(item, most) => json!({
            "type": "array",
            "items": kind_schema(*item),
            "minItems": 1,
            "maxItems": most,
        }),
        Kind::Object(fields) => match NAMED.iter().find(|(_, named)| same_fields(named, fields)) {
            Some((name, _)) => json!({ "$ref": format!("#/$defs/{name}") }),
            None => object_schema(fields),
        },
        Kind::Optional(inner) => kind_schema(*inner),
    }
}

/// The same table: `asked_as` and `localized` have the same field names.
fn same_fields(a: &[(&str, Kind)], b: &[(&str, Kind)]) -> bool {
    std::ptr::eq(a, b)
}
