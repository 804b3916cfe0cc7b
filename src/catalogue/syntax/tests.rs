use super::*;

fn kind_of(text: &str) -> Syntax {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(_) => panic!("{text:?} is valid JSON"),
        Err(e) => Syntax::of(&e),
    }
}

#[test]
fn serde_jsons_errors_are_read_by_kind() {
    let cases = [
        ("[1, 2", Syntax::EndInList),
        ("{\"a\": 1", Syntax::EndInObject),
        ("\"abc", Syntax::EndInString),
        ("{\"a\":", Syntax::EndInValue),
        ("{\"a\" 1}", Syntax::ExpectedColon),
        ("[1 2]", Syntax::ExpectedCommaOrBracket),
        ("{\"a\": 1 \"b\": 2}", Syntax::ExpectedCommaOrBrace),
        ("[nul]", Syntax::UnknownWord),
        ("[,]", Syntax::ExpectedValue),
        ("\"\\q\"", Syntax::BadEscape),
        ("[1e999999]", Syntax::NumberTooLarge),
        ("\"a\nb\"", Syntax::ControlCharacter),
        ("{1: 2}", Syntax::NameNotString),
        ("[1,]", Syntax::TrailingComma),
        ("{} x", Syntax::TrailingText),
    ];
    for (text, kind) in cases {
        assert_eq!(kind_of(text), kind, "{text:?}");
    }
    let deep = "[".repeat(1000);
    assert_eq!(kind_of(&deep), Syntax::TooDeep);
}

#[test]
fn every_kind_is_said_in_both_languages() {
    for kind in Syntax::ALL {
        assert_ne!(kind.text(Lang::Sv), kind.text(Lang::En), "{kind:?}");
    }
}
