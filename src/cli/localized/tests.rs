use super::*;

#[test]
fn every_command_and_argument_has_its_help_in_both_languages() {
    for lang in [Lang::Sv, Lang::En] {
        let cmd = command(lang);
        let mut missing = Vec::new();
        let mut seen = Vec::new();
        for sub in std::iter::once(&cmd).chain(cmd.get_subcommands()) {
            let key = if sub.get_name() == "metodstod" { "" } else { sub.get_name() };
            if sub.get_about().is_none_or(|a| a.to_string().is_empty()) {
                missing.push(format!("{key}: about"));
            }
            for arg in sub.get_arguments().filter(|a| !a.is_hide_set()) {
                let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                if cli_texts(lang).arg(key, arg.get_id().as_str()) != Some(help.as_str()) {
                    missing.push(format!("{key}.{}", arg.get_id()));
                }
                seen.push(help);
            }
        }
        assert!(missing.is_empty(), "{lang:?}: no help of our own for {missing:?}");
        assert!(seen.len() > 20, "{lang:?}: the walk saw the arguments: {}", seen.len());
    }
}

#[test]
fn the_language_is_decided_before_clap_parses() {
    let args = |words: &[&str]| -> Vec<OsString> {
        std::iter::once("metodstod").chain(words.iter().copied()).map(Into::into).collect()
    };
    let env = |vars: &'static [(&'static str, &'static str)]| {
        move |name: &str| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_string())
    };
    let english = env(&[("LANG", "en_GB.UTF-8")]);
    let swedish = env(&[("METODSTOD_LANG", "sv"), ("LANG", "en_GB.UTF-8")]);
    assert_eq!(early_lang(&args(&["--lang", "sv", "list"]), &english), Lang::Sv);
    assert_eq!(early_lang(&args(&["list", "--lang=en"]), &swedish), Lang::En);
    assert_eq!(early_lang(&args(&["list"]), &swedish), Lang::Sv);
    assert_eq!(early_lang(&args(&["list"]), &english), Lang::En);
    // A wrong --lang falls through to the environment; after "--" it is no option.
    assert_eq!(early_lang(&args(&["--lang", "de"]), &english), Lang::En);
    assert_eq!(early_lang(&args(&["search", "--", "--lang", "sv"]), &english), Lang::En);
    assert_eq!(early_lang(&args(&[]), &env(&[])), Lang::Sv);
}

#[test]
fn help_headings_and_placeholders_in_our_words() {
    let help = "Usage: metodstod [OPTIONS] [KOMMANDO]\n\nOptions:\n  -f  x [default: md] [possible values: md, csv]\n";
    assert_eq!(
        localize_rendered(help, Lang::Sv),
        "Användning: metodstod [FLAGGOR] [KOMMANDO]\n\nFlaggor:\n  -f  x [standard: md] [möjliga värden: md, csv]\n"
    );
    assert_eq!(localize_rendered(help, Lang::En), help);
}
