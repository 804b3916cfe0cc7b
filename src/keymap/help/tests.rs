use super::*;
use crate::i18n::{Lang, texts};

#[test]
fn no_help_line_is_wider_than_its_box() {
    for lang in [Lang::Sv, Lang::En] {
        for width in [200, 120, 80, 60, 45, 30] {
            let sheet = sheet(texts(lang), false, width);
            assert!(sheet.width <= width, "{lang:?} {width}: box {}", sheet.width);
            let inner = usize::from(sheet.width) - 2;
            for line in &sheet.lines {
                let used = 1 + line.keys.width() + line.text.width();
                assert!(used <= inner, "{lang:?} at {width}: {line:?} needs {used} of {inner}");
            }
        }
    }
}

#[test]
fn every_description_is_shown_whole() {
    for lang in [Lang::Sv, Lang::En] {
        let t = texts(lang);
        for width in [80, 60] {
            let sheet = sheet(t, false, width);
            // Lines may break after a hyphen too, so compare without white space.
            let squeeze = |s: &str| s.split_whitespace().collect::<String>();
            let shown: String = sheet.lines.iter().map(|l| squeeze(&l.text)).collect();
            for row in help_rows(t, false) {
                assert!(
                    shown.contains(&squeeze(row.what)),
                    "{lang:?} at {width}: {:?} is cut",
                    row.what
                );
            }
        }
    }
}
