//! Why a catalogue could not be loaded, in the user's language, with a hint that fits
//! how the file was named.

use std::fmt::{self, Write as _};

use super::{LoadError, MAX_BYTES, Origin};
use crate::i18n::{Lang, cli_texts, count, fill, io_error_text};
use crate::text::sanitize;

/// How the user named the catalogue file: the hint to undo it differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedBy {
    /// `--catalogue PATH`.
    Option,
    /// `METODSTOD_CATALOGUE`.
    Environment,
    /// `check PATH`.
    CheckArgument,
}

impl Origin {
    fn name(&self, lang: Lang) -> String {
        match self {
            Origin::Embedded => cli_texts(lang).built_in_catalogue.to_string(),
            // A file's name may hold anything, escape sequences too.
            Origin::File(p) => sanitize(&p.display().to_string()).into_owned(),
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name(Lang::En))
    }
}

impl LoadError {
    /// The message and its hint, in `lang`; `named` says how the file was given.
    pub fn message(&self, lang: Lang, named: NamedBy) -> String {
        let t = cli_texts(lang);
        let with_hint = |text: String, hint: &str| format!("{text}\n  {}: {hint}", t.hint);
        match self {
            LoadError::Io { origin, error } => {
                let hint = match named {
                    NamedBy::Option => t.hint_path_option,
                    NamedBy::Environment => t.hint_path_environment,
                    NamedBy::CheckArgument => t.hint_path_check,
                };
                let name = origin.name(lang);
                let error = io_reason(error, lang);
                with_hint(fill(t.cannot_read, &[("origin", &name), ("error", &error)]), hint)
            }
            LoadError::IsDirectory { origin } => {
                let name = origin.name(lang);
                let file = format!("{}/catalogue.json", name.trim_end_matches('/'));
                with_hint(
                    fill(t.is_directory, &[("origin", &name)]),
                    &fill(t.hint_directory, &[("file", &file)]),
                )
            }
            LoadError::TooLarge { origin } => {
                let limit = (MAX_BYTES / 1024 / 1024).to_string();
                let text = fill(t.too_large, &[("origin", &origin.name(lang)), ("limit", &limit)]);
                with_hint(text, t.hint_too_large)
            }
            LoadError::NotUtf8 { origin, line, column } => {
                let place = place(origin, *line, *column, lang);
                with_hint(fill(t.not_utf8_file, &place.each()), t.hint_utf8)
            }
            LoadError::Syntax { origin, line, column, kind } => {
                let place = place(origin, *line, *column, lang);
                let mut values = place.each();
                values.push(("error", kind.text(lang)));
                let hint = fill(t.hint_json, &[("file", &origin.name(lang))]);
                with_hint(fill(t.invalid_json, &values), &hint)
            }
            LoadError::Invalid { origin, problems } => {
                let mut text = format!(
                    "{}: {}",
                    origin.name(lang),
                    count(&t.problems_found, problems.len(), lang)
                );
                for p in problems {
                    let _ = write!(text, "\n  {}", p.text(lang));
                }
                text
            }
        }
    }
}

/// Why a file could not be read, by the error's kind: never the system's English words.
fn io_reason(error: &std::io::Error, lang: Lang) -> String {
    let t = cli_texts(lang);
    match error.kind() {
        std::io::ErrorKind::NotFound => t.no_such_file.to_string(),
        std::io::ErrorKind::PermissionDenied => t.permission_denied.to_string(),
        _ => io_error_text(error, lang),
    }
}

/// A file and a place in it, as the messages fill them in.
struct Place {
    origin: String,
    line: String,
    column: String,
}

impl Place {
    fn each(&self) -> Vec<(&'static str, &str)> {
        vec![("origin", &self.origin), ("line", &self.line), ("column", &self.column)]
    }
}

fn place(origin: &Origin, line: usize, column: usize, lang: Lang) -> Place {
    // serde_json counts a line break as column 0 of the next line; editors start at 1.
    let column = column.max(1);
    Place { origin: origin.name(lang), line: line.to_string(), column: column.to_string() }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En, NamedBy::Option))
    }
}
