//! Fuzz target: bytes → decode → parse → figures → layout → app → frame.
//! Every offset must lie inside the text; nothing may panic.
#![no_main]

use baogao::app::{Action, App};
use baogao::load::load_bytes;
use baogao::ui::{Palette, render};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fuzz_target!(|data: &[u8]| {
    let Ok(l) = load_bytes("fuzz.txt", data, None) else {
        return;
    };
    let n = l.doc.len_chars();
    for s in l.doc.flat_sections() {
        assert!(s.start <= s.end && s.end <= n);
    }
    let figs = baogao::figures::extract(&l.doc);
    for f in &figs {
        assert_eq!(l.doc.slice(f.start, f.end), f.text);
    }
    let folded = baogao::fold::fold_chars(&l.doc.text);
    for p in &l.doc.paragraphs {
        for w in [1, 7, 40] {
            for line in baogao::layout::wrap(&folded[p.start..p.end], p.start, w, &[]) {
                assert!(line.start <= line.end && line.end <= p.end);
            }
        }
    }
    let _ = baogao::search::find(&folded, "jy");
    let mut app = App::new(vec![l], 60, 12);
    for a in [Action::PageDown, Action::NextSection, Action::NextFigure, Action::OpenTopic, Action::Input('j'), Action::Enter, Action::Bottom, Action::Chart] {
        app.update(a);
    }
    let mut t = Terminal::new(TestBackend::new(60, 12)).unwrap();
    t.draw(|f| render(f, &app, &Palette { color: true, light: false })).unwrap();
});
