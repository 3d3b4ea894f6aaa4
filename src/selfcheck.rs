//! Invariants the whole pipeline keeps on any input, checked by the fuzz
//! target and by the regression tests over what the fuzzer found.

use crate::app::{Action, App};
use crate::report::{Options, Report};
use std::sync::Arc;

/// Runs bytes through decode → parse → figures → layout → app actions and
/// panics if an invariant breaks. Returns the app for drawing, if the
/// input decoded.
pub fn check_pipeline(data: &[u8]) -> Option<App> {
    let l = Report::from_bytes("check.txt", data, &Options::default()).ok()?;
    let n = l.doc.len_chars();
    for s in l.doc.flat_sections() {
        assert!(
            s.start <= s.end && s.end <= n,
            "section {} out of the text",
            s.id
        );
        for p in &s.points {
            assert!(
                p.start <= p.end && p.end <= n,
                "point {} out of the text",
                p.id
            );
        }
    }
    // Siblings in order and apart: section lookups are binary searches.
    fn in_order(level: &[crate::document::Section]) {
        for w in level.windows(2) {
            assert!(
                w[0].start <= w[1].start && w[0].end <= w[1].end,
                "sections {} and {} out of order",
                w[0].id,
                w[1].id
            );
        }
        for s in level {
            in_order(&s.children);
        }
    }
    in_order(&l.doc.sections);
    for w in l.doc.paragraphs.windows(2) {
        assert!(
            w[0].start <= w[0].end && w[0].end <= w[1].start,
            "paragraphs out of order at {}",
            w[1].start
        );
    }
    for (k, s) in l.doc.flat_sections().into_iter().enumerate() {
        assert_eq!(l.doc.section_by_id(&s.id).map(|t| &t.id), Some(&s.id));
        if k > 200 {
            break;
        }
    }
    let figs = &l.figures;
    let mut last = 0;
    for f in figs {
        assert!(f.start >= last, "figures overlap at {}", f.start);
        assert_eq!(
            l.doc.slice(f.start, f.end),
            f.text,
            "figure text is not its span"
        );
        last = f.end;
    }
    let chars: Vec<char> = l.doc.text.chars().collect();
    for p in &l.doc.paragraphs {
        for w in [1, 7, 40] {
            let lines = crate::text::layout::wrap(&chars[p.start..p.end], p.start, w, &[]);
            let mut at = p.start;
            for line in lines {
                assert!(line.start == at && line.start <= line.end && line.end <= p.end);
                let width: usize = chars[line.start..line.end]
                    .iter()
                    .map(|&c| crate::text::layout::char_width(c))
                    .sum();
                assert!(
                    width <= w.max(2) || line.end - line.start == 1,
                    "line too wide"
                );
                at = line.end;
            }
        }
    }
    let _ = crate::query::search::find(l.folded(), "jy");
    let mut app = App::new(vec![Arc::new(l)], 60, 12);
    for a in [
        Action::PageDown,
        Action::NextSection,
        Action::NextFigure,
        Action::OpenTopic,
        Action::Input('j'),
        Action::Enter,
        Action::Bottom,
        Action::Chart,
    ] {
        app.update(a);
    }
    Some(app)
}
