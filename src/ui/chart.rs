//! The chart overlay: a section's changes as diverging bars, or its
//! amounts as bars.

use super::overlay::{centered, clear};
use super::reading::section_path;
use super::{Palette, block};
use crate::app::App;
use crate::decode::sanitize;
use crate::figures::{Direction, Kind};
use crate::output::fmt_num;
use crate::text::layout::truncate_to_width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// Horizontal diverging bars around zero for changes; plain bars for
/// amounts when the section has no changes.
pub(crate) fn render(f: &mut Frame, app: &App, area: Rect, p: &Palette) {
    let r = centered(
        area,
        area.width.saturating_sub(4),
        area.height.saturating_sub(2),
    );
    clear(f, r);
    let d = app.doc();
    let figs = d.section_figures();
    let changes: Vec<(String, f64, String)> = figs
        .iter()
        .filter_map(|x| {
            let c = x.change.as_ref()?;
            let v = if c.direction == Direction::Down {
                -c.value
            } else {
                c.value
            };
            Some((
                x.label.clone().unwrap_or_else(|| x.text.clone()),
                v,
                format!("{}{}", fmt_num(v), c.unit),
            ))
        })
        .collect();
    let inner_w = usize::from(r.width.saturating_sub(2));
    let label_w = (inner_w / 4).clamp(4, 20);
    let value_w = 10;
    let bar_w = inner_w.saturating_sub(label_w + value_w + 2);
    let mut lines = Vec::new();
    if !changes.is_empty() {
        let max = changes
            .iter()
            .map(|c| c.1.abs())
            .fold(0.0, f64::max)
            .max(f64::MIN_POSITIVE);
        let half = bar_w / 2;
        for (label, v, text) in &changes {
            let n = ((v.abs() / max) * half as f64).round() as usize;
            let label = truncate_to_width(&sanitize(label), label_w);
            let lpad = label_w.saturating_sub(label.width());
            let (left, right, style) = if *v < 0.0 {
                (
                    format!(
                        "{}{}",
                        " ".repeat(half - n.min(half)),
                        "█".repeat(n.min(half))
                    ),
                    " ".repeat(half),
                    p.down(),
                )
            } else {
                (
                    " ".repeat(half),
                    format!(
                        "{}{}",
                        "█".repeat(n.min(half)),
                        " ".repeat(half - n.min(half))
                    ),
                    p.up(),
                )
            };
            lines.push(Line::from(vec![
                Span::raw(format!("{label}{} ", " ".repeat(lpad))),
                Span::styled(left, style),
                Span::raw("│"),
                Span::styled(right, style),
                Span::styled(format!(" {text}"), style),
            ]));
        }
    } else {
        // Bars compare like with like: the unit most figures share.
        let mut units: Vec<(&str, usize)> = Vec::new();
        for x in figs.iter().filter(|x| x.kind != Kind::Percent) {
            let u = x.unit.as_deref().unwrap_or("");
            match units.iter_mut().find(|(v, _)| *v == u) {
                Some(e) => e.1 += 1,
                None => units.push((u, 1)),
            }
        }
        let unit = units.iter().max_by_key(|e| e.1).map(|e| e.0);
        let amounts: Vec<&&crate::figures::Figure> = figs
            .iter()
            .filter(|x| x.kind != Kind::Percent && Some(x.unit.as_deref().unwrap_or("")) == unit)
            .collect();
        let max = amounts
            .iter()
            .map(|x| x.normalized)
            .fold(0.0, f64::max)
            .max(f64::MIN_POSITIVE);
        for x in amounts {
            let n = ((x.normalized / max) * bar_w as f64).round() as usize;
            let label = truncate_to_width(&sanitize(x.label.as_deref().unwrap_or("—")), label_w);
            let lpad = label_w.saturating_sub(label.width());
            lines.push(Line::from(vec![
                Span::raw(format!("{label}{} ", " ".repeat(lpad))),
                Span::styled("█".repeat(n.min(bar_w)), p.figure()),
                Span::raw(format!(" {}", sanitize(&x.text))),
            ]));
        }
        if lines.is_empty() {
            lines.push(Line::raw("本节没有可绘制的数字 (nothing to chart)"));
        }
    }
    let title = format!(
        " Chart — {} — Esc returns ",
        truncate_to_width(&section_path(app), inner_w.saturating_sub(24))
    );
    f.render_widget(Paragraph::new(lines).block(block(title, true, p)), r);
}
