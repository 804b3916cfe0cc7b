use super::*;

#[test]
fn each_failure_is_said_in_both_languages_without_the_systems_words() {
    let all = [
        Failure::Refused("file:///etc/passwd".into()),
        Failure::NoBrowser,
        Failure::NotStarted { program: "firefox".into(), error: std::io::ErrorKind::NotFound },
        Failure::Exited { program: "xdg-open".into(), code: Some(3) },
        Failure::Exited { program: "xdg-open".into(), code: None },
        Failure::NotCopied(std::io::ErrorKind::BrokenPipe),
    ];
    for failure in &all {
        let (sv, en) = (failure.message(Lang::Sv), failure.message(Lang::En));
        assert_ne!(sv, en, "{failure:?}");
        for said in [&sv, &en] {
            assert!(!said.contains("exit status") && !said.contains("os error"), "{said}");
        }
    }
    assert_eq!(
        all[3].message(Lang::Sv),
        "Kunde inte öppna länken: xdg-open avslutades med felkod 3"
    );
    assert_eq!(
        all[3].message(Lang::En),
        "Could not open the link: xdg-open ended with exit code 3"
    );
}
