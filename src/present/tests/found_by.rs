//! The detail pane names the ways of asking for an entry that the query matched, and
//! only those.

use super::*;
use crate::catalogue;
use crate::search::Query;

fn shown(query: &str) -> Vec<String> {
    let catalogue = match catalogue::embedded() {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    };
    let Some(entry) = catalogue.entry("hospitality-film") else { panic!("in the catalogue") };
    let query = Query::in_catalogue(query, &catalogue);
    let lines =
        Presentation::new(entry, &catalogue, Lang::Sv).lines(60, &query, LinkForm::Addresses);
    let Some(at) = lines.iter().position(|l| *l == DetailLine::Heading(texts(Lang::Sv).found_by))
    else {
        return Vec::new();
    };
    lines[at + 1..]
        .iter()
        .map_while(|l| match l {
            DetailLine::Summary { text, marks } => {
                assert!(!marks.is_empty() || text.starts_with("  "), "{text:?} unmarked");
                Some(text.clone())
            }
            _ => None,
        })
        .collect()
}

#[test]
fn the_matched_ways_of_asking_are_listed_under_their_heading() {
    let found = shown("nattportier ");
    assert_eq!(found, ["• nattportier ser ett misstänkt sexköp"]);
    assert!(shown("").is_empty(), "nothing without a query");
    assert!(shown("zzqqx ").is_empty(), "nothing when none matched");
    assert!(shown("hotell ").len() <= 3, "at most three");
}
