//! The command line (DESIGN §2): options, commands, and how the environment and the
//! locale decide the language, the symbols and the colours.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

const EXAMPLES: &str = "\
Examples:
  metodstod                          open the interactive view
  metodstod search människohandel    find resources from the command line
  metodstod show sexit --lang en     one entry in full, in English
  metodstod open sexit 2             open the second link of an entry
  metodstod list --json | jq .       the catalogue as JSON
  metodstod export sexit bsr-trm > list.md          a reading list in Markdown
  metodstod export --format ris --query hotell > hotell.ris   for Zotero or EndNote
  metodstod check my-catalogue.json  validate your own catalogue";

#[derive(Debug, Parser)]
#[command(
    name = "metodstod",
    version,
    about = "Browse the Swedish catalogue of method support (metodstöd) against prostitution and human trafficking",
    after_help = EXAMPLES
)]
pub struct Cli {
    /// Use this catalogue file instead of the embedded one [env: METODSTOD_CATALOGUE]
    #[arg(long, global = true, value_name = "PATH")]
    pub catalogue: Option<PathBuf>,

    /// Interface and description language: sv or en [env: METODSTOD_LANG; else the locale]
    #[arg(long, global = true, value_name = "sv|en", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    /// ASCII borders and symbols only (automatic for TERM=linux or dumb, or a non-UTF-8 locale)
    #[arg(long, global = true)]
    pub ascii: bool,

    /// No colours (also when NO_COLOR is set)
    #[arg(long = "no-color", global = true)]
    pub no_color: bool,

    /// Capture the mouse: click selects, the wheel scrolls (off: the terminal keeps text selection)
    #[arg(long)]
    pub mouse: bool,

    /// Start the interactive view with this entry selected, e.g. --select sexit
    #[arg(long, value_name = "ID")]
    pub select: Option<String>,

    /// A line-by-line mode for screen readers and dumb terminals (automatic for TERM=dumb)
    #[arg(long)]
    pub plain: bool,

    /// For an sshd ForceCommand: run what the SSH client asked for (SSH_ORIGINAL_COMMAND)
    /// when it is an entry id or a read-only command; refuse anything else (docs/ssh.md)
    #[arg(long = "ssh-command")]
    pub ssh_command: bool,

    /// Print a generated file and exit: the man page, a shell's completions, the
    /// catalogue's JSON Schema, or the entry ids of the catalogue in use (for the
    /// completions). Hidden: for packagers, as ripgrep's --generate.
    #[arg(long, hide = true, value_enum, value_name = "WHAT")]
    pub generate: Option<Generate>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What `--generate` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Generate {
    /// The man page, metodstod(1), in roff.
    Man,
    CompleteBash,
    CompleteZsh,
    CompleteFish,
    CompletePowershell,
    /// The catalogue's JSON Schema (draft 2020-12).
    Schema,
    /// The entry ids of the catalogue in use, one a line (the completions call this).
    Ids,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the entries, one a line: metodstod list --category embassies
    List {
        /// Only entries in this category (see `metodstod categories`)
        #[arg(long, value_name = "ID")]
        category: Option<String>,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Show one entry in full: metodstod show sexit
    Show {
        /// The entry's id, as `list` prints it
        id: String,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Search with the interactive view's ranking: metodstod search ostersjo handbok
    Search {
        /// Search terms; all must match
        #[arg(required = true, num_args = 1.., value_name = "QUERY")]
        query: Vec<String>,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// List the categories with their entry counts: metodstod categories
    Categories {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// About the catalogue: its source, dates, size and file: metodstod about
    About {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Open a link of an entry (over SSH: print and copy it): metodstod open sexit 2
    Open {
        /// The entry's id
        id: String,
        /// Which link, 1-based
        #[arg(default_value_t = 1, value_name = "N")]
        n: usize,
    },
    /// Write a reading list to standard output: metodstod export --format csv > list.csv
    Export {
        /// md (Markdown), csv (spreadsheets), ris (Zotero, EndNote), bibtex, json, html (one page)
        #[arg(long, short, default_value = "md", value_name = "FORMAT",
              value_parser = clap::builder::PossibleValuesParser::new(EXPORT_FORMATS))]
        format: String,
        /// These entries, in this order (default: every entry)
        #[arg(value_name = "ID", conflicts_with_all = ["query", "category"])]
        ids: Vec<String>,
        /// The entries a search finds, best first, as `search` ranks them
        #[arg(long, value_name = "WORDS", conflicts_with = "category")]
        query: Option<String>,
        /// The entries of one category (see `metodstod categories`)
        #[arg(long, value_name = "ID")]
        category: Option<String>,
    },
    /// Validate a catalogue file (default: the one in use): metodstod check my.json
    Check {
        /// The file to check
        path: Option<PathBuf>,
    },
}

/// The names `export --format` takes; `export::ExportFormat` parses them (this base
/// module does not reach up to the model).
pub const EXPORT_FORMATS: [&str; 6] = ["md", "csv", "ris", "bibtex", "json", "html"];

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("{s:?} is not a language here; use sv or en"))
}

/// What the options and the environment decide together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub lang: Lang,
    pub ascii: bool,
    pub color: bool,
    pub mouse: bool,
    pub plain: bool,
}

/// Resolves the settings; `env` looks up a variable (empty counts as unset), so this
/// stays pure and testable.
pub fn settings(cli: &Cli, env: &dyn Fn(&str) -> Option<String>) -> Result<Settings, String> {
    let var = |name: &str| env(name).filter(|v| !v.is_empty());
    let lang = match (cli.lang, var("METODSTOD_LANG")) {
        (Some(lang), _) => lang,
        (None, Some(v)) => Lang::parse(&v)
            .ok_or_else(|| format!("METODSTOD_LANG={v:?} is not a language here; use sv or en"))?,
        (None, None) => ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|n| var(n))
            .map_or(Lang::Sv, |l| Lang::from_locale(&l)),
    };
    let term = var("TERM").unwrap_or_default();
    let ctype = ["LC_ALL", "LC_CTYPE", "LANG"].iter().find_map(|n| var(n)).unwrap_or_default();
    let utf8 = {
        let l = ctype.to_ascii_lowercase();
        l.contains("utf-8") || l.contains("utf8")
    };
    Ok(Settings {
        lang,
        ascii: cli.ascii || term == "linux" || term == "dumb" || !utf8,
        color: !cli.no_color && var("NO_COLOR").is_none(),
        mouse: cli.mouse,
        plain: cli.plain || term == "dumb",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(args: &[&str], vars: &[(&str, &str)]) -> Result<Settings, String> {
        let mut argv = vec!["metodstod"];
        argv.extend_from_slice(args);
        let cli = Cli::try_parse_from(argv).map_err(|e| e.to_string())?;
        let env = |name: &str| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_string());
        settings(&cli, &env)
    }

    #[test]
    fn language_from_option_then_env_then_locale() {
        let utf = ("LANG", "sv_SE.UTF-8");
        assert_eq!(
            resolve(&["--lang", "en"], &[("METODSTOD_LANG", "sv")]).map(|s| s.lang),
            Ok(Lang::En)
        );
        assert_eq!(resolve(&[], &[("METODSTOD_LANG", "en"), utf]).map(|s| s.lang), Ok(Lang::En));
        assert_eq!(resolve(&[], &[("LC_ALL", "en_GB.UTF-8"), utf]).map(|s| s.lang), Ok(Lang::En));
        assert_eq!(
            resolve(&[], &[("LC_MESSAGES", "en_US.UTF-8"), utf]).map(|s| s.lang),
            Ok(Lang::En)
        );
        assert_eq!(resolve(&[], &[utf]).map(|s| s.lang), Ok(Lang::Sv));
        assert_eq!(resolve(&[], &[]).map(|s| s.lang), Ok(Lang::Sv));
        assert!(
            resolve(&[], &[("METODSTOD_LANG", "fr")]).is_err_and(|e| e.contains("METODSTOD_LANG"))
        );
        assert!(resolve(&["--lang", "fr"], &[]).is_err());
    }

    #[test]
    fn ascii_for_linux_console_dumb_terminal_and_non_utf8_locale() {
        let utf = ("LANG", "en_US.UTF-8");
        assert_eq!(resolve(&[], &[utf, ("TERM", "xterm-256color")]).map(|s| s.ascii), Ok(false));
        assert_eq!(resolve(&[], &[utf, ("TERM", "linux")]).map(|s| s.ascii), Ok(true));
        assert_eq!(
            resolve(&[], &[utf, ("TERM", "dumb")]).map(|s| (s.ascii, s.plain)),
            Ok((true, true))
        );
        assert_eq!(resolve(&[], &[("LANG", "C")]).map(|s| s.ascii), Ok(true));
        assert_eq!(resolve(&["--ascii"], &[utf]).map(|s| s.ascii), Ok(true));
    }

    #[test]
    fn colour_off_with_option_or_no_color() {
        assert_eq!(resolve(&[], &[]).map(|s| s.color), Ok(true));
        assert_eq!(resolve(&["--no-color"], &[]).map(|s| s.color), Ok(false));
        assert_eq!(resolve(&[], &[("NO_COLOR", "1")]).map(|s| s.color), Ok(false));
        assert_eq!(resolve(&[], &[("NO_COLOR", "")]).map(|s| s.color), Ok(true));
    }

    #[test]
    fn commands_parse() {
        assert!(resolve(&["search"], &[]).is_err(), "search needs a query");
        assert!(resolve(&["open", "sexit", "x"], &[]).is_err());
        assert!(resolve(&["list", "--category", "embassies", "--json"], &[]).is_ok());
        assert!(resolve(&["export", "--format", "ris", "sexit", "bsr-trm"], &[]).is_ok());
        assert!(resolve(&["export", "--format", "pdf"], &[]).is_err());
        assert!(resolve(&["export", "sexit", "--query", "hotell"], &[]).is_err());
        assert!(resolve(&["export", "--query", "hotell", "--category", "embassies"], &[]).is_err());
    }
}
