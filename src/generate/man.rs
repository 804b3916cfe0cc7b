//! metodstod(1): clap_mangen's title, synopsis, description and global options, then
//! the commands with their arguments (from the same clap definition), the keys (from
//! `keymap::help_rows`, the table the help overlay reads), the environment, the exit
//! status, the files and SEE ALSO.

use std::fmt::Write as _;

use clap::{Arg, Command};

use metodstod::i18n::{Lang, texts};
use metodstod::keymap;

pub fn page(command: &Command) -> String {
    let man = clap_mangen::Man::new(command.clone()).section("1").manual("User Commands");
    let mut out = Vec::new();
    man.render_title(&mut out).expect("writing to a Vec cannot fail");
    man.render_name_section(&mut out).expect("writing to a Vec cannot fail");
    man.render_synopsis_section(&mut out).expect("writing to a Vec cannot fail");
    man.render_description_section(&mut out).expect("writing to a Vec cannot fail");
    man.render_options_section(&mut out).expect("writing to a Vec cannot fail");
    let mut page = String::from_utf8(out).expect("clap_mangen writes only UTF-8");
    commands(command, &mut page);
    keys(&mut page);
    for (title, body) in SECTIONS {
        let _ = writeln!(page, ".SH {title}");
        page.push_str(body.trim_start());
    }
    let _ = writeln!(page, ".SH VERSION\nv{}", escape(command.get_version().unwrap_or("")));
    page
}

/// Text for a roff line: backslashes and hyphens escaped, no request at its start.
pub fn escape(text: &str) -> String {
    let text = text.replace('\\', "\\e").replace('-', "\\-");
    if text.starts_with(['.', '\'']) { format!("\\&{text}") } else { text }
}

fn commands(command: &Command, page: &mut String) {
    page.push_str(".SH COMMANDS\nWithout a command, \\fBmetodstod\\fR opens the browser (on a terminal) or prints the plain list (in a pipe).\n");
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        let args: Vec<&Arg> = sub
            .get_arguments()
            .filter(|a| !a.is_hide_set() && !a.is_global_set() && a.get_id() != "help")
            .collect();
        let usage: Vec<String> = args.iter().map(|a| usage(a)).collect();
        let _ = writeln!(page, ".TP\n\\fBmetodstod {}\\fR {}", sub.get_name(), usage.join(" "));
        let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
        let _ = writeln!(page, "{}", escape(&about));
        if args.is_empty() {
            continue;
        }
        page.push_str(".RS\n");
        for arg in args {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            let _ = writeln!(page, ".TP\n{}\n{}", name(arg), escape(&help));
        }
        page.push_str(".RE\n");
    }
}

/// An argument as written: `\-\-format FORMAT`, or `ID` for a positional.
fn name(arg: &Arg) -> String {
    let value = arg
        .get_value_names()
        .and_then(|v| v.first())
        .map_or_else(|| arg.get_id().as_str().to_uppercase(), ToString::to_string);
    let many = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
    match (arg.get_short(), arg.get_long()) {
        (_, None) => format!("\\fI{}\\fR{}", escape(&value), if many { "..." } else { "" }),
        (short, Some(long)) => {
            let short = short.map(|s| format!("\\fB\\-{s}\\fR, ")).unwrap_or_default();
            let takes = arg.get_action().takes_values();
            let value = if takes { format!(" \\fI{}\\fR", escape(&value)) } else { String::new() };
            format!("{short}\\fB\\-\\-{}\\fR{value}", escape(long))
        }
    }
}

fn usage(arg: &Arg) -> String {
    let name = name(arg);
    if arg.is_required_set() { name } else { format!("[{name}]") }
}

fn keys(page: &mut String) {
    page.push_str(".SH KEYS\nIn the browser (the help overlay, \\fB?\\fR, lists the same):\n");
    for row in keymap::help_rows(texts(Lang::En), true) {
        let _ = writeln!(page, ".TP\n\\fB{}\\fR\n{}", escape(&row.keys), escape(row.what));
    }
}

const SECTIONS: [(&str, &str); 6] = [
    (
        "ENVIRONMENT",
        r#"
.TP
\fBMETODSTOD_CATALOGUE\fR
A catalogue file to use instead of the built-in one, as \fB\-\-catalogue\fR.
.TP
\fBMETODSTOD_LANG\fR
The interface and description language, \fBsv\fR or \fBen\fR, as \fB\-\-lang\fR.
.TP
\fBLC_ALL\fR, \fBLC_MESSAGES\fR, \fBLANG\fR
Without \fB\-\-lang\fR or \fBMETODSTOD_LANG\fR: a locale starting with "en" gives English, else Swedish.
.TP
\fBLC_ALL\fR, \fBLC_CTYPE\fR, \fBLANG\fR, \fBTERM\fR
A locale that is not UTF\-8, TERM=linux or TERM=dumb gives ASCII borders and symbols; TERM=dumb also the line mode (\fB\-\-plain\fR) on a terminal.
.TP
\fBNO_COLOR\fR
Set and not empty: no colours, as \fB\-\-no\-color\fR.
.TP
\fBBROWSER\fR
The command that opens a link (split as a shell would, never run through one); else the platform's opener.
.TP
\fBSSH_CONNECTION\fR, \fBSSH_CLIENT\fR, \fBSSH_TTY\fR
Any set: over SSH no browser is started on the server; a link is copied (OSC 52) and shown instead.
.TP
\fBTMUX\fR
Set: the OSC 52 copy is wrapped for tmux's passthrough.
"#,
    ),
    (
        "EXIT STATUS",
        r"
.TP
\fB0\fR
Success.
.TP
\fB1\fR
A runtime or data error: an unreadable or invalid catalogue, an unknown id, a link that could not be opened.
.TP
\fB2\fR
A usage error: an unknown option or command, a bad value, an unknown \fB\-\-select\fR id.
.TP
\fB128+N\fR
The browser was ended by signal N (e.g. 129 for SIGHUP, 143 for SIGTERM).
",
    ),
    (
        "LANGUAGE",
        r"
This page is in English only. The program itself, its \fB\-\-help\fR and its messages follow \fB\-\-lang\fR, \fBMETODSTOD_LANG\fR or the locale: Swedish (sv) or English (en); \fBmetodstod \-\-help \-\-lang sv\fR prints the help in Swedish.
",
    ),
    (
        "FILES",
        r"
.TP
\fIcatalogue.json\fR
The catalogue is embedded in the program; \fB\-\-catalogue\fR or \fBMETODSTOD_CATALOGUE\fR names another, which \fBmetodstod check\fR checks.
.TP
\fI/usr/share/metodstod/catalogue.schema.json\fR
The catalogue's JSON Schema for editors (also \fBmetodstod \-\-generate schema\fR); a catalogue may name it with a top\-level \fB$schema\fR key.
.TP
\fI/usr/share/doc/metodstod/ssh.md\fR
The team account: the browser offered to a team over SSH, one locked\-down account with OpenSSH alone.
.TP
\fI/usr/share/doc/metodstod/examples/sshd_config\fR
The \fBMatch\fR block for that account, to append to \fI/etc/ssh/sshd_config\fR.
",
    ),
    (
        "EXAMPLES",
        r"
.nf
metodstod search m\(:anniskohandel
metodstod show sexit \-\-lang en
metodstod open sexit 2
metodstod export \-\-format ris \-\-query hotell > hotell.ris
metodstod check my\-catalogue.json
.fi
",
    ),
    (
        "SEE ALSO",
        r"
\fIdocs/ssh.md\fR (installed as \fI/usr/share/doc/metodstod/ssh.md\fR),
\fBsshd_config\fR(5), \fBssh\fR(1)
",
    ),
];
