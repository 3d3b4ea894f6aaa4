//! The compare screen: the targets of both reports (changed first), two
//! reading panes that scroll together at matched sections, and the words
//! that moved.
//!
//! ```text
//! ┌ Targets 2023 → 2024 ─────────────────────────────────────────────┐
//! │* 城镇新增就业  1200万人左右 → 1200万人以上   2024 reports 1244     │
//! └──────────────────────────────────────────────────────────────────┘
//! ┌ A 2023 · 一、… ───────┐┌ B 2024 · 一、… ───────┐┌ Words (A → B) ┐
//! │ text                  ││ text                  ││ 疫情  24 → 2  │
//! └───────────────────────┘└───────────────────────┘└───────────────┘
//! ```

use super::reading::{doc_path, render_doc};
use super::{Palette, block, first_row};
use crate::app::App;
use crate::app::compare::{ComparePane, CompareView};
use crate::compare::TargetBrief;
use crate::decode::sanitize;
use crate::output::fmt_num;
use crate::text::layout::truncate_to_width;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

fn brief(t: &Option<TargetBrief>) -> String {
    TargetBrief::shown_or_dash(t.as_ref())
}

fn year(y: Option<i32>) -> String {
    y.map_or("?".into(), |y| y.to_string())
}

pub(crate) fn render(frame: &mut Frame, app: &App, p: &Palette) {
    let Some(c) = &app.compare else {
        return;
    };
    let area = frame.area();
    let targets_h = (c.cmp.targets.len() as u16 + 2).min(area.height / 3).max(3);
    let [top, middle, status] = Layout::vertical([
        Constraint::Length(targets_h),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    render_targets(frame, c, top, p);
    let [pa, pb, pw] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Fill(1),
        Constraint::Length(26),
    ])
    .areas(middle);
    let title = |label: &str, d: &crate::app::DocState, y: Option<i32>| {
        format!("{label} {} · {}", year(y), doc_path(d))
    };
    render_doc(
        frame,
        &c.a,
        pa,
        &title("A", &c.a, c.cmp.a.year),
        c.focus == ComparePane::A,
        p,
    );
    render_doc(
        frame,
        &c.b,
        pb,
        &title("B", &c.b, c.cmp.b.year),
        c.focus == ComparePane::B,
        p,
    );
    let [ps, pw] = Layout::vertical([Constraint::Percentage(45), Constraint::Fill(1)]).areas(pw);
    render_sections(frame, c, ps, p);
    render_words(frame, c, pw, p);
    let hint =
        "Tab panes  ↑↓ move  Enter: target → both sentences, word → search both  Esc back  q quit";
    let text = match &app.message {
        Some(m) => m.clone(),
        None => format!(
            " {} → {}   {hint}",
            sanitize(&c.cmp.a.path),
            sanitize(&c.cmp.b.path)
        ),
    };
    frame.render_widget(
        Paragraph::new(Line::styled(
            truncate_to_width(&text, usize::from(area.width)),
            Style::default().add_modifier(Modifier::DIM),
        )),
        status,
    );
    if c.popup {
        render_sentences(frame, c, middle, p);
    }
    if app.mode == crate::app::Mode::Help {
        super::overlay::render_help(frame, middle, p, false, app.help_scroll);
    }
}

fn render_targets(frame: &mut Frame, c: &CompareView, area: Rect, p: &Palette) {
    let inner_w = usize::from(area.width.saturating_sub(2));
    let h = usize::from(area.height.saturating_sub(2));
    let first = first_row(c.target_sel, h);
    let lines: Vec<Line> = c
        .cmp
        .targets
        .iter()
        .enumerate()
        .skip(first)
        .take(h)
        .map(|(k, t)| {
            let name = crate::figures::indicators::by_id(&t.indicator)
                .map_or(t.indicator.clone(), |i| i.name.clone());
            let outcome = t.outcome_in_b.as_ref().map_or(String::new(), |o| {
                format!("  B reports {} for {}", fmt_num(o.value), year(o.year))
            });
            let name = truncate_to_width(&name, 18);
            let pad = " ".repeat(18usize.saturating_sub(name.width()));
            let text = format!(
                "{} {name}{pad} {} → {}{outcome}",
                if t.changed { "*" } else { " " },
                brief(&t.a),
                brief(&t.b)
            );
            let mut style = if t.changed {
                Style::default().add_modifier(Modifier::BOLD)
            } else {
                Style::default()
            };
            if k == c.target_sel && c.focus == ComparePane::Targets {
                style = style.add_modifier(Modifier::REVERSED);
            }
            Line::styled(truncate_to_width(&text, inner_w), style)
        })
        .collect();
    let title = format!(
        " Targets {} → {} (* changed) ",
        year(c.cmp.a.year),
        year(c.cmp.b.year)
    );
    frame.render_widget(
        Paragraph::new(lines).block(block(title, c.focus == ComparePane::Targets, p)),
        area,
    );
}

/// Sections of B matched to A's by title: `=` same place, `~` moved, `+`
/// new in B, `−` dropped from A.
fn render_sections(frame: &mut Frame, c: &CompareView, area: Rect, p: &Palette) {
    let h = usize::from(area.height.saturating_sub(2));
    let first = first_row(c.section_sel, h);
    let lines: Vec<Line> = c
        .cmp
        .sections
        .iter()
        .enumerate()
        .skip(first)
        .take(h)
        .map(|(k, m)| {
            let (mark, text, style) = match (&m.a, &m.b) {
                (Some(a), Some(b)) if a == b => ("=", a.clone(), Style::default()),
                (Some(a), Some(b)) => ("~", format!("{a} → {b}"), Style::default()),
                (None, Some(b)) => ("+", format!("new {b}"), p.up()),
                (Some(a), None) => ("−", format!("gone {a}"), p.down()),
                (None, None) => (" ", String::new(), Style::default()),
            };
            let style = if k == c.section_sel && c.focus == ComparePane::Sections {
                style.add_modifier(Modifier::REVERSED)
            } else {
                style
            };
            Line::styled(format!("{mark} {text}"), style)
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines).block(block(
            " Sections A → B ".into(),
            c.focus == ComparePane::Sections,
            p,
        )),
        area,
    );
}

fn render_words(frame: &mut Frame, c: &CompareView, area: Rect, p: &Palette) {
    let h = usize::from(area.height.saturating_sub(2));
    let first = first_row(c.word_sel, h);
    let lines: Vec<Line> = c
        .cmp
        .terms
        .iter()
        .enumerate()
        .skip(first)
        .take(h)
        .map(|(k, t)| {
            let term = truncate_to_width(&sanitize(&t.term), 12);
            let pad = " ".repeat(12usize.saturating_sub(term.width()));
            let style = if k == c.word_sel && c.focus == ComparePane::Words {
                Style::default().add_modifier(Modifier::REVERSED)
            } else if t.a == 0 {
                p.up()
            } else if t.b == 0 {
                p.down()
            } else {
                Style::default()
            };
            Line::styled(format!("{term}{pad}{:>4} → {:<4}", t.a, t.b), style)
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines).block(block(
            " Words A → B ".into(),
            c.focus == ComparePane::Words,
            p,
        )),
        area,
    );
}

/// Both sentences of the selected target row.
fn render_sentences(frame: &mut Frame, c: &CompareView, area: Rect, p: &Palette) {
    let Some(t) = c.cmp.targets.get(c.target_sel) else {
        return;
    };
    let r = super::overlay::centered(area, area.width.saturating_sub(6), 10);
    frame.render_widget(Clear, r);
    let side = |label: &str, y: Option<i32>, b: &Option<TargetBrief>| {
        format!(
            "{label} {}: {}",
            year(y),
            b.as_ref()
                .map_or("(no target)".to_string(), |b| sanitize(&b.text))
        )
    };
    let mut paras = vec![side("A", c.cmp.a.year, &t.a), side("B", c.cmp.b.year, &t.b)];
    if let Some(o) = &t.outcome_in_b {
        paras.push(format!("B on {}: {}", year(o.year), sanitize(&o.text)));
    }
    let w = usize::from(r.width.saturating_sub(2));
    let mut text = Vec::new();
    for para in paras {
        if !text.is_empty() {
            text.push(Line::raw(""));
        }
        text.extend(
            crate::text::layout::wrap_str(&para, w)
                .into_iter()
                .map(Line::raw),
        );
    }
    frame.render_widget(
        Paragraph::new(text).block(block(format!(" {} — Esc closes ", t.indicator), true, p)),
        r,
    );
}
