//! Wiring: the command line, the catalogue, then a command, the line mode or the browser.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use metodstod::catalogue::{self, Catalogue, LoadError};
use metodstod::cli::{Cli, Command, Settings, settings};
use metodstod::commands::{self, Style};
use metodstod::search::Index;

/// Exit codes of DESIGN §2.
const RUNTIME_ERROR: u8 = 1;
const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let env = |name: &str| std::env::var(name).ok();
    let settings = match settings(&cli, &env) {
        Ok(s) => s,
        Err(message) => return fail(USAGE_ERROR, &message),
    };
    if let Some(Command::Check { path }) = &cli.command {
        return check(path.as_deref().or(catalogue_path(&cli).as_deref()));
    }
    let catalogue = match load(catalogue_path(&cli).as_deref()) {
        Ok(c) => c,
        Err(e) => return fail(RUNTIME_ERROR, &e.to_string()),
    };
    match run(&cli, settings, &catalogue) {
        Ok(code) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(RUNTIME_ERROR, &e.to_string()),
    }
}

fn catalogue_path(cli: &Cli) -> Option<std::path::PathBuf> {
    cli.catalogue.clone().or_else(|| {
        std::env::var_os("METODSTOD_CATALOGUE").filter(|v| !v.is_empty()).map(Into::into)
    })
}

fn load(path: Option<&std::path::Path>) -> Result<Catalogue, LoadError> {
    match path {
        Some(p) => catalogue::load_path(p),
        None => catalogue::embedded(),
    }
}

fn fail(code: u8, message: &str) -> ExitCode {
    eprintln!("metodstod: error: {message}");
    ExitCode::from(code)
}

fn check(path: Option<&std::path::Path>) -> ExitCode {
    match load(path) {
        Ok(c) => {
            println!("ok: {} entries in {} categories", c.entries.len(), c.categories.len());
            ExitCode::SUCCESS
        }
        Err(e) => fail(RUNTIME_ERROR, &e.to_string()),
    }
}

fn style(settings: Settings) -> Style {
    let tty = std::io::stdout().is_terminal();
    let width = if tty {
        ratatui::crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w))
    } else {
        80
    };
    Style {
        lang: settings.lang,
        width: width.min(100),
        bold: tty && settings.color,
        pretty_json: tty,
    }
}

fn run(cli: &Cli, settings: Settings, catalogue: &Catalogue) -> std::io::Result<ExitCode> {
    let style = style(settings);
    let out = match &cli.command {
        Some(Command::List { category, json }) => {
            if let Some(c) = category.as_deref().filter(|c| catalogue.category(c).is_none()) {
                let ids = catalogue.categories.iter().map(|c| c.id.as_str());
                return Ok(unknown("category", c, ids));
            }
            commands::list(catalogue, category.as_deref(), *json, &style)
        }
        Some(Command::Show { id, json }) => match catalogue.entry(id) {
            Some(entry) => commands::show(catalogue, entry, *json, &style),
            None => {
                return Ok(unknown("entry", id, catalogue.entries.iter().map(|e| e.id.as_str())));
            }
        },
        Some(Command::Search { query, json }) => {
            let index = Index::new(catalogue);
            commands::search(catalogue, &index, &query.join(" "), *json, &style)
        }
        Some(Command::Categories { json }) => commands::categories(catalogue, *json, &style),
        Some(Command::Open { .. } | Command::Check { .. }) | None => {
            commands::list(catalogue, None, false, &style)
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// An id that does not exist: exit 1, with the nearest ids as a suggestion.
fn unknown<'a>(what: &str, id: &str, ids: impl Iterator<Item = &'a str> + Clone) -> ExitCode {
    let near = commands::nearest_ids(id, ids.clone());
    let hint = if near.is_empty() {
        let all: Vec<&str> = ids.collect();
        format!("\n  hint: the ids are: {}", all.join(", "))
    } else {
        format!("\n  hint: did you mean {}?", near.join(" or "))
    };
    fail(RUNTIME_ERROR, &format!("no {what} with the id {:?}{hint}", metodstod::text::sanitize(id)))
}
