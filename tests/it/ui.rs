//! The UI drawn on a `TestBackend`: whole frames as insta snapshots after
//! action sequences, the styles that matter checked on cells, tiny sizes.

use baogao::app::{Action, App, Focus};

use baogao::ui::{Palette, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use unicode_width::UnicodeWidthStr;

const PALETTE: Palette = Palette {
    color: true,
    light: false,
};

/// The buffer as text, one line per row, wide characters printed once
/// (their hidden second cell skipped), trailing spaces trimmed.
pub fn screen(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            line.push_str(sym);
            skip = sym.width().saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn draw(app: &App) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
    t.draw(|f| render(f, app, &PALETTE)).unwrap();
    t.backend().buffer().clone()
}

fn sample_app(w: u16, h: u16) -> App {
    App::new(
        vec![baogao::report::Report::open(None, &baogao::report::Options::default()).unwrap()],
        w,
        h,
    )
}

fn keys(app: &mut App, actions: &[Action]) {
    for a in actions {
        app.update(a.clone());
    }
}

fn typed(s: &str) -> Vec<Action> {
    s.chars().map(Action::Input).collect()
}

#[test]
fn start_80x24() {
    insta::assert_snapshot!(screen(&draw(&sample_app(80, 24))));
}

#[test]
fn start_120x40() {
    insta::assert_snapshot!(screen(&draw(&sample_app(120, 40))));
}

#[test]
fn figures_section_200x60() {
    let mut app = sample_app(200, 60);
    keys(&mut app, &[Action::OpenTopic]);
    keys(&mut app, &typed("稳住经济"));
    keys(&mut app, &[Action::Enter]);
    let s = screen(&draw(&app));
    // Wide enough for label, value, change and basis on every row.
    assert!(
        s.contains("增加值") && s.contains("1127.2亿元 ▼10.3% 可比"),
        "{s}"
    );
    insta::assert_snapshot!(s);
}

#[test]
fn topic_jump_jiuye_120x40() {
    let mut app = sample_app(120, 40);
    keys(&mut app, &[Action::OpenTopic]);
    keys(&mut app, &typed("jiuye"));
    let prompt = screen(&draw(&app));
    assert!(prompt.contains("(三)关于稳就业工作"), "{prompt}");
    keys(&mut app, &[Action::Enter]);
    let s = screen(&draw(&app));
    assert!(s.contains("Figures (11)"), "{s}");
    assert!(s.contains("3088人"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn search_120x40() {
    let mut app = sample_app(120, 40);
    keys(&mut app, &[Action::OpenSearch]);
    keys(&mut app, &typed("10.3%"));
    keys(&mut app, &[Action::Enter]);
    let s = screen(&draw(&app));
    assert!(s.contains("1/1"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn chart_and_help_80x24() {
    let mut app = sample_app(80, 24);
    keys(&mut app, &[Action::OpenTopic]);
    keys(&mut app, &typed("稳住经济大盘"));
    keys(&mut app, &[Action::Enter, Action::Chart]);
    let chart = screen(&draw(&app));
    assert!(chart.contains("Chart"), "{chart}");
    // Changes in one unit, a fall drawn left of the axis with its arrow.
    assert!(chart.contains("changes in %"), "{chart}");
    assert!(chart.contains("▼10.3%"), "{chart}");
    insta::assert_snapshot!("chart_80x24", chart);
    keys(&mut app, &[Action::Escape, Action::Help]);
    let help = screen(&draw(&app));
    insta::assert_snapshot!("help_80x24", help);
    // Scrolled, the help shows every binding.
    let mut seen = help.clone();
    for _ in 0..40 {
        keys(&mut app, &[Action::Down]);
        seen.push_str(&screen(&draw(&app)));
    }
    for (keys, what) in baogao::ui::keys::help_rows(false) {
        let first_words: String = what.chars().take(12).collect();
        assert!(
            seen.contains(&first_words) || keys.is_empty(),
            "help lacks {what}"
        );
    }
}

#[test]
fn selected_figure_is_reversed_and_focus_is_bold() {
    let mut app = sample_app(120, 40);
    keys(&mut app, &[Action::OpenTopic]);
    keys(&mut app, &typed("jiuye"));
    keys(&mut app, &[Action::Enter, Action::FocusNext]);
    assert_eq!(app.focus, Focus::Figures);
    keys(&mut app, &[Action::Enter]);
    let buf = draw(&app);
    let text = screen(&buf);
    // The reading pane's first row of text now holds 3088人 in reverse video.
    let (y, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("3088人") && l.contains("就业"))
        .expect("3088人 in the reading pane");
    let col = line[..line.find("3088").unwrap()].width() as u16;
    assert!(buf[(col, y as u16)].modifier.contains(Modifier::REVERSED));
    // The focused pane (figures, rightmost) has a bold border.
    assert!(buf[(app.width - 1, 0)].modifier.contains(Modifier::BOLD));
    assert!(!buf[(0, 0)].modifier.contains(Modifier::BOLD));
    // The change written after 1127.2亿元 (`10.3%`) is drawn in the falling colour.
    let mut app = sample_app(120, 40);
    keys(&mut app, &[Action::OpenTopic]);
    keys(&mut app, &typed("稳住经济大盘"));
    keys(&mut app, &[Action::Enter]);
    let buf = draw(&app);
    let text = screen(&buf);
    let (y2, line2) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("可比下降10.3%"))
        .expect("the change in the reading pane");
    let col2 = line2[..line2.find("10.3%").unwrap()].width() as u16;
    assert_eq!(buf[(col2, y2 as u16)].fg, ratatui::style::Color::Green);
    // Other figures are coloured by kind: money and counts differ.
    let (y3, line3) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("47.1亿元"))
        .expect("a money figure");
    let col3 = line3[..line3.find("47.1").unwrap()].width() as u16;
    assert_eq!(
        buf[(col3, y3 as u16)].fg,
        ratatui::style::Color::LightYellow
    );
}

#[test]
fn m_shows_the_figures_pane_on_a_narrow_terminal() {
    // From 80 columns all three panes show; below, the figures pane folds.
    assert!(screen(&draw(&sample_app(80, 24))).contains("Figures ("));
    let mut app = sample_app(79, 24);
    assert!(!screen(&draw(&app)).contains("Figures ("));
    keys(&mut app, &[Action::ToggleFigures]);
    assert!(screen(&draw(&app)).contains("Figures ("));
    keys(&mut app, &[Action::ToggleFigures]);
    assert!(!screen(&draw(&app)).contains("Figures ("));
    let mut wide = sample_app(120, 40);
    keys(&mut wide, &[Action::ToggleFigures]);
    assert!(!screen(&draw(&wide)).contains("Figures ("));
}

#[test]
fn tiny_sizes_and_rapid_resizes_never_panic() {
    let mut app = sample_app(80, 24);
    for (w, h) in [
        (1, 1),
        (2, 2),
        (10, 3),
        (200, 2),
        (3, 40),
        (59, 10),
        (99, 30),
        (0, 0),
    ] {
        app.update(Action::Resize(w, h));
        if w > 0 && h > 0 {
            draw(&app);
        }
        for a in [
            Action::Down,
            Action::PageDown,
            Action::OpenTopic,
            Action::Input('j'),
            Action::Escape,
            Action::Chart,
        ] {
            app.update(a);
            if w > 0 && h > 0 {
                draw(&app);
            }
            app.update(Action::Escape);
        }
    }
}

#[test]
fn document_controls_never_reach_the_screen() {
    let evil = "政府工作报告\n各位代表：\n一、回顾\u{1b}]0;pwned\u{7}\n正文\u{1b}[2J增长5%\u{9b}31m，\u{202e}反转\u{7f}。\n";
    let l = baogao::report::Report::from_bytes(
        "evil.txt",
        evil.as_bytes(),
        &baogao::report::Options::default(),
    )
    .unwrap();
    let app = App::new(vec![l], 100, 20);
    let buf = draw(&app);
    for cell in buf.content() {
        for c in cell.symbol().chars() {
            assert!(!c.is_control(), "control {c:?} on screen");
            assert!(!('\u{202a}'..='\u{202e}').contains(&c));
        }
    }
    assert!(screen(&buf).contains('␛'));
}

fn national_2024_app(w: u16, h: u16) -> App {
    let bytes = super::fixture_bytes("state-council-2024.txt");
    App::new(
        vec![
            baogao::report::Report::from_bytes(
                "state-council-2024.txt",
                &bytes,
                &baogao::report::Options::default(),
            )
            .unwrap(),
        ],
        w,
        h,
    )
}

/// A fullwidth report (`，。：` and fullwidth digits): every row drawn whole.
#[test]
fn fullwidth_report_80x24() {
    let mut app = national_2024_app(80, 24);
    keys(&mut app, &[Action::PageDown]);
    insta::assert_snapshot!(screen(&draw(&app)));
}

#[test]
fn fullwidth_report_120x40() {
    let mut app = national_2024_app(120, 40);
    keys(&mut app, &[Action::PageDown]);
    insta::assert_snapshot!(screen(&draw(&app)));
}

fn library_app(w: u16, h: u16) -> App {
    use baogao::library::{Library, LibraryOptions};
    let paths: Vec<String> = [2016, 2019, 2021, 2022, 2023, 2024, 2025]
        .iter()
        .map(|y| format!("tests/fixtures/corpus/{y}.txt"))
        .collect();
    let lib = Library::open(&paths, &LibraryOptions::default()).unwrap();
    let view = baogao::app::library::LibraryView::new(lib, Default::default());
    App::with_library(view, w, h)
}

#[test]
fn library_list_and_trend_120x40() {
    let mut app = library_app(120, 40);
    let list = screen(&draw(&app));
    assert!(list.contains("Library (7 of 7)"), "{list}");
    assert!(list.contains("national"), "{list}");
    insta::assert_snapshot!("library_list_120x40", list);
    keys(&mut app, &[Action::OpenTrend]);
    keys(&mut app, &typed("jingjizengzhang"));
    keys(&mut app, &[Action::Enter]);
    let trend = screen(&draw(&app));
    assert!(trend.contains("gdp_growth"), "{trend}");
    assert!(trend.contains("6.5–7%"), "{trend}");
    assert!(trend.contains("5.2% (2023)"), "{trend}");
    assert!(
        trend.contains("missed"),
        "2022: 5.5% set, 3% reported\n{trend}"
    );
    insta::assert_snapshot!("library_trend_120x40", trend);
    // Enter opens the selected year's report at its target sentence.
    keys(&mut app, &[Action::Enter]);
    assert_eq!(app.screen, baogao::app::Screen::Reader);
    let reading = screen(&draw(&app));
    assert!(reading.contains("国内生产总值增长5%左右"), "{reading}");
    keys(&mut app, &[Action::Back]);
    assert_eq!(app.screen, baogao::app::Screen::Library);
}

#[test]
fn library_trend_200x60() {
    let mut app = library_app(200, 60);
    keys(&mut app, &[Action::OpenTrend, Action::Enter]);
    insta::assert_snapshot!("library_trend_200x60", screen(&draw(&app)));
}

#[test]
fn library_filter_by_pinyin_and_terms() {
    let mut app = library_app(120, 40);
    keys(&mut app, &[Action::OpenFilter]);
    keys(&mut app, &typed("2019"));
    let s = screen(&draw(&app));
    assert!(s.contains("Library (1 of 7)"), "{s}");
    keys(&mut app, &[Action::Escape, Action::OpenTerms]);
    keys(&mut app, &typed("新质生产力 疫情"));
    keys(&mut app, &[Action::Enter]);
    let s = screen(&draw(&app));
    assert!(s.contains("Terms per report"), "{s}");
    assert!(s.contains("新质生产力"), "{s}");
}

fn compare_app(w: u16, h: u16) -> App {
    let open = |y: i32| {
        std::sync::Arc::new(
            baogao::report::Report::open(
                Some(&format!("tests/fixtures/corpus/{y}.txt")),
                &Default::default(),
            )
            .unwrap(),
        )
    };
    App::with_compare(open(2023), open(2024), w, h)
}

#[test]
fn compare_120x40_and_200x60() {
    let app = compare_app(120, 40);
    let s = screen(&draw(&app));
    assert!(s.contains("Targets 2023 → 2024"), "{s}");
    assert!(s.contains("B reports 5.2 for 2023"), "{s}");
    insta::assert_snapshot!("compare_120x40", s);
    let mut app = compare_app(200, 60);
    keys(&mut app, &[Action::Enter]);
    let s = screen(&draw(&app));
    assert!(s.contains("A 2023:"), "both sentences shown: {s}");
    insta::assert_snapshot!("compare_200x60", s);
}

/// `改善` is the report's judgement, not a rise: drawn in the calm "good"
/// style (blue italic), never the rising red, in the text and the pane.
#[test]
fn improve_is_not_drawn_as_a_rise() {
    let text =
        "各位代表：\n一、环境\n全区PM2.5平均浓度同比改善6.3%，优良天数比例提高2.1个百分点。\n";
    let report =
        baogao::report::Report::from_bytes("x.txt", text.as_bytes(), &Default::default()).unwrap();
    let f = report.figures.iter().find(|f| f.text == "6.3%").unwrap();
    let c = f.change.as_ref().unwrap();
    assert_eq!(c.word, Some("改善"));
    // PM2.5 concentration falls when it improves: the JSON direction says so.
    assert_eq!(f.indicator, Some("pm25"));
    assert_eq!(c.direction, baogao::figures::Direction::Down);
    let mut app = App::new(vec![report], 120, 40);
    keys(&mut app, &[Action::FocusNext, Action::FocusNext]);
    let buf = draw(&app);
    let s = screen(&buf);
    assert!(s.contains("改善6.3%"), "{s}");
    // Every cell of 改善6.3% in the figures pane and of 6.3% in the text.
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            if matches!(cell.symbol(), "改" | "善" | "6" | "3") {
                assert_ne!(
                    cell.fg,
                    ratatui::style::Color::Red,
                    "({x},{y}) {}",
                    cell.symbol()
                );
            }
        }
    }
}

#[test]
fn prompts_remember_and_edit() {
    let mut app = sample_app(120, 40);
    keys(&mut app, &[Action::OpenTopic]);
    keys(&mut app, &typed("稳 就业"));
    keys(&mut app, &[Action::DeleteWord]);
    assert_eq!(app.prompt, "稳 ");
    keys(&mut app, &[Action::ClearPrompt]);
    assert_eq!(app.prompt, "");
    keys(&mut app, &typed("就业"));
    keys(&mut app, &[Action::Enter]);
    // The topic prompt opens again with the last query; typing replaces it.
    keys(&mut app, &[Action::OpenTopic]);
    assert_eq!(app.prompt, "就业");
    keys(&mut app, &typed("两大"));
    assert_eq!(app.prompt, "两大");
}

#[test]
fn resuming_says_where_once() {
    let mut app = sample_app(120, 40);
    let pos = app.doc().report.doc.section_by_id("3.2").unwrap().start;
    app.resume(pos);
    assert_eq!(
        app.message.as_deref(),
        Some("resumed at 三 › (二) — g goes to the top")
    );
    keys(&mut app, &[Action::Down]);
    assert_eq!(app.message, None);
}

#[test]
fn a_report_without_headings_hides_the_outline_and_says_why() {
    let bytes = super::fixture_bytes("corpus/1975.txt");
    let report =
        baogao::report::Report::from_bytes("1975.txt", &bytes, &Default::default()).unwrap();
    assert!(
        report.doc.sections.is_empty(),
        "the 1975 report has no headings"
    );
    let app = App::new(vec![report], 120, 40);
    assert_eq!(app.pane_widths().0, 0);
    let s = screen(&draw(&app));
    assert!(!s.contains("Outline"), "{s}");
    assert!(s.contains("no headings: the outline is hidden"), "{s}");
    // Opened by a path, the pane is titled by the file's base name.
    let path = super::fixture("corpus/1975.txt");
    let report =
        baogao::report::Report::open(Some(path.to_str().unwrap()), &Default::default()).unwrap();
    let s = screen(&draw(&App::new(vec![report], 120, 40)));
    let top = s.lines().next().unwrap_or("");
    assert!(
        top.contains("1975.txt") && !top.contains("fixtures"),
        "{top}"
    );
}

#[test]
fn fullwidth_report_topics_and_chart() {
    let mut app = national_2024_app(120, 40);
    keys(&mut app, &[Action::OpenTopic]);
    keys(&mut app, &typed("就业"));
    let s = screen(&draw(&app));
    assert!(s.contains("城镇新增就业"), "{s}");
    insta::assert_snapshot!("fullwidth_topics_120x40", s);
    let mut app = national_2024_app(80, 24);
    keys(&mut app, &[Action::NextSection, Action::Chart]);
    insta::assert_snapshot!("fullwidth_chart_80x24", screen(&draw(&app)));
    let mut app = national_2024_app(200, 60);
    keys(&mut app, &[Action::FocusNext, Action::FocusNext]);
    insta::assert_snapshot!("fullwidth_figures_200x60", screen(&draw(&app)));
}

/// A second `c`: the section's targets beside what the report says was
/// achieved for the same indicator (2024: growth about 5%, 5.2% in 2023).
#[test]
fn chart_of_targets_and_achieved() {
    let mut app = national_2024_app(120, 40);
    keys(
        &mut app,
        &[
            Action::NextSection,
            Action::NextSection,
            Action::Chart,
            Action::Chart,
        ],
    );
    let s = screen(&draw(&app));
    assert!(s.contains("targets ◎ and achieved ●"), "{s}");
    let rows: Vec<&str> = s.lines().collect();
    let gdp = rows
        .iter()
        .position(|r| r.contains("国内生产总值 ◎"))
        .unwrap();
    assert!(rows[gdp].contains("5% target"), "{s}");
    assert!(rows[gdp + 1].contains("5.2% achieved"), "{s}");
    insta::assert_snapshot!("chart_targets_120x40", s);
    keys(&mut app, &[Action::Chart]);
    assert_eq!(app.mode, baogao::app::Mode::Normal);
}

/// The chart and the topic list at every size on the sample (ASCII
/// punctuation) and the 2024 national report (fullwidth), the sizes the
/// other tests leave out: each shows what it is for, and a snapshot keeps it.
#[test]
fn chart_and_topics_at_every_size() {
    type Make = fn(u16, u16) -> App;
    let reports: [(&str, Make, &str, &str); 2] = [
        ("sample", sample_app, "稳住经济大盘", "jiuye"),
        ("fullwidth", national_2024_app, "国内需求", "jiuye"),
    ];
    for (name, make, section, topic) in reports {
        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
            let mut app = make(w, h);
            keys(&mut app, &[Action::OpenTopic]);
            keys(&mut app, &typed(topic));
            let topics = screen(&draw(&app));
            assert!(topics.contains("就业"), "{name} {w}x{h}:\n{topics}");
            let mut app = make(w, h);
            keys(&mut app, &[Action::OpenTopic]);
            keys(&mut app, &typed(section));
            keys(&mut app, &[Action::Enter, Action::Chart]);
            let chart = screen(&draw(&app));
            assert!(chart.contains("Chart"), "{name} {w}x{h}:\n{chart}");
            for s in [&topics, &chart] {
                for row in s.lines() {
                    assert!(
                        unicode_width::UnicodeWidthStr::width(row) <= usize::from(w),
                        "{name} {w}x{h}: {row}"
                    );
                }
            }
            insta::assert_snapshot!(format!("topics_{name}_{w}x{h}"), topics);
            insta::assert_snapshot!(format!("chart_{name}_{w}x{h}"), chart);
        }
    }
}

/// A library shows before it is read: rows fill in, in year order and
/// whatever order they come in, under a count; the selection and the marks
/// stay on their reports; the whole library then takes the rows' place.
#[test]
fn library_rows_fill_in_while_it_is_read() {
    use baogao::app::library::{LibraryEvent, LibraryView};
    use baogao::library::{Library, LibraryOptions};
    let paths: Vec<String> = [2016, 2019, 2021, 2022, 2023]
        .iter()
        .map(|y| format!("tests/fixtures/corpus/{y}.txt"))
        .collect();
    let files = baogao::library::report_files(&paths).unwrap();
    let heard = std::sync::Mutex::new(Vec::new());
    let lib = Library::open_files(&files, &LibraryOptions::default(), &|s| {
        heard.lock().unwrap().push(s.clone());
    })
    .unwrap();
    let mut heard = heard.into_inner().unwrap();
    assert_eq!(heard.len(), 5, "one call per report");
    // The worker's order is any order: feed them newest first.
    heard.sort_by_key(|s| std::cmp::Reverse(s.year));
    let view = LibraryView::loading(5, None, Default::default());
    let mut app = App::with_library(view, 120, 40);
    let s = screen(&draw(&app));
    assert!(s.contains("Library (0 of 0) · reading 0/5…"), "{s}");
    let mut heard = heard.into_iter();
    for _ in 0..3 {
        let row = heard.next().unwrap();
        app.library
            .as_mut()
            .unwrap()
            .receive(LibraryEvent::Row(Box::new(row)));
    }
    let s = screen(&draw(&app));
    assert!(s.contains("Library (3 of 3) · reading 3/5…"), "{s}");
    let years = |app: &App| -> Vec<Option<i32>> {
        let v = app.library.as_ref().unwrap();
        v.rows.iter().map(|&i| v.lib.reports[i].year).collect()
    };
    assert_eq!(years(&app), [Some(2021), Some(2022), Some(2023)]);
    // A trend opened on the reports read so far.
    let trend_years = |v: &LibraryView| -> Vec<Option<i32>> {
        v.trend
            .as_ref()
            .unwrap()
            .rows
            .iter()
            .map(|r| r.year)
            .collect()
    };
    let v = app.library.as_mut().unwrap();
    v.open_trend("gdp_growth").unwrap();
    let before = trend_years(v);
    v.screen = baogao::app::library::LibraryScreen::List;
    // Select and mark 2022, then the older reports arrive before it.
    keys(&mut app, &[Action::Down]);
    let v = app.library.as_mut().unwrap();
    assert_eq!(v.lib.reports[v.selected().unwrap()].year, Some(2022));
    v.marked.push(v.selected().unwrap());
    for row in heard {
        v.receive(LibraryEvent::Row(Box::new(row)));
    }
    let picked = |v: &LibraryView| v.lib.reports[v.selected().unwrap()].year;
    assert_eq!(picked(v), Some(2022));
    assert_eq!(v.lib.reports[v.marked[0]].year, Some(2022));
    assert!(v.receive(LibraryEvent::Done(Ok(lib))).is_none());
    // The trend opened on three reports is drawn again from all five.
    let after = trend_years(v);
    assert_eq!(before.len(), 3, "{before:?}");
    assert_eq!(after.len(), 5, "{after:?}");
    assert_eq!(v.loading, None);
    assert_eq!(picked(v), Some(2022));
    assert_eq!(v.lib.reports[v.marked[0]].year, Some(2022));
    assert_eq!(
        years(&app),
        [Some(2016), Some(2019), Some(2021), Some(2022), Some(2023)]
    );
    let s = screen(&draw(&app));
    assert!(s.contains("Library (5 of 5) "), "{s}");
    assert!(!s.contains("reading"), "{s}");
}
