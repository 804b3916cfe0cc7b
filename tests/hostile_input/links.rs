//! Hardening, hostile links: only `http`, `https` and `mailto` addresses pass
//! validation, none that looks like an option or holds another scheme; `open` hands the
//! browser the address as one literal argument, never through a shell.

use crate::common;

use common::hostile::{json, parse_value, problems, with_text, write};
use common::pty::{self, TempDir};

#[test]
fn addresses_that_look_like_options_or_other_schemes_are_refused() {
    for url in [
        "-e",
        "--help",
        "-oProxyCommand=sh",
        "--new-window=javascript:alert(1)",
        " https://example.org/",
        "https://example.org/ -e",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,<script>",
        "ssh://example.org",
        "$(id)",
        "`id`",
        "https:example.org",
        "mailto:",
        "//example.org",
    ] {
        let found = problems(parse_value(&with_text("entries[0].links[0].url", url)));
        assert!(
            found.iter().any(|p| p.path == "entries[0].links[0].url"),
            "{url:?} is accepted: {found:?}"
        );
    }
}

#[test]
fn open_passes_an_address_as_one_literal_argument() {
    let dir = TempDir::new("literal");
    let record = dir.join("record");
    let script = pty::recording_browser(&dir, &record);
    let urls = [
        "https://example.org/-e --help",
        "https://-oProxyCommand=touch%20PWNED/",
        "https://example.org/a;touch${IFS}PWNED|sh&x=`touch PWNED`'\"",
        "mailto:a@b.example?subject=$(touch PWNED)",
        "https://example.org/%s/%%s",
    ];
    for url in urls {
        let _ = std::fs::remove_file(&record);
        let file = dir.join("links.json");
        let value = with_text("entries[0].links[0].url", url);
        let valid = parse_value(&value).is_ok();
        write(&file, json(&value).as_bytes());
        let o = common::run_with(
            common::command()
                .arg("--catalogue")
                .arg(&file)
                .args(["open", "sexit", "1"])
                .env("BROWSER", &script)
                .current_dir(dir.path()),
        );
        if valid {
            assert_eq!(o.status.code(), Some(0), "{url}: {}", common::stderr(&o));
            let text = pty::wait_for_file(&record, "the link", |t| !t.is_empty());
            assert_eq!(text, format!("{url}\n"), "{url} is not one literal argument");
        } else {
            assert_eq!(o.status.code(), Some(1), "{url}: {}", common::stderr(&o));
            assert!(!record.exists(), "{url} reached the browser");
        }
        assert!(!dir.join("PWNED").exists(), "{url} ran through a shell");
    }
}
