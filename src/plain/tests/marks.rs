//! The line mode's reading list: `m N` marks, `e` prints it.

use super::{answers, converse};
use crate::i18n::{Lang, texts};

fn titles_in(list: &str) -> Vec<&str> {
    list.lines().filter_map(|l| l.strip_prefix("## ")).collect()
}

#[test]
fn m_marks_and_unmarks_and_says_how_many() {
    // Two results: the knowledge support first, then Sexit.
    let out = converse(Lang::En, "unga\nm 2\nm 1\nm 2\n");
    let replies = answers(&out, Lang::En);
    assert_eq!(replies[1], "Marked: Sexit. Now 1 marked; e shows the reading list.\n");
    assert!(replies[2].starts_with("Marked: Kunskapsstöd") && replies[2].contains(" 2 marked;"));
    assert_eq!(replies[3], "No longer marked: Sexit. Now 1 marked.\n");
    let out = converse(Lang::Sv, "sexit\nm 1\n");
    let reply = "Markerat: Sexit. Nu 1 markerat; med e visas läslistan.\n";
    assert_eq!(answers(&out, Lang::Sv)[1], reply);
    let out = converse(Lang::Sv, "sexuell unga\nm 1\nm 2\n");
    assert!(answers(&out, Lang::Sv)[2].ends_with(" Nu 2 markerade; med e visas läslistan.\n"));
}

#[test]
fn marks_survive_new_searches_and_e_prints_exactly_the_marked() {
    let out = converse(Lang::En, "sexit\nm 1\nembassy\nm 1\nc embassies\ne\n");
    let replies = answers(&out, Lang::En);
    let list = &replies[5];
    let heading = "Reading list of the 2 marked resources:\n\n# Reading list\n";
    assert!(list.starts_with(heading), "{list}");
    assert_eq!(titles_in(list).len(), 2, "{list}");
    assert_eq!(titles_in(list)[0], "Sexit");
    assert!(list.contains("- [Sexit on SRHR.se](<https://srhr.se/kunskapspafyllning/sexit/>)"));
}

#[test]
fn e_without_marks_prints_the_last_list() {
    let out = converse(Lang::Sv, "unga\ne\n");
    let list = &answers(&out, Lang::Sv)[1];
    let heading =
        "Inget material är markerat. Läslista med alla 2 material i listan:\n\n# Läslista\n";
    assert!(list.starts_with(heading), "{list}");
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

#[test]
fn a_number_after_a_search_that_found_nothing_says_so_not_search_first() {
    for lang in [Lang::Sv, Lang::En] {
        let t = texts(lang);
        let out = converse(lang, "xyzzyqwv\nm 1\n1\ne\n");
        let replies = answers(&out, lang);
        assert_eq!(replies[0], format!("{}\n", t.no_matches), "{out}");
        for reply in &replies[1..4] {
            assert_eq!(reply, &format!("{}\n", t.plain_empty_list), "{out}");
        }
    }
}
