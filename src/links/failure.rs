//! Why a link was not opened, by kind, so that each front-end says it in the user's
//! language: never the operating system's English ("exit status: 1").

use crate::i18n::{Lang, fill, io_kind_text, texts};
use crate::text::sanitize;

/// Why a link was not opened or copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The address is not http, https or mailto: it is never opened.
    Refused(String),
    /// Neither `$BROWSER` nor a platform opener was found.
    NoBrowser,
    /// The browser could not be started, or waiting for it failed.
    NotStarted { program: String, error: std::io::ErrorKind },
    /// The browser ended with a failure: its exit code, or none when a signal ended it.
    Exited { program: String, code: Option<i32> },
    /// The copy could not be written to the terminal.
    NotCopied(std::io::ErrorKind),
}

impl Failure {
    /// The whole message, in `lang`: what failed, then why.
    pub fn message(&self, lang: Lang) -> String {
        let t = texts(lang);
        let text = match self {
            Failure::NotCopied(error) => {
                fill(t.copy_failed, &[("error", io_kind_text(*error, lang))])
            }
            _ => format!("{}: {}", t.open_failed, self.reason(lang)),
        };
        sanitize(&text).into_owned()
    }

    /// Why, in `lang`, without "could not open the link" before it.
    pub fn reason(&self, lang: Lang) -> String {
        let t = texts(lang);
        let text = match self {
            Failure::Refused(url) => fill(t.link_refused, &[("url", &format!("{url:?}"))]),
            Failure::NoBrowser => t.no_browser.to_string(),
            Failure::NotStarted { program, error } => fill(
                t.browser_not_started,
                &[("program", program), ("error", io_kind_text(*error, lang))],
            ),
            Failure::Exited { program, code: Some(code) } => {
                fill(t.browser_failed, &[("program", program), ("code", &code.to_string())])
            }
            Failure::Exited { program, code: None } => {
                fill(t.browser_stopped, &[("program", program)])
            }
            Failure::NotCopied(error) => io_kind_text(*error, lang).to_string(),
        };
        sanitize(&text).into_owned()
    }

    /// A browser's failed run, from its exit status.
    pub fn exited(program: &str, status: std::process::ExitStatus) -> Failure {
        Failure::Exited { program: program.to_string(), code: status.code() }
    }

    pub fn not_started(program: &str, error: &std::io::Error) -> Failure {
        Failure::NotStarted { program: program.to_string(), error: error.kind() }
    }
}

#[cfg(test)]
mod tests;
