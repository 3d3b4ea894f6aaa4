//! Regression fixtures: inputs the fuzzer (`fuzz/`, cargo fuzz) kept as
//! interesting, run through the whole pipeline and drawn.

use baogao::ui::{Palette, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[test]
fn every_fuzzer_input_passes_the_pipeline() {
    let dir = super::fixture("fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        if let Some(app) = baogao::selfcheck::check_pipeline(&data) {
            let mut t = Terminal::new(TestBackend::new(60, 12)).unwrap();
            let p = Palette {
                color: true,
                light: false,
            };
            t.draw(|f| render(f, &app, &p)).unwrap();
        }
        n += 1;
    }
    assert!(n >= 100, "{n} fixtures");
}
