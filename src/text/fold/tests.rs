use super::*;

#[test]
fn folds_swedish_and_other_latin_letters() {
    let folded: String = "ÅÄÖåäöéüøłñç".chars().map(fold_char).collect();
    assert_eq!(folded, "AAOaaoeuolnc");
}

#[test]
fn leaves_other_scripts_alone() {
    for c in ['東', 'ß', 'æ', '👩', 'я'] {
        assert_eq!(fold_char(c), c);
    }
}

#[test]
fn lowercase_is_one_to_one() {
    assert_eq!(lower_char('Ö'), 'ö');
    assert_eq!(lower_char('İ'), 'İ');
}

#[test]
fn nfc_composes_decomposed_letters() {
    assert_eq!(nfc("o\u{308}"), "ö");
    assert_eq!(nfc("ö"), "ö");
}
