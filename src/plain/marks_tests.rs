//! The line mode's reading list: `m N` marks, `e` prints it.

use super::tests::{answers, converse};
use crate::i18n::{Lang, texts};

fn titles_in(list: &str) -> Vec<&str> {
    list.lines().filter_map(|l| l.strip_prefix("## ")).collect()
}

#[test]
fn m_marks_and_unmarks_and_says_how_many() {
    // Two results: the knowledge support first, then Sexit.
    let out = converse(Lang::En, "unga\nm 2\nm 1\nm 2\n");
    let replies = answers(&out, Lang::En);
    assert_eq!(replies[1], "Marked: Sexit. 1 marked; e prints the reading list.\n");
    assert!(replies[2].starts_with("Marked: Kunskapsstöd") && replies[2].contains(" 2 marked;"));
    assert_eq!(replies[3], "Unmarked: Sexit. 1 marked.\n");
    let out = converse(Lang::Sv, "sexit\nm 1\n");
    assert_eq!(answers(&out, Lang::Sv)[1], "Markerad: Sexit. 1 markerade; e skriver läslistan.\n");
}

#[test]
fn marks_survive_new_searches_and_e_prints_exactly_the_marked() {
    let out = converse(Lang::En, "sexit\nm 1\nembassy\nm 1\nc embassies\ne\n");
    let replies = answers(&out, Lang::En);
    let list = &replies[5];
    assert!(list.starts_with("Reading list of the 2 marked:\n\n# Reading list\n"), "{list}");
    assert_eq!(titles_in(list).len(), 2, "{list}");
    assert_eq!(titles_in(list)[0], "Sexit");
    assert!(list.contains("- [Sexit on SRHR.se](<https://srhr.se/kunskapspafyllning/sexit/>)"));
}

#[test]
fn e_without_marks_prints_the_last_list() {
    let out = converse(Lang::Sv, "unga\ne\n");
    let list = &answers(&out, Lang::Sv)[1];
    assert!(list.starts_with("Inga markerade; läslista med listans 2:\n\n# Läslista\n"), "{list}");
    assert_eq!(titles_in(list).len(), 2);
}

#[test]
fn m_and_e_without_a_list_or_with_bad_numbers_are_explained() {
    let t = texts(Lang::En);
    let out = converse(Lang::En, "e\nm 1\nunga\nm\nm 0\nm 3\nm x\n");
    let replies = answers(&out, Lang::En);
    assert_eq!(replies[0], format!("{}\n", t.plain_no_list));
    assert_eq!(replies[1], format!("{}\n", t.plain_no_list));
    assert_eq!(replies[3], "Type a number after m, for example m 1.\n");
    for a in &replies[4..7] {
        assert_eq!(a, "Choose a number from 1 to 2.\n");
    }
}
