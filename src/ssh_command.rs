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

use crate::i18n::Lang;

/// At most this many words, and this many bytes of command text.
pub const MAX_WORDS: usize = 64;
pub const MAX_BYTES: usize = 4096;

/// What the user may type, as the refusal says it.
pub const ALLOWED: &str = "allowed: nothing (the browser), a resource id, list, show ID, search WORDS..., categories, about, export [--format F] [ID...|--query Q|--category C], --help, --version; with --lang sv|en, --json";
const ALLOWED_SV: &str = "tillåtet: ingenting (bläddringsläget), ett material-id, list, show ID, search ORD..., categories, about, export [--format F] [ID...|--query Q|--category C], --help, --version; med --lang sv|en, --json";

/// The decision on a requested command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Run: these words go to the command-line parser after the program's name (the
    /// administrator's own options from the `ForceCommand` line are kept apart).
    Allow(Vec<String>),
    /// Refused before anything runs: one line naming what was refused and what is
    /// allowed.
    Refuse(Refusal),
}

/// Why a command was refused, in English and in Swedish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    english: String,
    swedish: String,
}

impl Refusal {
    /// The one line the user reads, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("refused over SSH: {}; {ALLOWED}", self.english),
            Lang::Sv => format!("vägras över SSH: {}; {ALLOWED_SV}", self.swedish),
        }
    }
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
        Err(why) => Decision::Refuse(why),
    }
}

fn refuse(english: String, swedish: String) -> Decision {
    Decision::Refuse(Refusal { english, swedish })
}

/// `SSH_ORIGINAL_COMMAND` that is not UTF-8.
pub fn not_utf8() -> Refusal {
    refusal("the command is not UTF-8 text", "kommandot är inte UTF-8-text")
}

/// A `--catalogue` among the user's words: only the administrator names the file.
pub fn catalogue_refused() -> Refusal {
    refusal("--catalogue", "--catalogue")
}

fn refusal(english: &str, swedish: &str) -> Refusal {
    Refusal { english: english.to_string(), swedish: swedish.to_string() }
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
fn words(text: &str) -> Result<Vec<String>, Refusal> {
    if text.len() > MAX_BYTES {
        let n = text.len();
        return Err(Refusal {
            english: format!("the command is {n} bytes long, more than {MAX_BYTES}"),
            swedish: format!("kommandot är {n} byte långt, mer än {MAX_BYTES}"),
        });
    }
    if text.contains('\0') {
        return Err(refusal(
            "the command holds a NUL character",
            "kommandot innehåller ett NUL-tecken",
        ));
    }
    if text.contains(['\n', '\r']) {
        return Err(refusal(
            "the command holds a line break",
            "kommandot innehåller en radbrytning",
        ));
    }
    if text.chars().any(|c| c.is_control() && c != '\t') {
        return Err(refusal(
            "the command holds a control character",
            "kommandot innehåller ett styrtecken",
        ));
    }
    let words = shlex::split(text).ok_or_else(|| {
        refusal(
            "the command has an unterminated quote or ends in a backslash",
            "kommandot har ett citattecken som aldrig avslutas, eller ett omvänt snedstreck sist",
        )
    })?;
    if words.len() > MAX_WORDS {
        let n = words.len();
        return Err(Refusal {
            english: format!("the command has {n} words, more than {MAX_WORDS}"),
            swedish: format!("kommandot har {n} ord, mer än {MAX_WORDS}"),
        });
    }
    Ok(words)
}

/// Whether `word` has the shape of an entry id (as validation has it: lowercase
/// letters, digits, '-' and '_'), so that a deep link to a missing one can say "no
/// entry" with the nearest ids, and anything else is refused here.
fn id_shaped(word: &str) -> bool {
    !word.is_empty()
        && !word.starts_with('-')
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// An option not allowed here (`command`: the command it came after).
fn option_refused(name: &str, command: Option<&str>) -> Decision {
    let (place, place_sv) = command
        .map_or((String::new(), String::new()), |c| (format!(" with {c}"), format!(" med {c}")));
    let name = quoted(name);
    refuse(
        format!("the option {name} is not allowed{place}"),
        format!("flaggan {name} är inte tillåten{place_sv}"),
    )
}

/// An option given a value it takes none of, or left without the one it needs.
fn option_misused(name: &str, needs_value: bool) -> Decision {
    let name = quoted(name);
    if needs_value {
        refuse(
            format!("the option {name} needs a value"),
            format!("flaggan {name} behöver ett värde"),
        )
    } else {
        refuse(
            format!("the option {name} takes no value"),
            format!("flaggan {name} tar inget värde"),
        )
    }
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
                return option_refused(name, command);
            };
            match (opt.value, inline) {
                (false, None) => options.push(opt.long.to_string()),
                (false, Some(_)) => return option_misused(opt.long, false),
                (true, Some(value)) => options.push(format!("{}={value}", opt.long)),
                (true, None) => {
                    let Some(value) = rest.next() else { return option_misused(opt.long, true) };
                    // `--name=value`, so that a value starting with '-' stays a value.
                    options.push(format!("{}={value}", opt.long));
                }
            }
        } else if command.is_none() && positionals.is_empty() && COMMANDS.contains(&word.as_str()) {
            command = Some(word);
            before = std::mem::take(&mut options);
        } else if command.is_none()
            && positionals.is_empty()
            && REFUSED_COMMANDS.contains(&word.as_str())
        {
            let word = quoted(word);
            return refuse(
                format!("the command {word} is not allowed"),
                format!("kommandot {word} är inte tillåtet"),
            );
        } else {
            positionals.push(word);
        }
    }
    let count = positionals.len();
    let wrong = |what: &str, what_sv: &str| {
        let c = command.unwrap_or("metodstod");
        refuse(format!("{c} takes {what}"), format!("{c} tar {what_sv}"))
    };
    let mut argv: Vec<String> = before;
    match command {
        None => match positionals.as_slice() {
            [] => {}
            [id] if id_shaped(id) => argv.extend(["--select".to_string(), (*id).to_string()]),
            [word] => {
                let word = quoted(word);
                return refuse(
                    format!("{word} is neither a command nor a resource id"),
                    format!("{word} är varken ett kommando eller ett material-id"),
                );
            }
            [word, ..] => {
                let word = quoted(word);
                return refuse(
                    format!("{word} is not a command"),
                    format!("{word} är inget kommando"),
                );
            }
        },
        Some(c @ ("list" | "categories" | "about")) if count > 0 => {
            let word = quoted(positionals[0]);
            return refuse(
                format!("{c} takes no arguments, but was given {word}"),
                format!("{c} tar inga argument, men fick {word}"),
            );
        }
        Some("show") if count != 1 => {
            return wrong("exactly one resource id", "exakt ett material-id");
        }
        Some("search") if count == 0 => return wrong("one or more words", "ett eller flera ord"),
        Some(c) => argv.push(c.to_string()),
    }
    argv.extend(options);
    if command.is_some() {
        argv.extend(positionals.iter().map(|p| (*p).to_string()));
    }
    Decision::Allow(argv)
}

#[cfg(test)]
mod tests;
