//! The operating system's errors said by kind, in the user's language: its own words
//! are English ("No such file or directory (os error 2)") and never reach a message.

use std::io::ErrorKind;

use super::{Lang, fill, texts};

/// What went wrong, by the error's kind.
pub fn io_kind_text(kind: ErrorKind, lang: Lang) -> &'static str {
    let t = texts(lang);
    match kind {
        ErrorKind::NotFound => t.io_not_found,
        ErrorKind::PermissionDenied => t.io_permission_denied,
        ErrorKind::IsADirectory => t.io_is_directory,
        ErrorKind::NotADirectory => t.io_not_directory,
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => t.io_full,
        ErrorKind::BrokenPipe | ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted => {
            t.io_closed
        }
        ErrorKind::TimedOut | ErrorKind::WouldBlock => t.io_timed_out,
        ErrorKind::Interrupted => t.io_interrupted,
        ErrorKind::OutOfMemory => t.io_out_of_memory,
        ErrorKind::InvalidData | ErrorKind::UnexpectedEof => t.io_invalid_data,
        _ => t.io_other,
    }
}

/// An error by its kind, with the system's error number where the kind alone says
/// little, so that it can still be looked up.
pub fn io_error_text(error: &std::io::Error, lang: Lang) -> String {
    let text = io_kind_text(error.kind(), lang);
    match error.raw_os_error() {
        Some(code) if text == texts(lang).io_other => {
            fill(texts(lang).io_other_code, &[("code", &code.to_string())])
        }
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests;
