use super::*;
use crate::i18n::{Lang, cli_texts, texts};

/// Every counted message of the interface and the command line, by name.
fn messages(lang: Lang) -> Vec<(&'static str, &'static Counted)> {
    let (t, c) = (texts(lang), cli_texts(lang));
    vec![
        ("no_such_link", &t.no_such_link),
        ("plain_matches", &t.plain_matches),
        ("plain_more", &t.plain_more),
        ("plain_choose", &t.plain_choose),
        ("plain_choose_link", &t.plain_choose_link),
        ("resources", &t.resources),
        ("categories_counted", &t.categories_counted),
        ("bytes", &t.bytes),
        ("entries_read", &t.entries_read),
        ("publisher", &t.publisher),
        ("languages", &t.languages),
        ("formats", &t.formats),
        ("audiences", &t.audiences),
        ("categories", &t.categories),
        ("marked", &t.marked),
        ("links_hint", &t.links_hint),
        ("plain_export_marked", &t.plain_export_marked),
        ("plain_export_list", &t.plain_export_list),
        ("link_count", &c.link_count),
        ("problems_found", &c.problems_found),
    ]
}

/// What each message says for one and for three, in Swedish and in English.
const EXPECTED: &[(&str, [&str; 4])] = &[
    (
        "no_such_link",
        [
            "Det finns ingen länk {asked}: materialet har bara en länk.",
            "Det finns ingen länk {asked}: välj en av länkarna 1–3.",
            "There is no link {asked}: this resource has only one link.",
            "There is no link {asked}: choose one of links 1–3.",
        ],
    ),
    ("plain_matches", ["1 träff", "3 träffar", "1 match", "3 matches"]),
    (
        "plain_more",
        [
            "… och 1 träff till, längre ned i rangordningen. Skriv fler eller andra ord för att få fram den.",
            "… och 3 träffar till, längre ned i rangordningen. Skriv fler eller andra ord för att få fram dem.",
            "… and 1 more match, ranked lower. Type more or other words to bring it up.",
            "… and 3 more matches, ranked lower. Type more or other words to bring them up.",
        ],
    ),
    (
        "plain_choose",
        [
            "Det finns bara en träff: skriv 1.",
            "Välj ett nummer mellan 1 och 3.",
            "There is only one match: type 1.",
            "Choose a number from 1 to 3.",
        ],
    ),
    (
        "plain_choose_link",
        [
            "Materialet har bara en länk: skriv 1.",
            "Välj en länk mellan 1 och 3.",
            "This resource has only one link: type 1.",
            "Choose a link from 1 to 3.",
        ],
    ),
    ("resources", ["1 material", "3 material", "1 resource", "3 resources"]),
    ("categories_counted", ["1 kategori", "3 kategorier", "1 category", "3 categories"]),
    ("bytes", ["1 byte", "3 byte", "1 byte", "3 bytes"]),
    ("entries_read", ["1 material", "3 material", "1 resource", "3 resources"]),
    ("marked", ["1 markerat", "3 markerade", "1 marked", "3 marked"]),
    (
        "links_hint",
        [
            "1 — o öppnar den",
            "3 — o öppnar den första, 1–3 öppnar länken med det numret",
            "1 — o opens it",
            "3 — o opens the first, 1–3 opens the link of that number",
        ],
    ),
    (
        "plain_export_marked",
        [
            "Läslista med det markerade materialet:",
            "Läslista med de 3 markerade materialen:",
            "Reading list of the marked resource:",
            "Reading list of the 3 marked resources:",
        ],
    ),
    (
        "plain_export_list",
        [
            "Inget material är markerat. Läslista med det enda materialet i listan:",
            "Inget material är markerat. Läslista med alla 3 material i listan:",
            "Nothing is marked. Reading list of the one resource in the list:",
            "Nothing is marked. Reading list of all 3 resources in the list:",
        ],
    ),
    (
        "link_count",
        [
            "{id} har bara 1 länk; välj 1",
            "{id} har 3 länkar; välj en av 1–3",
            "{id} has 1 link; choose 1",
            "{id} has 3 links; choose 1 to 3",
        ],
    ),
    ("problems_found", ["1 fel hittades", "3 fel hittades", "1 problem found", "3 problems found"]),
    ("publisher", ["Utgivare", "Utgivare", "Publisher", "Publishers"]),
    ("languages", ["Språk", "Språk", "Language", "Languages"]),
    ("formats", ["Format", "Format", "Format", "Formats"]),
    ("audiences", ["Målgrupp", "Målgrupper", "Audience", "Audiences"]),
    ("categories", ["Kategori", "Kategorier", "Category", "Categories"]),
];

#[test]
fn every_count_message_in_both_forms_and_both_languages() {
    for (i, lang) in [Lang::Sv, Lang::En].into_iter().enumerate() {
        let all = messages(lang);
        assert_eq!(all.len(), EXPECTED.len(), "every counted message has its expected forms");
        for (name, forms) in all {
            let Some((_, expected)) = EXPECTED.iter().find(|(n, _)| *n == name) else {
                panic!("{name} has no expected forms")
            };
            assert_eq!(count(forms, 1, lang), expected[2 * i], "{name} {lang:?}, one");
            assert_eq!(count(forms, 3, lang), expected[2 * i + 1], "{name} {lang:?}, several");
            assert_eq!(count(forms, 0, lang), forms.many.replace("{n}", "0"), "{name}: none");
        }
    }
}

#[test]
fn large_counts_are_grouped_in_threes() {
    let t = texts(Lang::Sv);
    assert_eq!(count(&t.bytes, 1863, Lang::Sv), "1\u{a0}863 byte");
    assert_eq!(count(&t.bytes, 999, Lang::Sv), "999 byte");
    assert_eq!(count(&texts(Lang::En).bytes, 1_250_000, Lang::En), "1,250,000 bytes");
}
