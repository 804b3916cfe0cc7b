//! Render tests on ratatui's `TestBackend`: snapshots at the common terminal sizes, style
//! checks for selection and highlights, the cursor, and every size without a panic.

use crate::common;

use common::render::{apply, mini, render, state, text, type_query};
use metodstod::action::{Action, Status};
use metodstod::i18n::Lang;
use metodstod::theme::Look;
use ratatui::style::{Color, Modifier};

const COLOR: Look = Look { ascii: false, color: true };

fn snapshot(name: &str, s: &metodstod::state::State) {
    let (buffer, _) = render(s);
    insta::assert_snapshot!(name, text(&buffer));
}

#[test]
fn snapshots_at_three_sizes() {
    for (w, h) in [(120, 40), (80, 24), (50, 20)] {
        let s = state(mini(), Lang::Sv, COLOR, w, h);
        snapshot(&format!("start_{w}x{h}"), &s);
    }
}

#[test]
fn snapshot_search_english() {
    let mut s = state(mini(), Lang::En, COLOR, 120, 40);
    type_query(&mut s, "ostersjo");
    snapshot("search_ostersjo_en_120x40", &s);
}

#[test]
fn a_word_that_found_nothing_is_named_above_the_list() {
    let mut s = state(mini(), Lang::Sv, COLOR, 80, 24);
    type_query(&mut s, "handbok zzqqx");
    snapshot("search_note_unmatched_80x24", &s);
    let (buffer, _) = render(&s);
    assert!(text(&buffer).contains("Inga träffar för ”zzqqx”"));
    let mut s = state(mini(), Lang::En, COLOR, 80, 24);
    type_query(&mut s, "qxhotell");
    let (buffer, _) = render(&s);
    let shown = text(&buffer);
    assert!(shown.contains("No matches.") && shown.contains("Did you mean “hotell”"), "{shown}");
}

#[test]
fn snapshot_help_overlay() {
    let mut s = state(mini(), Lang::Sv, COLOR, 80, 24);
    apply(&mut s, &[Action::ToggleHelp]);
    snapshot("help_80x24", &s);
}

#[test]
fn snapshot_narrow_detail_and_ascii() {
    let mut s = state(mini(), Lang::Sv, Look { ascii: true, color: false }, 50, 20);
    apply(&mut s, &[Action::Activate]);
    snapshot("narrow_detail_ascii_50x20", &s);
}

#[test]
fn snapshot_category_bar_and_status() {
    let mut s = state(mini(), Lang::En, COLOR, 80, 24);
    apply(&mut s, &[Action::FocusPreviousPane, Action::SelectNext, Action::SelectNext]);
    apply(&mut s, &[Action::Report(Status::Copied("https://example.org/manual".into()))]);
    snapshot("category_bar_status_80x24", &s);
}

#[test]
fn the_selected_row_is_reversed_and_matches_are_underlined() {
    let mut s = state(mini(), Lang::Sv, COLOR, 120, 40);
    // "sexi": the whole word "Sex" in another entry's summary ranks
    // above the title that only starts with "sex".
    type_query(&mut s, "sexi");
    apply(&mut s, &[Action::Activate]);
    let (buffer, _) = render(&s);
    let Some(list) = s.areas().list else { panic!("no list") };
    // The first row of the list is the selected entry "Sexit": reverse video in the
    // terminal's own colours, never bold (bold reverse turns grey where bold is bright).
    let first = &buffer[(list.x + 2, list.y + 1)];
    assert!(first.modifier.contains(Modifier::REVERSED), "selected row reversed");
    assert_eq!((first.fg, first.bg), (Color::Reset, Color::Reset), "in the theme's colours");
    // Its "S", "e", "x", "i" are underlined, on the bar without bold.
    let s_cell = &buffer[(list.x + 2, list.y + 1)];
    assert_eq!(s_cell.symbol(), "S");
    assert!(s_cell.modifier.contains(Modifier::UNDERLINED | Modifier::REVERSED));
    assert!(!s_cell.modifier.contains(Modifier::BOLD), "no bold over reverse video");
    let t_cell = &buffer[(list.x + 6, list.y + 1)];
    assert_eq!(t_cell.symbol(), "t");
    assert!(!t_cell.modifier.contains(Modifier::UNDERLINED), "unmatched letters are plain");
    // Off the bar, a match is bold and underlined.
    let mut s = state(mini(), Lang::Sv, COLOR, 120, 40);
    type_query(&mut s, "handbook");
    let (buffer, _) = render(&s);
    let off_bar = buffer.content().iter().find(|c| {
        c.modifier.contains(Modifier::UNDERLINED) && !c.modifier.contains(Modifier::REVERSED)
    });
    let Some(off_bar) = off_bar else { panic!("no match off the selected row") };
    assert!(off_bar.modifier.contains(Modifier::BOLD), "a match off the bar is bold");
}

#[test]
fn without_colour_every_state_is_still_visible() {
    let mut s = state(mini(), Lang::Sv, Look { ascii: false, color: false }, 120, 40);
    type_query(&mut s, "sexi");
    apply(&mut s, &[Action::Activate]);
    let (buffer, _) = render(&s);
    for cell in buffer.content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "no colour at all");
    }
    let Some(list) = s.areas().list else { panic!("no list") };
    let selected = &buffer[(list.x + 2, list.y + 1)];
    assert!(selected.modifier.contains(Modifier::REVERSED), "selection is reversed");
    assert!(selected.modifier.contains(Modifier::UNDERLINED), "a match is underlined");
    assert_eq!(buffer[(list.x + 1, list.y + 1)].symbol(), "▌", "and marked");
}

#[test]
fn ascii_mode_draws_no_box_characters() {
    let s = state(mini(), Lang::Sv, Look { ascii: true, color: false }, 120, 40);
    let (buffer, _) = render(&s);
    let drawn = text(&buffer);
    for c in ['─', '│', '┌', '┏', '━', '▌', '…', '·'] {
        assert!(!drawn.contains(c), "{c} in ASCII mode:\n{drawn}");
    }
}

#[test]
fn the_cursor_follows_the_selection_and_the_search_field() {
    let mut s = state(mini(), Lang::Sv, COLOR, 120, 40);
    apply(&mut s, &[Action::SelectNext, Action::SelectNext]);
    let Some(list) = s.areas().list else { panic!("no list") };
    assert_eq!(render(&s).1, Some((list.x + 1, list.y + 1 + 4)));
    type_query(&mut s, "han");
    let Some(search) = s.areas().search else { panic!("no search") };
    assert_eq!(render(&s).1, Some((search.x + 2 + 3, search.y)));
    apply(&mut s, &[Action::CursorLeft]);
    assert_eq!(render(&s).1, Some((search.x + 2 + 2, search.y)));
}

#[test]
fn a_tiny_terminal_asks_to_be_enlarged() {
    let s = state(mini(), Lang::En, COLOR, 19, 5);
    assert!(text(&render(&s).0).contains("Enlarge"));
}

#[test]
fn every_size_renders_without_panic() {
    let mut searched = state(mini(), Lang::Sv, COLOR, 1, 1);
    type_query(&mut searched, "ö");
    let mut help = state(mini(), Lang::En, Look { ascii: true, color: false }, 1, 1);
    apply(
        &mut help,
        &[Action::ToggleHelp, Action::Report(Status::Copied("https://example.org/".repeat(9)))],
    );
    for w in 1..=130 {
        for h in 1..=45 {
            for s in [&mut searched, &mut help] {
                apply(s, &[Action::Resize(w, h)]);
                let _ = render(s);
            }
        }
    }
}

/// Pixels a QR module takes in the rebuilt picture.
const SCALE: usize = 4;

/// Rebuilds the picture of a QR code from the cells of the white area and decodes it.
fn decode_qr(buffer: &ratatui::buffer::Buffer) -> Option<String> {
    let cells: Vec<(u16, u16)> = buffer
        .area
        .positions()
        .filter(|p| buffer[(p.x, p.y)].bg == Color::White)
        .map(|p| (p.x, p.y))
        .collect();
    let x0 = cells.iter().map(|c| c.0).min()?;
    let y0 = cells.iter().map(|c| c.1).min()?;
    let x1 = cells.iter().map(|c| c.0).max()?;
    let y1 = cells.iter().map(|c| c.1).max()?;
    let (w, h) = (usize::from(x1 - x0 + 1) + 8, usize::from(y1 - y0 + 1) * 2 + 8);
    let mut pixels = vec![255u8; w * h * SCALE * SCALE];
    for y in y0..=y1 {
        for x in x0..=x1 {
            let symbol = buffer[(x, y)].symbol();
            let top = matches!(symbol, "█" | "▀");
            let bottom = matches!(symbol, "█" | "▄");
            for (half, dark) in [(0, top), (1, bottom)] {
                if !dark {
                    continue;
                }
                let mx = usize::from(x - x0) + 4;
                let my = usize::from(y - y0) * 2 + half + 4;
                for dy in 0..SCALE {
                    for dx in 0..SCALE {
                        pixels[(my * SCALE + dy) * w * SCALE + mx * SCALE + dx] = 0;
                    }
                }
            }
        }
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w * SCALE, h * SCALE, |x, y| {
        pixels[y * w * SCALE + x]
    });
    let grids = image.detect_grids();
    let (_, content) = grids.first()?.decode().ok()?;
    Some(content)
}

#[test]
fn the_qr_code_decodes_to_the_link_of_every_entry_at_100x30() {
    let catalogue = common::render::embedded();
    for (i, entry) in catalogue.entries.iter().enumerate() {
        let mut s = state(catalogue.clone(), Lang::Sv, COLOR, 100, 30);
        for _ in 0..i {
            apply(&mut s, &[Action::SelectNext]);
        }
        apply(&mut s, &[Action::ShowQr]);
        let (buffer, _) = render(&s);
        let url = &entry.links[0].url;
        assert_eq!(
            decode_qr(&buffer).as_deref(),
            Some(url.as_str()),
            "{}:\n{}",
            entry.id,
            text(&buffer)
        );
    }
}

#[test]
fn a_small_terminal_is_told_the_size_the_qr_code_needs() {
    let mut s = state(mini(), Lang::En, COLOR, 30, 12);
    apply(&mut s, &[Action::ShowQr]);
    let shown = text(&render(&s).0);
    // Each size whole on its line: no-break spaces hold "30 × 12" together.
    assert!(shown.contains("needs a window"), "{shown}");
    assert!(shown.contains("30\u{a0}×\u{a0}12."), "{shown}");
}
