use super::Marks;

#[test]
fn toggling_marks_and_unmarks_in_order() {
    let mut marks = Marks::default();
    assert!(marks.toggle(3) && marks.toggle(1));
    assert_eq!(marks.reading_list([7, 8]), [3, 1]);
    assert!(!marks.toggle(3));
    assert_eq!(marks.reading_list([7, 8]), [1]);
    assert!(!marks.toggle(1) && marks.is_empty());
    assert_eq!(marks.reading_list([7, 8]), [7, 8], "none marked: the list shown");
}
