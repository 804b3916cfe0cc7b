//! What the program says on stderr and in `check`'s report, in the chosen language:
//! errors with their hints, unknown ids with the nearest ones.

use std::io::Write as _;
use std::process::ExitCode;

use metodstod::catalogue::{Catalogue, LoadError, NamedBy};
use metodstod::commands;
use metodstod::i18n::{Lang, cli_texts, count, fill, io_error_text, texts};

/// Exit codes: 1 for a runtime or data error, 2 for a usage error.
pub const RUNTIME_ERROR: u8 = 1;
pub const USAGE_ERROR: u8 = 2;

pub fn fail(lang: Lang, code: u8, message: &str) -> ExitCode {
    // Not eprintln!, which panics when stderr is gone (a dropped SSH session).
    let _ = writeln!(std::io::stderr(), "metodstod: {}: {message}", cli_texts(lang).error);
    ExitCode::from(code)
}

pub fn load_failed(lang: Lang, error: &LoadError, named: NamedBy) -> ExitCode {
    fail(lang, RUNTIME_ERROR, &error.message(lang, named))
}

/// Writes `text` to stdout; a reader that has gone is no error.
pub fn print(lang: Lang, text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => io_failed(lang, Io::Streams, &e),
        _ => ExitCode::SUCCESS,
    }
}

/// What an operating-system error was met in.
#[derive(Debug, Clone, Copy)]
pub enum Io {
    /// The browser's terminal.
    Terminal,
    /// Standard input or output: a command's output, the line mode's conversation.
    Streams,
}

/// A runtime error from the system, said by its kind in `lang`.
pub fn io_failed(lang: Lang, place: Io, error: &std::io::Error) -> ExitCode {
    let t = cli_texts(lang);
    let template = match place {
        Io::Terminal => t.terminal_failed,
        Io::Streams => t.streams_failed,
    };
    fail(lang, RUNTIME_ERROR, &fill(template, &[("error", &io_error_text(error, lang))]))
}

/// `check`'s report of a catalogue that loaded: its size.
pub fn checked(lang: Lang, catalogue: &Catalogue) -> String {
    let t = texts(lang);
    let resources = count(&t.resources, catalogue.entries.len(), lang);
    let categories = count(&t.categories_counted, catalogue.categories.len(), lang);
    fill(cli_texts(lang).check_ok, &[("resources", &resources), ("categories", &categories)])
}

/// What an id names that does not exist.
#[derive(Debug, Clone, Copy)]
pub enum Unknown {
    Entry,
    Category,
}

/// An id that does not exist, with the nearest ids as a suggestion (or all of them).
pub fn unknown<'a>(
    lang: Lang,
    code: u8,
    what: Unknown,
    id: &str,
    ids: impl Iterator<Item = &'a str> + Clone,
) -> ExitCode {
    let t = cli_texts(lang);
    let near = commands::nearest_ids(id, ids.clone());
    let hint = if near.is_empty() {
        match what {
            // A category is also named by its names, which `categories` shows.
            Unknown::Category => t.see_categories.to_string(),
            Unknown::Entry => fill(t.the_ids_are, &[("ids", &ids.collect::<Vec<_>>().join(", "))]),
        }
    } else {
        fill(t.did_you_mean, &[("ids", &near.join(&format!(" {} ", t.or)))])
    };
    let template = match what {
        Unknown::Entry => t.no_entry,
        Unknown::Category => t.no_category,
    };
    let quoted = format!("{:?}", metodstod::text::sanitize(id));
    let message = fill(template, &[("id", &quoted)]);
    fail(lang, code, &format!("{message}\n  {}: {hint}", t.hint))
}

/// A category name that begins more than one category's name or id.
pub fn ambiguous_category<'a>(
    lang: Lang,
    wanted: &str,
    names: impl Iterator<Item = &'a str>,
) -> ExitCode {
    let t = cli_texts(lang);
    let names: Vec<String> = names.map(|n| metodstod::present::quoted(n, lang)).collect();
    let quoted = format!("{:?}", metodstod::text::sanitize(wanted));
    let message = fill(t.category_ambiguous, &[("id", &quoted)]);
    let hint = fill(t.category_candidates, &[("names", &names.join(&format!(" {} ", t.or)))]);
    fail(
        lang,
        RUNTIME_ERROR,
        &format!("{message}\n  {}: {}", t.hint, metodstod::text::sanitize(&hint)),
    )
}

/// `open ID N` with N past the entry's last link.
pub fn no_such_link(lang: Lang, id: &str, links: usize) -> ExitCode {
    let text = count(&cli_texts(lang).link_count, links, lang);
    fail(lang, RUNTIME_ERROR, &fill(&text, &[("id", &metodstod::text::sanitize(id))]))
}
