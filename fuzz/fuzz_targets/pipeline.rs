//! Fuzz target: bytes → decode → parse → figures → layout → app → frame.
//! Every offset must lie inside the text; nothing may panic.
#![no_main]

use baogao::ui::{Palette, render};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fuzz_target!(|data: &[u8]| {
    if let Some(app) = baogao::selfcheck::check_pipeline(data) {
        let mut t = Terminal::new(TestBackend::new(60, 12)).unwrap();
        let p = Palette { color: true, light: false };
        t.draw(|f| render(f, &app, &p)).unwrap();
    }
});
