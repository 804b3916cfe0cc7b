//! The synonym table: its shape and its rules, every problem at once with its path.

use serde_json::{Value, json};

use super::*;

const MINI: &str = include_str!("../../../tests/fixtures/mini.json");

fn with_synonyms(synonyms: Value) -> Vec<String> {
    let mut tree: Value = match serde_json::from_str(MINI) {
        Ok(v) => v,
        Err(e) => panic!("fixture is not JSON: {e}"),
    };
    tree["synonyms"] = synonyms;
    match parse(&tree.to_string(), &Origin::Embedded) {
        Ok(_) => Vec::new(),
        Err(LoadError::Invalid { problems, .. }) => {
            problems.iter().map(ToString::to_string).collect()
        }
        Err(other) => vec![format!("not a validation error: {other}")],
    }
}

#[test]
fn a_good_table_is_read_in_both_forms() {
    let table = json!([
        { "words": ["UMO", "ungdomsmottagning", "youth clinic"] },
        { "words": ["kurator"], "lead_to": ["elevhälsoteam"] }
    ]);
    assert_eq!(with_synonyms(table), Vec::<String>::new());
}

#[test]
fn every_problem_of_the_table_is_named_with_its_path() {
    let table = json!([
        { "words": [] },
        { "words": ["polis", "police"] },
        { "words": ["Police", "polisen"] },
        { "words": ["a b c d e f g h i"], "lead_to": [] },
        { "words": ["ok\u{1b}[2J"], "lead_to": ["hotell"] },
        { "words": ["ensam"] },
        { "words": [" "], "lead_to": ["hotell"] }
    ]);
    let problems = with_synonyms(table);
    let expected = [
        "synonyms[0].words: empty list",
        "synonyms[2].words[0]: \"Police\" is already in the mutual group synonyms[1]",
        "synonyms[3].words[0]: a phrase of more than 8 words",
        "synonyms[3].lead_to: empty list",
        "synonyms[4].words[0]: contains the control character U+001B",
        "synonyms[5].words: a mutual group of one word",
        "synonyms[6].words[0]: empty text",
    ];
    for needle in expected {
        assert!(problems.iter().any(|p| p.starts_with(needle)), "{needle:?} not in {problems:#?}");
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
}

#[test]
fn words_are_counted_and_compared_as_the_search_reads_them() {
    let many: Vec<String> = (0..=MAX_GROUP_WORDS).map(|i| format!("ord{i}")).collect();
    let table = json!([
        { "words": ["youth clinic", "UMO"] },
        { "words": ["youth-clinic", "ungdomsmottagning"] },
        { "words": ["Youth clinic!", "mottagning"] },
        { "words": ["a-b-c-d-e-f-g-h-i"], "lead_to": ["hotell"] },
        { "words": ["!!"], "lead_to": ["hotell"] },
        { "words": ["hotell"], "lead_to": many },
        { "words": many }
    ]);
    let problems = with_synonyms(table);
    let expected = [
        "synonyms[1].words[0]: \"youth-clinic\" is already in the mutual group synonyms[0]",
        "synonyms[2].words[0]: \"Youth clinic!\" is already in the mutual group synonyms[0]",
        "synonyms[3].words[0]: a phrase of more than 8 words (9 as the search counts them)",
        "synonyms[4].words[0]: no letters or digits",
        "synonyms[5].lead_to: 65 words or phrases, more than the 64",
        "synonyms[6].words: 65 words or phrases, more than the 64",
    ];
    for needle in expected {
        assert!(problems.iter().any(|p| p.starts_with(needle)), "{needle:?} not in {problems:#?}");
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
}

#[test]
fn a_table_of_the_wrong_shape_is_named_with_its_path() {
    let table = json!([
        { "words": ["x"], "lead_to": ["y"], "also": ["z"] },
        { "words": "polis" },
        "polis"
    ]);
    let problems = with_synonyms(table);
    for needle in [
        "synonyms[0].also: unknown field; expected one of: words, lead_to",
        "synonyms[1].words: expected a list, found a string",
        "synonyms[2]: expected an object, found a string",
    ] {
        assert!(problems.iter().any(|p| p.starts_with(needle)), "{needle:?} not in {problems:#?}");
    }
}
