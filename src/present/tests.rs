use super::*;
use crate::catalogue::{self, Origin};
use crate::search::Query;

mod found_by;

fn mini() -> Catalogue {
    match catalogue::parse(include_str!("../../tests/fixtures/mini.json"), &Origin::Embedded) {
        Ok(c) => c,
        Err(e) => panic!("fixture invalid: {e}"),
    }
}

fn presented(id: &str, lang: Lang) -> Presentation {
    let catalogue = mini();
    let Some(entry) = catalogue.entry(id) else { panic!("{id} is in the fixture") };
    Presentation::new(entry, &catalogue, lang)
}

#[test]
fn fields_come_in_one_order_and_the_empty_are_left_out() {
    let shown = presented("sexit", Lang::En);
    let labels: Vec<&str> = shown.fields.iter().map(|f| f.label).collect();
    // By count: Sexit has one language, one audience and one category in the fixture.
    assert_eq!(labels, ["Publisher", "Year", "Language", "Formats", "Audience", "Category"]);
    assert!(shown.fields.iter().all(|f| !f.value.is_empty()));
}

#[test]
fn links_are_numbered_from_one_and_related_entries_named() {
    let shown = presented("sexit", Lang::Sv);
    assert!(!shown.links.is_empty());
    for (i, link) in shown.links.iter().enumerate() {
        assert_eq!(link.number, i + 1);
    }
    let catalogue = mini();
    for related in &shown.related {
        assert_eq!(
            catalogue.entry(&related.id).map(|e| e.title.to_string()),
            Some(related.title.clone())
        );
    }
}

#[test]
fn the_detail_lines_hold_every_address_whole_and_fit_the_width() {
    let shown = presented("sexit", Lang::Sv);
    for width in [12_u16, 30, 60, 100] {
        let lines = shown.lines(width, &Query::default(), LinkForm::Addresses);
        for link in &shown.links {
            let pieces: String = lines
                .iter()
                .filter_map(|l| match l {
                    DetailLine::Address { text, url, .. } if *url == link.url => {
                        Some(text.as_str())
                    }
                    _ => None,
                })
                .collect();
            assert_eq!(pieces, link.url, "at {width}");
        }
        for line in &lines {
            let used = match line {
                DetailLine::Blank => 0,
                DetailLine::Title(t)
                | DetailLine::Text(t)
                | DetailLine::Summary { text: t, .. } => t.chars().count(),
                DetailLine::Heading(t) => t.chars().count(),
                DetailLine::Field { label, text } => label.chars().count() + text.chars().count(),
                DetailLine::Link { lead, text, .. } => lead.chars().count() + text.chars().count(),
                DetailLine::Address { indent, text, .. } => indent + text.chars().count(),
            };
            assert!(used <= usize::from(width), "{line:?} is wider than {width}");
        }
    }
}

#[test]
fn a_citation_says_n_d_for_an_unknown_year_in_the_language() {
    let mut shown = presented("sexit", Lang::En);
    shown.year = None;
    assert!(shown.citation().contains(", n.d."), "{}", shown.citation());
    shown.lang = Lang::Sv;
    assert!(shown.citation().contains(", u.å."), "{}", shown.citation());
    shown.year = Some(2019);
    let cited = shown.citation();
    assert!(cited.starts_with(&shown.title) && cited.ends_with(&shown.links[0].url), "{cited}");
}

#[test]
fn category_counts_count_each_entry_once_per_category() {
    let catalogue = mini();
    let counts = category_counts(&catalogue, catalogue.entries.iter());
    for (category, count) in catalogue.categories.iter().zip(&counts) {
        let expected =
            catalogue.entries.iter().filter(|e| e.categories.contains(&category.id)).count();
        assert_eq!(*count, expected, "{}", category.id);
    }
    assert_eq!(
        category_counts(&catalogue, std::iter::empty()),
        vec![0; catalogue.categories.len()]
    );
}

#[test]
fn the_one_line_form_is_safe_to_print() {
    let catalogue = mini();
    let Some(entry) = catalogue.entry("sexit") else { panic!("sexit") };
    let mut hostile = entry.clone();
    hostile.title = "A\u{1b}[31mB".into();
    let line = one_line(&hostile, Lang::Sv);
    assert!(!line.contains('\u{1b}'), "{line:?}");
    assert!(one_line(entry, Lang::Sv).starts_with(entry.title.as_str()));
}

#[test]
fn the_summary_marks_the_words_the_search_matched() {
    let shown = presented("sexit", Lang::Sv);
    let marked = |query: &str| -> Vec<String> {
        shown
            .lines(60, &Query::parse(query), LinkForm::Addresses)
            .into_iter()
            .flat_map(|l| match l {
                DetailLine::Summary { text, marks } => {
                    let chars: Vec<char> = text.chars().collect();
                    marks.iter().map(|m| chars[m.clone()].iter().collect()).collect()
                }
                _ => Vec::new(),
            })
            .collect()
    };
    let words = marked("unga");
    assert!(
        !words.is_empty() && words.iter().all(|w| w.to_lowercase().starts_with("ung")),
        "{words:?}"
    );
    assert!(marked("").is_empty());
    assert!(marked("zzzzqqq").is_empty());
}
