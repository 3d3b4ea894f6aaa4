//! Property tests: no input makes the pipeline panic, and every offset it
//! reports lies inside the text.

use baogao::decode::input::SAMPLE;
use baogao::document::{Document, Section};
use proptest::prelude::*;

fn check_offsets(d: &Document) {
    let n = d.len_chars();
    fn walk(s: &[Section], n: usize) {
        for sec in s {
            assert!(sec.start <= sec.end && sec.end <= n);
            for p in &sec.points {
                assert!(p.start <= p.end && p.end <= n);
            }
            walk(&sec.children, n);
        }
    }
    walk(&d.sections, n);
    for p in &d.paragraphs {
        assert!(p.start <= p.end && p.end <= n);
        for s in &p.sentences {
            assert!(p.start <= s.start && s.end <= p.end);
        }
    }
    assert!(d.body.start <= d.body.end && d.body.end <= n);
    // Slicing at any reported offset is on a char boundary.
    let _ = d.slice(d.body.start, d.body.end);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(l) = baogao::report::Report::from_bytes("x.txt", &bytes, &baogao::report::Options::default()) {
            check_offsets(&l.doc);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(s in "[一二三四五六七八九十、（）()1234567890.．是第，。：\n\u{3000} 附件报告各位代表增长%亿元万个]{0,400}") {
        let l = baogao::report::Report::from_bytes("x.txt", s.as_bytes(), &baogao::report::Options::default()).unwrap();
        check_offsets(&l.doc);
    }

    #[test]
    fn mutated_sample_never_panics(
        edits in proptest::collection::vec((0usize..SAMPLE.len(), any::<u8>(), 0u8..3), 1..40)
    ) {
        let mut bytes = SAMPLE.to_vec();
        for (pos, byte, op) in edits {
            let pos = pos.min(bytes.len().saturating_sub(1));
            match op {
                0 => bytes[pos] = byte,
                1 => bytes.insert(pos, byte),
                _ => { bytes.remove(pos); }
            }
        }
        if let Ok(l) = baogao::report::Report::from_bytes("x.txt", &bytes, &baogao::report::Options::default()) {
            check_offsets(&l.doc);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Figure spans lie inside the text, do not overlap, and `text` is the
    /// document text at `start..end`.
    #[test]
    fn figure_spans_are_exact(s in "[-一二三四五六七八九十百千万亿两零点余多近约超过达0123456789０１２３４５６７８９.．,，%％ 个人次元亿万吨公里平方米同比增长下降可比个百分点倍“”第是年月日—至。\n]{0,300}") {
        let l = baogao::report::Report::from_bytes("x.txt", s.as_bytes(), &baogao::report::Options::default()).unwrap();
        let figs = baogao::figures::extract(&l.doc);
        let mut last_end = 0;
        for f in &figs {
            prop_assert!(f.start < f.end && f.end <= l.doc.len_chars());
            prop_assert!(f.start >= last_end);
            prop_assert_eq!(l.doc.slice(f.start, f.end), f.text.as_str());
            last_end = f.end;
        }
    }
}
