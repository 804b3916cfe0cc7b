//! The pictures in `screenshots/` come from the real rendering code. This test fails
//! when they are out of date; `UPDATE_SCREENSHOTS=1 cargo test --test integration screen::screenshots`
//! writes them anew.

use crate::common;

use std::path::PathBuf;

use common::render::{apply, embedded, render, state, type_query};
use common::svg::svg;
use metodstod::action::Action;
use metodstod::i18n::Lang;
use metodstod::state::State;
use metodstod::theme::Look;

const LOOK: Look = Look { ascii: false, color: true };

fn scenes() -> Vec<(&'static str, State)> {
    let mut out = Vec::new();
    out.push(("browse-sv-120x40", state(embedded(), Lang::Sv, LOOK, 120, 40)));
    let mut s = state(embedded(), Lang::En, LOOK, 120, 40);
    type_query(&mut s, "ostersjo");
    out.push(("search-en-120x40", s));
    let mut s = state(embedded(), Lang::Sv, LOOK, 80, 24);
    type_query(&mut s, "sex");
    apply(&mut s, &[Action::Activate]);
    out.push(("search-sv-80x24", s));
    let mut s = state(embedded(), Lang::En, LOOK, 80, 24);
    apply(&mut s, &[Action::ToggleHelp]);
    out.push(("help-en-80x24", s));
    let mut s = state(embedded(), Lang::Sv, LOOK, 120, 40);
    apply(&mut s, &[Action::ToggleHelp]);
    out.push(("help-sv-120x40", s));
    out.push(("browse-sv-80x24", state(embedded(), Lang::Sv, LOOK, 80, 24)));
    out.push(("browse-en-110x32", state(embedded(), Lang::En, LOOK, 110, 32)));
    let mut s = state(embedded(), Lang::Sv, LOOK, 80, 24);
    apply(&mut s, &[Action::ShowAbout]);
    out.push(("about-sv-80x24", s));
    out
}

#[test]
fn screenshots_are_up_to_date() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("screenshots");
    let update = std::env::var_os("UPDATE_SCREENSHOTS").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for (name, s) in scenes() {
        let picture = svg(&render(&s).0);
        let path = dir.join(format!("{name}.svg"));
        if update {
            if let Err(e) = std::fs::write(&path, &picture) {
                panic!("{}: {e}", path.display());
            }
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(picture.as_str()) {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {stale:?}; regenerate with UPDATE_SCREENSHOTS=1 cargo test --test integration screen::screenshots"
    );
}
