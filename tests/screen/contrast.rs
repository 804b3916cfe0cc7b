//! Every text cell of the browser's screens at a WCAG 2 contrast of 4.5:1 (or the
//! palette's own text, when that is less) in eight common terminal palettes, light and
//! dark, with bold drawn bright and drawn plain.
//! `cargo test --test integration screen::contrast -- --nocapture` prints the lowest
//! ratio of each palette. The line mode writes no escape
//! sequence at all (tests/line_mode.rs), so its prompt is each palette's own text.

use crate::common;

use common::contrast::{Bold, Palette, floor, lowest, palettes, ratio, shown};
use common::render::{apply, embedded, mini, render, state, type_query};
use metodstod::action::{Action, Status};
use metodstod::i18n::Lang;
use metodstod::state::State;
use metodstod::theme::Look;
use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier};

const LOOKS: [Look; 3] = [
    Look { ascii: false, color: true },
    Look { ascii: false, color: false },
    Look { ascii: true, color: true },
];

/// The states the browser shows, each named.
fn screens(look: Look) -> Vec<(&'static str, State)> {
    let fresh = |w, h| state(mini(), Lang::Sv, look, w, h);
    let mut out = vec![("start", fresh(120, 40)), ("start, category bar", fresh(80, 24))];
    out.push(("start, one pane", fresh(50, 20)));
    let mut s = fresh(120, 40);
    type_query(&mut s, "sexi");
    out.push(("typing a search with highlights", s));
    let mut s = fresh(120, 40);
    type_query(&mut s, "sexi");
    apply(&mut s, &[Action::Activate]);
    out.push(("search results, list focused", s));
    let mut s = fresh(120, 40);
    apply(&mut s, &[Action::ToggleMark, Action::SelectNext, Action::ToggleMark]);
    out.push(("a marked entry selected, another marked", s));
    let mut s = fresh(120, 40);
    type_query(&mut s, "sexi");
    apply(&mut s, &[Action::Activate, Action::FocusNextPane]);
    out.push(("unfocused selection, detail focused", s));
    let mut s = fresh(120, 40);
    apply(&mut s, &[Action::FocusPreviousPane, Action::SelectNext]);
    out.push(("categories focused", s));
    let mut s = fresh(80, 24);
    apply(&mut s, &[Action::FocusPreviousPane, Action::SelectNext]);
    out.push(("category bar focused", s));
    let mut s = fresh(120, 40);
    apply(&mut s, &[Action::Report(Status::Copied("https://example.org/manual".into()))]);
    out.push(("status message", s));
    let mut s = fresh(80, 24);
    apply(&mut s, &[Action::Report(Status::NoSuchLink { wanted: 7, count: 3 })]);
    out.push(("error message", s));
    let mut s = fresh(120, 40);
    type_query(&mut s, "qqxzv");
    out.push(("search with no results", s));
    for (name, action, w, h) in [
        ("help overlay", Action::ToggleHelp, 80, 24),
        ("about overlay", Action::ShowAbout, 80, 24),
        ("QR overlay", Action::ShowQr, 120, 40),
        ("QR overlay, too small", Action::ShowQr, 40, 12),
    ] {
        let mut s = fresh(w, h);
        apply(&mut s, &[action]);
        out.push((name, s));
    }
    let mut s = state(embedded(), Lang::En, look, 120, 40);
    apply(&mut s, &[Action::ToggleMark]);
    type_query(&mut s, "trafficking");
    out.push(("embedded catalogue, a search", s));
    out
}

/// A cell that shows something: not a blank, nor the second half of a wide character.
fn shows_text(cell: &Cell) -> bool {
    !cell.symbol().trim().is_empty()
}

/// A cell below its palette's floor: where it was first seen, and how low it is.
struct Failure {
    style: (Color, Color, Modifier),
    palette: usize,
    mode: Bold,
    ratio: f64,
    place: String,
}

/// The lowest ratio, per palette and way of drawing bold, over every shown cell of
/// `look`'s screens; and, for each style, palette and way of drawing bold below the
/// palette's floor, the first cell that has it.
fn measure(look: Look, palettes: &[Palette]) -> (Vec<[f64; 2]>, Vec<Failure>) {
    let modes = [Bold::Plain, Bold::Bright];
    let mut lowest_seen = vec![[f64::INFINITY; 2]; palettes.len()];
    let mut failures: Vec<Failure> = Vec::new();
    for (screen, s) in screens(look) {
        let (buffer, _) = render(&s);
        for position in buffer.area.positions() {
            let cell = &buffer[(position.x, position.y)];
            if !shows_text(cell) {
                continue;
            }
            let style = (cell.fg, cell.bg, cell.modifier);
            for (pi, p) in palettes.iter().enumerate() {
                for (mi, &mode) in modes.iter().enumerate() {
                    let place = || {
                        format!(
                            "{screen}: cell ({}, {}, {:?})",
                            position.x,
                            position.y,
                            cell.symbol()
                        )
                    };
                    let r = lowest(cell, p, mode).unwrap_or_else(|e| panic!("{}: {e}", place()));
                    lowest_seen[pi][mi] = lowest_seen[pi][mi].min(r);
                    let known = |f: &Failure| f.style == style && f.palette == pi && f.mode == mode;
                    if r < floor(p) && !failures.iter().any(known) {
                        failures.push(Failure {
                            style,
                            palette: pi,
                            mode,
                            ratio: r,
                            place: place(),
                        });
                    }
                }
            }
        }
    }
    (lowest_seen, failures)
}

#[test]
fn every_text_cell_is_readable_in_every_palette() {
    let palettes = palettes();
    let mut report = Vec::new();
    for look in LOOKS {
        let (lowest_seen, failures) = measure(look, &palettes);
        println!("{look:?}: the lowest ratio of any text cell");
        println!("| palette | floor | bold drawn plain | bold drawn bright |");
        for (p, row) in palettes.iter().zip(&lowest_seen) {
            println!("| {} | {:.2} | {:.2} | {:.2} |", p.name, floor(p), row[0], row[1]);
        }
        for f in failures {
            let p = &palettes[f.palette];
            let (fg, bg, modifier) = f.style;
            report.push(format!(
                "{look:?}, {}: {:.2}:1 in {}, {} (under {:.2}); fg {fg:?}, bg {bg:?}, {modifier:?}",
                f.place,
                f.ratio,
                p.name,
                f.mode.name(),
                floor(p),
            ));
        }
    }
    assert!(
        report.is_empty(),
        "{} styles below the floor, each at its first cell:\n{}",
        report.len(),
        report.join("\n")
    );
}

fn cell(fg: Color, bg: Color, modifier: Modifier) -> Cell {
    let mut c = Cell::new("x");
    c.set_fg(fg).set_bg(bg);
    c.modifier = modifier;
    c
}

fn palette(name: &str) -> Palette {
    match palettes().into_iter().find(|p| p.name == name) {
        Some(p) => p,
        None => panic!("no palette {name}"),
    }
}

/// The measure itself finds what users saw: the figures of styles known to fail.
#[test]
fn the_measure_finds_known_failures() {
    let at = |c: &Cell, p: &str, mode| lowest(c, &palette(p), mode).unwrap_or(f64::NAN);
    let two = |r: f64| format!("{r:.2}");
    let bold = Modifier::BOLD;
    // Bold black on cyan, where bold is bright: grey on cyan.
    let selection = cell(Color::Black, Color::Cyan, bold);
    assert_eq!(two(at(&selection, "xterm light", Bold::Bright)), "2.02");
    assert!(at(&selection, "xterm light", Bold::Plain) > 10.0);
    // Bold yellow labels on white.
    assert_eq!(
        two(at(&cell(Color::Yellow, Color::Reset, bold), "xterm light", Bold::Bright)),
        "1.07"
    );
    // "Bright black" is Solarized dark's background.
    assert_eq!(
        two(at(
            &cell(Color::DarkGray, Color::Reset, Modifier::empty()),
            "Solarized dark",
            Bold::Plain
        )),
        "1.00"
    );
    // PuTTY brightens after reverse video: the reversed default background turns grey.
    let reversed = cell(Color::Reset, Color::Reset, bold | Modifier::REVERSED);
    assert_eq!(two(at(&reversed, "PuTTY", Bold::Bright)), "3.88");
    assert!(at(&reversed, "PuTTY", Bold::Plain) > 10.0);
    // Faint black on white is halfway grey, under the floor.
    let faint = cell(Color::Reset, Color::Reset, Modifier::DIM);
    assert!(at(&faint, "xterm light", Bold::Plain) < 4.5);
    // Colours outside the 16 are refused.
    assert!(
        lowest(&cell(Color::Rgb(1, 2, 3), Color::Reset, bold), &palette("PuTTY"), Bold::Plain)
            .is_err()
    );
}

#[test]
fn the_floor_follows_a_palette_whose_own_text_is_weaker() {
    let light = palette("Solarized light");
    assert!((ratio(light.fg, light.bg) - 4.13).abs() < 0.01);
    assert!((floor(&light) - ratio(light.fg, light.bg)).abs() < 1e-9);
    assert!((floor(&palette("xterm light")) - 4.5).abs() < 1e-9);
    // Plain default text is the palette's own pair, in any mode.
    let plain = cell(Color::Reset, Color::Reset, Modifier::empty());
    assert_eq!(shown(&plain, &light, Bold::Bright).ok(), Some(vec![(light.fg, light.bg)]));
}
