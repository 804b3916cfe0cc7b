use serde_json::{Value, json};

use super::*;

mod synonyms;

const MINI: &str = include_str!("../../tests/fixtures/mini.json");

fn mini_tree() -> Value {
    match serde_json::from_str(MINI) {
        Ok(v) => v,
        Err(e) => panic!("fixture is not JSON: {e}"),
    }
}

/// The problems of a tree, as "path: message" lines.
fn problems_of(tree: &Value) -> Vec<String> {
    match parse(&tree.to_string(), &Origin::Embedded) {
        Ok(_) => Vec::new(),
        Err(LoadError::Invalid { problems, .. }) => {
            problems.iter().map(ToString::to_string).collect()
        }
        Err(other) => vec![format!("not a validation error: {other}")],
    }
}

fn assert_problem(tree: &Value, path: &str, needle: &str) {
    let problems = problems_of(tree);
    assert!(
        problems.iter().any(|p| p.starts_with(&format!("{path}: ")) && p.contains(needle)),
        "expected a problem at {path} containing {needle:?}, got {problems:#?}"
    );
}

#[test]
fn embedded_catalogue_is_valid() {
    match embedded() {
        Ok(c) => {
            assert!(c.entries.len() >= 9);
            assert!(c.entry("sexit").is_some(), "the id `sexit` is promised to users");
        }
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn embedded_entries_link_the_source_last() {
    let Ok(c) = embedded() else { panic!("embedded catalogue invalid") };
    for e in &c.entries {
        let last = e.links.last();
        assert!(
            last.is_some_and(|l| l.kind == LinkKind::Source && l.url == c.source.address),
            "{} must end with the listing as its source",
            e.id
        );
        let kinds: Vec<LinkKind> = e.links.iter().map(|l| l.kind).collect();
        let mut sorted = kinds.clone();
        sorted.sort_by_key(|k| *k as u8);
        assert_eq!(kinds, sorted, "{}: links go material, publisher, source", e.id);
    }
}

#[test]
fn embedded_summaries_are_40_to_120_words() {
    let Ok(c) = embedded() else { panic!("embedded catalogue invalid") };
    for e in &c.entries {
        for (lang, text) in [("sv", &e.summary.sv), ("en", &e.summary.en)] {
            let words = text.split_whitespace().count();
            assert!((40..=120).contains(&words), "{} {lang}: {words} words", e.id);
        }
    }
}

#[test]
fn fixture_is_valid() {
    assert!(problems_of(&mini_tree()).is_empty());
}

#[test]
fn duplicate_ids() {
    let mut t = mini_tree();
    t["entries"][2]["id"] = json!("sexit");
    assert_problem(&t, "entries[2].id", "duplicate id");
    let mut t = mini_tree();
    t["categories"][1]["id"] = json!("health");
    assert_problem(&t, "categories[1].id", "duplicate category id");
}

#[test]
fn unknown_category_and_related_ids() {
    let mut t = mini_tree();
    t["entries"][0]["categories"][0] = json!("nope");
    t["entries"][1]["related"][0] = json!("ghost");
    t["entries"][2]["related"][0] = json!("trm");
    assert_problem(&t, "entries[0].categories[0]", "unknown category id \"nope\"");
    assert_problem(&t, "entries[1].related[0]", "unknown id \"ghost\"");
    assert_problem(&t, "entries[2].related[0]", "related to itself");
}

#[test]
fn empty_required_text() {
    let mut t = mini_tree();
    t["entries"][0]["title"] = json!("   ");
    t["entries"][3]["summary"]["en"] = json!("");
    t["entries"][4]["publisher"] = json!([]);
    assert_problem(&t, "entries[0].title", "empty text");
    assert_problem(&t, "entries[3].summary.en", "empty text");
    assert_problem(&t, "entries[4].publisher", "no publisher");
}

#[test]
fn links_must_be_web_or_mail() {
    let mut t = mini_tree();
    t["entries"][3]["links"][0]["url"] = json!("javascript:alert(1)");
    t["entries"][1]["links"][0]["url"] = json!("file:///etc/passwd");
    assert_problem(&t, "entries[3].links[0].url", "not an http, https or mailto address");
    assert_problem(&t, "entries[1].links[0].url", "not an http, https or mailto address");
}

#[test]
fn control_characters_and_escape_sequences() {
    let mut t = mini_tree();
    t["entries"][0]["title"] = json!("Sexit\u{1b}[31m");
    t["entries"][1]["keywords"][0] = json!("a\u{9b}2J");
    t["entries"][2]["summary"]["sv"] = json!("bidi \u{202e} override");
    t["categories"][0]["name"]["en"] = json!("new\nline");
    assert_problem(&t, "entries[0].title", "U+001B");
    assert_problem(&t, "entries[1].keywords[0]", "U+009B");
    assert_problem(&t, "entries[2].summary.sv", "U+202E");
    assert_problem(&t, "categories[0].name.en", "U+000A");
}

#[test]
fn line_breaks_are_allowed_in_summaries() {
    let mut t = mini_tree();
    t["entries"][2]["summary"]["sv"] = json!("Första stycket.\n\nAndra stycket.");
    assert!(problems_of(&t).is_empty());
}

#[test]
fn unknown_fields_are_all_reported_with_paths() {
    let mut t = mini_tree();
    t["entries"][3]["titel"] = json!("typo");
    t["entries"][3]["links"][0]["adress"] = json!("https://example.org/");
    t["extra"] = json!(1);
    assert_problem(&t, "entries[3].titel", "unknown field");
    assert_problem(&t, "entries[3].links[0].adress", "unknown field");
    assert_problem(&t, "extra", "unknown field");
}

#[test]
fn wrong_types_and_missing_fields() {
    let mut t = mini_tree();
    t["entries"][0]["year"] = json!("2019");
    t["entries"][1]["links"][0]["kind"] = json!("video");
    t["entries"][2]["languages"] = json!("sv");
    if let Some(e) = t["entries"][4].as_object_mut() {
        e.remove("summary");
    }
    assert_problem(&t, "entries[0].year", "expected a year");
    assert_problem(&t, "entries[1].links[0].kind", "unknown link kind \"video\"");
    assert_problem(&t, "entries[2].languages", "expected a list, found a string");
    assert_problem(&t, "entries[4].summary", "missing field");
}

#[test]
fn entries_not_a_list_and_top_level_not_an_object() {
    let mut t = mini_tree();
    t["entries"] = json!({"a": 1});
    assert_problem(&t, "entries", "expected a list, found an object");
    assert_eq!(problems_of(&json!([1, 2])), [": expected an object, found a list"]);
}

#[test]
fn unsupported_schema_version() {
    let mut t = mini_tree();
    t["schema"] = json!(2);
    assert_problem(&t, "schema", "not supported");
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut t = mini_tree();
    t["entries"][4]["id"] = json!("knowledge");
    t["entries"][2]["links"][0]["url"] = json!("ftp://x");
    t["entries"][5]["categories"][0] = json!("x");
    assert_eq!(problems_of(&t).len(), 3, "{:#?}", problems_of(&t));
}

#[test]
fn syntax_errors_give_line_and_column() {
    let text = "{\n  \"schema\": 1,\n  \"source\": ]\n}";
    match parse(text, &Origin::File("x.json".into())) {
        Err(LoadError::Syntax { line, column, .. }) => assert_eq!((line, column), (3, 13)),
        other => panic!("{other:?}"),
    }
    let message = match parse(&MINI[..MINI.len() / 2], &Origin::File("cut.json".into())) {
        Err(e @ LoadError::Syntax { .. }) => e.to_string(),
        other => panic!("{other:?}"),
    };
    assert!(message.starts_with("cut.json:"), "{message}");
    assert!(message.contains("the file ends inside"), "{message}");
    // Said by kind in the user's language, never in serde_json's English.
    let swedish = match parse(&MINI[..MINI.len() / 2], &Origin::File("cut.json".into())) {
        Err(e) => e.message(Lang::Sv, NamedBy::CheckArgument),
        Ok(_) => panic!("half a catalogue parses"),
    };
    assert!(swedish.contains("filen tar slut mitt i") && !swedish.contains("EOF"), "{swedish}");
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert!(matches!(parse(&deep, &Origin::Embedded), Err(LoadError::Syntax { .. })));
}

#[test]
fn byte_order_mark_is_accepted() {
    let with_bom = format!("\u{feff}{MINI}");
    assert!(parse(&with_bom, &Origin::Embedded).is_ok());
    assert!(parse_bytes(with_bom.as_bytes(), &Origin::Embedded).is_ok());
}

#[test]
fn invalid_utf8_gives_its_place() {
    let mut bytes = b"{\n  \"schema\": \"".to_vec();
    bytes.push(0xff);
    match parse_bytes(&bytes, &Origin::Embedded) {
        Err(LoadError::NotUtf8 { line, column, .. }) => assert_eq!((line, column), (2, 14)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn loading_files_missing_directory_and_bounded() {
    let dir = std::env::temp_dir().join(format!("metodstod-load-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    assert!(matches!(load_path(&dir), Err(LoadError::IsDirectory { .. })));
    let missing = dir.join("missing.json");
    let err = load_path(&missing).map(|_| ()).map_err(|e| e.to_string());
    assert!(
        err.as_ref().is_err_and(|m| m.contains("missing.json") && m.contains("cannot read")),
        "{err:?}"
    );
    let good = dir.join("good.json");
    assert!(std::fs::write(&good, MINI).is_ok());
    assert!(load_path(&good).is_ok());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unbounded_stream_is_refused_at_its_first_bad_byte() {
    // A NUL is invalid anywhere in JSON: reading stops there, not after 256 MiB.
    let zero = Path::new("/dev/zero");
    if zero.exists() {
        assert!(matches!(load_path(zero), Err(LoadError::Syntax { line: 1, column: 1, .. })));
    }
}

#[test]
fn hostile_field_names_are_sanitised_in_messages() {
    let mut t = mini_tree();
    t["entries"][0]["\u{1b}]52;c;aGk=\u{7}"] = json!(1);
    let problems = problems_of(&t);
    assert!(problems.iter().all(|p| !p.contains('\u{1b}') && !p.contains('\u{7}')), "{problems:?}");
}

#[test]
fn decomposed_text_is_composed_at_load() {
    let mut t = mini_tree();
    t["entries"][0]["title"] = json!("O\u{308}stersjo\u{308}");
    match parse(&t.to_string(), &Origin::Embedded) {
        Ok(c) => assert_eq!(c.entries[0].title, "Östersjö"),
        Err(e) => panic!("{e}"),
    }
}

/// Every text under `value`: its path as a problem names it, and its JSON pointer.
fn texts_at(value: &Value, path: &str, pointer: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(_) => out.push((path.to_string(), pointer.to_string())),
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                texts_at(v, &format!("{path}[{i}]"), &format!("{pointer}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                texts_at(v, &format!("{path}.{k}"), &format!("{pointer}/{k}"), out);
            }
        }
        _ => {}
    }
}

/// The texts of the fixture's first entry, which fills every field (a test in
/// tests/cli/listed.rs holds it to that): a new field's texts are among them.
fn entry_texts() -> Vec<(String, String)> {
    let mut texts = Vec::new();
    texts_at(&mini_tree()["entries"][0], "entries[0]", "/entries/0", &mut texts);
    texts
}

/// An escape sequence in any text of an entry is reported at its path: no field is
/// left out of the checks.
#[test]
fn every_text_of_an_entry_is_checked() {
    for (path, pointer) in entry_texts() {
        let mut t = mini_tree();
        if let Some(text) = t.pointer_mut(&pointer) {
            *text = json!("a\u{1b}[2Jb");
        }
        let problems = problems_of(&t);
        let here = format!("{path}: ");
        let checked = problems.iter().any(|p| p.starts_with(&here));
        assert!(checked, "{path} is not checked (src/catalogue/validate.rs): {problems:#?}");
    }
}

/// Every text of an entry is composed at load (NFC), a new field's too. Ids, link
/// kinds and language codes allow no such letter, and an address is kept byte for byte
/// (composed, it could name another page).
#[test]
fn every_text_of_an_entry_is_composed() {
    let as_written = |path: &str| {
        [".id", ".kind", ".url"].iter().any(|end| path.ends_with(end))
            || [".categories[", ".related[", ".languages["].iter().any(|p| path.contains(p))
    };
    let mut composed = 0;
    for (path, pointer) in entry_texts().into_iter().filter(|(path, _)| !as_written(path)) {
        let mut t = mini_tree();
        if let Some(Value::String(text)) = t.pointer_mut(&pointer) {
            text.push_str("o\u{308}");
        }
        let c = parse(&t.to_string(), &Origin::Embedded).unwrap_or_else(|e| panic!("{path}: {e}"));
        let entry = serde_json::to_value(&c.entries[0]).unwrap_or_default();
        let read = entry.pointer(pointer.trim_start_matches("/entries/0"));
        let text = read.and_then(Value::as_str).unwrap_or_default();
        let composed_here = text.ends_with('\u{f6}');
        assert!(
            composed_here,
            "{path} is not composed (shared::composed in src/catalogue.rs): {text:?}"
        );
        composed += 1;
    }
    assert!(composed >= 10, "only {composed} texts tried");
}

#[test]
fn reading_stops_at_the_first_byte_json_never_has() {
    use super::first_never_json;
    assert_eq!(first_never_json(b"{ \t\r\n }"), None);
    assert_eq!(first_never_json(b"{\n  ur\0\0\x011\"xel\xa2"), Some(6));
    assert_eq!(first_never_json(b"\"\x1b[31m\""), Some(1));
    assert_eq!(first_never_json(&[b' '; 100]), None);
}

#[test]
fn a_file_read_in_batches_is_the_file_loaded_whole() {
    let path =
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/mini.json"));
    let whole = load_path(path).unwrap_or_else(|e| panic!("{e}"));
    let mut grown = Catalogue::default();
    let mut batches = Vec::new();
    assert!(load_batches(path, |batch| {
        batches.push((batch.entries.len(), batch.done, batch.valid));
        if let Some(head) = batch.head {
            grown = *head;
        }
        grown.entries.extend(batch.entries);
        true
    }));
    assert_eq!(grown, whole);
    assert_eq!(batches.last(), Some(&(0, true, true)));
    assert!(batches.iter().all(|b| b.2), "valid throughout");
    assert_eq!(batches.iter().filter(|b| b.1).count(), 1);
}

#[test]
fn a_file_broken_at_its_end_is_not_read_in_batches() {
    let path =
        std::env::temp_dir().join(format!("metodstod-{}-truncated.json", std::process::id()));
    std::fs::write(&path, &MINI[..MINI.len() / 2]).expect("temp dir is writable");
    let mut done = false;
    let loaded = load_batches(&path, |batch| {
        done |= batch.done;
        true
    });
    let _ = std::fs::remove_file(&path);
    assert!(!loaded);
    assert!(!done);
    assert!(!load_batches(std::path::Path::new("/nonexistent/file.json"), |_| true));
}

/// The batches of `tree` written to a file, its entries last as in ours (serde_json
/// would sort them first): (entries, done, valid) each.
fn batches_of(tree: &Value, name: &str) -> Vec<(usize, bool, bool)> {
    let path = std::env::temp_dir().join(format!("metodstod-{}-{name}.json", std::process::id()));
    let mut head = tree.clone();
    let entries = head["entries"].take();
    head.as_object_mut().map(|h| h.remove("entries"));
    let head = head.to_string();
    let text = format!("{},\"entries\":{entries}}}", head.strip_suffix('}').unwrap_or(&head));
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    let mut batches = Vec::new();
    let read = load_batches(&path, |b| {
        batches.push((b.entries.len(), b.done, b.valid));
        true
    });
    let _ = std::fs::remove_file(&path);
    assert!(read, "{name}: not read in batches");
    batches
}

#[test]
fn reading_in_batches_stops_at_an_invalid_entry() {
    // Big enough to be read in many pieces: 600 entries of about a kilobyte.
    let mut t = mini_tree();
    let copies: Vec<Value> = (0..100)
        .flat_map(|i| {
            let entries = t["entries"].as_array().cloned().unwrap_or_default();
            entries.into_iter().map(move |mut e| {
                e["id"] = json!(format!("{}-{i}", e["id"].as_str().unwrap_or("e")));
                e["related"] = json!([]);
                e
            })
        })
        .collect();
    t["entries"] = Value::Array(copies);
    assert!(batches_of(&t, "copies").last().is_some_and(|b| b.1 && b.2), "valid copies");
    t["entries"][2]["id"] = json!("Not An Id");
    let batches = batches_of(&t, "bad-id");
    assert_eq!(batches.last().map(|b| (b.1, b.2)), Some((true, false)), "{batches:?}");
    assert_eq!(batches.iter().filter(|b| b.1).count(), 1);
    assert!(batches[..batches.len() - 1].iter().all(|b| b.2));
    let read: usize = batches.iter().map(|b| b.0).sum();
    assert!(read < 600, "read on past the problem: {batches:?}");
}

#[test]
fn a_reference_to_no_entry_is_found_when_all_are_read() {
    let mut t = mini_tree();
    t["entries"][5]["related"] = json!(["ghost"]);
    let batches = batches_of(&t, "ghost");
    assert_eq!(batches.last(), Some(&(0, true, false)), "{batches:?}");
    assert!(batches[..batches.len() - 1].iter().all(|b| b.2 && !b.1));
}

#[test]
fn asked_as_texts_are_checked_like_any_text() {
    let mut tree = mini_tree();
    tree["entries"][0]["asked_as"] =
        json!({ "sv": ["vad gör jag om", " "], "en": ["ok\u{1b}[2J"] });
    assert_problem(&tree, "entries[0].asked_as.sv[1]", "empty text");
    assert_problem(&tree, "entries[0].asked_as.en[0]", "control character");
    tree["entries"][0]["asked_as"] = json!({ "sv": ["hur"] });
    assert_problem(&tree, "entries[0].asked_as.en", "missing field");
    tree["entries"][0]["asked_as"] = json!({ "sv": ["hur"], "en": ["how"] });
    assert!(problems_of(&tree).is_empty(), "{:#?}", problems_of(&tree));
}
