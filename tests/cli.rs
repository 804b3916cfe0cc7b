//! The command line through the real binary: the plain commands and `check`, the help
//! and usage errors in both languages, languages shown by name, what `--generate`
//! prints, `--ssh-command`, and the command lines and links the documentation shows.

mod categories;
mod check;
mod commands;
mod docs;
mod generate;
mod languages;
mod listed;
mod ssh;
mod terms;
mod texts;
mod texts_used;
mod wrong_messages;
