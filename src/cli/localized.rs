//! The command line in the user's language: clap's definition with our texts swapped in,
//! its help's headings in our words, and its usage errors said our way.

use std::ffi::OsString;

use clap::CommandFactory as _;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::Cli;
use crate::i18n::{CliTexts, Lang, cli_texts, fill};

/// The language of the command line, decided before clap parses it: `--lang` as the
/// arguments give it, then `METODSTOD_LANG`, then the locale. A `--lang` that names no
/// language falls through, so its error is said in the language the rest would choose.
pub fn early_lang(args: &[OsString], env: &dyn Fn(&str) -> Option<String>) -> Lang {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    let mut given = None;
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if let Some(value) = word.strip_prefix("--lang=") {
            given = Lang::parse(value).or(given);
        } else if word == "--lang" {
            given = words.next().and_then(|v| Lang::parse(&v)).or(given);
        }
    }
    given.unwrap_or_else(|| environment_lang(env).unwrap_or_else(|_| locale_lang(env)))
}

/// `METODSTOD_LANG` when set: its language, or the value it wrongly holds.
pub fn environment_lang(env: &dyn Fn(&str) -> Option<String>) -> Result<Lang, Option<String>> {
    match env("METODSTOD_LANG").filter(|v| !v.is_empty()) {
        Some(v) => Lang::parse(&v).ok_or(Some(v)),
        None => Err(None),
    }
}

/// The language the locale asks for: LC_ALL, LC_MESSAGES, LANG; Swedish without one.
pub fn locale_lang(env: &dyn Fn(&str) -> Option<String>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|n| env(n).filter(|v| !v.is_empty()))
        .map_or(Lang::Sv, |l| Lang::from_locale(&l))
}

/// The clap command with every help text in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    let mut cmd = Cli::command();
    // Built first: clap adds --help, --version and the help command only when it builds,
    // and the derive adds a command's arguments only then as well.
    cmd.build();
    localize(cmd, cli_texts(lang), "")
}

fn localize(cmd: clap::Command, t: &'static CliTexts, key: &str) -> clap::Command {
    let mut cmd = cmd.subcommand_value_name(t.command_placeholder);
    cmd = if key.is_empty() {
        cmd.about(t.about).after_help(t.examples)
    } else {
        match t.command(key) {
            Some(about) => cmd.about(about),
            None => cmd,
        }
    };
    cmd = cmd.mut_args(|arg| {
        let mut arg = match t.arg(key, arg.get_id().as_str()) {
            Some(help) => arg.help(help).long_help(None),
            None => arg,
        };
        let names: Option<Vec<&'static str>> = arg
            .get_value_names()
            .map(|names| names.iter().filter_map(|n| t.value_name(n.as_str())).collect());
        if let Some(names) = names.filter(|n| !n.is_empty()) {
            arg = arg.value_names(names);
        }
        arg
    });
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| localize(sub, t, &name));
    }
    cmd
}

/// clap's rendered help (or a usage line) with its own words in `lang`.
pub fn localize_rendered(text: &str, lang: Lang) -> String {
    let t = cli_texts(lang);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        let body = match body {
            "Options:" => format!("{}:", t.options),
            "Arguments:" => format!("{}:", t.arguments),
            "Commands:" => format!("{}:", t.commands),
            _ => match body.strip_prefix("Usage: ") {
                Some(usage) => format!("{}: {usage}", t.usage),
                None => body.to_string(),
            },
        };
        out.push_str(
            &body
                .replace("[OPTIONS]", t.options_placeholder)
                .replace("[possible values: ", &format!("[{}: ", t.possible_values_heading))
                .replace("[default: ", &format!("[{}: ", t.default_value)),
        );
        out.push_str(end);
    }
    out
}

/// A usage error in our words, without the "metodstod: error: " that every error gets;
/// `args` name the command whose help to point to when clap's error does not.
pub fn usage_error(e: &clap::Error, args: &[OsString], lang: Lang) -> String {
    let t = cli_texts(lang);
    let get = |kind| e.get(kind).map(context_text);
    let quoted = |kind| get(kind).map(|s| format!("'{s}'")).unwrap_or_default();
    let arg = quoted(ContextKind::InvalidArg);
    let value = quoted(ContextKind::InvalidValue);
    let main = match e.kind() {
        // clap shows a word that is not UTF-8 with replacement characters, as if it were
        // merely unknown.
        ErrorKind::UnknownArgument
            if arg.contains('\u{fffd}') && args.iter().any(|a| a.to_str().is_none()) =>
        {
            t.not_utf8.to_string()
        }
        ErrorKind::UnknownArgument => fill(t.unknown_argument, &[("arg", &arg)]),
        ErrorKind::InvalidSubcommand => {
            fill(t.unknown_command, &[("arg", &quoted(ContextKind::InvalidSubcommand))])
        }
        // An empty value first: `--lang ''` lacks a language, it names no wrong one.
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if value == "''" => {
            fill(t.missing_value, &[("arg", &arg)])
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if arg.starts_with("'--lang") => {
            fill(t.no_such_language, &[("value", &value)])
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            fill(t.invalid_value, &[("arg", &arg), ("value", &value)])
        }
        ErrorKind::NoEquals | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            fill(t.missing_value, &[("arg", &arg)])
        }
        ErrorKind::TooManyValues => fill(t.too_many_values, &[("arg", &arg), ("value", &value)]),
        // clap reports an option given twice as conflicting with itself.
        ErrorKind::ArgumentConflict if quoted(ContextKind::PriorArg) == arg => {
            fill(t.given_twice, &[("arg", &arg)])
        }
        ErrorKind::ArgumentConflict => {
            fill(t.conflict, &[("arg", &arg), ("other", &quoted(ContextKind::PriorArg))])
        }
        ErrorKind::MissingRequiredArgument => fill(t.missing_required, &[("arg", &arg)]),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            t.missing_command.to_string()
        }
        ErrorKind::InvalidUtf8 => t.not_utf8.to_string(),
        // Help, version and I/O: clap's own words, as it rendered them.
        _ => e.render().to_string().trim_end().trim_start_matches("error: ").to_string(),
    };
    let mut lines = vec![main];
    let hint = |text: String| format!("  {}: {text}", t.hint);
    if let Some(values) = get(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
        lines.push(hint(t.possible_values.replace("{values}", &values)));
    }
    let suggested =
        [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand].into_iter().find_map(&get);
    if let Some(suggestion) = suggested {
        lines.push(hint(fill(t.suggestion, &[("suggestion", &format!("'{suggestion}'"))])));
    }
    let usage = get(ContextKind::Usage).map(|u| localize_rendered(u.trim(), lang));
    if let Some(usage) = &usage {
        lines.push(format!("  {usage}"));
    }
    let command = usage.as_deref().map_or_else(|| named_command(args), command_path);
    lines.push(format!("  {}", fill(t.more_help, &[("command", &command)])));
    lines.join("\n")
}

/// The command a usage line is for: its words up to the first placeholder or option.
fn command_path(usage: &str) -> String {
    let words = usage.split_once(": ").map_or(usage, |(_, rest)| rest);
    let path: Vec<&str> =
        words.split_whitespace().take_while(|w| !w.starts_with(['[', '<', '-'])).collect();
    if path.is_empty() { "metodstod".to_string() } else { path.join(" ") }
}

/// The command the arguments name, for a usage error that does not say.
fn named_command(args: &[OsString]) -> String {
    let cmd = Cli::command();
    let named = args.iter().skip(1).find_map(|a| {
        let word = a.to_str()?;
        cmd.get_subcommands().any(|s| s.get_name() == word).then(|| word.to_string())
    });
    named.map_or_else(|| "metodstod".to_string(), |name| format!("metodstod {name}"))
}

fn context_text(value: &ContextValue) -> String {
    match value {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(list) => list.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(list) => {
            list.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
        }
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests;
