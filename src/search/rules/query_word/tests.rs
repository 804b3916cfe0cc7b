use super::*;

#[test]
fn strict_letters_must_be_the_same_letter() {
    let q = QWord::new("hötell", false, false);
    assert!(!q.strict_ok("hotell", 0));
    assert!(q.strict_ok("hötell", 0));
    let q = QWord::new("Sexit", false, false);
    assert!(q.strict_ok("Sexit", 0) && !q.strict_ok("SEXIT", 0));
}
