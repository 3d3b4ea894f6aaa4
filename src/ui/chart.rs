//! The chart overlay (`c`): the section's changes as bars around zero, or
//! its amounts in one unit and scale as bars from zero. The series comes
//! from the core ([`crate::app::chart`]); this file only lays it out. It
//! covers the panes completely.

use super::overlay::clear;
use super::reading::section_path;
use super::{Palette, block};
use crate::app::App;
use crate::app::chart::{Bar, Chart, chart_of};
use crate::decode::sanitize;
use crate::text::layout::truncate_to_width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// Cells of a bar for `v` on a side `side` cells long (at least one cell
/// for any value that is not zero).
fn cells(v: f64, max: f64, side: usize) -> usize {
    if v == 0.0 || side == 0 {
        return 0;
    }
    ((v.abs() / max) * side as f64)
        .round()
        .clamp(1.0, side as f64) as usize
}

/// The text at a bar's end: value, and the period unless the title has it.
fn end_text(b: &Bar, shared_period: bool) -> String {
    match (&b.period, shared_period) {
        (Some(p), false) => format!(" {} {}", b.text, sanitize(p)),
        _ => format!(" {}", b.text),
    }
}

pub(crate) fn render(frame: &mut Frame, app: &App, area: Rect, p: &Palette) {
    clear(frame, area);
    if app.chart_targets {
        return render_targets(frame, app, area, p);
    }
    let d = app.doc();
    let figs = d.section_figures();
    let chart = chart_of(&figs);
    let bars = chart.bars();
    let inner_w = usize::from(area.width.saturating_sub(2));
    let first_period = bars.first().and_then(|b| b.period.clone());
    let shared_period = !bars.is_empty() && bars.iter().all(|b| b.period == first_period);
    let what = match &chart {
        Chart::Changes { unit, .. } => format!(": changes in {unit}"),
        Chart::Amounts { unit, .. } => format!(": amounts in {unit}"),
        Chart::Nothing => String::new(),
    };
    let period = if shared_period {
        first_period
            .map(|p| format!(" · {}", sanitize(&p)))
            .unwrap_or_default()
    } else {
        String::new()
    };
    let title = format!(
        " Chart{what}{period} · {} — Esc returns ",
        section_path(app)
    );
    let title = truncate_to_width(&title, inner_w);
    let mut lines = Vec::new();
    if bars.is_empty() {
        lines.push(Line::raw(truncate_to_width(
            "Nothing to chart in this section.",
            inner_w,
        )));
    }
    let texts: Vec<String> = bars.iter().map(|b| end_text(b, shared_period)).collect();
    let text_w = texts.iter().map(|t| t.width()).max().unwrap_or(0);
    let max_label = bars
        .iter()
        .map(|b| sanitize(&b.label).width())
        .max()
        .unwrap_or(0);
    // Labels whole while the bars keep at least 8 cells; then labels give.
    let label_w = max_label.min(inner_w.saturating_sub(text_w + 2 + 8)).max(4);
    let bar_w = inner_w.saturating_sub(label_w + 2 + text_w);
    let max_neg = bars
        .iter()
        .filter(|b| b.value < 0.0)
        .map(|b| -b.value)
        .fold(0.0, f64::max);
    let max_pos = bars
        .iter()
        .filter(|b| b.value > 0.0)
        .map(|b| b.value)
        .fold(0.0, f64::max);
    // Each side as long as its largest bar needs (no empty half), both on
    // one scale: cells per unit are the same left and right.
    let neg_w = if max_pos == 0.0 {
        bar_w
    } else {
        ((bar_w as f64) * max_neg / (max_neg + max_pos)).round() as usize
    };
    let pos_w = bar_w - neg_w;
    let changes = matches!(chart, Chart::Changes { .. });
    for (b, text) in bars.iter().zip(&texts) {
        let label = truncate_to_width(&sanitize(&b.label), label_w);
        let pad = " ".repeat(label_w.saturating_sub(label.width()));
        let style = match (changes, b.value < 0.0) {
            (true, true) => p.down(),
            (true, false) => p.up(),
            (false, _) => p.figure(),
        };
        let (left, right) = if b.value < 0.0 {
            let n = cells(b.value, max_neg, neg_w);
            (
                format!("{}{}", " ".repeat(neg_w - n), "█".repeat(n)),
                String::new(),
            )
        } else {
            (
                " ".repeat(neg_w),
                "█".repeat(cells(b.value, max_pos, pos_w)),
            )
        };
        let axis = if neg_w > 0 { "│" } else { "▏" };
        lines.push(Line::from(vec![
            Span::raw(format!("{pad}{label} ")),
            Span::styled(left, style),
            Span::styled(axis, Style::default()),
            Span::styled(right, style),
            Span::styled(text.clone(), style),
        ]));
    }
    frame.render_widget(Paragraph::new(lines).block(block(title, true, p)), area);
}

/// The section's targets (◎) beside what the report says was achieved for
/// the same indicator: two bars per target on one scale per unit.
fn render_targets(frame: &mut Frame, app: &App, area: Rect, p: &Palette) {
    let d = app.doc();
    let figs = d.section_figures();
    let pairs = crate::app::chart::targets_vs_achieved(&d.report.figures, &figs);
    let inner_w = usize::from(area.width.saturating_sub(2));
    let label_w = pairs
        .iter()
        .map(|x| sanitize(&x.label).width())
        .max()
        .unwrap_or(4)
        .min(inner_w / 3)
        .max(4);
    let text_w = pairs
        .iter()
        .map(|x| {
            let t = x.target_text.width() + " target".len();
            let a = x
                .achieved_text
                .as_deref()
                .map_or(0, |a| a.width() + " achieved".len());
            t.max(a) + 1
        })
        .max()
        .unwrap_or(16);
    let bar_w = inner_w.saturating_sub(label_w + 4 + text_w).max(1);
    let mut lines = Vec::new();
    for x in &pairs {
        // One scale per unit: the larger of target and achieved is full.
        let max = x
            .achieved
            .unwrap_or(0.0)
            .max(x.target)
            .max(f64::MIN_POSITIVE);
        let bar = |v: f64| "█".repeat(cells(v, max, bar_w));
        let label = truncate_to_width(&sanitize(&x.label), label_w);
        let pad = " ".repeat(label_w.saturating_sub(label.width()));
        lines.push(Line::from(vec![
            Span::raw(format!("{pad}{label} ◎ ")),
            Span::styled(bar(x.target), p.accent()),
            Span::raw(format!(" {} target", x.target_text)),
        ]));
        let achieved = match (x.achieved, &x.achieved_text) {
            (Some(v), Some(t)) => Line::from(vec![
                Span::raw(format!("{} ● ", " ".repeat(label_w))),
                Span::styled(bar(v), p.figure()),
                Span::raw(format!(" {t} achieved")),
            ]),
            _ => Line::styled(
                format!(
                    "{} ● (the report gives no outcome for it)",
                    " ".repeat(label_w)
                ),
                Style::default().add_modifier(ratatui::style::Modifier::DIM),
            ),
        };
        lines.push(achieved);
    }
    if pairs.is_empty() {
        lines.push(Line::raw("No targets in this section."));
    }
    let title = format!(
        " Chart: targets ◎ and achieved ● · {} — c closes ",
        section_path(app)
    );
    let title = truncate_to_width(&title, inner_w);
    frame.render_widget(Paragraph::new(lines).block(block(title, true, p)), area);
}
