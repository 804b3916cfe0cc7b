//! The command line: from the process's arguments, or with `--ssh-command` from what
//! the SSH client asked for, checked before clap sees it.

use std::ffi::OsString;
use std::io::Write as _;
use std::process::ExitCode;

use clap::FromArgMatches as _;
use metodstod::cli::{self, Cli};
use metodstod::i18n::cli_texts;
use metodstod::ssh_command;

use super::report::{USAGE_ERROR, fail};

/// The command line, or the exit code once it has been said why not (or the help or the
/// version printed). All of it in the language the arguments and the environment choose.
pub fn parse<I, T>(args: I) -> Result<Cli, ExitCode>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args = help_of_help(args.into_iter().map(Into::into).collect());
    let env = |name: &str| std::env::var(name).ok();
    let lang = cli::early_lang(&args, &env);
    let parsed = cli::command(lang)
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => Ok(cli),
        Err(e) if e.use_stderr() => {
            Err(fail(lang, USAGE_ERROR, &cli::usage_error(&e, &args, lang)))
        }
        // --help and --version.
        Err(e) => {
            let text = cli::localize_rendered(&e.render().to_string(), lang);
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            Err(ExitCode::SUCCESS)
        }
    }
}

/// clap's `help` command takes command names only, so `help --help` and `help list -h`
/// were "no command named '--help'". After `help`, `--help` and `-h` ask for the help
/// of what `help` names, or of `help` itself.
fn help_of_help(mut args: Vec<OsString>) -> Vec<OsString> {
    const WITH_VALUE: [&str; 3] = ["--lang", "--catalogue", "--select"];
    let mut words = args.iter().enumerate().skip(1);
    let mut first = None;
    while let Some((i, word)) = words.next() {
        let word = word.to_string_lossy();
        if word == "--" {
            break;
        }
        if WITH_VALUE.contains(&word.as_ref()) {
            words.next();
        } else if !word.starts_with('-') {
            first = Some((i, word == "help"));
            break;
        }
    }
    let Some((at, true)) = first else { return args };
    let asked = |a: &OsString| a == "--help" || a == "-h";
    if !args[at + 1..].iter().any(asked) {
        return args;
    }
    let mut kept: Vec<OsString> = args.drain(at + 1..).filter(|a| !asked(a)).collect();
    if !kept.iter().any(|a| !a.to_string_lossy().starts_with('-')) {
        kept.insert(0, "help".into());
    }
    args.extend(kept);
    args
}

/// `--ssh-command` (docs/ssh.md): the administrator's `ForceCommand` line is `admin`; the
/// user's words come from `SSH_ORIGINAL_COMMAND` and pass `ssh_command::decide` before
/// clap sees them. The administrator's `--catalogue` stays; the user can name no file.
pub fn over_ssh(admin: Cli) -> Result<Cli, ExitCode> {
    let env = |name: &str| std::env::var(name).ok();
    // Refusals are said before the user's words are parsed: in the administrator's
    // language, else the server's.
    let lang = admin.lang.unwrap_or_else(|| cli::early_lang(&[], &env));
    if admin.command.is_some() || admin.select.is_some() {
        return Err(fail(lang, USAGE_ERROR, cli_texts(lang).ssh_command_alone));
    }
    let original = match std::env::var("SSH_ORIGINAL_COMMAND") {
        Ok(text) => Some(text),
        Err(std::env::VarError::NotPresent) => None,
        Err(std::env::VarError::NotUnicode(_)) => {
            return Err(fail(lang, USAGE_ERROR, &ssh_command::not_utf8().text(lang)));
        }
    };
    let words = match ssh_command::decide(original.as_deref()) {
        ssh_command::Decision::Allow(words) => words,
        ssh_command::Decision::Refuse(why) => {
            return Err(fail(lang, USAGE_ERROR, &why.text(lang)));
        }
    };
    let mut user = parse(std::iter::once("metodstod".to_string()).chain(words))?;
    // decide() lets no --catalogue through; the check stays here as well.
    if user.catalogue.is_some() {
        return Err(fail(lang, USAGE_ERROR, &ssh_command::catalogue_refused().text(lang)));
    }
    user.catalogue = admin.catalogue;
    user.lang = user.lang.or(admin.lang);
    user.ascii |= admin.ascii;
    user.no_color |= admin.no_color;
    user.mouse |= admin.mouse;
    user.plain |= admin.plain;
    user.ssh_command = true;
    Ok(user)
}
