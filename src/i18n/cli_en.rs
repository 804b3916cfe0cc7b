//! The command line in English.

use super::{CliTexts, Counted};

pub static TEXTS: CliTexts = CliTexts {
    about: "Browse NSPM's list of methodological support (metodstöd) against prostitution and human trafficking",
    examples: "\
Examples:
  metodstod                          open the interactive view
  metodstod search människohandel    find resources from the command line
  metodstod show sexit --lang en     one entry in full, in English
  metodstod open sexit 2             open the second link of an entry
  metodstod list --json | jq .       the catalogue as JSON
  metodstod export sexit bsr-trm > list.md          a reading list in Markdown
  metodstod export --format ris --query hotell > hotell.ris   for Zotero or EndNote
  metodstod check my-catalogue.json  validate your own catalogue",
    usage: "Usage",
    options: "Options",
    arguments: "Arguments",
    commands: "Commands",
    possible_values_heading: "possible values",
    default_value: "default",
    options_placeholder: "[OPTIONS]",
    command_placeholder: "COMMAND",
    command_help: &[
        ("list", "List the entries, one per line: metodstod list --category embassies"),
        ("show", "Show one entry in full: metodstod show sexit"),
        ("search", "Search with the interactive view's ranking: metodstod search ostersjo handbok"),
        ("categories", "List the categories with their entry counts: metodstod categories"),
        ("about", "About the catalogue: its source, dates, size and file: metodstod about"),
        ("open", "Open a link of an entry (over SSH: print and copy it): metodstod open sexit 2"),
        (
            "export",
            "Write a reading list to standard output: metodstod export --format csv > list.csv",
        ),
        ("check", "Validate a catalogue file (default: the one in use): metodstod check my.json"),
        ("help", "Print this help, or the help of the given command"),
    ],
    arg_help: &[
        (
            "catalogue",
            "Use this catalogue file instead of the built-in one [env: METODSTOD_CATALOGUE]",
        ),
        (
            "lang",
            "Interface and description language: sv (Swedish) or en (English) [env: METODSTOD_LANG; else the locale]",
        ),
        (
            "ascii",
            "ASCII borders and symbols only (automatic for TERM=linux or dumb, or a non-UTF-8 locale)",
        ),
        ("no_color", "No colours (also when NO_COLOR is set)"),
        (
            "mouse",
            "Capture the mouse: click selects, the wheel scrolls (off: the terminal keeps text selection)",
        ),
        ("select", "Start the interactive view with this entry selected, e.g. --select sexit"),
        (
            "plain",
            "A line-by-line mode for screen readers and dumb terminals (automatic for TERM=dumb)",
        ),
        (
            "screen_reader",
            "The browser in the screen-reader mode: one column at a time without frames, the cursor on the selection, for screen readers such as Orca, NVDA and fenrir; F2 switches [env: METODSTOD_SCREEN_READER=1]",
        ),
        (
            "ssh_command",
            "For an sshd ForceCommand: run what the SSH client asked for (SSH_ORIGINAL_COMMAND) when it is an entry id or a read-only command; refuse anything else (docs/ssh.md)",
        ),
        ("help", "Print help"),
        ("version", "Print version"),
        ("json", "Print JSON instead of text"),
        ("list.category", "Only entries in this category (see `metodstod categories`)"),
        ("show.id", "The entry's id, as `list` prints it"),
        ("search.query", "Search terms; all must match"),
        ("open.id", "The entry's id"),
        ("open.n", "Which link, counted from 1"),
        (
            "export.format",
            "md (Markdown), csv (spreadsheets), ris (Zotero, EndNote), bibtex, json, html (one page)",
        ),
        ("export.ids", "These entries, in this order (default: every entry)"),
        ("export.query", "The entries a search finds, best first, as `search` ranks them"),
        ("export.category", "The entries of one category (see `metodstod categories`)"),
        ("check.path", "The file to check"),
        ("help.subcommand", "The command whose help to print"),
    ],
    value_names: &[],
    error: "error",
    hint: "hint",
    unknown_argument: "unexpected argument {arg}",
    unknown_command: "there is no command {arg}",
    suggestion: "did you mean {suggestion}?",
    invalid_value: "invalid value {value} for {arg}",
    possible_values: "possible values: {values}",
    missing_value: "{arg} needs a value",
    missing_required: "{arg} is required",
    conflict: "{arg} cannot be used together with {other}",
    too_many_values: "too many values for {arg}: {value}",
    missing_command: "a command is missing",
    not_utf8: "an argument is not valid UTF-8 text",
    more_help: "More help: {command} --help",
    no_such_language: "{value} is not a language of this program; choose sv (Swedish) or en (English)",
    no_entry: "there is no entry with the id {id}",
    no_category: "there is no category with the id {id}",
    did_you_mean: "did you mean {ids}?",
    or: "or",
    the_ids_are: "the ids are: {ids}",
    link_count: Counted {
        one: "{id} has {n} link; choose 1",
        many: "{id} has {n} links; choose 1 to {n}",
    },
    over_ssh: "over SSH no browser is started on the server; the address is printed (and copied where the terminal allows)",
    ssh_command_alone: "--ssh-command takes the command from SSH_ORIGINAL_COMMAND; give no command or --select beside it",
    could_not_open: "could not open {url}: {why}",
    check_ok: "ok: {resources} in {categories}",
    problems_found: Counted { one: "{n} problem found", many: "{n} problems found" },
    built_in_catalogue: "the built-in catalogue",
    cannot_read: "{origin}: cannot read the catalogue: {error}",
    no_such_file: "no such file",
    permission_denied: "permission denied",
    hint_path_option: "check the path, or leave out --catalogue to use the built-in catalogue",
    hint_path_environment: "check the path, or unset METODSTOD_CATALOGUE to use the built-in catalogue",
    hint_path_check: "check the path; `metodstod check` without a path checks the catalogue in use",
    is_directory: "{origin}: is a directory, not a catalogue file",
    hint_directory: "name the JSON file itself, e.g. {file}",
    too_large: "{origin}: larger than {limit} MiB, refused",
    hint_too_large: "split the catalogue, or check that this is the file you meant",
    not_utf8_file: "{origin}:{line}:{column}: not valid UTF-8",
    hint_utf8: "save the file as UTF-8; reading stopped there, so more problems may follow",
    invalid_json: "{origin}:{line}:{column}: invalid JSON: {error}",
    hint_json: "fix the JSON at that place; reading stopped there, so more problems may follow",
};
