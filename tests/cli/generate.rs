//! What `--generate` prints: the man page renders and names every command,
//! option and key; each completion script passes its shell's syntax check and lists
//! every command, and bash completes entry ids from the catalogue in use; the committed
//! JSON Schema is the generated one, accepts the valid catalogues and rejects the
//! structurally wrong ones; the packaged sshd_config example is the block of docs/ssh.md.
//! Refresh the committed schema with `UPDATE_GOLDEN=1 cargo test --test integration cli::generate`.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use clap::CommandFactory as _;
use common::{fixture, run, stdout};
use metodstod::cli::Cli;
use serde_json::{Value, json};

fn generated(what: &str) -> String {
    let o = run(&["--generate", what]);
    assert!(o.status.success(), "--generate {what}: {}", common::stderr(&o));
    stdout(&o)
}

fn root(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A file for a tool to read, in the scratch directory Cargo gives integration tests
/// (inside the target directory, wherever that is); kept for a look after a failure.
fn scratch(name: &str, text: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("test-generate");
    std::fs::create_dir_all(&dir).expect("Cargo's scratch directory is writable");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("Cargo's scratch directory is writable");
    path
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Every subcommand, and every option's long name (globals and each command's).
fn names() -> (Vec<String>, Vec<String>) {
    let cli = Cli::command();
    let visible = |a: &&clap::Arg| !a.is_hide_set();
    let mut options: Vec<String> = cli
        .get_arguments()
        .filter(visible)
        .filter_map(|a| a.get_long().map(String::from))
        .collect();
    let mut commands = Vec::new();
    for sub in cli.get_subcommands() {
        commands.push(sub.get_name().to_string());
        options.extend(
            sub.get_arguments().filter(visible).filter_map(|a| a.get_long().map(String::from)),
        );
    }
    options.sort();
    options.dedup();
    (commands, options)
}

#[test]
fn man_page_is_well_formed_roff() {
    let page = generated("man");
    assert!(page.starts_with(".ie") || page.starts_with(".TH"), "{}", &page[..80]);
    // Every request line is one a man page uses: no stray text read as a request.
    let known = [
        "TH", "SH", "SS", "TP", "RS", "RE", "PP", "LP", "IP", "nf", "fi", "br", "sp", "B", "I",
        "BR", "IR", "ie", "el", "ds", "\\\"",
    ];
    for line in page.lines().filter(|l| l.starts_with(['.', '\''])) {
        let request = line[1..].split_whitespace().next().unwrap_or("");
        assert!(known.contains(&request), "unknown roff request: {line:?}");
    }
    for section in [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "COMMANDS",
        "KEYS",
        "ENVIRONMENT",
        "EXIT STATUS",
        "FILES",
        "SEE ALSO",
    ] {
        assert!(
            page.contains(&format!(".SH {section}\n"))
                || page.contains(&format!(".SH \"{section}\"\n")),
            "no {section}"
        );
    }
    if have("groff") {
        let path = scratch("metodstod.1", &page);
        let o = Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "-z"])
            .arg(&path)
            .output()
            .expect("groff runs");
        let warnings = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success() && warnings.is_empty(), "groff: {warnings}");
    }
}

#[test]
fn man_page_names_every_command_option_and_key() {
    let page = generated("man");
    let rendered = if have("man") {
        let path = scratch("names.1", &page);
        let o = Command::new("man")
            .arg("-l")
            .arg(&path)
            .env("MANPAGER", "cat")
            .env("MANWIDTH", "200")
            .env("MAN_KEEP_FORMATTING", "")
            .output()
            .expect("man runs");
        assert!(o.status.success(), "man -l: {}", String::from_utf8_lossy(&o.stderr));
        // Overstriking (bold, underline) removed.
        let text = String::from_utf8_lossy(&o.stdout).into_owned();
        let mut plain = String::new();
        for c in text.chars() {
            if c == '\u{8}' {
                plain.pop();
            } else {
                plain.push(c);
            }
        }
        plain.replace(['‐', '−'], "-")
    } else {
        page.replace("\\-", "-").replace("\\fB", "").replace("\\fR", "").replace("\\fI", "")
    };
    let (commands, options) = names();
    for command in commands {
        assert!(rendered.contains(&format!("metodstod {command}")), "no command {command}");
    }
    for option in options {
        assert!(rendered.contains(&format!("--{option}")), "no option --{option}");
    }
    for row in metodstod::keymap::help_rows(metodstod::i18n::texts(metodstod::i18n::Lang::En), true)
    {
        assert!(rendered.contains(&row.keys), "no keys {:?}", row.keys);
        assert!(
            rendered.contains(row.what.split_whitespace().next().unwrap_or("")),
            "no {:?}",
            row.what
        );
    }
    for word in [
        "METODSTOD_CATALOGUE",
        "METODSTOD_LANG",
        "NO_COLOR",
        "BROWSER",
        "SSH_CONNECTION",
        "ssh.md",
        "sshd_config",
    ] {
        assert!(rendered.contains(word), "no {word}");
    }
}

#[test]
fn completions_pass_their_shells_syntax_check_and_list_every_command() {
    let (commands, _) = names();
    for (shell, check) in
        [("bash", Some("bash")), ("zsh", Some("zsh")), ("fish", Some("fish")), ("powershell", None)]
    {
        let script = generated(&format!("complete-{shell}"));
        for command in &commands {
            assert!(script.contains(command.as_str()), "{shell}: no {command}");
        }
        if let Some(tool) = check.filter(|t| have(t)) {
            let path = scratch(&format!("metodstod.{shell}"), &script);
            let o = Command::new(tool).arg("-n").arg(&path).output().expect("the shell runs");
            assert!(o.status.success(), "{tool} -n: {}", String::from_utf8_lossy(&o.stderr));
        }
    }
    assert!(have("bash"), "bash is needed for this check");
    let zsh = generated("complete-zsh");
    assert!(zsh.matches("_metodstod_ids'").count() >= 3, "zsh: ids after show, open and --select");
}

/// What bash offers for the words typed so far (the last is the one being completed).
fn bash_complete(words: &[&str]) -> Vec<String> {
    let script = scratch("complete.bash", &generated("complete-bash"));
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source '{}'; COMP_WORDS=('{}' {}); COMP_CWORD={}; COMP_LINE=\"${{COMP_WORDS[*]}}\"; COMP_POINT=${{#COMP_LINE}}; \
         _metodstod_with_ids \"${{COMP_WORDS[0]}}\" \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        env!("CARGO_BIN_EXE_metodstod"),
        quoted.join(" "),
        words.len(),
    );
    let o = Command::new("bash")
        .args(["-c", &program])
        .env_remove("METODSTOD_CATALOGUE")
        .output()
        .expect("bash runs");
    assert!(o.status.success(), "bash: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8_lossy(&o.stdout).lines().filter(|l| !l.is_empty()).map(String::from).collect()
}

#[test]
fn bash_completes_entry_ids_from_the_catalogue_in_use() {
    let mini = fixture("mini.json");
    let mini_ids: Vec<String> =
        stdout(&run(&["--catalogue", mini.to_str().unwrap(), "--generate", "ids"]))
            .lines()
            .map(String::from)
            .collect();
    assert!(!mini_ids.is_empty());
    let embedded_ids = stdout(&run(&["--generate", "ids"]));
    assert!(embedded_ids.lines().any(|l| l == "sexit"), "{embedded_ids}");
    assert!(bash_complete(&["show", "sex"]).contains(&"sexit".to_string()));
    assert!(bash_complete(&["open", "sex"]).contains(&"sexit".to_string()));
    assert!(bash_complete(&["--select", "sex"]).contains(&"sexit".to_string()));
    let first = &mini_ids[0];
    assert_eq!(bash_complete(&["--catalogue", mini.to_str().unwrap(), "show", ""]), mini_ids);
    assert!(bash_complete(&["show", "--catalogue", mini.to_str().unwrap(), ""]).contains(first));
    // The second argument of `open` is a number, not an id; commands still complete.
    assert!(!bash_complete(&["open", "sexit", ""]).contains(&"sexit".to_string()));
    assert!(bash_complete(&["ex"]).contains(&"export".to_string()));
}

fn schemas() -> (boon::Schemas, boon::SchemaIndex) {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    let value: Value = serde_json::from_str(&generated("schema")).expect("the schema is JSON");
    compiler.add_resource("file:///catalogue.schema.json", value).expect("a resource");
    let index = compiler
        .compile("file:///catalogue.schema.json", &mut schemas)
        .expect("the schema compiles");
    (schemas, index)
}

fn valid(value: &Value) -> Result<(), String> {
    let (schemas, index) = schemas();
    schemas.validate(value, index).map_err(|e| format!("{e:#}"))
}

fn read(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("readable");
    serde_json::from_str(text.trim_start_matches('\u{feff}')).expect("JSON")
}

/// The fixture `name` (`mini.json` or a variant of it) as JSON.
fn parsed(name: &str) -> Value {
    let text = common::fixtures::text(name);
    serde_json::from_str(text.trim_start_matches('\u{feff}')).expect("JSON")
}

#[test]
fn committed_schema_is_the_generated_one() {
    let path = root("docs/catalogue.schema.json");
    let fresh = generated("schema");
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::write(&path, &fresh).expect("docs/ is writable");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is stale: UPDATE_GOLDEN=1 cargo test --test integration cli::generate",
        path.display()
    );
    let _ = schemas();
}

#[test]
fn schema_accepts_the_catalogue_and_every_valid_fixture() {
    valid(&read(&root("catalogue.json"))).expect("catalogue.json");
    // Valid, or wrong only by rules the schema cannot express (its description says so).
    for name in [
        "mini.json",
        "bom.json",
        "duplicate-id.json",
        "bad-link-and-category.json",
        "control-character.json",
    ] {
        if let Err(e) = valid(&parsed(name)) {
            panic!("{name}: {e}");
        }
    }
    let described = read(&root("docs/catalogue.schema.json"));
    let description = described["description"].as_str().unwrap_or("");
    assert!(
        description.contains("unique") && description.contains("metodstod check"),
        "{description}"
    );
}

#[test]
fn schema_rejects_the_structurally_wrong() {
    for name in ["unknown-field.json", "entries-not-a-list.json"] {
        assert!(valid(&parsed(name)).is_err(), "{name} accepted");
    }
    let mini = read(&fixture("mini.json"));
    let mut cases: Vec<(&str, Value)> = Vec::new();
    let mut v = mini.clone();
    v["entries"][0]["year"] = json!("2020");
    cases.push(("a year as a string", v));
    let mut v = mini.clone();
    v["entries"][0].as_object_mut().unwrap().remove("title");
    cases.push(("a missing title", v));
    let mut v = mini.clone();
    v["entries"][0]["links"][0]["kind"] = json!("video");
    cases.push(("an unknown link kind", v));
    let mut v = mini.clone();
    v["categories"][0]["name"]["de"] = json!("Name");
    cases.push(("a third language", v));
    let mut v = mini.clone();
    v["$schema"] = json!(1);
    cases.push(("a $schema that is not a string", v));
    for (what, value) in cases {
        assert!(valid(&value).is_err(), "{what} accepted");
        // And `check` agrees.
        let path = scratch("wrong.json", &value.to_string());
        assert_eq!(
            run(&["check", path.to_str().unwrap()]).status.code(),
            Some(1),
            "check accepted {what}"
        );
    }
}

#[test]
fn check_accepts_a_schema_key() {
    let mut v = read(&fixture("mini.json"));
    v["$schema"] = json!("./catalogue.schema.json");
    valid(&v).expect("the schema allows $schema");
    let path = scratch("with-schema.json", &serde_json::to_string_pretty(&v).unwrap());
    let o = run(&["check", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    assert!(
        read(&root("catalogue.json"))["$schema"].is_string(),
        "catalogue.json names its schema"
    );
}

#[test]
fn sshd_config_example_is_the_block_of_ssh_md() {
    let doc = std::fs::read_to_string(root("docs/ssh.md")).expect("docs/ssh.md");
    let start = doc.find("    Match User metodstod").expect("the Match block in docs/ssh.md");
    let block: Vec<&str> =
        doc[start..].lines().take_while(|l| l.starts_with("    ")).map(|l| &l[4..]).collect();
    let example = std::fs::read_to_string(root("docs/sshd_config.example")).expect("the example");
    let lines: Vec<&str> =
        example.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    assert_eq!(lines, block);
}
