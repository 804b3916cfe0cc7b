use super::*;

#[test]
fn each_text_comes_back_as_it_went_in_empty_ones_included() {
    let phrases: Phrases = ["hur gör jag", "", "sista"].into_iter().collect();
    let texts: Vec<&str> = phrases.iter().collect();
    assert_eq!(texts, ["hur gör jag", "", "sista"]);
    assert_eq!((phrases.len(), phrases.get(1), phrases.get(3)), (3, Some(""), None));
}

#[test]
fn an_empty_list_is_empty_and_a_list_of_one_empty_text_is_not() {
    let none: Phrases = std::iter::empty::<&str>().collect();
    let one: Phrases = [""].into_iter().collect();
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
fn a_builder_appended_to_another_keeps_both_in_order() {
    let (mut first, mut second) = (Builder::default(), Builder::default());
    let pushed = [first.push("a"), first.push(""), second.push("bc"), second.push("d")];
    assert!(pushed.iter().all(Option::is_some));
    assert_eq!(first.append(&second), Some(()));
    assert_eq!(first.len(), 4);
    let phrases = first.finish();
    assert_eq!(phrases.iter().collect::<Vec<_>>(), ["a", "", "bc", "d"]);
}
