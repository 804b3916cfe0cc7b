use super::*;

fn d(a: &str, b: &str, limit: usize) -> Option<usize> {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    distance(&a, &b, limit)
}

#[test]
fn a_swap_of_neighbours_is_one_edit() {
    assert_eq!(d("hotlel", "hotell", 1), Some(1));
    assert_eq!(d("socialstyrelssen", "socialstyrelsen", 2), Some(1));
    assert_eq!(d("ab", "ba", 2), Some(1));
}

#[test]
fn over_the_limit_is_none() {
    assert_eq!(d("hotell", "hostel", 1), None);
    assert_eq!(d("hotell", "hostel", 2), Some(2));
    assert_eq!(d("", "abc", 2), None);
    assert_eq!(d("abc", "abc", 0), Some(0));
}

#[test]
fn edits_allowed_grow_with_length() {
    assert_eq!((allowed(4), allowed(5), allowed(8), allowed(9)), (0, 1, 1, 2));
}
