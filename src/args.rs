//! The command line: from the process's arguments, or with `--ssh-command` from what
//! the SSH client asked for, checked before clap sees it.

use std::process::ExitCode;

use clap::Parser as _;
use metodstod::cli::Cli;
use metodstod::ssh_command;

use super::{USAGE_ERROR, fail};

/// The command line, or the exit code once clap has said why not (or printed the help).
pub fn parse<I, T>(args: I) -> Result<Cli, ExitCode>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    match Cli::try_parse_from(args) {
        Ok(cli) => Ok(cli),
        Err(e) if e.use_stderr() => {
            // Usage errors in the program's own form (DESIGN §2), exit 2.
            let message = e.render().to_string();
            let message = message.trim_end().trim_start_matches("error: ");
            Err(fail(USAGE_ERROR, message))
        }
        // --help and --version.
        Err(e) => {
            let _ = e.print();
            Err(ExitCode::SUCCESS)
        }
    }
}

/// `--ssh-command` (docs/ssh.md): the administrator's `ForceCommand` line is `admin`; the
/// user's words come from `SSH_ORIGINAL_COMMAND` and pass `ssh_command::decide` before
/// clap sees them. The administrator's `--catalogue` stays; the user can name no file.
pub fn over_ssh(admin: Cli) -> Result<Cli, ExitCode> {
    if admin.command.is_some() || admin.select.is_some() {
        return Err(fail(
            USAGE_ERROR,
            "--ssh-command takes the command from SSH_ORIGINAL_COMMAND; give no command or --select beside it",
        ));
    }
    let original = match std::env::var("SSH_ORIGINAL_COMMAND") {
        Ok(text) => Some(text),
        Err(std::env::VarError::NotPresent) => None,
        Err(std::env::VarError::NotUnicode(_)) => {
            return Err(fail(
                USAGE_ERROR,
                &format!(
                    "refused over SSH: the command is not UTF-8 text; {}",
                    ssh_command::ALLOWED
                ),
            ));
        }
    };
    let words = match ssh_command::decide(original.as_deref()) {
        ssh_command::Decision::Allow(words) => words,
        ssh_command::Decision::Refuse(why) => return Err(fail(USAGE_ERROR, &why)),
    };
    let mut user = parse(std::iter::once("metodstod".to_string()).chain(words))?;
    // decide() lets no --catalogue through; the check stays here as well.
    if user.catalogue.is_some() {
        return Err(fail(USAGE_ERROR, "refused over SSH: --catalogue"));
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
