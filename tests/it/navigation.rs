//! Navigation does what it says: `f`/`F` step through every figure,
//! `G` shows the real end, `Enter` in the figures pane keeps the list, and
//! the figures pane speaks of the text on screen.

use baogao::app::{Action, App, Focus, RowKind};

fn national_2024(w: u16, h: u16) -> App {
    let bytes = super::fixture_bytes("state-council-2024.txt");
    App::new(
        vec![
            baogao::report::Report::from_bytes(
                "sc2024.txt",
                &bytes,
                &baogao::report::Options::default(),
            )
            .unwrap(),
        ],
        w,
        h,
    )
}

fn selected(app: &App) -> usize {
    let d = app.doc();
    d.pin.and_then(|p| p.figure).expect("a figure is selected")
}

#[test]
fn f_and_shift_f_step_through_every_figure_in_order() {
    for mut app in [
        App::new(
            vec![baogao::report::Report::open(None, &baogao::report::Options::default()).unwrap()],
            120,
            40,
        ),
        national_2024(80, 24),
    ] {
        let n = app.doc().report.figures.len();
        let mut seen = Vec::new();
        for _ in 0..n {
            app.update(Action::NextFigure);
            let i = selected(&app);
            let d = app.doc();
            // On screen, listed and selected in the figures pane.
            assert!(
                d.on_screen(d.report.figures[i].start),
                "figure {i} not on screen"
            );
            let listed = d.section_figures();
            assert_eq!(
                listed.get(d.figure_sel).map(|f| f.id),
                Some(d.report.figures[i].id)
            );
            seen.push(i);
        }
        assert_eq!(seen, (0..n).collect::<Vec<_>>());
        app.update(Action::NextFigure);
        assert!(
            app.message
                .as_deref()
                .unwrap_or("")
                .contains("no more figures")
        );
        for k in (0..n - 1).rev() {
            app.update(Action::PrevFigure);
            assert_eq!(selected(&app), k);
        }
    }
}

#[test]
fn several_figures_on_one_row_are_each_stepped_to() {
    let text = "各位代表：\n一、回顾\n增长5%，就业100万人，收入3万元。\n";
    let mut app = App::new(
        vec![
            baogao::report::Report::from_bytes(
                "x.txt",
                text.as_bytes(),
                &baogao::report::Options::default(),
            )
            .unwrap(),
        ],
        120,
        40,
    );
    let mut got = Vec::new();
    for _ in 0..3 {
        app.update(Action::NextFigure);
        let d = app.doc();
        got.push(d.report.figures[selected(&app)].text.clone());
    }
    assert_eq!(got, ["5%", "100万人", "3万元"]);
}

#[test]
fn bottom_shows_the_last_row_on_the_last_screen_row() {
    for (w, h) in [(120, 40), (80, 24), (100, 30), (81, 24), (120, 41)] {
        let mut app = national_2024(w, h);
        app.update(Action::Bottom);
        let rows = app.page_rows();
        let d = app.doc();
        let last_para = d.report.doc.paragraphs.last().unwrap();
        // The pane is full, its last row the text's last row.
        assert_eq!(d.view.len(), rows, "{} of {rows} rows", d.view.len());
        assert_eq!(d.view.last().unwrap().line.end, last_para.end);
        assert_eq!(d.percent(), 100);
        let anchor = d.anchor;
        // Scrolling down stops there.
        app.update(Action::PageDown);
        app.update(Action::Scroll(5));
        assert_eq!(app.doc().anchor, anchor);
        // And paging from the top ends at the same place.
        app.update(Action::Top);
        for _ in 0..500 {
            app.update(Action::PageDown);
        }
        assert_eq!(app.doc().anchor, anchor);
        assert!(
            app.doc()
                .view
                .iter()
                .all(|r| r.kind != RowKind::Blank || r.line.start > 0)
        );
    }
}

#[test]
fn enter_in_the_figures_pane_keeps_the_list_and_shows_context() {
    let mut app = national_2024(120, 40);
    app.update(Action::NextSection);
    app.update(Action::FocusNext);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Focus::Figures);
    let list: Vec<usize> = app.doc().section_figures().iter().map(|f| f.id).collect();
    assert!(list.len() > 8);
    for _ in 0..8 {
        app.update(Action::Down);
    }
    app.update(Action::Enter);
    let d = app.doc();
    let after: Vec<usize> = d.section_figures().iter().map(|f| f.id).collect();
    assert_eq!(after, list, "same list");
    assert_eq!(d.figure_sel, 8, "same selection");
    let fig = d.section_figures()[8];
    assert!(d.on_screen(fig.start));
    // The figure's row is not the top row: context above it is visible.
    let row = d
        .view
        .iter()
        .position(|r| r.line.start <= fig.start && fig.start < r.line.end)
        .unwrap();
    assert!(row >= 2, "figure on row {row}");
}

#[test]
fn the_first_screen_lists_the_figures_on_screen() {
    let app = national_2024(120, 40);
    let d = app.doc();
    let listed = d.section_figures();
    assert!(
        !listed.is_empty(),
        "figures are on screen, the pane lists them"
    );
    let on_screen: Vec<&str> = d
        .report
        .figures
        .iter()
        .filter(|f| d.on_screen(f.start))
        .map(|f| f.text.as_str())
        .collect();
    assert!(on_screen.contains(&"126万亿元"), "{on_screen:?}");
    assert!(listed.iter().any(|f| f.text == "126万亿元"));
    // Every listed figure of this screen belongs to the section marked in
    // the outline.
    let sec = d.current_section().unwrap();
    assert_eq!(sec.title, "2023年工作回顾");
}

/// Reopening a file at its top (a remembered position of 0) or pressing
/// `g` shows the same figures as the first open.
#[test]
fn the_top_lists_the_figures_on_screen_however_it_was_reached() {
    let first = national_2024(120, 40);
    let want: Vec<usize> = first.doc().section_figures().iter().map(|f| f.id).collect();
    assert!(!want.is_empty());
    let mut reopened = national_2024(120, 40);
    reopened.docs[0].restore(0);
    reopened.refresh();
    let got: Vec<usize> = reopened
        .doc()
        .section_figures()
        .iter()
        .map(|f| f.id)
        .collect();
    assert_eq!(got, want);
    reopened.update(Action::PageDown);
    reopened.update(Action::Top);
    let got: Vec<usize> = reopened
        .doc()
        .section_figures()
        .iter()
        .map(|f| f.id)
        .collect();
    assert_eq!(got, want);
    assert!(
        reopened.doc().entry_at_anchor().is_some(),
        "the outline marks the section"
    );
}
