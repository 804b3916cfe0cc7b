//! The decision on a command sent to the team account, in both languages.

use super::*;

fn allow(text: &str) -> Vec<String> {
    match decide(Some(text)) {
        Decision::Allow(words) => words,
        Decision::Refuse(why) => panic!("{text:?} refused: {}", why.text(Lang::En)),
    }
}

fn refused(text: &str) -> String {
    match decide(Some(text)) {
        Decision::Allow(words) => panic!("{text:?} allowed as {words:?}"),
        Decision::Refuse(refusal) => {
            let swedish = refusal.text(Lang::Sv);
            assert!(!swedish.contains('\n'), "one line: {swedish:?}");
            assert!(swedish.starts_with("vägras över SSH: "), "{swedish:?}");
            assert!(swedish.contains(ALLOWED_SV), "names what is allowed: {swedish:?}");
            let why = refusal.text(Lang::En);
            assert!(!why.contains('\n'), "one line: {why:?}");
            assert!(why.contains(ALLOWED), "names what is allowed: {why:?}");
            why
        }
    }
}

#[test]
fn nothing_is_the_browser() {
    assert_eq!(decide(None), Decision::Allow(vec![]));
    assert!(allow("").is_empty());
    assert!(allow("  \t ").is_empty());
    assert_eq!(allow("--lang en --plain"), ["--lang=en", "--plain"]);
    assert_eq!(allow("--ascii --no-color --mouse"), ["--ascii", "--no-color", "--mouse"]);
}

#[test]
fn an_entry_id_is_the_browser_on_that_entry() {
    assert_eq!(allow("sexit"), ["--select", "sexit"]);
    assert_eq!(allow("'sexit'"), ["--select", "sexit"]);
    assert_eq!(allow("sexit --lang en"), ["--select", "sexit", "--lang=en"]);
    assert_eq!(allow("--lang=en bsr-trm_2"), ["--select", "bsr-trm_2", "--lang=en"]);
    // A missing id of the right shape goes on, so that it is told "no entry" with the
    // nearest ids, as `show` does.
    assert_eq!(allow("sexitt"), ["--select", "sexitt"]);
}

#[test]
fn every_read_only_command() {
    assert_eq!(allow("list"), ["list"]);
    assert_eq!(
        allow("list --json --category embassies"),
        ["list", "--json", "--category=embassies"]
    );
    assert_eq!(allow("show sexit"), ["show", "sexit"]);
    assert_eq!(allow("show sexit --json --lang en"), ["show", "--json", "--lang=en", "sexit"]);
    assert_eq!(allow("search hotell"), ["search", "hotell"]);
    assert_eq!(
        allow("search 'sex trafficking' hotell --json"),
        ["search", "--json", "sex trafficking", "hotell"]
    );
    assert_eq!(allow("categories --json"), ["categories", "--json"]);
    assert_eq!(allow("about --lang sv"), ["about", "--lang=sv"]);
    assert_eq!(allow("--lang en list"), ["--lang=en", "list"]);
    assert_eq!(allow("--plain list --json"), ["--plain", "list", "--json"]);
}

#[test]
fn export_with_format_language_ids_query_and_category() {
    assert_eq!(allow("export"), ["export"]);
    assert_eq!(allow("export --format ris sexit"), ["export", "--format=ris", "sexit"]);
    assert_eq!(
        allow("export -f csv sexit bsr-trm"),
        ["export", "--format=csv", "sexit", "bsr-trm"]
    );
    assert_eq!(
        allow("export --query 'hotell resor' --lang en"),
        ["export", "--query=hotell resor", "--lang=en"]
    );
    assert_eq!(
        allow("export --category=embassies --format=bibtex"),
        ["export", "--category=embassies", "--format=bibtex"]
    );
    // A value that starts with '-' stays a value: handed on as --query=-x.
    assert_eq!(allow("export --query --catalogue"), ["export", "--query=--catalogue"]);
}

#[test]
fn help_and_version() {
    assert_eq!(allow("--help"), ["--help"]);
    assert_eq!(allow("-h"), ["--help"]);
    assert_eq!(allow("help"), ["--help"]);
    assert_eq!(allow("--version"), ["--version"]);
    assert_eq!(allow("-V"), ["--version"]);
    assert_eq!(allow("export --help"), ["export", "--help"]);
}

#[test]
fn files_and_other_data_sources_are_refused() {
    assert!(refused("--catalogue /etc/shadow").contains("\"--catalogue\""));
    assert!(refused("--catalogue=/etc/shadow list").contains("\"--catalogue\""));
    assert!(
        refused("list --catalogue /etc/shadow")
            .contains("\"--catalogue\" is not allowed with list")
    );
    assert!(refused("search x --catalogue=/etc/shadow").contains("--catalogue"));
    assert!(refused("check /etc/passwd").contains("the command \"check\" is not allowed"));
    assert!(refused("check").contains("\"check\""));
    assert!(refused("open sexit 2").contains("the command \"open\" is not allowed"));
}

#[test]
fn unknown_options_and_wrong_arguments_are_refused() {
    assert!(refused("--select sexit").contains("\"--select\""));
    assert!(refused("list --frobnicate").contains("\"--frobnicate\""));
    assert!(refused("show sexit --format ris").contains("\"--format\""));
    assert!(refused("--json").contains("\"--json\""));
    assert!(refused("-- list").contains("\"--\""));
    assert!(refused("search -x").contains("\"-x\""));
    assert!(refused("--plain=yes").contains("takes no value"));
    assert!(refused("export --format").contains("needs a value"));
    assert!(refused("show").contains("show takes exactly one resource id"));
    assert!(refused("show sexit bsr-trm").contains("exactly one"));
    assert!(refused("search").contains("one or more words"));
    assert!(refused("list extra").contains("list takes no argument"));
    assert!(refused("categories /etc/passwd").contains("no argument"));
    assert!(refused("sexit bsr-trm").contains("\"sexit\" is not a command"));
    assert!(refused("cat /etc/passwd").contains("\"cat\" is not a command"));
    assert!(refused("help check").contains("\"help\""));
    assert!(refused("Sexit").contains("neither"), "ids are lowercase");
}

#[test]
fn shell_syntax_is_never_run_and_refused() {
    // After shlex, `;` is part of a word: "sexit;" "rm" "-rf" "/" — and `show`
    // takes one id, `-rf` is no option: refused either way.
    assert_eq!(
        shlex::split("show sexit; rm -rf /"),
        Some(vec!["show".into(), "sexit;".into(), "rm".into(), "-rf".into(), "/".into()])
    );
    assert!(refused("show sexit; rm -rf /").contains("\"-rf\""));
    assert!(refused("sexit; rm -rf /").contains("\"-rf\""));
    assert!(refused("sexit;id").contains("\"sexit;id\" is neither"));
    // `$(id)` and backticks stay literal words, never substituted.
    assert_eq!(shlex::split("$(id)"), Some(vec!["$(id)".into()]));
    assert_eq!(shlex::split("`id`"), Some(vec!["`id`".into()]));
    assert!(refused("$(id)").contains("\"$(id)\" is neither"));
    assert!(refused("`id`").contains("\"`id`\" is neither"));
    assert!(refused("list | sh").contains("no argument"));
    assert!(refused("list && id").contains("no argument"));
    assert!(refused("list > /tmp/x").contains("no argument"));
    // Where such a word is an argument, it is only text: a search for it, or an id
    // that `show` will not find.
    assert_eq!(allow("search '$(id)' '`id`'"), ["search", "$(id)", "`id`"]);
    assert_eq!(allow("show '$(id)'"), ["show", "$(id)"]);
    assert_eq!(allow("export --query '; rm -rf /'"), ["export", "--query=; rm -rf /"]);
}

#[test]
fn control_characters_bad_quoting_and_size_are_refused() {
    assert!(refused("list\0--catalogue=/etc/shadow").contains("NUL"));
    assert!(refused("list\n--catalogue /etc/shadow").contains("line break"));
    assert!(refused("list\r").contains("line break"));
    assert!(refused("show \u{1b}[2Jsexit").contains("control character"));
    assert!(refused("show 'sexit").contains("unterminated quote"));
    assert!(refused("show \"sexit").contains("unterminated quote"));
    assert!(refused("show sexit\\").contains("backslash"));
    let many = vec!["x"; 10_000].join(" ");
    assert!(refused(&format!("search {many}")).contains("more than 4096"));
    assert!(refused(&vec!["a"; 65].join(" ")).contains("65 words"));
    assert_eq!(allow(&format!("search {}", vec!["a"; 63].join(" "))).len(), 64);
    let long = format!("search {}", "a".repeat(MAX_BYTES));
    assert!(refused(&long).contains("more than 4096"));
}

#[test]
fn a_refusal_quotes_the_word_safely_and_briefly() {
    let why = refused(&"Z".repeat(100));
    assert!(why.contains(&format!("\"{}…\" is neither", "Z".repeat(40))), "{why}");
    assert!(refused("'\u{1b}]52;c;aGk=\u{7}'").contains("control character"));
}
