//! The command a user asks for over the team account (`docs/ssh.md`): sshd hands it to
//! the forced command in `SSH_ORIGINAL_COMMAND`, and with `--ssh-command` this decides,
//! before anything runs, whether it is one of the read-only forms and which words the
//! command-line parser gets. Pure: no environment, no I/O.
//!
//! The text is split into words by the shell's quoting rules (`shlex`), but no shell ever
//! runs it, so `;`, `|`, `$(id)` and backticks are plain characters inside words. Every
//! word is then checked against an allow-list: a command of [`COMMANDS`], the options
//! that command takes (none names a file or changes where the data comes from), and the
//! number of arguments it takes. Anything else is refused with one line.

/// At most this many words, and this many bytes of command text.
pub const MAX_WORDS: usize = 64;
pub const MAX_BYTES: usize = 4096;

/// What the user may type, as the refusal says it.
pub const ALLOWED: &str = "allowed: nothing (the browser), an entry id, list, show ID, search WORDS..., categories, about, export [--format F] [ID...|--query Q|--category C], --help, --version; with --lang sv|en, --json";

/// The decision on a requested command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Run: these words go to the command-line parser after the program's name (the
    /// administrator's own options from the `ForceCommand` line are kept apart).
    Allow(Vec<String>),
    /// Refused before anything runs: one line naming what was refused and what is
    /// allowed.
    Refuse(String),
}

/// The commands that may be run over SSH. `open` (would start programs) and `check`
/// (reads a file named by the user) are not among them.
pub const COMMANDS: [&str; 6] = ["list", "show", "search", "categories", "about", "export"];

/// Commands of the program that are refused over SSH, so the refusal can say so.
const REFUSED_COMMANDS: [&str; 2] = ["open", "check"];

/// An option the user may give: its long name, a short alias, whether it takes a value.
struct Opt {
    long: &'static str,
    short: Option<&'static str>,
    value: bool,
}

const fn flag(long: &'static str) -> Opt {
    Opt { long, short: None, value: false }
}
const fn valued(long: &'static str) -> Opt {
    Opt { long, short: None, value: true }
}

/// Options taken everywhere: how the output looks, never where the data comes from.
const GLOBAL: &[Opt] = &[
    valued("--lang"),
    flag("--ascii"),
    flag("--no-color"),
    Opt { long: "--help", short: Some("-h"), value: false },
];
/// Options of the browser (no command): how it looks and behaves on the user's screen.
const BROWSER: &[Opt] =
    &[flag("--plain"), flag("--mouse"), Opt { long: "--version", short: Some("-V"), value: false }];
const JSON: &[Opt] = &[flag("--json")];
const LIST: &[Opt] = &[flag("--json"), valued("--category")];
const EXPORT: &[Opt] = &[
    Opt { long: "--format", short: Some("-f"), value: true },
    valued("--query"),
    valued("--category"),
];

fn options_of(command: Option<&str>) -> &'static [Opt] {
    match command {
        None => BROWSER,
        Some("list") => LIST,
        Some("export") => EXPORT,
        Some(_) => JSON,
    }
}

/// Decides on `SSH_ORIGINAL_COMMAND` (`None` when the client asked for no command).
pub fn decide(original: Option<&str>) -> Decision {
    match words(original.unwrap_or("")) {
        Ok(words) => check(&words),
        Err(why) => refuse(&why),
    }
}

fn refuse(why: &str) -> Decision {
    Decision::Refuse(format!("refused over SSH: {why}; {ALLOWED}"))
}

/// A word as the refusal quotes it: control characters replaced, at most 40 characters.
fn quoted(word: &str) -> String {
    let mut shown: String =
        word.chars().take(40).map(|c| if c.is_control() { '\u{fffd}' } else { c }).collect();
    if word.chars().count() > 40 {
        shown.push('…');
    }
    format!("\"{shown}\"")
}

/// Splits the text into words after the checks that need the whole text.
fn words(text: &str) -> Result<Vec<String>, String> {
    if text.len() > MAX_BYTES {
        return Err(format!("the command is {} bytes long, more than {MAX_BYTES}", text.len()));
    }
    if text.contains('\0') {
        return Err("the command holds a NUL character".into());
    }
    if text.contains(['\n', '\r']) {
        return Err("the command holds a line break".into());
    }
    if text.chars().any(|c| c.is_control() && c != '\t') {
        return Err("the command holds a control character".into());
    }
    let words = shlex::split(text).ok_or_else(|| {
        "the command has an unterminated quote or ends in a backslash".to_string()
    })?;
    if words.len() > MAX_WORDS {
        return Err(format!("the command has {} words, more than {MAX_WORDS}", words.len()));
    }
    Ok(words)
}

/// Whether `word` has the shape of an entry id (DESIGN §5: lowercase letters, digits,
/// '-' and '_'), so that a deep link to a missing one can say "no entry" with the
/// nearest ids, and anything else is refused here.
fn id_shaped(word: &str) -> bool {
    !word.is_empty()
        && !word.starts_with('-')
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

fn check(words: &[String]) -> Decision {
    if words.len() == 1 && words[0] == "help" {
        return Decision::Allow(vec!["--help".into()]);
    }
    let mut command: Option<&str> = None;
    // Options before the command belong to the program, after it to the command.
    let mut before: Vec<String> = Vec::new();
    let mut options: Vec<String> = Vec::new();
    let mut positionals: Vec<&str> = Vec::new();
    let mut rest = words.iter();
    while let Some(word) = rest.next() {
        if word.starts_with('-') && word != "-" {
            let (name, inline) = match word.split_once('=') {
                Some((name, value)) if name.starts_with("--") => (name, Some(value)),
                _ => (word.as_str(), None),
            };
            let known = GLOBAL
                .iter()
                .chain(options_of(command))
                .find(|o| o.long == name || o.short == Some(name));
            let Some(opt) = known else {
                let place = command.map_or(String::new(), |c| format!(" of {c}"));
                return refuse(&format!("the option {} is not allowed{place}", quoted(name)));
            };
            match (opt.value, inline) {
                (false, None) => options.push(opt.long.to_string()),
                (false, Some(_)) => {
                    return refuse(&format!("the option {} takes no value", quoted(opt.long)));
                }
                (true, Some(value)) => options.push(format!("{}={value}", opt.long)),
                (true, None) => match rest.next() {
                    // `--name=value`, so that a value starting with '-' stays a value.
                    Some(value) => options.push(format!("{}={value}", opt.long)),
                    None => {
                        return refuse(&format!("the option {} needs a value", quoted(opt.long)));
                    }
                },
            }
        } else if command.is_none() && positionals.is_empty() && COMMANDS.contains(&word.as_str()) {
            command = Some(word);
            before = std::mem::take(&mut options);
        } else if command.is_none()
            && positionals.is_empty()
            && REFUSED_COMMANDS.contains(&word.as_str())
        {
            return refuse(&format!("the command {} is not allowed", quoted(word)));
        } else {
            positionals.push(word);
        }
    }
    let count = positionals.len();
    let wrong = |what: &str| refuse(&format!("{} takes {what}", command.unwrap_or("the browser")));
    let mut argv: Vec<String> = before;
    match command {
        None => match positionals.as_slice() {
            [] => {}
            [id] if id_shaped(id) => argv.extend(["--select".to_string(), (*id).to_string()]),
            [word] => {
                return refuse(&format!("{} is neither a command nor an entry id", quoted(word)));
            }
            [word, ..] => return refuse(&format!("{} is not a command", quoted(word))),
        },
        Some(c @ ("list" | "categories" | "about")) if count > 0 => {
            return refuse(&format!("{c} takes no argument, not {}", quoted(positionals[0])));
        }
        Some("show") if count != 1 => return wrong("exactly one entry id"),
        Some("search") if count == 0 => return wrong("one or more words"),
        Some(c) => argv.push(c.to_string()),
    }
    argv.extend(options);
    if command.is_some() {
        argv.extend(positionals.iter().map(|p| (*p).to_string()));
    }
    Decision::Allow(argv)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allow(text: &str) -> Vec<String> {
        match decide(Some(text)) {
            Decision::Allow(words) => words,
            Decision::Refuse(why) => panic!("{text:?} refused: {why}"),
        }
    }

    fn refused(text: &str) -> String {
        match decide(Some(text)) {
            Decision::Allow(words) => panic!("{text:?} allowed as {words:?}"),
            Decision::Refuse(why) => {
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
                .contains("\"--catalogue\" is not allowed of list")
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
        assert!(refused("show").contains("show takes exactly one entry id"));
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
}
