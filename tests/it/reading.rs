//! Reading integrity: on fullwidth reports, at every pane width, the rows
//! of a paragraph fit the pane and join back to exactly its text, and the
//! drawn frame shows every character of the rows on screen.

use baogao::app::{Action, App, RowKind};
use baogao::decode::input::SAMPLE;
use baogao::ui::{Palette, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use unicode_width::UnicodeWidthStr;

/// The sample in fullwidth punctuation and digits.
fn fullwidth_sample() -> Vec<u8> {
    let text = String::from_utf8(SAMPLE.to_vec()).unwrap();
    text.chars()
        .map(|c| match c {
            '!'..='~' if c != '\n' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
            c => c,
        })
        .collect::<String>()
        .into_bytes()
}

fn reports() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        (
            "state-council-2024.txt",
            super::fixture_bytes("state-council-2024.txt"),
        ),
        ("1956.txt", super::fixture_bytes("corpus/1956.txt")),
        ("fullwidth-sample.txt", fullwidth_sample()),
    ]
}

#[test]
fn rows_fit_and_join_back_at_every_width() {
    for (name, bytes) in reports() {
        let loaded =
            baogao::report::Report::from_bytes(name, &bytes, &baogao::report::Options::default())
                .unwrap();
        let text = loaded.doc.text.clone();
        let paras: Vec<(usize, usize)> = loaded
            .doc
            .paragraphs
            .iter()
            .map(|p| (p.start, p.end))
            .collect();
        let mut app = App::new(vec![loaded], 80, 24);
        let chars: Vec<char> = text.chars().collect();
        for width in 8..=200usize {
            let d = &mut app.docs[0];
            d.set_width(width);
            for (i, &(start, end)) in paras.iter().enumerate() {
                let rows = d.para_rows(i).to_vec();
                let mut joined = String::new();
                for r in rows.iter().filter(|r| r.kind != RowKind::Blank) {
                    let s: String = chars[r.line.start..r.line.end].iter().collect();
                    assert!(
                        s.width() <= width,
                        "{name} at {width}: row {s:?} is {} columns",
                        s.width()
                    );
                    joined.push_str(&s);
                }
                let want: String = chars[start..end].iter().collect();
                assert_eq!(joined, want, "{name} at {width}: paragraph {i}");
            }
        }
    }
}

/// The reading pane's inner rows as drawn, wide characters once.
fn reading_rows(app: &App) -> Vec<String> {
    let mut t = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
    let palette = Palette {
        color: false,
        light: false,
    };
    t.draw(|f| render(f, app, &palette)).unwrap();
    let buf = t.backend().buffer();
    let (o, r, _) = app.pane_widths();
    let mut out = Vec::new();
    for y in 1..app.height.saturating_sub(2) {
        let mut line = String::new();
        let mut skip = 0;
        for x in o + 1..o + r - 1 {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            line.push_str(sym);
            skip = sym.width().saturating_sub(1);
        }
        out.push(line.trim_end().to_string());
    }
    out
}

#[test]
fn every_character_reaches_the_screen() {
    for (name, bytes) in reports() {
        for (w, h) in [(80, 24), (120, 40), (200, 60), (61, 20)] {
            let loaded = baogao::report::Report::from_bytes(
                name,
                &bytes,
                &baogao::report::Options::default(),
            )
            .unwrap();
            let mut app = App::new(vec![loaded], w, h);
            let mut pages = 0;
            loop {
                let drawn = reading_rows(&app);
                let d = app.doc();
                for (k, row) in d.view.iter().enumerate() {
                    let want: String = d
                        .report
                        .doc
                        .slice(row.line.start, row.line.end)
                        .replace('\t', " ");
                    assert_eq!(
                        drawn[k].trim_end(),
                        want.trim_end(),
                        "{name} at {w}x{h}, page {pages}, row {k}"
                    );
                }
                let before = app.doc().anchor;
                app.update(Action::PageDown);
                pages += 1;
                if app.doc().anchor == before || pages > 2000 {
                    break;
                }
            }
            assert!(pages > 3, "{name}: paged through {pages} pages");
        }
    }
}

/// As `textloss.py` reads the screen: two text rows with no blank row
/// between them are neighbours in the text. Web copies put a caption and
/// `来源：…` between the date line and `各位代表：`; left out of the pane,
/// they leave a blank row, not two lines that seem to follow each other.
#[test]
fn rows_that_touch_are_neighbours_in_the_text() {
    for name in ["web-1956.txt", "web-2021.txt", "web2-2021.txt"] {
        let bytes = super::fixture_bytes(&format!("dresses/{name}"));
        let report =
            baogao::report::Report::from_bytes(name, &bytes, &baogao::report::Options::default())
                .unwrap();
        let text: String = report.doc.text.split_whitespace().collect();
        let app = App::new(vec![report], 60, 20);
        let rows = reading_rows(&app);
        for pair in rows.windows(2) {
            if pair[0].trim().is_empty() || pair[1].trim().is_empty() {
                continue;
            }
            let joined: String = format!("{}{}", pair[0], pair[1])
                .split_whitespace()
                .collect();
            assert!(
                text.contains(&joined),
                "{name}: {:?} then {:?} are not neighbours in the text\n{}",
                pair[0],
                pair[1],
                rows.join("\n")
            );
        }
    }
}
