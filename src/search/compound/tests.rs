use super::*;

#[test]
fn pieces_stand_for_words_across_linking_letters_and_endings() {
    let forms: Vec<String> = linked_forms("forenings", 9).into_iter().map(|f| f.0).collect();
    assert!(forms.contains(&"forening".to_string()), "{forms:?}");
    let forms: Vec<String> = linked_forms("gatu", 4).into_iter().map(|f| f.0).collect();
    assert!(forms.contains(&"gata".to_string()), "{forms:?}");
    let forms: Vec<String> = linked_forms("personalen", 10).into_iter().map(|f| f.0).collect();
    assert!(forms.contains(&"personal".to_string()), "{forms:?}");
    assert_eq!(linked_forms("han", 3).len(), 1, "too short to lose a letter");
}

#[test]
fn cuts_into_two_then_three_pieces_of_three_letters_or_more() {
    let all: Vec<_> = cuts(9).collect();
    assert_eq!(all.first(), Some(&vec![(0, 3), (3, 9)]));
    assert!(all.contains(&vec![(0, 3), (3, 6), (6, 9)]));
    assert!(all.iter().flatten().all(|(a, b)| b - a >= MIN_PIECE));
    assert_eq!(cuts(5).count(), 0);
}
