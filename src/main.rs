//! Wiring: the command line, the catalogue, then a command, the line mode or the browser.

mod args;
mod generate;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use metodstod::app::{self, Exit, Runtime};
use metodstod::catalogue::{self, Catalogue, LoadError};
use metodstod::cli::{Cli, Command, Generate, Settings, settings};
use metodstod::commands::{self, Format};
use metodstod::export::{self, ExportFormat};
use metodstod::links::{self, Opener};
use metodstod::plain;
use metodstod::search::Index;
use metodstod::state::State;
use metodstod::theme::Look;

/// Exit codes of DESIGN §2.
const RUNTIME_ERROR: u8 = 1;
const USAGE_ERROR: u8 = 2;
/// From this size a catalogue file is read while the browser shows what has arrived.
const READ_WHILE_SHOWN: u64 = 4 * 1024 * 1024;

fn main() -> ExitCode {
    // Before anything is written: bold in a command's output, the browser's frames.
    metodstod::platform::enable_escapes();
    let cli = match args::parse(std::env::args_os()) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    // Without --ssh-command, SSH_ORIGINAL_COMMAND is never read.
    let cli = if cli.ssh_command {
        match args::over_ssh(cli) {
            Ok(cli) => cli,
            Err(code) => return code,
        }
    } else {
        cli
    };
    if let Some(text) = cli.generate.and_then(generate::generate) {
        return print(&text);
    }
    let env = |name: &str| std::env::var(name).ok();
    let settings = match settings(&cli, &env) {
        Ok(s) => s,
        Err(message) => return fail(USAGE_ERROR, &message),
    };
    if let Some(Command::Check { path }) = &cli.command {
        return check(path.as_deref().or(catalogue_path(&cli).as_deref()));
    }
    let browsing = cli.command.is_none() && !settings.plain && std::io::stdout().is_terminal();
    // A big file in the browser is read while the browser already runs (a given
    // --select needs the whole first, to be checked). A smaller one loads in less than
    // a frame's time, and an invalid one then ends with the message alone, the browser
    // never shown.
    if browsing
        && cli.select.is_none()
        && let Some(path) = catalogue_path(&cli)
        && let Ok(meta) = std::fs::metadata(&path)
        && meta.is_file()
        && (READ_WHILE_SHOWN..=catalogue::MAX_BYTES).contains(&meta.len())
    {
        return match browse_loading(settings, &path, meta.len()) {
            Ok(Some(code)) => code,
            // Invalid, or of a shape only the ordinary load reads: that load names the
            // problem as `check` does, or the browser shows the catalogue it read.
            Ok(None) => match load(Some(&path)) {
                Ok(mut catalogue) => {
                    catalogue.file = Some(path.display().to_string());
                    browse(&cli, settings, catalogue)
                        .unwrap_or_else(|e| fail(RUNTIME_ERROR, &e.to_string()))
                }
                Err(e) => fail(RUNTIME_ERROR, &e.to_string()),
            },
            Err(e) => fail(RUNTIME_ERROR, &e.to_string()),
        };
    }
    let catalogue = match load(catalogue_path(&cli).as_deref()) {
        Ok(mut c) => {
            c.file = catalogue_path(&cli).map(|p| p.display().to_string());
            c
        }
        Err(e) => return fail(RUNTIME_ERROR, &e.to_string()),
    };
    if cli.generate == Some(Generate::Ids) {
        let mut ids = String::new();
        for entry in &catalogue.entries {
            ids.push_str(&entry.id);
            ids.push('\n');
        }
        return print(&ids);
    }
    // A wrong --select is a usage error wherever the output goes.
    if let Some(id) = cli.select.as_deref().filter(|id| catalogue.entry(id).is_none()) {
        return unknown_with(
            USAGE_ERROR,
            "entry",
            id,
            catalogue.entries.iter().map(|e| e.id.as_str()),
        );
    }
    if browsing {
        // The browser takes the catalogue itself: a copy would double the memory of a
        // big one.
        return match browse(&cli, settings, catalogue) {
            Ok(code) => code,
            Err(e) => fail(RUNTIME_ERROR, &e.to_string()),
        };
    }
    let command = cli.command.as_ref().filter(|c| !matches!(c, Command::Check { .. }));
    let result = run(command, &cli, settings, &catalogue);
    // The process ends here: the system takes the memory back at once, where freeing a
    // big catalogue's millions of strings one by one would cost time for nothing.
    std::mem::forget(catalogue);
    match result {
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
    // Not eprintln!, which panics when stderr is gone (a dropped SSH session).
    let _ = writeln!(std::io::stderr(), "metodstod: error: {message}");
    ExitCode::from(code)
}

/// Writes `text` to stdout; a reader that has gone is no error.
fn print(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => fail(RUNTIME_ERROR, &e.to_string()),
        _ => ExitCode::SUCCESS,
    }
}

fn check(path: Option<&std::path::Path>) -> ExitCode {
    let catalogue = match load(path) {
        Ok(c) => c,
        Err(e) => return fail(RUNTIME_ERROR, &e.to_string()),
    };
    let (entries, categories) = (catalogue.entries.len(), catalogue.categories.len());
    // As in `main`: the system takes a big catalogue's memory back faster than a drop.
    std::mem::forget(catalogue);
    // Not println!, which panics when the reader has gone (`check | head -c0`).
    match writeln!(std::io::stdout(), "ok: {entries} entries in {categories} categories") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => fail(RUNTIME_ERROR, &e.to_string()),
        _ => ExitCode::SUCCESS,
    }
}

fn format(settings: Settings) -> Format {
    let tty = std::io::stdout().is_terminal();
    let width = if tty {
        ratatui::crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w))
    } else {
        80
    };
    Format {
        lang: settings.lang,
        width: width.min(100),
        bold: tty && settings.color,
        pretty_json: tty,
    }
}

/// Runs a command other than `check`, the line mode, or the plain list in a pipe.
fn run(
    command: Option<&Command>,
    cli: &Cli,
    settings: Settings,
    catalogue: &Catalogue,
) -> std::io::Result<ExitCode> {
    let format = format(settings);
    let out = match command {
        Some(Command::List { category, json }) => {
            if let Some(c) = category.as_deref().filter(|c| catalogue.category(c).is_none()) {
                let ids = catalogue.categories.iter().map(|c| c.id.as_str());
                return Ok(unknown("category", c, ids));
            }
            commands::list(catalogue, category.as_deref(), *json, &format)
        }
        Some(Command::Show { id, json }) => match catalogue.entry(id) {
            Some(entry) => commands::show(catalogue, entry, *json, &format),
            None => {
                return Ok(unknown("entry", id, catalogue.entries.iter().map(|e| e.id.as_str())));
            }
        },
        Some(Command::Search { query, json }) => {
            let index = Index::new(catalogue);
            let (out, notes) =
                commands::search(catalogue, &index, &query.join(" "), *json, &format);
            for note in notes {
                eprintln!("{note}");
            }
            out
        }
        Some(Command::Categories { json }) => commands::categories(catalogue, *json, &format),
        Some(Command::About { json }) => {
            commands::about(catalogue, catalogue.file.as_deref(), *json, &format)
        }
        Some(Command::Open { id, n }) => return open(catalogue, id, *n, &opener()),
        Some(Command::Export { format, ids, query, category }) => {
            // clap has checked the name against the same list.
            let format = format.parse::<ExportFormat>().unwrap_or_default();
            let entries = match chosen(catalogue, ids, query.as_deref(), category.as_deref()) {
                Ok(entries) => entries,
                Err(code) => return Ok(code),
            };
            export::export(format, catalogue, &entries, settings.lang)
        }
        // TERM=dumb asks for the line mode only on a terminal: `metodstod > file` from
        // an editor's shell must still write the list, not prompts.
        None if cli.plain || (settings.plain && std::io::stdout().is_terminal()) => {
            let stdout = std::io::stdout();
            // A dumb terminal shows escape sequences as text, so no OSC 52 copy there.
            let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
            let terminal = stdout.is_terminal() && !dumb;
            let (mut input, mut output) = (std::io::stdin().lock(), stdout.lock());
            plain::run(catalogue, settings.lang, &opener(), &mut input, &mut output, terminal)?;
            return Ok(ExitCode::SUCCESS);
        }
        None | Some(Command::Check { .. }) => commands::list(catalogue, None, false, &format),
    };
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The entries `export` writes: by id, found by a query, of a category, or all.
fn chosen<'a>(
    catalogue: &'a Catalogue,
    ids: &[String],
    query: Option<&str>,
    category: Option<&str>,
) -> Result<Vec<&'a catalogue::Entry>, ExitCode> {
    let all_ids = || catalogue.entries.iter().map(|e| e.id.as_str());
    if !ids.is_empty() {
        return ids
            .iter()
            .map(|id| catalogue.entry(id).ok_or_else(|| unknown("entry", id, all_ids())))
            .collect();
    }
    if let Some(query) = query {
        let index = Index::new(catalogue);
        let found =
            index.search(catalogue, &metodstod::search::Query::in_catalogue(query, catalogue));
        return Ok(found.iter().map(|m| &catalogue.entries[m.entry]).collect());
    }
    if let Some(c) = category {
        if catalogue.category(c).is_none() {
            return Err(unknown("category", c, catalogue.categories.iter().map(|c| c.id.as_str())));
        }
        return Ok(catalogue.entries.iter().filter(|e| e.in_category(Some(c))).collect());
    }
    Ok(catalogue.entries.iter().collect())
}

/// An id that does not exist: exit 1, with the nearest ids as a suggestion.
fn unknown<'a>(what: &str, id: &str, ids: impl Iterator<Item = &'a str> + Clone) -> ExitCode {
    unknown_with(RUNTIME_ERROR, what, id, ids)
}

fn unknown_with<'a>(
    code: u8,
    what: &str,
    id: &str,
    ids: impl Iterator<Item = &'a str> + Clone,
) -> ExitCode {
    let near = commands::nearest_ids(id, ids.clone());
    let hint = if near.is_empty() {
        let all: Vec<&str> = ids.collect();
        format!("\n  hint: the ids are: {}", all.join(", "))
    } else {
        format!("\n  hint: did you mean {}?", near.join(" or "))
    };
    fail(code, &format!("no {what} with the id {:?}{hint}", metodstod::text::sanitize(id)))
}

fn opener() -> Opener {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    Opener {
        browser: std::env::var("BROWSER").ok().filter(|b| !b.trim().is_empty()),
        ssh: set("SSH_CONNECTION") || set("SSH_CLIENT") || set("SSH_TTY"),
        tmux: set("TMUX"),
        path: std::env::var_os("PATH"),
    }
}

fn browse(cli: &Cli, settings: Settings, catalogue: Catalogue) -> std::io::Result<ExitCode> {
    let look = Look { ascii: settings.ascii, color: settings.color };
    let mut state = State::new(catalogue, settings.lang, look);
    if let Some(id) = &cli.select {
        // Checked in `main`: the id exists.
        state.select_id(id);
    }
    let runtime = Runtime { opener: opener(), mouse: settings.mouse, read: None };
    Ok(exit_code(app::run(state, &runtime)?).unwrap_or(ExitCode::from(RUNTIME_ERROR)))
}

/// The browser over a catalogue file read while it runs; `None` when that read failed.
fn browse_loading(
    settings: Settings,
    path: &std::path::Path,
    total_bytes: u64,
) -> std::io::Result<Option<ExitCode>> {
    let look = Look { ascii: settings.ascii, color: settings.color };
    let file = Some(path.display().to_string());
    let state = State::loading(file, total_bytes, settings.lang, look);
    let runtime = Runtime { opener: opener(), mouse: settings.mouse, read: Some(path.into()) };
    Ok(exit_code(app::run(state, &runtime)?))
}

fn exit_code(exit: Exit) -> Option<ExitCode> {
    match exit {
        Exit::Quit => Some(ExitCode::SUCCESS),
        // Ended by a signal: exit as the shell expects of one, 128 + its number.
        Exit::Signal(signal) => Some(ExitCode::from(u8::try_from(128 + signal).unwrap_or(1))),
        Exit::LoadFailed => None,
    }
}

/// `open ID N`: the same rules as the browser; over SSH the address is printed and
/// copied instead of starting a browser on the server.
fn open(catalogue: &Catalogue, id: &str, n: usize, opener: &Opener) -> std::io::Result<ExitCode> {
    let Some(entry) = catalogue.entry(id) else {
        return Ok(unknown("entry", id, catalogue.entries.iter().map(|e| e.id.as_str())));
    };
    let Ok(link) = entry.link(n) else {
        let count = entry.links.len();
        return Ok(fail(
            RUNTIME_ERROR,
            &format!(
                "{id} has {count} link{}; choose 1 to {count}",
                if count == 1 { "" } else { "s" }
            ),
        ));
    };
    match links::open_link(&link.url, opener) {
        Ok(links::Opening::Started) => Ok(ExitCode::SUCCESS),
        Ok(links::Opening::OverSsh) => {
            let mut out = std::io::stdout().lock();
            if out.is_terminal() {
                out.write_all(links::osc52(&link.url, opener.tmux).as_bytes())?;
            }
            writeln!(out, "{}", link.url)?;
            let _ = writeln!(
                std::io::stderr(),
                "metodstod: over SSH no browser is started on the server; the address is printed (and copied where the terminal allows)"
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(links::OpenError::NoCommand(why)) => Ok(fail(RUNTIME_ERROR, &why)),
        Err(links::OpenError::Failed(why)) => {
            Ok(fail(RUNTIME_ERROR, &format!("could not open {}: {why}", link.url)))
        }
    }
}
