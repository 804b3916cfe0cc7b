//! The command line through the real binary: the plain commands and `check`, the help
//! and usage errors in both languages, languages shown by name, what `--generate`
//! prints, `--ssh-command`.

#[path = "../common/mod.rs"]
mod common;

mod check;
mod commands;
mod generate;
mod languages;
mod ssh;
mod texts;
