//! The command line's words: `--help`, usage errors (clap's, in our words), runtime
//! errors and hints, and `check`'s report.

use super::{Counted, Lang, cli_en, cli_sv};

/// Every fixed string of the command line, once per language.
#[derive(Debug)]
pub struct CliTexts {
    /// The program's one-line description, and the examples after its options.
    pub about: &'static str,
    pub examples: &'static str,
    /// The help's headings.
    pub usage: &'static str,
    pub options: &'static str,
    pub arguments: &'static str,
    pub commands: &'static str,
    /// The words before a value list and a default in an option's help.
    pub possible_values_heading: &'static str,
    pub default_value: &'static str,
    /// `[OPTIONS]` and `[COMMAND]` in a usage line.
    pub options_placeholder: &'static str,
    pub command_placeholder: &'static str,
    /// What each command does, by its name (`help` is clap's own).
    pub command_help: &'static [(&'static str, &'static str)],
    /// What each option or argument does: by `command.id`, else by `id` for all.
    pub arg_help: &'static [(&'static str, &'static str)],
    /// Placeholders of values, by their English name.
    pub value_names: &'static [(&'static str, &'static str)],
    /// "metodstod: error: …" and the word before a hint.
    pub error: &'static str,
    pub hint: &'static str,
    /// clap's usage errors in our words: `{arg}`, `{value}`, `{other}`, `{values}`,
    /// `{suggestion}` are filled in.
    pub unknown_argument: &'static str,
    pub unknown_command: &'static str,
    pub suggestion: &'static str,
    pub invalid_value: &'static str,
    pub possible_values: &'static str,
    pub missing_value: &'static str,
    pub missing_required: &'static str,
    pub conflict: &'static str,
    /// An option given twice (`--lang sv --lang en`).
    pub given_twice: &'static str,
    pub too_many_values: &'static str,
    pub missing_command: &'static str,
    pub not_utf8: &'static str,
    pub more_help: &'static str,
    /// A `--lang` or `METODSTOD_LANG` that names no language of the program.
    pub no_such_language: &'static str,
    /// Runtime errors: an id that does not exist, and what is near it.
    pub no_entry: &'static str,
    pub no_category: &'static str,
    /// A category name that begins several: `{id}` as typed, `{names}` the candidates.
    pub category_ambiguous: &'static str,
    pub category_candidates: &'static str,
    pub did_you_mean: &'static str,
    pub or: &'static str,
    pub the_ids_are: &'static str,
    pub see_categories: &'static str,
    /// `open ID N` past the last link: `{id}`, `{n}` links.
    pub link_count: Counted,
    pub over_ssh: &'static str,
    /// `--ssh-command` beside a command or `--select` on the administrator's line.
    pub ssh_command_alone: &'static str,
    pub could_not_open: &'static str,
    /// An operating-system error in the browser's terminal, or on standard input or
    /// output: `{error}` said by kind.
    pub terminal_failed: &'static str,
    pub streams_failed: &'static str,
    /// `check`'s report: `{resources}` and `{categories}` counted.
    pub check_ok: &'static str,
    pub problems_found: Counted,
    /// A catalogue that cannot be read; `{origin}`, `{error}`, `{limit}`, `{line}`,
    /// `{column}`, `{file}` are filled in.
    pub built_in_catalogue: &'static str,
    pub cannot_read: &'static str,
    pub no_such_file: &'static str,
    pub permission_denied: &'static str,
    pub hint_path_option: &'static str,
    pub hint_path_environment: &'static str,
    pub hint_path_check: &'static str,
    pub is_directory: &'static str,
    pub hint_directory: &'static str,
    pub too_large: &'static str,
    pub hint_too_large: &'static str,
    pub not_utf8_file: &'static str,
    pub hint_utf8: &'static str,
    pub invalid_json: &'static str,
    pub hint_json: &'static str,
}

impl CliTexts {
    /// The help of an option or argument `id` of `command` ("" for the program's own).
    pub fn arg(&self, command: &str, id: &str) -> Option<&'static str> {
        let full = format!("{command}.{id}");
        let find = |key: &str| self.arg_help.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
        find(&full).or_else(|| find(id))
    }

    pub fn command(&self, name: &str) -> Option<&'static str> {
        self.command_help.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
    }

    pub fn value_name(&self, english: &str) -> Option<&'static str> {
        self.value_names.iter().find(|(k, _)| *k == english).map(|(_, v)| *v)
    }
}

pub fn cli_texts(lang: Lang) -> &'static CliTexts {
    match lang {
        Lang::Sv => &cli_sv::TEXTS,
        Lang::En => &cli_en::TEXTS,
    }
}
