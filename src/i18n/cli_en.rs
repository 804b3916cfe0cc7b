//! The command line in English.

use super::{CliTexts, Counted};

pub static TEXTS: CliTexts = CliTexts {
    about: "Browse NSPM's listing of guides, handbooks and training material (metodstöd) against prostitution and human trafficking",
    examples: "\
Examples:
  metodstod                          open the browser
  metodstod search människohandel    find resources from the command line
  metodstod show sexit --lang en     one resource in full, in English
  metodstod open sexit 2             open the second link of a resource
  metodstod list --json | jq .       the catalogue as JSON
  metodstod export sexit bsr-trm > list.md          a reading list in Markdown
  metodstod export --format ris --query hotell > hotell.ris   for Zotero or EndNote
  metodstod check my-catalogue.json  check your own catalogue",
    usage: "Usage",
    options: "Options",
    arguments: "Arguments",
    commands: "Commands",
    possible_values_heading: "possible values",
    default_value: "default",
    options_placeholder: "[OPTIONS]",
    command_placeholder: "COMMAND",
    command_help: &[
        ("list", "List the resources, one per line: metodstod list --category embassies"),
        ("show", "Show one resource in full: metodstod show sexit"),
        (
            "search",
            "Search with the same ranking as the browser: metodstod search ostersjo handbok",
        ),
        ("categories", "List the categories and how many resources each has: metodstod categories"),
        ("about", "About the catalogue: its source, dates, size and file: metodstod about"),
        (
            "open",
            "Open one of a resource's links (over SSH: show and copy its address): metodstod open sexit 2",
        ),
        (
            "export",
            "Write a reading list to standard output: metodstod export --format csv > list.csv",
        ),
        (
            "check",
            "Check a catalogue file (without a path: the catalogue in use): metodstod check my.json",
        ),
        ("help", "Print this help, or the help of a command"),
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
        ("no_color", "No colours (same as setting NO_COLOR)"),
        (
            "mouse",
            "Capture the mouse: click selects, the wheel scrolls (off: the terminal keeps text selection)",
        ),
        ("select", "Start the browser with this resource selected, e.g. --select sexit"),
        (
            "plain",
            "The line mode: one line at a time, for screen readers and dumb terminals (automatic with TERM=dumb)",
        ),
        (
            "screen_reader",
            "The browser in the screen-reader mode: one column at a time without frames, the cursor on the selection, for screen readers such as Orca, NVDA and fenrir; F2 switches [env: METODSTOD_SCREEN_READER=1]",
        ),
        (
            "ssh_command",
            "For an sshd ForceCommand: run what the SSH client asked for (SSH_ORIGINAL_COMMAND) when it is a resource id or a read-only command; refuse anything else (docs/ssh.md)",
        ),
        ("help", "Print help"),
        ("version", "Print version"),
        ("json", "Print JSON instead of text"),
        (
            "list.category",
            "Only resources in this category: its id, its Swedish or English name, or the beginning of one (see `metodstod categories`)",
        ),
        ("show.id", "The resource's id (see `metodstod list`)"),
        ("search.query", "Search words; the matches are ranked, and not every word must match"),
        ("open.id", "The resource's id"),
        ("open.n", "Which link, counted from 1"),
        (
            "export.format",
            "md (Markdown), csv (spreadsheets), ris (Zotero, EndNote), bibtex, json, html (one page)",
        ),
        ("export.ids", "These resources, in the order given (without ids: all)"),
        ("export.query", "The resources a search finds, ranked as `search` ranks them"),
        (
            "export.category",
            "The resources of one category, by id or name (see `metodstod categories`)",
        ),
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
    given_twice: "{arg} may be given only once",
    too_many_values: "too many values for {arg}: {value}",
    missing_command: "a command is missing",
    not_utf8: "an argument is not valid UTF-8 text",
    more_help: "More help: {command} --help",
    no_such_language: "{value} is not a language of this program; choose sv (Swedish) or en (English)",
    no_entry: "there is no resource with the id {id}",
    no_category: "no category has the name or id {id}",
    category_ambiguous: "{id} could be more than one category",
    category_candidates: "did you mean {names}? Type more of the name",
    did_you_mean: "did you mean {ids}?",
    or: "or",
    the_ids_are: "the ids are: {ids}",
    see_categories: "`metodstod categories` shows every category with its id and names",
    link_count: Counted {
        one: "{id} has {n} link; choose 1",
        many: "{id} has {n} links; choose 1 to {n}",
    },
    over_ssh: "over SSH no browser is started on the server; the address is printed (and copied where the terminal allows)",
    ssh_command_alone: "--ssh-command takes the command from SSH_ORIGINAL_COMMAND and cannot be combined with a command or with --select",
    could_not_open: "could not open {url}: {why}",
    terminal_failed: "the terminal could not be used: {error}",
    streams_failed: "could not read or write: {error}",
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
    hint_json: "correct the error there; reading stopped at it, so more problems may follow: run `metodstod check {file}` again to see them",
};
