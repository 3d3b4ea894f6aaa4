//! Linear time on hostile shapes: each stage's time grows with the input,
//! not with its square. Measured as a ratio (the same shape at n and 4n,
//! fastest of three runs each), so a slow or busy machine does not matter:
//! linear work takes about 4× as long, quadratic work 16×.

#[path = "../../benches/common/patho.rs"]
#[allow(dead_code, reason = "the benches use the rest")]
mod patho;

use baogao::report::{Options, Report};
use std::time::{Duration, Instant};

/// One timing at a time: these tests do not measure each other.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn time(f: &dyn Fn()) -> Duration {
    let t = Instant::now();
    f();
    t.elapsed()
}

/// The fastest of three runs of `small` and of `large`, taken in turns so
/// that both see the same load on a shared machine.
fn fastest_pair(small: &dyn Fn(), large: &dyn Fn()) -> (Duration, Duration) {
    let (mut a, mut b) = (Duration::MAX, Duration::MAX);
    for _ in 0..3 {
        a = a.min(time(small));
        b = b.min(time(large));
    }
    (a.max(Duration::from_millis(2)), b)
}

/// `work` on `make(n)` and on `make(4 * n)`: the larger may take at most
/// 10× as long (4× is linear, 16× quadratic; the margin is for a machine
/// busy with other tests: alone every shape measures 3.8–4.3×).
fn assert_linear(what: &str, n: usize, make: &dyn Fn(usize) -> Vec<u8>, work: &dyn Fn(&[u8])) {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let (small, large) = (make(n), make(4 * n));
    let (t1, t4) = fastest_pair(&|| work(&small), &|| work(&large));
    let ratio = t4.as_secs_f64() / t1.as_secs_f64();
    eprintln!("{what}: {t1:?} for n = {n}, {t4:?} for 4n ({ratio:.1}×)");
    assert!(
        ratio < 10.0,
        "{what}: {t1:?} for n = {n}, {t4:?} for 4n ({ratio:.1}×): not linear"
    );
}

fn load(bytes: &[u8]) -> Report {
    Report::from_bytes("x.txt", bytes, &Options::default()).unwrap()
}

fn parse(bytes: &[u8]) -> baogao::document::Document {
    baogao::document::parse(std::str::from_utf8(bytes).unwrap())
}

#[test]
fn one_char_lines_joined_into_one_paragraph() {
    assert_linear("one-char lines", 50_000, &patho::one_char_lines, &|b| {
        assert!(!parse(b).paragraphs.is_empty());
    });
}

/// Figure extraction alone (the parse is done before timing).
fn assert_figures_linear(what: &str, n: usize, make: &dyn Fn(usize) -> Vec<u8>) {
    let doc = |n| parse(&make(n));
    let (small, large) = (doc(n), doc(4 * n));
    assert_linear(
        what,
        n,
        &|k| if k == n { vec![0] } else { vec![1] },
        &|which| {
            let d = if which == [0] { &small } else { &large };
            let figs = baogao::figures::extract(d);
            assert!(figs.len() > 10);
            for f in figs.iter().step_by(97) {
                let id = f.section.as_deref().unwrap_or("");
                if !id.is_empty() {
                    assert_eq!(d.section_by_id(id).map(|s| s.id.as_str()), Some(id));
                }
            }
        },
    );
}

#[test]
fn one_endless_sentence_full_of_figures() {
    let base = String::from_utf8(super::fixture_bytes("state-council-2024.txt")).unwrap();
    assert_figures_linear("unpunctuated line", 250_000, &|n| {
        patho::unpunctuated(&base, n)
    });
}

/// The rules that look back from a change (an aside `在…的基础上`, `都`,
/// a list of changes after amounts, a clause of reduction, a basis stated
/// first, a change in points before the share it leads to) in one sentence
/// that never ends.
#[test]
fn changes_reaching_back_in_one_endless_sentence() {
    let unit = "累计产量达到5亿吨，在去年丰收的基础上，比上年增长2%，原煤产量达到7亿吨，\
                原油达到1亿吨，都比上年增长8%，收入17175元，纯收入5153元，实际增长9.8%和8.5%，\
                关停锅炉133座、淘汰产能1691万吨，同上年相比，工业增加值增长3%，\
                消费贡献率上升3个百分点，达到51.2%，";
    assert_figures_linear("changes reaching back", 2_000, &|n| {
        format!("各位代表：\n{}。\n", unit.repeat(n)).into_bytes()
    });
}

#[test]
fn short_lines_each_with_a_figure() {
    assert_figures_linear("short figure lines", 250_000, &patho::short_figure_lines);
}

#[test]
fn many_nested_sections_with_figures() {
    assert_figures_linear("nested markers", 10_000, &patho::nested_markers);
}

#[test]
fn search_hits_on_every_line() {
    // Only the mapping of hits to paragraphs and sections is timed.
    let small = load(&patho::short_figure_lines(150_000));
    let large = load(&patho::short_figure_lines(600_000));
    let hits = |r: &Report| baogao::query::search::find(r.folded(), "就业");
    let (h1, h4) = (hits(&small), hits(&large));
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let (t1, t4) = fastest_pair(
        &|| {
            baogao::output::search_hits(&small.doc, &h1);
        },
        &|| {
            baogao::output::search_hits(&large.doc, &h4);
        },
    );
    let ratio = t4.as_secs_f64() / t1.as_secs_f64();
    assert!(
        ratio < 10.0,
        "search hits: {t1:?}, then {t4:?} ({ratio:.1}×)"
    );
}

#[test]
fn runs_of_spaced_digits_numerals_and_period_words() {
    // `1 1 1 …`: each digit would start a number read to the run's end.
    assert_figures_linear("spaced digits", 4_000, &|n| {
        format!("各位代表：\n{}增长5%。\n", "1 ".repeat(n))
            .repeat(12)
            .into_bytes()
    });
    // `一点一点…`: the same with Chinese numerals.
    assert_figures_linear("numeral chain", 4_000, &|n| {
        format!("各位代表：\n{}增长5%。\n", "一点".repeat(n))
            .repeat(12)
            .into_bytes()
    });
    // A clause of period words before a figure: its label is looked for
    // within reach, not by stripping the words one by one.
    assert_figures_linear("period words", 2_000, &|n| {
        format!("各位代表：\n{}完成5亿元。\n", "上半年".repeat(n))
            .repeat(12)
            .into_bytes()
    });
}

#[test]
fn wrapping_one_paragraph_with_many_figures() {
    // The reading pane wraps a paragraph with its figures kept whole: an
    // endless paragraph with a figure every 20 chars.
    let para = |n: usize| -> Vec<u8> {
        let chars: Vec<char> = "完成投资一百亿元全区经济社会发展"
            .chars()
            .cycle()
            .take(n)
            .collect();
        chars.iter().collect::<String>().into_bytes()
    };
    assert_linear("wrap", 50_000, &para, &|b| {
        let chars: Vec<char> = std::str::from_utf8(b).unwrap().chars().collect();
        let keep: Vec<(usize, usize)> = (0..chars.len() / 20)
            .map(|k| (k * 20, k * 20 + 6))
            .collect();
        let lines = baogao::text::layout::wrap(&chars, 0, 40, &keep);
        assert!(lines.len() > chars.len() / 40);
    });
}
