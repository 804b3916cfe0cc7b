use super::*;

#[test]
fn edit_distances() {
    assert_eq!(edit_distance("sexit", "sexit"), 0);
    assert_eq!(edit_distance("sexti", "sexit"), 2);
    assert_eq!(edit_distance("", "abc"), 3);
    assert_eq!(edit_distance("kitten", "sitting"), 3);
}

#[test]
fn suggestions() {
    let ids = ["sexit", "manual-trafficking", "bsr-trm", "osce-nrm-handbook"];
    assert_eq!(nearest_ids("sexitt", ids.into_iter()), ["sexit"]);
    assert_eq!(nearest_ids("manual", ids.into_iter()), ["manual-trafficking"]);
    assert!(nearest_ids("zzzzzzzzzz", ids.into_iter()).is_empty());
}
