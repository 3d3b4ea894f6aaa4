//! First frame (parse + layout + draw on a TestBackend) and one keystroke
//! (action + draw), for the sample and for a ~30 MB document (the corpus
//! repeated ten times).

use baogao::app::{Action, App};
use baogao::decode::input::SAMPLE;
use baogao::report::Report;
use baogao::ui::{Palette, render};
use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

mod common;

fn main() {
    divan::main();
}

const P: Palette = Palette {
    color: true,
    light: false,
};

fn big_bytes() -> Vec<u8> {
    common::corpus_concatenated(10)
}

fn first_frame(bytes: &[u8]) {
    let l = baogao::report::Report::from_bytes("x.txt", bytes, &baogao::report::Options::default())
        .unwrap();
    let app = App::new(vec![l], 120, 40);
    let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
    t.draw(|f| render(f, &app, &P)).unwrap();
}

#[divan::bench(sample_count = 20)]
fn first_frame_sample(b: Bencher) {
    b.bench(|| first_frame(SAMPLE));
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn first_frame_30mb(b: Bencher) {
    let bytes = big_bytes();
    b.bench(|| first_frame(&bytes));
}

fn keystrokes(b: Bencher, loaded: Report) {
    let mut app = App::new(vec![loaded], 120, 40);
    let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let keys = [
        Action::PageDown,
        Action::Down,
        Action::NextSection,
        Action::NextFigure,
        Action::PageUp,
        Action::FocusNext,
        Action::Down,
        Action::FocusPrev,
    ];
    let mut k = 0;
    b.bench_local(|| {
        app.update(keys[k % keys.len()].clone());
        k += 1;
        t.draw(|f| render(f, &app, &P)).unwrap();
    });
}

#[divan::bench]
fn keystroke_sample(b: Bencher) {
    keystrokes(
        b,
        baogao::report::Report::from_bytes("s.txt", SAMPLE, &baogao::report::Options::default())
            .unwrap(),
    );
}

#[divan::bench]
fn keystroke_30mb(b: Bencher) {
    keystrokes(
        b,
        baogao::report::Report::from_bytes(
            "big.txt",
            &big_bytes(),
            &baogao::report::Options::default(),
        )
        .unwrap(),
    );
}
