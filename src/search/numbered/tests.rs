use super::Numbered;

#[test]
fn texts_keep_their_first_number_and_are_stored_once() {
    let mut n = Numbered::default();
    let words = ["hotell", "hotel", "hotell", "", "å", "hotel", "ö"];
    let numbers: Vec<u32> = words.iter().map(|w| n.number(w)).collect();
    assert_eq!(numbers, [0, 1, 0, 2, 3, 1, 4]);
    assert_eq!(n.len(), 5);
    assert_eq!(&n[3], "å");
    assert_eq!(&n[2], "");
    assert_eq!(n.text(99), "");
    assert_eq!(n.get("hotel"), Some(1));
    assert_eq!(n.get("hotellen"), None);
    // Many, so that the table grows and rehashes by the stored texts.
    for i in 0..5000 {
        assert_eq!(n.number(&format!("w{i}")), 5 + i);
    }
    assert!((0..5000).all(|i| n.get(&format!("w{i}")) == Some(5 + i)));
    assert_eq!(n.get("hotell"), Some(0));
}
