//! The library screens: one row per report (filtered, marked), one
//! indicator across the years (a line chart of target and outcome with a
//! table under it), terms across the years (bars), a search over every
//! report.
//!
//! ```text
//! ┌ Library (52) ─ filter: 浙江 ───────────────────────────────────────┐
//! │ year level      region   title                    figures targets │
//! │›2024 national   全国     政府工作报告                 212      31 │
//! └───────────────────────────────────────────────────────────────────┘
//!  Enter open  Space mark  = compare  T trend  K terms  / search  ? help
//! ```

use super::{Palette, block, first_row};
use crate::app::library::{LibraryScreen, LibraryView, met};
use crate::app::{App, Mode};
use crate::decode::sanitize;
use crate::library::print::title_of;
use crate::output::fmt_num;
use crate::text::layout::truncate_to_width;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph};
use unicode_width::UnicodeWidthStr;

/// Pads `s` to `w` columns (cut with `…` when longer).
fn cell(s: &str, w: usize) -> String {
    let s = truncate_to_width(&sanitize(s), w);
    let pad = w.saturating_sub(s.width());
    format!("{s}{}", " ".repeat(pad))
}

pub(crate) fn render(frame: &mut Frame, app: &App, p: &Palette) {
    let Some(v) = &app.library else {
        return;
    };
    let [main, status] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(frame.area());
    match v.screen {
        LibraryScreen::List => render_list(frame, v, main, p),
        LibraryScreen::Trend => render_trend(frame, v, main, p),
        LibraryScreen::Terms => render_terms(frame, v, main, p),
        LibraryScreen::Search => render_search(frame, v, main, p),
    }
    render_status(frame, app, v, status, p);
    if app.mode == Mode::Help {
        super::overlay::render_help(frame, main, p, true, app.help_scroll);
    }
}

fn render_status(frame: &mut Frame, app: &App, v: &LibraryView, area: Rect, p: &Palette) {
    let prompt = match app.mode {
        Mode::Filter => Some("filter › "),
        Mode::Indicator => Some("indicator (gdp_growth, 国内生产总值, jingjizengzhang) › "),
        Mode::Terms => Some("terms (separated by spaces) › "),
        Mode::Search => Some("search every report / "),
        _ => None,
    };
    let line = if let Some(label) = prompt {
        Line::from(vec![
            Span::styled(label, p.accent()),
            Span::raw(sanitize(&app.prompt)),
            Span::styled("▏", p.accent()),
        ])
    } else if let Some(m) = &app.message {
        Line::styled(
            truncate_to_width(&format!(" {}", sanitize(m)), usize::from(area.width)),
            p.accent(),
        )
    } else {
        let hints = match v.screen {
            LibraryScreen::List => {
                "Enter open  Space mark  = compare  T trend  K terms  / search  f filter  ? help  q quit"
            }
            _ => "Enter open the report  Esc back to the list  ? help  q quit",
        };
        let marked = if v.marked.is_empty() {
            String::new()
        } else {
            format!("  {} marked", v.marked.len())
        };
        Line::styled(
            truncate_to_width(
                &format!(" {} reports{marked}   {hints}", v.lib.reports.len()),
                usize::from(area.width),
            ),
            Style::default().add_modifier(Modifier::DIM),
        )
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn render_list(frame: &mut Frame, v: &LibraryView, area: Rect, p: &Palette) {
    let inner_w = usize::from(area.width.saturating_sub(2));
    let h = usize::from(area.height.saturating_sub(3));
    // Cursor and mark, then year, level and region each with a space,
    // then three numbers of eight columns each after a space.
    let title_w = inner_w.saturating_sub(2 + 5 + 12 + 13 + 1 + 3 * 9).max(8);
    let mut lines = vec![Line::styled(
        format!(
            "  {} {} {} {} {:>8} {:>8} {:>8}",
            cell("year", 4),
            cell("level", 11),
            cell("region", 12),
            cell("title / speaker", title_w),
            "chars",
            "figures",
            "targets"
        ),
        Style::default().add_modifier(Modifier::BOLD),
    )];
    let first = first_row(v.sel, h);
    for (k, &i) in v.rows.iter().enumerate().skip(first).take(h) {
        let s = &v.lib.reports[i];
        let mark = if v.marked.contains(&i) { "●" } else { " " };
        let cursor = if k == v.sel { "›" } else { " " };
        let who = match &s.speaker {
            Some(sp) => format!("{}  {}", title_of(s), sp),
            None => title_of(s),
        };
        let text = format!(
            "{cursor}{mark}{} {} {} {} {:>8} {:>8} {:>8}",
            cell(&s.year.map(|y| y.to_string()).unwrap_or_default(), 4),
            cell(s.level.as_deref().unwrap_or("—"), 11),
            cell(s.region.as_deref().unwrap_or("—"), 12),
            cell(&who, title_w),
            s.chars,
            s.figures,
            s.targets
        );
        let style = if k == v.sel {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        lines.push(Line::styled(truncate_to_width(&text, inner_w), style));
    }
    if v.rows.is_empty() {
        lines.push(Line::raw("  no report matches the filter"));
    }
    let filter = if v.filter.is_empty() {
        String::new()
    } else {
        format!(" · filter: {}", sanitize(&v.filter))
    };
    // Rows fill in while the library is read, with a count.
    let reading = v
        .loading
        .map(|(done, total)| format!(" · reading {done}/{total}…"))
        .unwrap_or_default();
    let title = format!(
        " Library ({} of {}){filter}{reading} ",
        v.rows.len(),
        v.lib.reports.len()
    );
    frame.render_widget(Paragraph::new(lines).block(block(title, true, p)), area);
}

/// The chart of an indicator across the years, with the table under it.
fn render_trend(frame: &mut Frame, v: &LibraryView, area: Rect, p: &Palette) {
    let Some(t) = &v.trend else {
        return;
    };
    let table_h = (t.rows.len() as u16 + 3).min(area.height / 2).max(4);
    let [top, bottom] =
        Layout::vertical([Constraint::Min(5), Constraint::Length(table_h)]).areas(area);
    // Targets at the year they are for; outcomes at the year they report.
    let targets: Vec<(f64, f64)> = t
        .rows
        .iter()
        .filter_map(|r| {
            let x = f64::from(r.year?);
            let tg = r.target.as_ref()?;
            let y = tg.value.or_else(|| Some((tg.low? + tg.high?) / 2.0))?;
            Some((x, y))
        })
        .collect();
    let outcomes: Vec<(f64, f64)> = t
        .rows
        .iter()
        .filter_map(|r| {
            let o = r.outcome.as_ref()?;
            Some((f64::from(o.year?), o.value))
        })
        .collect();
    let xs: Vec<f64> = targets.iter().chain(&outcomes).map(|p| p.0).collect();
    let ys: Vec<f64> = targets.iter().chain(&outcomes).map(|p| p.1).collect();
    let (x0, x1) = (
        xs.iter().copied().fold(f64::MAX, f64::min),
        xs.iter().copied().fold(f64::MIN, f64::max),
    );
    let (y0, y1) = (
        ys.iter().copied().fold(f64::MAX, f64::min),
        ys.iter().copied().fold(f64::MIN, f64::max),
    );
    let (x0, x1) = if xs.is_empty() {
        (0.0, 1.0)
    } else {
        (x0 - 0.5, x1 + 0.5)
    };
    let (y0, y1) = if ys.is_empty() {
        (0.0, 1.0)
    } else {
        ((y0 - 1.0).min(0.0).max(y0 - 1.0), y1 + 1.0)
    };
    let unit = t
        .rows
        .iter()
        .find_map(|r| r.target.as_ref().map(|x| x.unit.clone()))
        .unwrap_or_default();
    let datasets = vec![
        Dataset::default()
            .name("target ◎")
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(p.accent())
            .data(&targets),
        Dataset::default()
            .name("outcome ●")
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(p.figure().remove_modifier(Modifier::UNDERLINED))
            .data(&outcomes),
    ];
    let label = |v: f64| Span::raw(fmt_num((v * 10.0).round() / 10.0));
    let chart = Chart::new(datasets)
        .block(block(
            format!(
                " {} ({}) across the years — Esc back ",
                t.indicator.name, t.indicator.id
            ),
            false,
            p,
        ))
        // Years are whole (the middle one rounded: never `2009.5`).
        .x_axis(Axis::default().bounds([x0, x1]).labels(
            [x0 + 0.5, (x0 + x1) / 2.0, x1 - 0.5].map(|v| Span::raw(format!("{:.0}", v.round()))),
        ))
        .y_axis(
            Axis::default()
                .title(unit.clone())
                .bounds([y0, y1])
                .labels([label(y0), label((y0 + y1) / 2.0), label(y1)]),
        );
    frame.render_widget(chart, top);
    // The table: a row per report.
    let h = usize::from(bottom.height.saturating_sub(3));
    let mut lines = vec![Line::styled(
        "  year  target          outcome (year before)   target met   report",
        Style::default().add_modifier(Modifier::BOLD),
    )];
    let first = first_row(t.sel, h);
    for (k, r) in t.rows.iter().enumerate().skip(first).take(h) {
        let target = crate::library::trend::Target::shown_or_dash(r.target.as_ref());
        let outcome = r.outcome.as_ref().map_or("—".to_string(), |o| {
            format!(
                "{} ({})",
                crate::output::amount_shown(o.value, &o.unit),
                o.year.map(|y| y.to_string()).unwrap_or_default()
            )
        });
        // Whether the year before met the target the report before set.
        let prev_target = r.outcome.as_ref().and_then(|o| {
            t.rows
                .iter()
                .find(|x| x.year == o.year)
                .and_then(|x| x.target.as_ref())
                .and_then(|tg| met(tg, o.value))
        });
        // Said with the year it is about (`2022 missed`): beside this
        // year's target, a bare `missed` read as this year's.
        let year_before = r
            .outcome
            .as_ref()
            .and_then(|o| o.year)
            .map(|y| y.to_string())
            .unwrap_or_default();
        let verdict = match prev_target {
            Some(true) => format!("{year_before} met"),
            Some(false) => format!("{year_before} missed"),
            None => String::new(),
        };
        let text = format!(
            "{}{} {} {} {} {}",
            if k == t.sel { "›" } else { " " },
            cell(&r.year.map(|y| y.to_string()).unwrap_or_default(), 5),
            cell(&target, 15),
            cell(&outcome, 23),
            cell(&verdict, 12),
            sanitize(&r.path)
        );
        let style = if k == t.sel {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        lines.push(Line::styled(
            truncate_to_width(&text, usize::from(bottom.width.saturating_sub(2))),
            style,
        ));
    }
    if t.rows.is_empty() {
        lines.push(Line::raw(
            "  no report states a target or an outcome for it",
        ));
    }
    frame.render_widget(
        Paragraph::new(lines).block(block(
            " Enter opens the report at its sentence ".into(),
            true,
            p,
        )),
        bottom,
    );
}

/// Terms across the years: a row per report, a bar per term (per 10,000
/// characters).
fn render_terms(frame: &mut Frame, v: &LibraryView, area: Rect, p: &Palette) {
    let Some((words, rows)) = &v.terms else {
        return;
    };
    let inner_w = usize::from(area.width.saturating_sub(2));
    let h = usize::from(area.height.saturating_sub(3));
    let col = ((inner_w.saturating_sub(6)) / words.len().max(1)).max(8);
    let max = rows
        .iter()
        .flat_map(|r| r.per_10k.values().copied())
        .fold(0.0, f64::max)
        .max(f64::MIN_POSITIVE);
    let mut header = vec![Span::raw("year  ")];
    for w in words {
        header.push(Span::styled(
            cell(w, col),
            Style::default().add_modifier(Modifier::BOLD),
        ));
    }
    let mut lines = vec![Line::from(header)];
    let first = first_row(v.sel, h);
    for (k, r) in rows.iter().enumerate().skip(first).take(h) {
        let mut spans = vec![Span::raw(format!(
            "{}{} ",
            if k == v.sel { "›" } else { " " },
            cell(&r.year.map(|y| y.to_string()).unwrap_or_default(), 4)
        ))];
        for w in words {
            let n = r.counts[w];
            let rate = r.per_10k[w];
            let label = format!(" {n}");
            let room = col.saturating_sub(label.width() + 1);
            let bar = if n == 0 {
                0
            } else {
                ((rate / max) * room as f64).round().max(1.0) as usize
            };
            spans.push(Span::styled(
                "█".repeat(bar),
                p.figure().remove_modifier(Modifier::UNDERLINED),
            ));
            spans.push(Span::raw(cell(&label, col.saturating_sub(bar))));
        }
        lines.push(Line::from(spans));
    }
    let title = " Terms per report (bars: per 10,000 characters; numbers: counts) — Esc back ";
    frame.render_widget(
        Paragraph::new(lines).block(block(title.into(), true, p)),
        area,
    );
}

fn render_search(frame: &mut Frame, v: &LibraryView, area: Rect, p: &Palette) {
    let Some((q, results, sel)) = &v.search else {
        return;
    };
    let h = usize::from(area.height.saturating_sub(2));
    let first = first_row(*sel, h);
    let by_path = |path: &str| v.lib.reports.iter().find(|s| s.path == path);
    let lines: Vec<Line> = results
        .iter()
        .enumerate()
        .skip(first)
        .take(h)
        .map(|(k, r)| {
            let title = by_path(&r.path)
                .map(title_of)
                .unwrap_or_else(|| r.path.clone());
            let n = r.hits.len();
            let text = format!(
                "{}{} {n:>5} {}  {}  {}",
                if k == *sel { "›" } else { " " },
                cell(&r.year.map(|y| y.to_string()).unwrap_or_default(), 4),
                if n == 1 { "hit " } else { "hits" },
                cell(&title, 30),
                sanitize(&r.path)
            );
            let style = if k == *sel {
                Style::default().add_modifier(Modifier::REVERSED)
            } else {
                Style::default()
            };
            Line::styled(text, style)
        })
        .collect();
    let total: usize = results.iter().map(|r| r.hits.len()).sum();
    let title = format!(
        " “{}”: {total} {} in {} {} — Enter opens at the first ",
        sanitize(q),
        if total == 1 { "hit" } else { "hits" },
        results.len(),
        if results.len() == 1 {
            "report"
        } else {
            "reports"
        }
    );
    frame.render_widget(Paragraph::new(lines).block(block(title, true, p)), area);
}
