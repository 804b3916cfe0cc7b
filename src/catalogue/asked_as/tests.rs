use super::*;

fn read(json: &str) -> Result<AskedAs, serde_json::Error> {
    serde_json::from_str(json)
}

#[test]
fn each_language_comes_back_as_written_empty_texts_and_escapes_included() {
    let json = r#"{"sv": ["hur gör jag", "", "\"citat\" och \u00e5"], "en": ["how"]}"#;
    let asked = read(json).unwrap_or_default();
    assert_eq!(asked.sv().collect::<Vec<_>>(), ["hur gör jag", "", "\"citat\" och å"]);
    assert_eq!(asked.en().collect::<Vec<_>>(), ["how"]);
    assert_eq!(asked.get(Lang::En).len(), 1);
    let back = serde_json::to_string(&asked).unwrap_or_default();
    assert_eq!(read(&back).ok(), Some(asked));
}

#[test]
fn english_written_first_is_the_same_as_swedish_first() {
    let sv_first = read(r#"{"sv": ["a", "b"], "en": ["c"]}"#).ok();
    let en_first = read(r#"{"en": ["c"], "sv": ["a", "b"]}"#).ok();
    assert!(sv_first.is_some());
    assert_eq!(sv_first, en_first);
    assert_eq!(sv_first, Some(AskedAs::new(["a", "b"], ["c"])));
}

#[test]
fn texts_are_composed_as_read() {
    let asked = read(r#"{"sv": ["o\u0308"], "en": []}"#).unwrap_or_default();
    assert_eq!(asked.sv().next(), Some("\u{f6}"));
    assert!(!asked.is_empty() && AskedAs::default().is_empty());
}

#[test]
fn anything_but_two_lists_of_strings_is_refused() {
    let refused = [
        r#"{"sv": ["a"]}"#,
        r#"{"en": ["a"]}"#,
        r#"{"sv": [], "en": [], "de": []}"#,
        r#"{"sv": [], "sv": [], "en": []}"#,
        r#"{"sv": [1], "en": []}"#,
        r#"{"sv": "a", "en": []}"#,
        r#"["a"]"#,
    ];
    for json in refused {
        assert!(read(json).is_err(), "{json}");
    }
}
