use super::*;

fn resolve(args: &[&str], vars: &[(&str, &str)]) -> Result<Settings, String> {
    let mut argv = vec!["metodstod"];
    argv.extend_from_slice(args);
    let cli = Cli::try_parse_from(argv).map_err(|e| e.to_string())?;
    let env = |name: &str| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_string());
    settings(&cli, &env)
}

#[test]
fn language_from_option_then_env_then_locale() {
    let utf = ("LANG", "sv_SE.UTF-8");
    assert_eq!(
        resolve(&["--lang", "en"], &[("METODSTOD_LANG", "sv")]).map(|s| s.lang),
        Ok(Lang::En)
    );
    assert_eq!(resolve(&[], &[("METODSTOD_LANG", "en"), utf]).map(|s| s.lang), Ok(Lang::En));
    assert_eq!(resolve(&[], &[("LC_ALL", "en_GB.UTF-8"), utf]).map(|s| s.lang), Ok(Lang::En));
    assert_eq!(resolve(&[], &[("LC_MESSAGES", "en_US.UTF-8"), utf]).map(|s| s.lang), Ok(Lang::En));
    assert_eq!(resolve(&[], &[utf]).map(|s| s.lang), Ok(Lang::Sv));
    assert_eq!(resolve(&[], &[]).map(|s| s.lang), Ok(Lang::Sv));
    assert!(resolve(&[], &[("METODSTOD_LANG", "fr")]).is_err_and(|e| e.contains("METODSTOD_LANG")));
    assert!(resolve(&["--lang", "fr"], &[]).is_err());
}

#[test]
fn screen_reader_mode_from_option_or_environment() {
    let reader =
        |args: &[&str], vars: &[(&str, &str)]| resolve(args, vars).map(|s| s.screen_reader);
    assert_eq!(reader(&[], &[]), Ok(false));
    assert_eq!(reader(&["--screen-reader"], &[]), Ok(true));
    assert_eq!(reader(&[], &[("METODSTOD_SCREEN_READER", "1")]), Ok(true));
    assert_eq!(reader(&[], &[("METODSTOD_SCREEN_READER", "0")]), Ok(false));
    assert_eq!(reader(&[], &[("METODSTOD_SCREEN_READER", "")]), Ok(false));
}

#[test]
fn ascii_for_linux_console_dumb_terminal_and_non_utf8_locale() {
    let utf = ("LANG", "en_US.UTF-8");
    assert_eq!(resolve(&[], &[utf, ("TERM", "xterm-256color")]).map(|s| s.ascii), Ok(false));
    assert_eq!(resolve(&[], &[utf, ("TERM", "linux")]).map(|s| s.ascii), Ok(true));
    assert_eq!(
        resolve(&[], &[utf, ("TERM", "dumb")]).map(|s| (s.ascii, s.plain)),
        Ok((true, true))
    );
    assert_eq!(resolve(&[], &[("LANG", "C")]).map(|s| s.ascii), Ok(true));
    assert_eq!(resolve(&["--ascii"], &[utf]).map(|s| s.ascii), Ok(true));
}

#[test]
fn colour_off_with_option_or_no_color() {
    assert_eq!(resolve(&[], &[]).map(|s| s.color), Ok(true));
    assert_eq!(resolve(&["--no-color"], &[]).map(|s| s.color), Ok(false));
    assert_eq!(resolve(&[], &[("NO_COLOR", "1")]).map(|s| s.color), Ok(false));
    assert_eq!(resolve(&[], &[("NO_COLOR", "")]).map(|s| s.color), Ok(true));
}

#[test]
fn commands_parse() {
    assert!(resolve(&["search"], &[]).is_err(), "search needs a query");
    assert!(resolve(&["open", "sexit", "x"], &[]).is_err());
    assert!(resolve(&["list", "--category", "embassies", "--json"], &[]).is_ok());
    assert!(resolve(&["export", "--format", "ris", "sexit", "bsr-trm"], &[]).is_ok());
    assert!(resolve(&["export", "--format", "pdf"], &[]).is_err());
    assert!(resolve(&["export", "sexit", "--query", "hotell"], &[]).is_err());
    assert!(resolve(&["export", "--query", "hotell", "--category", "embassies"], &[]).is_err());
}
