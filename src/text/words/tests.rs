use super::*;

#[test]
fn a_table_phrase_is_its_words_however_written() {
    assert_eq!(table_words("youth-clinic"), ["youth", "clinic"]);
    assert_eq!(table_words("Youth clinic!"), ["youth", "clinic"]);
    assert!(table_words("!!").is_empty());
}
