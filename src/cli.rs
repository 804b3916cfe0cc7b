//! The command line: options, commands, and how the environment and the locale decide
//! the language, the symbols and the colours.

mod localized;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::{Lang, cli_texts, fill};

pub use localized::{command, early_lang, localize_rendered, usage_error};

/// The options and commands. Their help texts are in `i18n` (`CliTexts`), in both
/// languages, and `command(lang)` puts them in: the derive gives only the shape.
#[derive(Debug, Parser)]
#[command(name = "metodstod", version)]
pub struct Cli {
    #[arg(long, global = true, value_name = "PATH")]
    pub catalogue: Option<PathBuf>,

    #[arg(long, global = true, value_name = "sv|en", value_parser = parse_lang)]
    pub lang: Option<Lang>,

    #[arg(long, global = true)]
    pub ascii: bool,

    #[arg(long = "no-color", global = true)]
    pub no_color: bool,

    #[arg(long)]
    pub mouse: bool,

    #[arg(long, value_name = "ID")]
    pub select: Option<String>,

    #[arg(long)]
    pub plain: bool,

    #[arg(long = "screen-reader")]
    pub screen_reader: bool,

    #[arg(long = "ssh-command")]
    pub ssh_command: bool,

    // Prints a generated file and exits: the man page, a shell's completions, the
    // catalogue's JSON Schema, or the entry ids of the catalogue in use (for the
    // completions). Hidden: for packagers, as ripgrep's --generate.
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
    /// The entry ids of the catalogue in use, one per line (the completions call this).
    Ids,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    List {
        #[arg(long, value_name = "ID")]
        category: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    Search {
        #[arg(required = true, num_args = 1.., value_name = "QUERY")]
        query: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    Categories {
        #[arg(long)]
        json: bool,
    },
    About {
        #[arg(long)]
        json: bool,
    },
    Open {
        id: String,
        #[arg(default_value_t = 1, value_name = "N")]
        n: usize,
    },
    Export {
        #[arg(long, short, value_enum, ignore_case = true, value_name = "FORMAT",
              default_value_t = ExportFormat::Markdown)]
        format: ExportFormat,
        #[arg(value_name = "ID", conflicts_with_all = ["query", "category"])]
        ids: Vec<String>,
        #[arg(long, value_name = "WORDS", conflicts_with = "category")]
        query: Option<String>,
        #[arg(long, value_name = "ID")]
        category: Option<String>,
    },
    Check {
        path: Option<PathBuf>,
    },
}

/// The formats of `export --format`, by the names the option takes, each also the usual
/// file extension. Here, below the model, so that the command line and `export` read
/// one list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ExportFormat {
    #[default]
    #[value(name = "md", alias = "markdown")]
    Markdown,
    Csv,
    Ris,
    #[value(alias = "bib")]
    Bibtex,
    Json,
    #[value(alias = "htm")]
    Html,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    // clap's error is said again in our words (`usage_error`); this one is its fallback.
    Lang::parse(s).ok_or_else(|| no_such_language(&format!("'{s}'"), Lang::En))
}

fn no_such_language(value: &str, lang: Lang) -> String {
    fill(cli_texts(lang).no_such_language, &[("value", value)])
}

/// What the options and the environment decide together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub lang: Lang,
    pub ascii: bool,
    pub color: bool,
    pub mouse: bool,
    pub plain: bool,
    /// The browser in the screen-reader mode.
    pub screen_reader: bool,
}

/// Resolves the settings; `env` looks up a variable (empty counts as unset), so this
/// stays pure and testable.
pub fn settings(cli: &Cli, env: &dyn Fn(&str) -> Option<String>) -> Result<Settings, String> {
    let var = |name: &str| env(name).filter(|v| !v.is_empty());
    let lang = match (cli.lang, localized::environment_lang(env)) {
        (Some(lang), _) | (None, Ok(lang)) => lang,
        (None, Err(None)) => localized::locale_lang(env),
        (None, Err(Some(v))) => {
            let value = format!("METODSTOD_LANG={v:?}");
            return Err(no_such_language(&value, localized::locale_lang(env)));
        }
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
        screen_reader: cli.screen_reader
            || var("METODSTOD_SCREEN_READER").is_some_and(|v| v != "0"),
    })
}

#[cfg(test)]
mod tests;
