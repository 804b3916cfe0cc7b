use super::*;

fn read(json: &str) -> Result<Phrases, serde_json::Error> {
    serde_json::from_str(json)
}

#[test]
fn each_text_comes_back_as_written_empty_ones_and_escapes_included() {
    let phrases =
        read(r#"["hur gör jag", "", "\"citat\" och \u00e5", "sista"]"#).unwrap_or_default();
    let texts: Vec<&str> = phrases.iter().collect();
    assert_eq!(texts, ["hur gör jag", "", "\"citat\" och å", "sista"]);
    assert_eq!((phrases.len(), phrases.get(1), phrases.get(4)), (4, Some(""), None));
    let back = serde_json::to_string(&phrases).unwrap_or_default();
    assert_eq!(read(&back).ok(), Some(phrases));
}

#[test]
fn an_empty_list_is_empty_and_a_list_of_one_empty_text_is_not() {
    let none = read("[]").unwrap_or_default();
    let one = read(r#"[""]"#).unwrap_or_default();
    assert!(none.is_empty());
    assert_eq!((one.len(), one.get(0)), (1, Some("")));
    assert_ne!(none, one);
}

#[test]
fn texts_next_to_each_other_stay_apart() {
    let a: Phrases = ["ab", "c"].into_iter().collect();
    let b: Phrases = ["a", "bc"].into_iter().collect();
    assert_ne!(a, b);
    assert_eq!(format!("{a:?}"), r#"["ab", "c"]"#);
}

#[test]
fn anything_but_a_list_of_strings_is_refused() {
    for json in [r#""hur""#, "[1]", r#"["a", null]"#, "{}"] {
        assert!(read(json).is_err(), "{json}");
    }
}
