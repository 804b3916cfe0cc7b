//! The line mode driven through in-memory input and output.

use std::path::PathBuf;

use super::*;
use crate::catalogue::{self, Entry};
use crate::search::Query;

mod limits;
mod marks;

const SEXIT_FAQ: &str = "https://www.vgregion.se/halsa-och-vard/vardgivarwebben/amnesomraden/kunskapscentrum-for-sexuell-halsa/utbildningar/catch-up-sexit/vanliga-fragor-om-sexit/";
const SEXIT_SV: &str = "1. Sexit — Västra Götalandsregionen, 2019 (svenska)\n";
const KNOWLEDGE_SV: &str =
    "2. Kunskapsstöd: Sex mot ersättning och sexuell exploatering — Socialstyrelsen (svenska)\n";
const SEXIT_SRHR: &str = "https://srhr.se/kunskapspafyllning/sexit/";

fn embedded() -> Catalogue {
    match catalogue::embedded() {
        Ok(c) => c,
        Err(e) => panic!("the embedded catalogue loads: {e}"),
    }
}

/// Opens nothing: no `$BROWSER` and no `$PATH`, so any attempt is an error message.
fn no_browser() -> Opener {
    Opener { browser: None, ssh: false, tmux: false, path: Some("/nonexistent".into()) }
}

fn converse_with(
    catalogue: &Catalogue,
    lang: Lang,
    opener: &Opener,
    input: &str,
    terminal: bool,
) -> String {
    let mut output = Vec::new();
    let mut reader = input.as_bytes();
    let screen = Screen { terminal, ..Screen::PIPE };
    if let Err(e) = run(catalogue, lang, opener, &mut reader, &mut output, screen) {
        panic!("the conversation fails: {e}");
    }
    match String::from_utf8(output) {
        Ok(s) => s,
        Err(e) => panic!("the output is not UTF-8: {e}"),
    }
}

fn converse(lang: Lang, input: &str) -> String {
    converse_with(&embedded(), lang, &no_browser(), input, false)
}

/// What was answered after the greeting, prompts removed: one string per prompt.
fn answers(output: &str, lang: Lang) -> Vec<String> {
    let prompt = texts(lang).plain_prompt;
    let after_greeting = output.split_once('\n').map_or("", |(_, rest)| rest);
    after_greeting.split(prompt).skip(1).map(str::to_string).collect()
}

/// A scratch directory with a recording browser: a shell script that appends each of
/// its arguments as a line to `record`. It runs as `/bin/sh script`, so the script is
/// never executed directly and a parallel test's fork cannot make it "text file busy".
struct Recorder {
    dir: PathBuf,
}

impl Recorder {
    fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("metodstod-plain-{name}-{}", std::process::id()));
        if let Err(e) = std::fs::create_dir_all(&dir) {
            panic!("cannot create {}: {e}", dir.display());
        }
        let script = format!(
            "for a in \"$@\"; do printf '%s\\n' \"$a\" >> '{}'; done\n",
            dir.join("record").display()
        );
        if let Err(e) = std::fs::write(dir.join("browser.sh"), script) {
            panic!("cannot write the script: {e}");
        }
        Recorder { dir }
    }

    fn opener(&self) -> Opener {
        let browser = format!("/bin/sh '{}'", self.dir.join("browser.sh").display());
        Opener { browser: Some(browser), ..no_browser() }
    }

    fn record(&self) -> String {
        std::fs::read_to_string(self.dir.join("record")).unwrap_or_default()
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn greets_prompts_and_ends_with_the_input() {
    let out = converse(Lang::Sv, "");
    assert_eq!(
        out,
        "Metodstöd: 9 material i 7 kategorier. Skriv ord för att söka, ? för hjälp.\nsök> \n"
    );
    let out = converse(Lang::En, "");
    assert!(out.starts_with("Metodstöd: 9 resources in 7 categories."), "{out}");
    assert!(out.ends_with("search> \n"), "{out}");
}

#[test]
fn q_quits_at_once_and_an_empty_line_only_prompts_again() {
    let out = converse(Lang::Sv, "\n  \nq\nsexit\n");
    assert_eq!(answers(&out, Lang::Sv), ["", "", ""], "{out}");
    assert!(!out.contains("Sexit"), "nothing after q is read: {out}");
}

#[test]
fn a_search_lists_numbered_results_in_the_language() {
    // Both have "unga" in a category; the knowledge support's audience has it too.
    let out = converse(Lang::Sv, "unga\n");
    let knowledge_first = KNOWLEDGE_SV.replacen("2.", "1.", 1) + &SEXIT_SV.replacen("1.", "2.", 1);
    assert_eq!(answers(&out, Lang::Sv)[0], format!("2 träffar:\n{knowledge_first}"));
    let out = converse(Lang::En, "unga\n");
    assert_eq!(
        answers(&out, Lang::En)[0],
        "2 matches:\n1. Kunskapsstöd: Sex mot ersättning och sexuell exploatering — National Board of Health and Welfare (Swedish)\n\
         2. Sexit — Region Västra Götaland, 2019 (Swedish)\n"
    );
    let out = converse(Lang::En, "lansstyrelsen\n");
    assert!(answers(&out, Lang::En)[0].contains(":\n1. Metodstöd mot prostitution"), "{out}");
    let out = converse(Lang::En, "zzqqxxkk\n");
    assert_eq!(answers(&out, Lang::En)[0], "No matches.\n");
}

#[test]
fn the_ranking_is_the_browsers() {
    let catalogue = embedded();
    let index = Index::new(&catalogue);
    let expected: Vec<String> = index
        .search(&catalogue, &Query::parse("ostersjo"))
        .iter()
        .enumerate()
        .map(|(i, m)| format!("{}. {}", i + 1, one_line(&catalogue.entries[m.entry], Lang::Sv)))
        .collect();
    assert!(expected.len() > 1, "the test needs several results");
    let out = converse(Lang::Sv, "ostersjo\n");
    let answer = answers_of(&out, Lang::Sv, 0);
    let lines: Vec<&str> = answer.lines().skip(1).collect();
    assert_eq!(lines, expected);
}

#[test]
fn a_number_shows_that_result_in_full() {
    let catalogue = embedded();
    let out = converse(Lang::En, "sexit\n1\n");
    let format = Format {
        lang: Lang::En,
        width: 80,
        bold: false,
        pretty_json: false,
        links: LinkForm::Hosts,
    };
    let Some(sexit) = catalogue.entry("sexit") else {
        panic!("sexit is in the catalogue");
    };
    let shown = &answers(&out, Lang::En)[1];
    assert_eq!(shown, &commands::show(&catalogue, sexit, false, &format));
    // By ear: the title first, and links by name and site, never the address.
    assert!(shown.starts_with("Sexit\nPublisher"), "{shown}");
    assert!(shown.contains("Link 1: Sexit FAQ (Region Västra Götaland), vgregion.se\n"), "{out}");
    assert!(!shown.contains(SEXIT_FAQ), "{shown}");
}

#[test]
fn a_n_says_the_whole_address_of_link_n() {
    let out = converse(Lang::Sv, "sexit\n1\na 1\na 9\n");
    let said = answers(&out, Lang::Sv);
    assert_eq!(said[2], format!("Adressen till länk 1: {SEXIT_FAQ}\n"));
    assert_eq!(said[3], "Välj en länk mellan 1 och 3.\n");
}

#[test]
fn on_a_terminal_a_tall_answer_waits_a_page_and_no_line_is_too_wide() {
    let catalogue = embedded();
    let screen = Screen { terminal: false, width: 50, height: Some(12) };
    let mut output = Vec::new();
    // Show a resource, then Enter at each "more" prompt.
    let mut input: &[u8] = b"sexit\n1\n\n\n\n\n\n\n\n";
    if let Err(e) = run(&catalogue, Lang::Sv, &no_browser(), &mut input, &mut output, screen) {
        panic!("the conversation fails: {e}");
    }
    let out = String::from_utf8_lossy(&output);
    let more = texts(Lang::Sv).reader.more;
    let pages: Vec<&str> = out.split(more).collect();
    assert!(pages.len() > 2, "the resource takes several pages: {out}");
    // Between two prompts, at most the height less the prompt's row.
    for page in &pages[1..pages.len() - 1] {
        assert!(page.lines().count() <= 11, "{page}");
    }
    let prompt = texts(Lang::Sv).plain_prompt;
    assert!(pages[0].contains(&format!("{prompt}Sexit\n")), "the title comes first: {out}");
    // Every line the program wrote fits, the prompts it stands after aside.
    let written = out.replace(prompt, "").replace(more, "");
    assert!(written.lines().all(|l| l.chars().count() <= 50), "{written}");
}

#[test]
fn bad_numbers_are_explained() {
    let out = converse(Lang::Sv, "1\nunga\n0\n3\n99999999999999999999999\n");
    assert_eq!(
        answers(&out, Lang::Sv)[..5],
        [
            "Det finns ingen lista att välja ur: sök först.\n",
            &format!(
                "2 träffar:\n{}{}",
                KNOWLEDGE_SV.replacen("2.", "1.", 1),
                SEXIT_SV.replacen("1.", "2.", 1)
            ),
            "Välj ett nummer mellan 1 och 2.\n",
            "Välj ett nummer mellan 1 och 2.\n",
            "Välj ett nummer mellan 1 och 2.\n",
        ]
    );
    let out = converse(Lang::En, "zzqqxxkk\n1\n");
    let reply = "The last list has no matches to choose from: search with other words.\n";
    assert_eq!(answers(&out, Lang::En)[1], reply);
}

#[test]
fn o_opens_a_link_of_the_entry_shown_through_the_browser() {
    let recorder = Recorder::new("open");
    let out = converse_with(&embedded(), Lang::Sv, &recorder.opener(), "sexit\n1\no 2\no\n", false);
    let answers = answers(&out, Lang::Sv);
    assert_eq!(answers[2], format!("Öppnar: {SEXIT_SRHR}\n"));
    assert_eq!(answers[3], format!("Öppnar: {SEXIT_FAQ}\n"), "o alone opens the first");
    assert_eq!(recorder.record(), format!("{SEXIT_SRHR}\n{SEXIT_FAQ}\n"));
}

#[test]
fn o_and_y_with_bad_numbers_never_panic() {
    let recorder = Recorder::new("bad");
    let input = "o 1\ny 1\nsexit\n1\no 4\no 0\ny 99999999999999999999999\no x\ny -1\n";
    let out = converse_with(&embedded(), Lang::En, &recorder.opener(), input, false);
    let answers = answers(&out, Lang::En);
    let show_first = "Show a resource first: type its number in the list.\n";
    assert_eq!(answers[0], show_first);
    assert_eq!(answers[1], show_first);
    assert_eq!(answers[4], "Choose a link from 1 to 3.\n");
    assert_eq!(answers[5], "Choose a link from 1 to 3.\n");
    assert_eq!(answers[6], "Choose a link from 1 to 3.\n");
    assert_eq!(answers[7], "Type a number after o, for example o 1.\n");
    assert_eq!(answers[8], "Type a number after y, for example y 1.\n");
    assert_eq!(recorder.record(), "", "nothing was opened");
}

#[test]
fn a_failing_or_missing_browser_is_reported() {
    let opener = Opener { browser: Some("/bin/false".into()), ..no_browser() };
    let out = converse_with(&embedded(), Lang::Sv, &opener, "sexit\n1\no 1\n", false);
    assert!(answers(&out, Lang::Sv)[2].starts_with("Kunde inte öppna länken: /bin/false"), "{out}");
    let out = converse(Lang::En, "sexit\n1\no 1\n");
    assert!(answers(&out, Lang::En)[2].starts_with("Could not open the link: no browser found"));
}

#[test]
fn over_ssh_the_address_is_printed_and_no_browser_started() {
    let recorder = Recorder::new("ssh");
    let opener = Opener { ssh: true, ..recorder.opener() };
    let out = converse_with(&embedded(), Lang::En, &opener, "sexit\n1\no 2\n", true);
    assert_eq!(
        answers(&out, Lang::En)[2],
        format!(
            "SSH: no browser is started on the server; open the address on your own computer: {SEXIT_SRHR}\n"
        )
    );
    assert_eq!(recorder.record(), "");
}

#[test]
fn y_prints_the_address_and_copies_only_on_a_terminal() {
    let input = "sexit\n1\ny 2\n";
    let out = converse_with(&embedded(), Lang::Sv, &no_browser(), input, false);
    assert_eq!(answers(&out, Lang::Sv)[2], format!("Adress: {SEXIT_SRHR}\n"));
    assert!(!out.contains('\u{1b}'), "{out:?}");
    let out = converse_with(&embedded(), Lang::Sv, &no_browser(), input, true);
    let copy = links::osc52(SEXIT_SRHR, false);
    assert_eq!(answers(&out, Lang::Sv)[2], format!("{copy}Länken har kopierats: {SEXIT_SRHR}\n"));
    let tmux = Opener { tmux: true, ..no_browser() };
    let out = converse_with(&embedded(), Lang::Sv, &tmux, input, true);
    assert!(out.contains(&links::osc52(SEXIT_SRHR, true)), "{out:?}");
}

#[test]
fn c_lists_the_categories_with_counts() {
    let out = converse(Lang::Sv, "c\n");
    let expected = "Kategorier:\n1. Besöksnäringen (1)\n\
                    2. Brotts- och våldsförebyggande arbete i kommunen (1)\n\
                    3. Socialtjänst och stödverksamheter (2)\n4. Vård och elevhälsa för unga (2)\n\
                    5. Vid misstanke om människohandel (4)\n6. Ambassader och konsulat (1)\n\
                    7. Samarbete med andra länder (3)\n";
    assert_eq!(answers(&out, Lang::Sv)[0], expected);
    let out = converse(Lang::En, "c embassies\nc\n");
    assert!(answers(&out, Lang::En)[1].contains("6. Embassies and consulates (1), chosen\n"));
}

#[test]
fn c_name_chooses_a_category_by_id_name_prefix_or_number() {
    let chosen = "Category: Embassies and consulates. Searches look only in it; c all for the whole catalogue.\n\
                  1 match in Embassies and consulates:\n\
                  1. Handbook for Embassies and Diplomatic Missions on How to Assist and Protect Victims of Human Trafficking — Council of the Baltic Sea States (CBSS), 2023 (English)\n";
    for name in [
        "embassies",
        "EMBASSIES",
        "Ambassader och konsulat",
        "embassies and consulates",
        "emb",
        "amb",
        "6",
    ] {
        let out = converse(Lang::En, &format!("c {name}\n"));
        assert_eq!(answers(&out, Lang::En)[0], chosen, "c {name}");
    }
    let out = converse(Lang::Sv, "c besoksnaringen\n");
    assert!(answers(&out, Lang::Sv)[0].starts_with("Kategori: Besöksnäringen."), "{out}");
}

#[test]
fn a_category_limits_later_searches_until_c_all() {
    let out = converse(Lang::Sv, "c embassies\nsexit\nhandbook\nc alla\nsexit\n");
    let answers = answers(&out, Lang::Sv);
    assert_eq!(answers[1], "Inga träffar.\n");
    assert!(
        answers[2].starts_with("1 träff i Ambassader och konsulat:\n1. Handbook for Embassies")
    );
    assert_eq!(answers[3], "Alla kategorier: sökningar gäller hela katalogen.\n");
    assert!(answers[4].starts_with("1 träff:\n1. Sexit"), "{}", answers[4]);
    let out = converse(Lang::En, "c embassies\nc ALL\nsexit\n");
    assert!(answers_of(&out, Lang::En, 2).starts_with("1 match:\n1. Sexit"));
}

fn answers_of(out: &str, lang: Lang, i: usize) -> String {
    answers(out, lang).get(i).cloned().unwrap_or_default()
}

#[test]
fn unknown_and_ambiguous_categories_are_explained() {
    let out = converse(Lang::En, "c nope\nc i\nc 0\nc 8\n");
    let answers = answers(&out, Lang::En);
    assert_eq!(answers[0], "No category is called “nope”. Type c to see all categories.\n");
    assert_eq!(
        answers[1],
        "“i” could be: “When you suspect human trafficking”, “Working with other countries”. Type more of the name.\n"
    );
    assert_eq!(answers[2], "No category is called “0”. Type c to see all categories.\n");
    assert_eq!(answers[3], "No category is called “8”. Type c to see all categories.\n");
}

#[test]
fn question_mark_prints_the_help_that_names_every_command() {
    for lang in [Lang::Sv, Lang::En] {
        let out = converse(lang, "?\n");
        let help = &answers(&out, lang)[0];
        assert_eq!(help, &format!("{}\n", texts(lang).plain_help));
        for command in ["o N", "y N", "m N", "e ", "c ", "lang", "?", "q"] {
            assert!(help.contains(command), "{lang:?} help lacks {command}: {help}");
        }
    }
}

#[test]
fn lang_switches_the_interface_and_the_descriptions() {
    let out = converse(Lang::Sv, "lang\nsexit\nlang sv\nlang fr\n");
    assert!(
        out.contains(
            "sök> Language: English.\nsearch> 1 match:\n1. Sexit — Region Västra Götaland"
        )
    );
    assert!(out.contains("search> Språk: svenska.\nsök> Skriv lang sv eller lang en.\n"), "{out}");
}

#[test]
fn invalid_bytes_and_escape_sequences_in_the_input_stay_harmless() {
    let mut output = Vec::new();
    let mut input: &[u8] = b"\xff\xfe\n\x1b[31msexit\nc \x1b]52;c;eA==\x07\nsexit\n";
    let result = run(&embedded(), Lang::En, &no_browser(), &mut input, &mut output, Screen::PIPE);
    assert!(result.is_ok());
    let out = String::from_utf8_lossy(&output);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(out.ends_with("Götaland, 2019 (Swedish)\nsearch> \n"), "{out}");
}

#[test]
fn long_lists_stop_at_the_limit_and_say_how_many_more() {
    let mut catalogue = embedded();
    let sexit = catalogue.entries[4].clone();
    for i in 0..LIMIT + 10 {
        catalogue.entries.push(Entry { id: format!("sexit-{i}").into(), ..sexit.clone() });
    }
    let out = converse_with(&catalogue, Lang::En, &no_browser(), "sexit\n51\n50\n", false);
    let answers = answers(&out, Lang::En);
    let lines: Vec<&str> = answers[0].lines().collect();
    assert_eq!(lines[0], format!("{} matches:", LIMIT + 11));
    assert_eq!(lines.len(), LIMIT + 2);
    assert_eq!(
        lines[LIMIT + 1],
        "… and 11 more matches, ranked lower. Type more or other words to bring them up."
    );
    assert_eq!(answers[1], format!("Choose a number from 1 to {LIMIT}.\n"));
    assert!(answers[2].starts_with("Sexit\n"));
}

#[test]
fn catalogue_text_is_sanitised() {
    let mut catalogue = embedded();
    catalogue.entries[4].title = "Sex\u{1b}[2Jit".into();
    catalogue.categories[5].name.en = "Emb\u{9b}assies".into();
    let out = converse_with(&catalogue, Lang::En, &no_browser(), "sexit\n1\nc\n", false);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{9b}'), "{out:?}");
    assert!(out.contains("1. Sex\u{FFFD}[2Jit — "), "{out}");
}
