//! Wiring: the command line, the catalogue, then a command, the line mode or the browser.

mod args;
mod generate;
mod report;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use metodstod::app::{self, Exit, Runtime};
use metodstod::catalogue::{self, Catalogue, LoadError, NamedBy};
use metodstod::cli::{Cli, Command, Generate, Settings, early_lang, settings};
use metodstod::commands::{self, Format};
use metodstod::export;
use metodstod::i18n::{Lang, cli_texts, fill};
use metodstod::links::{self, Opener};
use metodstod::plain;
use metodstod::search::Index;
use metodstod::state::State;
use metodstod::theme::Look;
use report::{
    Io, RUNTIME_ERROR, USAGE_ERROR, Unknown, fail, io_failed, load_failed, print, unknown,
};

/// From this size a catalogue file is read while the browser shows what has arrived.
const READ_WHILE_SHOWN: u64 = 4 * 1024 * 1024;

fn main() -> ExitCode {
    // Before anything is written: bold in a command's output, the browser's frames.
    metodstod::platform::enable_escapes();
    let env = |name: &str| std::env::var(name).ok();
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language of anything said before the settings are resolved.
    let early = early_lang(&argv, &env);
    let cli = match args::parse(argv) {
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
        return print(early, &text);
    }
    let settings = match settings(&cli, &env) {
        Ok(s) => s,
        Err(message) => return fail(early, USAGE_ERROR, &message),
    };
    let lang = settings.lang;
    if let Some(Command::Check { path }) = &cli.command {
        return match path {
            Some(path) => check(lang, Some(path), NamedBy::CheckArgument),
            None => check(lang, catalogue_path(&cli).as_deref(), named_by(&cli)),
        };
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
                        .unwrap_or_else(|e| io_failed(lang, Io::Terminal, &e))
                }
                Err(e) => load_failed(lang, &e, named_by(&cli)),
            },
            Err(e) => io_failed(lang, Io::Terminal, &e),
        };
    }
    let catalogue = match load(catalogue_path(&cli).as_deref()) {
        Ok(mut c) => {
            c.file = catalogue_path(&cli).map(|p| p.display().to_string());
            c
        }
        Err(e) => return load_failed(lang, &e, named_by(&cli)),
    };
    if cli.generate == Some(Generate::Ids) {
        let mut ids = String::new();
        for entry in &catalogue.entries {
            ids.push_str(&entry.id);
            ids.push('\n');
        }
        return print(lang, &ids);
    }
    // A wrong --select is a usage error wherever the output goes.
    if let Some(id) = cli.select.as_deref().filter(|id| catalogue.entry(id).is_none()) {
        let ids = catalogue.entries.iter().map(|e| e.id.as_str());
        return unknown(lang, USAGE_ERROR, Unknown::Entry, id, ids);
    }
    if browsing {
        // The browser takes the catalogue itself: a copy would double the memory of a
        // big one.
        return match browse(&cli, settings, catalogue) {
            Ok(code) => code,
            Err(e) => io_failed(lang, Io::Terminal, &e),
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
        Err(e) => io_failed(lang, Io::Streams, &e),
    }
}

fn catalogue_path(cli: &Cli) -> Option<std::path::PathBuf> {
    cli.catalogue.clone().or_else(|| {
        std::env::var_os("METODSTOD_CATALOGUE").filter(|v| !v.is_empty()).map(Into::into)
    })
}

/// How the catalogue in use was named, for the hint when it cannot be read.
fn named_by(cli: &Cli) -> NamedBy {
    if cli.catalogue.is_some() { NamedBy::Option } else { NamedBy::Environment }
}

fn load(path: Option<&std::path::Path>) -> Result<Catalogue, LoadError> {
    match path {
        Some(p) => catalogue::load_path(p),
        None => catalogue::embedded(),
    }
}

fn check(lang: Lang, path: Option<&std::path::Path>, named: NamedBy) -> ExitCode {
    let catalogue = match load(path) {
        Ok(c) => c,
        Err(e) => return load_failed(lang, &e, named),
    };
    let report = report::checked(lang, &catalogue);
    // As in `main`: the system takes a big catalogue's memory back faster than a drop.
    std::mem::forget(catalogue);
    print(lang, &(report + "\n"))
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
        links: metodstod::present::LinkForm::Addresses,
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
    let lang = settings.lang;
    let out = match command {
        Some(Command::List { category, json }) => {
            let category = match category.as_deref().map(|c| category_id(lang, catalogue, c)) {
                Some(Ok(id)) => Some(id),
                Some(Err(code)) => return Ok(code),
                None => None,
            };
            commands::list(catalogue, category, *json, &format)
        }
        Some(Command::Show { id, json }) => {
            let Some(entry) = catalogue.entry(id) else {
                let ids = catalogue.entries.iter().map(|e| e.id.as_str());
                return Ok(unknown(lang, RUNTIME_ERROR, Unknown::Entry, id, ids));
            };
            commands::show(catalogue, entry, *json, &format)
        }
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
        Some(Command::Open { id, n }) => return open(lang, catalogue, id, *n, &opener()),
        Some(Command::Export { format, ids, query, category }) => {
            let format = *format;
            let entries = match chosen(lang, catalogue, ids, query.as_deref(), category.as_deref())
            {
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
            // Answers wrap at the terminal's width and page at its height; a pipe gets
            // neither.
            let size = ratatui::crossterm::terminal::size().ok().filter(|_| stdout.is_terminal());
            let screen = size.map_or(plain::Screen::PIPE, |(w, h)| plain::Screen {
                terminal,
                width: usize::from(w.max(20)),
                height: Some(usize::from(h)),
            });
            let (mut input, mut output) = (std::io::stdin().lock(), stdout.lock());
            plain::run(catalogue, settings.lang, &opener(), &mut input, &mut output, screen)?;
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
    lang: Lang,
    catalogue: &'a Catalogue,
    ids: &[String],
    query: Option<&str>,
    category: Option<&str>,
) -> Result<Vec<&'a catalogue::Entry>, ExitCode> {
    let all_ids = || catalogue.entries.iter().map(|e| e.id.as_str());
    if !ids.is_empty() {
        return ids
            .iter()
            .map(|id| {
                let missing = || unknown(lang, RUNTIME_ERROR, Unknown::Entry, id, all_ids());
                catalogue.entry(id).ok_or_else(missing)
            })
            .collect();
    }
    if let Some(query) = query {
        let index = Index::new(catalogue);
        let found =
            index.search(catalogue, &metodstod::search::Query::in_catalogue(query, catalogue));
        return Ok(found.iter().map(|m| &catalogue.entries[m.entry]).collect());
    }
    if let Some(c) = category {
        let c = category_id(lang, catalogue, c)?;
        return Ok(catalogue.entries.iter().filter(|e| e.in_category(Some(c))).collect());
    }
    Ok(catalogue.entries.iter().collect())
}

/// The id of the category `wanted` names: by id, by name in either language, or by a
/// unique beginning; else the error said.
fn category_id<'a>(
    lang: Lang,
    catalogue: &'a Catalogue,
    wanted: &str,
) -> Result<&'a str, ExitCode> {
    match catalogue.find_category(wanted) {
        Ok(i) => Ok(catalogue.categories[i].id.as_str()),
        Err(several) if !several.is_empty() => {
            let names = several.iter().map(|&i| catalogue.categories[i].name.get(lang));
            Err(report::ambiguous_category(lang, wanted, names))
        }
        Err(_) => {
            let ids = catalogue.categories.iter().map(|c| c.id.as_str());
            Err(unknown(lang, RUNTIME_ERROR, Unknown::Category, wanted, ids))
        }
    }
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
    state.reader = settings.screen_reader;
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
    let mut state = State::loading(file, total_bytes, settings.lang, look);
    state.reader = settings.screen_reader;
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
fn open(
    lang: Lang,
    catalogue: &Catalogue,
    id: &str,
    n: usize,
    opener: &Opener,
) -> std::io::Result<ExitCode> {
    let t = cli_texts(lang);
    let Some(entry) = catalogue.entry(id) else {
        let ids = catalogue.entries.iter().map(|e| e.id.as_str());
        return Ok(unknown(lang, RUNTIME_ERROR, Unknown::Entry, id, ids));
    };
    let Ok(link) = entry.link(n) else {
        return Ok(report::no_such_link(lang, id, entry.links.len()));
    };
    match links::open_link(&link.url, opener) {
        Ok(links::Opening::Started) => Ok(ExitCode::SUCCESS),
        Ok(links::Opening::OverSsh) => {
            let mut out = std::io::stdout().lock();
            if out.is_terminal() {
                out.write_all(links::osc52(&link.url, opener.tmux).as_bytes())?;
            }
            writeln!(out, "{}", link.url)?;
            let _ = writeln!(std::io::stderr(), "metodstod: {}", t.over_ssh);
            Ok(ExitCode::SUCCESS)
        }
        Err(links::OpenError::NoCommand(why)) => Ok(fail(lang, RUNTIME_ERROR, &why.reason(lang))),
        Err(links::OpenError::Failed(why)) => {
            let why = why.reason(lang);
            let message = fill(t.could_not_open, &[("url", &link.url), ("why", &why)]);
            Ok(fail(lang, RUNTIME_ERROR, &message))
        }
    }
}
