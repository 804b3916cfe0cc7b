//! What the documentation shows holds: every `metodstod …` command line in README.md and
//! docs/*.md, in a code block or in inline code, parses with the program's own command
//! line definition in both languages, and every relative link leads to a file.

use std::path::{Path, PathBuf};

use clap::FromArgMatches as _;
use metodstod::cli::{self, Cli};
use metodstod::i18n::Lang;

/// README.md and every page in docs/, with their text.
fn pages() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![root.join("README.md")];
    let docs = std::fs::read_dir(root.join("docs")).expect("docs/ is readable");
    let mut more: Vec<PathBuf> = docs
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    more.sort();
    paths.extend(more);
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
            (p, text)
        })
        .collect()
}

/// The places of a page where a command may be shown: each line of a fenced or indented
/// code block, and each inline code span (which may wrap over lines). Prose is left out.
fn code_places(page: &str) -> Vec<String> {
    let mut places = Vec::new();
    let mut prose = String::new();
    let mut fenced = false;
    for line in page.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            prose.push('\n');
        } else if fenced || line.starts_with("    ") {
            places.push(line.to_owned());
            prose.push('\n');
        } else {
            prose.push_str(line);
            prose.push('\n');
        }
    }
    // Inline code within one paragraph: a blank line ends any open span.
    for paragraph in prose.split("\n\n") {
        let joined = paragraph.replace('\n', " ");
        places.extend(joined.split('`').skip(1).step_by(2).map(str::to_owned));
    }
    places
}

/// Words as a shell splits them, for the simple quoting the pages use.
fn shell_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                word.get_or_insert_with(String::new);
            }
            None if c.is_whitespace() => words.extend(word.take()),
            _ => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

/// The arguments of the `metodstod` command `place` shows, if it shows one: cut at a
/// pipe, redirection, `&&`, `;`, a comment or a column of description; with a prompt,
/// `sudo`, variables and `ForceCommand` before the program skipped; a synopsis's
/// brackets, ellipses and `[OPTIONS]` taken away, and its `N` a number.
fn command_line(place: &str) -> Option<Vec<String>> {
    let end = ["|", ">", "<", "&&", ";", " #", "  "]
        .iter()
        .filter_map(|cut| place.trim_start().find(cut))
        .min()
        .unwrap_or(place.trim_start().len());
    let shown = place.trim_start()[..end].trim_end().trim_end_matches('\\');
    let mut words = shell_words(shown).into_iter().skip_while(|w| {
        w == "$"
            || w == "sudo"
            || w == "ForceCommand"
            || w.split_once('=').is_some_and(|(name, _)| {
                !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '_')
            })
    });
    let program = words.next()?;
    // The program by name or by path; not the value of an option that names it.
    let path = program.chars().all(|c| c.is_ascii_alphanumeric() || "/._-~".contains(c));
    if !path || program.rsplit('/').next() != Some("metodstod") {
        return None;
    }
    let mut words = words.peekable();
    // What `--version` prints ("metodstod 0.1.0") is output, not a command.
    if words
        .peek()
        .is_some_and(|w| w.split('.').count() > 1 && w.split('.').all(|n| n.parse::<u32>().is_ok()))
    {
        return None;
    }
    let args = words
        .map(|w| w.replace(['[', ']'], "").trim_end_matches("...").trim_end_matches('…').to_owned())
        .filter(|w| !w.is_empty() && w != "OPTIONS")
        .map(|w| if w == "N" { "1".to_owned() } else { w })
        .collect();
    Some(args)
}

/// Why `args` does not parse in `lang`, if it does not; `--help` and `--version` parse,
/// and so does a command's bare name, as prose names it (`metodstod search` ranks …).
fn refusal(args: &[String], lang: Lang) -> Option<String> {
    let command = cli::command(lang);
    if let [name] = args
        && command.find_subcommand(name).is_some()
    {
        return None;
    }
    let argv = std::iter::once("metodstod").chain(args.iter().map(String::as_str));
    let why = match command.try_get_matches_from(argv) {
        Ok(matches) => Cli::from_arg_matches(&matches).err()?,
        Err(e) if !e.use_stderr() => return None,
        Err(e) => e,
    };
    Some(why.to_string().lines().next().unwrap_or_default().to_owned())
}

#[test]
fn a_command_line_is_read_as_a_reader_would_type_it() {
    let shown = |place: &str| command_line(place).map(|args| args.join(" "));
    assert_eq!(shown("metodstod"), Some(String::new()));
    assert_eq!(shown("$ metodstod open sexit 2 | less"), Some("open sexit 2".into()));
    assert_eq!(shown("metodstod list \\| head -c0"), Some("list".into()));
    assert_eq!(
        shown("metodstod --generate man > ~/.local/share/man/man1/metodstod.1      # man"),
        Some("--generate man".into())
    );
    assert_eq!(
        shown("metodstod export [--format md|csv|ris] [ID... | --query WORDS]"),
        Some("export --format md".into())
    );
    assert_eq!(shown("metodstod [OPTIONS]        the interactive browser"), Some(String::new()));
    assert_eq!(shown("metodstod open ID [N]"), Some("open ID 1".into()));
    assert_eq!(
        shown("METODSTOD_LANG=en metodstod search 'sex trafficking'"),
        Some("search sex trafficking".into())
    );
    assert_eq!(
        shown("ForceCommand /usr/local/bin/metodstod --ssh-command"),
        Some("--ssh-command".into())
    );
    assert_eq!(shown("ssh metodstod@server search hotell"), None);
    assert_eq!(shown("metodstod: error: no entry"), None);
    assert_eq!(shown("restrict,command=\"/usr/bin/metodstod\" ssh-ed25519 AAAA"), None);
    assert_eq!(shown("cargo install --path ."), None);
    assert_eq!(shown("metodstod 0.1.0"), None);
    assert!(refusal(&["frobnicate".into()], Lang::En).is_some());
    assert!(refusal(&["open".into(), "ID".into(), "N".into()], Lang::En).is_some());
    assert!(refusal(&["--help".into()], Lang::Sv).is_none());
    assert!(refusal(&["search".into()], Lang::Sv).is_none());
    assert!(refusal(&["search".into(), "--json".into()], Lang::Sv).is_some());
}

#[test]
fn every_command_line_shown_parses() {
    let mut shown = 0;
    let mut wrong = Vec::new();
    for (path, page) in pages() {
        for place in code_places(&page) {
            let Some(args) = command_line(&place) else { continue };
            shown += 1;
            for lang in [Lang::Sv, Lang::En] {
                if let Some(why) = refusal(&args, lang) {
                    wrong.push(format!("{}: `{}` ({lang:?}): {why}", path.display(), place.trim()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "command lines that do not parse:\n{}", wrong.join("\n"));
    // The README's synopsis alone shows every command.
    assert!(shown >= 10, "only {shown} command lines found");
}

/// The relative links of `page`: the targets of `[text](target)` and `![alt](target)`
/// that name no scheme and are no anchor on the same page, without their `#anchor`.
fn relative_links(page: &str) -> Vec<String> {
    page.split("](")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .map(|target| target.split_whitespace().next().unwrap_or_default())
        .filter(|t| !t.is_empty() && !t.starts_with('#') && !t.contains(':'))
        .map(|t| t.split('#').next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn every_relative_link_leads_to_a_file() {
    assert_eq!(
        relative_links(
            "[a](docs/ssh.md#setup) [b](https://x.org) ![c](../README.md \"t\") [d](#top)"
        ),
        ["docs/ssh.md", "../README.md"]
    );
    let mut links = 0;
    let mut broken = Vec::new();
    for (path, page) in pages() {
        let dir = path.parent().expect("a page lies in a directory");
        for target in relative_links(&page) {
            links += 1;
            if !dir.join(&target).exists() {
                broken.push(format!("{}: {target}", path.display()));
            }
        }
    }
    assert!(broken.is_empty(), "links to nothing:\n{}", broken.join("\n"));
    assert!(links > 0, "no relative link found");
}
