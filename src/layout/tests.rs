use super::*;

#[test]
fn breakpoints() {
    assert_eq!(mode(120, 40), Mode::Wide);
    assert_eq!(mode(100, 24), Mode::Wide);
    assert_eq!(mode(99, 24), Mode::Medium);
    assert_eq!(mode(60, 24), Mode::Medium);
    assert_eq!(mode(59, 24), Mode::Narrow);
    assert_eq!(mode(19, 24), Mode::TooSmall);
    assert_eq!(mode(80, 5), Mode::TooSmall);
}

#[test]
fn areas_stay_inside_the_screen() {
    for w in 0..=140 {
        for h in 0..=50 {
            for show in [false, true] {
                let a = areas(w, h, show);
                let screen = Rect::new(0, 0, w, h);
                for r in [a.categories, a.search, a.list, a.detail, a.footer].into_iter().flatten()
                {
                    assert_eq!(screen.intersection(r), r, "{w}x{h}: {r:?}");
                }
            }
        }
    }
}

#[test]
fn the_reader_column_fills_the_width_above_the_status_row() {
    for column in [Column::Categories, Column::List, Column::Detail] {
        let a = reader_areas(100, 30, column);
        assert!(!a.framed);
        assert_eq!(a.footer, Some(Rect::new(0, 29, 100, 1)));
        let body: Vec<Rect> =
            [a.categories, a.search, a.list, a.detail].into_iter().flatten().collect();
        assert!(body.iter().all(|r| r.width == 100 && r.bottom() <= 29), "{column:?}");
        assert_eq!(body.iter().map(|r| r.height).sum::<u16>(), 29, "{column:?}");
    }
    assert_eq!(reader_areas(100, 3, Column::List).mode, Mode::TooSmall);
}

#[test]
fn narrow_mode_shows_one_pane() {
    let a = areas(45, 15, false);
    assert!(a.list.is_some() && a.detail.is_none());
    let a = areas(45, 15, true);
    assert!(a.list.is_none() && a.detail.is_some());
}
