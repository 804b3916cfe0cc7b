use ratatui::buffer::Buffer;
use ratatui::style::Style;

use super::*;

/// A writer the test can read back.
#[derive(Clone, Default)]
struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[test]
fn sixteen_colours_use_the_classic_codes() {
    let to = Pen { fg: Color::Cyan, bg: Color::DarkGray, modifier: Modifier::BOLD };
    assert_eq!(sgr(PLAIN, to), "\u{1b}[1;36;100m");
    assert_eq!(sgr(to, PLAIN), "\u{1b}[0m");
    let less = Pen { modifier: Modifier::empty(), ..to };
    assert_eq!(sgr(to, less), "\u{1b}[0;36;100m", "switching bold off resets");
    assert_eq!(sgr(less, to), "\u{1b}[1m", "adding bold writes only bold");
    assert_eq!(sgr(to, to), "");
}

#[test]
fn moves_are_short() {
    assert_eq!(move_to(Some(Position::new(3, 2)), Position::new(4, 2)), "\u{1b}[C");
    assert_eq!(move_to(Some(Position::new(3, 2)), Position::new(7, 2)), "\u{1b}[4C");
    assert_eq!(move_to(Some(Position::new(3, 2)), Position::new(3, 2)), "");
    assert_eq!(move_to(Some(Position::new(9, 2)), Position::new(3, 2)), "\u{1b}[3;4H");
    assert_eq!(move_to(None, Position::new(0, 0)), "\u{1b}[H");
}

/// Draws `frames` in turn through the backend into a terminal emulator and checks
/// that it shows exactly what ratatui meant, colours included.
fn shown_like_ratatui(frames: &[Buffer]) {
    let area = frames[0].area;
    let written = Shared::default();
    let mut backend = CompactBackend::new(written.clone());
    let mut screen = vt100::Parser::new(area.height, area.width, 0);
    let mut previous = Buffer::empty(area);
    for frame in frames {
        // What ratatui's Terminal hands a backend: the cells that changed.
        assert!(backend.draw(previous.diff(frame).into_iter()).is_ok());
        assert!(written.0.borrow().is_empty(), "nothing leaves before the flush");
        assert!(Backend::flush(&mut backend).is_ok());
        previous = frame.clone();
        screen.process(&written.0.borrow());
        written.0.borrow_mut().clear();
        for position in area.positions() {
            let (x, y) = (position.x, position.y);
            let cell = &frame[(x, y)];
            let Some(seen) = screen.screen().cell(y, x) else { continue };
            if cell.symbol() != " " || seen.contents() != "" {
                assert_eq!(seen.contents(), cell.symbol().trim_end_matches('\u{0}'), "({x},{y})");
            }
            assert_eq!(seen.bold(), cell.modifier.contains(Modifier::BOLD), "bold ({x},{y})");
            assert_eq!(seen.inverse(), cell.modifier.contains(Modifier::REVERSED), "({x},{y})");
            let expect_fg = match cell.fg {
                Color::Reset => vt100::Color::Default,
                Color::Cyan => vt100::Color::Idx(6),
                Color::Yellow => vt100::Color::Idx(3),
                Color::DarkGray => vt100::Color::Idx(8),
                other => panic!("unexpected colour {other:?}"),
            };
            assert_eq!(seen.fgcolor(), expect_fg, "fg ({x},{y})");
        }
    }
}

fn buffer(lines: &[(&str, Style)]) -> Buffer {
    let mut b = Buffer::empty(ratatui::layout::Rect::new(0, 0, 12, 3));
    for (y, (text, style)) in (0..).zip(lines) {
        b.set_string(0, y, text, *style);
    }
    b
}

#[test]
fn a_terminal_shows_what_ratatui_drew_frame_after_frame() {
    let bold = Style::new().add_modifier(Modifier::BOLD).fg(Color::Cyan);
    let dim = Style::new().fg(Color::DarkGray);
    let rev = Style::new().add_modifier(Modifier::REVERSED).fg(Color::Yellow);
    shown_like_ratatui(&[
        buffer(&[("Östersjö", bold), ("東京 ab", dim), ("plain", Style::new())]),
        buffer(&[("Östersjö", Style::new()), ("東京 ac", rev), ("plane", bold)]),
        buffer(&[("Öx", dim), ("", Style::new()), ("pl ne", bold)]),
    ]);
}
