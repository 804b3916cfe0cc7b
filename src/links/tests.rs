use super::*;
use crate::platform::programs;

#[test]
fn base64_matches_the_standard() {
    assert_eq!(base64(b""), "");
    assert_eq!(base64(b"f"), "Zg==");
    assert_eq!(base64(b"fo"), "Zm8=");
    assert_eq!(base64(b"foo"), "Zm9v");
    assert_eq!(base64("ö".as_bytes()), "w7Y=");
}

#[test]
fn osc52_plain_and_for_tmux() {
    assert_eq!(osc52("hi", false), "\u{1b}]52;c;aGk=\u{7}");
    assert_eq!(osc52("hi", true), "\u{1b}Ptmux;\u{1b}\u{1b}]52;c;aGk=\u{7}\u{1b}\\");
}

#[test]
fn words_split_like_a_shell_without_one() {
    assert_eq!(split_words("firefox --new-tab"), Some(vec!["firefox".into(), "--new-tab".into()]));
    assert_eq!(
        split_words("'my browser' \"a b\" c\\ d"),
        Some(vec!["my browser".into(), "a b".into(), "c d".into()])
    );
    assert_eq!(
        split_words("x; rm -rf /"),
        Some(vec!["x;".into(), "rm".into(), "-rf".into(), "/".into()])
    );
    assert_eq!(split_words("  "), None);
    assert_eq!(split_words("'open"), None);
    assert_eq!(split_words("firefox\\"), None, "a trailing backslash");
    // Inside double quotes a backslash escapes only $ ` " \ and a newline, as in sh.
    assert_eq!(split_words(r#""a\b" "\$x""#), Some(vec![r"a\b".into(), "$x".into()]));
}

#[test]
fn browser_command_takes_the_address_as_one_argument() {
    let opener = Opener {
        browser: Some("/bin/echo --x %s:/bin/true".into()),
        path: None,
        ..Opener::default()
    };
    let url = "https://example.org/a;$(touch${IFS}x)&b=`id`|sh";
    let c = opener.command_for(url);
    assert_eq!(c.map(|c| c.args), Ok(vec!["--x".to_string(), url.to_string()]));
    let opener =
        Opener { browser: Some("/nonexistent/browser:/bin/true".into()), ..Opener::default() };
    assert_eq!(
        opener.command_for(url).map(|c| (c.program, c.args)),
        Ok(("/bin/true".into(), vec![url.to_string()]))
    );
    assert!(opener.command_for("file:///etc/passwd").is_err());
    assert!(opener.command_for("-e").is_err());
}

#[test]
fn no_opener_is_a_clear_error() {
    let opener = Opener { browser: None, path: Some("/nonexistent".into()), ..Opener::default() };
    assert!(opener.command_for("https://example.org/").is_err_and(|e| e == Failure::NoBrowser));
}

/// A directory holding empty files of these names, as programs to find.
fn programs_dir(label: &str, names: &[&str]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("metodstod-{label}-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    for name in names {
        assert!(std::fs::write(dir.join(name), "").is_ok());
    }
    dir
}

#[test]
fn on_windows_rundll32_gets_the_address_as_one_argument_and_no_shell_reads_it() {
    let dir = programs_dir("rundll32", &["rundll32.exe", "start.bat"]);
    let opener = Opener { path: Some(dir.clone().into()), ..Opener::default() };
    let url = "https://example.org/a?b=1&c=2|calc^x%PATH%,y";
    let c = opener.command_on(&programs::WINDOWS, url);
    // Not a .bat or .cmd file, which cmd.exe would read.
    let start = Opener { browser: Some("start".into()), ..opener.clone() };
    let by_start = start.command_on(&programs::WINDOWS, url).map(|c| c.program);
    let _ = std::fs::remove_dir_all(&dir);
    let expected = vec!["url.dll,FileProtocolHandler".to_string(), url.to_string()];
    assert_eq!(
        c.map(|c| (c.program, c.args, c.text_mode)),
        Ok(("rundll32".into(), expected, false))
    );
    assert_eq!(by_start, Ok("rundll32".to_string()), "start.bat is no browser");
}

#[test]
fn on_windows_browser_commands_keep_their_backslashes_and_drive_letters() {
    let dir = programs_dir("lynx-exe", &["lynx.exe"]);
    let w = &programs::WINDOWS;
    let opener = Opener {
        browser: Some(r#""C:\No Such\browser.exe" --new;lynx -nopause"#.into()),
        path: Some(dir.clone().into()),
        ..Opener::default()
    };
    let c = opener.command_on(w, "https://example.org/");
    let _ = std::fs::remove_dir_all(&dir);
    // The first command is not there; the second is found as lynx.exe, a text browser.
    let expected = vec!["-nopause".to_string(), "https://example.org/".to_string()];
    assert_eq!(c.map(|c| (c.program, c.args, c.text_mode)), Ok(("lynx".into(), expected, true)));
    let words = split_words(&w.literal_backslashes(r#""C:\Program Files\Lynx\lynx.exe" -x"#));
    assert_eq!(words, Some(vec![r"C:\Program Files\Lynx\lynx.exe".into(), "-x".into()]));
    assert_eq!(w.name(r"C:\Tools\w3m.exe"), "w3m");
    assert!(w.is_path(r"C:\Tools\w3m.exe") && !w.is_path("w3m"));
    // Elsewhere a backslash is an escape, and only `/` separates directories.
    assert_eq!(programs::UNIX.name("/usr/bin/w3m"), "w3m");
    assert!(!programs::UNIX.is_path(r"w3m\x"));
    assert_eq!(programs::UNIX.literal_backslashes(r"a\ b"), r"a\ b");
}

#[test]
fn text_mode_browsers_are_recognised() {
    let dir = std::env::temp_dir().join(format!("metodstod-w3m-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let w3m = dir.join("w3m");
    assert!(std::fs::write(&w3m, "#!/bin/sh\n").is_ok());
    let opener =
        Opener { browser: Some("w3m".into()), path: Some(dir.clone().into()), ..Opener::default() };
    let c = opener.command_for("https://example.org/");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(c.map(|c| (c.program, c.text_mode)), Ok(("w3m".to_string(), true)));
}
