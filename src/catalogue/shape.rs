//! A walk over the raw JSON tree that finds every structural problem (unknown, missing
//! or mistyped fields) with its path, where serde would stop at the first.

use serde_json::Value;

use super::Problem;

#[derive(Clone, Copy)]
enum Kind {
    Text,
    Integer,
    OptionalYear,
    Localized,
    OneOfLinkKinds,
    List(&'static Kind),
    Object(&'static [(&'static str, Kind)]),
}

const LOCALIZED: &[(&str, Kind)] = &[("sv", Kind::Text), ("en", Kind::Text)];

const SOURCE: &[(&str, Kind)] = &[
    ("title", Kind::Text),
    ("publisher", Kind::Localized),
    ("address", Kind::Text),
    ("published", Kind::Text),
    ("updated", Kind::Text),
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
];

const TOP: &[(&str, Kind)] = &[
    ("schema", Kind::Integer),
    ("source", Kind::Object(SOURCE)),
    ("categories", Kind::List(&Kind::Object(CATEGORY))),
    ("entries", Kind::List(&Kind::Object(ENTRY))),
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

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn walk(value: &Value, kind: Kind, path: &str, problems: &mut Vec<Problem>) {
    let mut wrong = |expected: &str| {
        problems
            .push(Problem::new(path, format!("expected {expected}, found {}", describe(value))));
    };
    match (kind, value) {
        (Kind::Text, Value::String(_)) | (Kind::OptionalYear, Value::Null) => {}
        (Kind::Text, _) => wrong("a string"),
        (Kind::Integer, v) if v.as_u64().is_some_and(|n| u32::try_from(n).is_ok()) => {}
        (Kind::Integer, _) => wrong("a whole number"),
        (Kind::OptionalYear, v) if v.as_u64().is_some_and(|n| u16::try_from(n).is_ok()) => {}
        (Kind::OptionalYear, _) => wrong("a year such as 2022, or null"),
        (Kind::OneOfLinkKinds, Value::String(s))
            if matches!(s.as_str(), "material" | "publisher" | "source") => {}
        (Kind::OneOfLinkKinds, Value::String(s)) => problems.push(Problem::new(
            path,
            format!("unknown link kind {s:?}; use \"material\", \"publisher\" or \"source\""),
        )),
        (Kind::OneOfLinkKinds, _) => wrong("\"material\", \"publisher\" or \"source\""),
        (Kind::Localized, v) => walk(v, Kind::Object(LOCALIZED), path, problems),
        (Kind::List(item), Value::Array(items)) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, *item, &format!("{path}[{i}]"), problems);
            }
        }
        (Kind::List(_), _) => wrong("a list"),
        (Kind::Object(fields), Value::Object(map)) => {
            walk_object(map, fields, path, problems, None);
        }
        (Kind::Object(_), _) => wrong("an object"),
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
            (None, None) => problems.push(Problem::new(&child, "missing field".to_string())),
        }
    }
    for name in map.keys() {
        if !fields.iter().any(|(f, _)| f == name) {
            let known: Vec<&str> = fields.iter().map(|(f, _)| *f).collect();
            problems.push(Problem::new(
                &join(path, name),
                format!("unknown field; expected one of: {}", known.join(", ")),
            ));
        }
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() { name.to_string() } else { format!("{path}.{name}") }
}
