//! The reading pane: wrapped rows of the text with figures, changes and
//! search hits highlighted.

use super::{Palette, block};
use crate::app::{App, ChangeSpan, DocState, Focus, RowKind};
use crate::decode::sanitize;
use crate::figures::Direction;
use crate::text::layout::truncate_to_width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub(crate) fn section_path(app: &App) -> String {
    doc_path(app.doc())
}

/// The section path at a document's reading position (`三 › (一)…`).
pub(crate) fn doc_path(d: &DocState) -> String {
    d.report
        .doc
        .section_path(d.reading_pos())
        .iter()
        .map(|s| s.heading())
        .collect::<Vec<_>>()
        .join(" › ")
}

pub(crate) fn render(frame: &mut Frame, app: &App, area: Rect, p: &Palette) {
    let d = app.doc();
    let path = section_path(app);
    let path = if path.is_empty() {
        let tb = &d.report.doc.title_block;
        tb.title
            .clone()
            .unwrap_or_else(|| crate::decode::sanitize_line(&super::base_name(&d.report.name)))
    } else {
        path
    };
    render_doc(frame, d, area, &path, app.focus == Focus::Reading, p);
}

/// Draws a document's rows on screen in a bordered pane titled `title`.
pub(crate) fn render_doc(
    frame: &mut Frame,
    d: &DocState,
    area: Rect,
    title: &str,
    focused: bool,
    p: &Palette,
) {
    let inner_w = usize::from(area.width.saturating_sub(2));
    let h = usize::from(area.height.saturating_sub(2));
    let selected = d.section_figures().get(d.figure_sel).map(|f| f.start);
    let hit = d.hit.and_then(|i| d.hits.get(i)).copied();
    let text = &d.report.doc;
    let mut lines = Vec::with_capacity(h);
    for row in d.view.iter().take(h) {
        let base = match row.kind {
            RowKind::Title => p.accent().add_modifier(Modifier::BOLD),
            RowKind::Heading(1) => p.accent().add_modifier(Modifier::BOLD),
            RowKind::Heading(_) => Style::default().add_modifier(Modifier::BOLD),
            _ => Style::default(),
        };
        let (a, b) = (row.line.start, row.line.end);
        let s: Vec<char> = text.slice(a, b).chars().collect();
        let mut spans: Vec<Span> = Vec::new();
        let mut cur = String::new();
        let mut cur_style = base;
        for (k, &c) in s.iter().enumerate() {
            let style = char_style(d, p, a + k, base, selected, hit);
            let c = if c == '\t' {
                ' '
            } else {
                crate::decode::visible(c)
            };
            if style != cur_style && !cur.is_empty() {
                spans.push(Span::styled(std::mem::take(&mut cur), cur_style));
            }
            cur_style = style;
            cur.push(c);
        }
        if !cur.is_empty() {
            spans.push(Span::styled(cur, cur_style));
        }
        lines.push(Line::from(spans));
    }
    let title = truncate_to_width(&format!(" {} ", sanitize(title)), inner_w.saturating_sub(2));
    frame.render_widget(Paragraph::new(lines).block(block(title, focused, p)), area);
}

/// The style of the char at `pos`: a figure (by kind or direction,
/// reversed when selected), a change written after its figure, a search
/// hit (the current one reversed), or the row's own style.
fn char_style(
    d: &DocState,
    p: &Palette,
    pos: usize,
    base: Style,
    selected: Option<usize>,
    hit: Option<(usize, usize)>,
) -> Style {
    let mut style = base;
    if let Some(fig) = figure_at(&d.report.figures, pos) {
        style = p.of_figure(fig);
        if Some(fig.start) == selected {
            style = style.add_modifier(Modifier::REVERSED);
        }
    } else if let Some(&ChangeSpan {
        direction: dir,
        owner,
        ..
    }) = change_at(&d.change_spans, pos)
    {
        // The change written after its figure, in the change's style.
        style = match figure_at(&d.report.figures, owner).and_then(|f| f.change.as_ref()) {
            Some(c) => p.of_change(c),
            None if dir == Direction::Down => p.down(),
            None => p.up(),
        };
        if Some(owner) == selected {
            style = style.add_modifier(Modifier::REVERSED);
        }
    }
    if span_at(&d.hits, pos) {
        style = style
            .bg(if p.color { Color::Yellow } else { Color::Reset })
            .add_modifier(Modifier::UNDERLINED);
        if p.color {
            style = style.fg(Color::Black);
        }
        if hit.is_some_and(|h| h.0 <= pos && pos < h.1) {
            style = style.add_modifier(Modifier::REVERSED);
        }
    }
    style
}

/// The figure covering `pos` (figures are sorted and do not overlap).
fn figure_at(figs: &[crate::figures::Figure], pos: usize) -> Option<&crate::figures::Figure> {
    let i = figs.partition_point(|f| f.end <= pos);
    figs.get(i).filter(|f| f.start <= pos)
}

/// The change span covering `pos`, if any (sorted, not overlapping).
fn change_at(spans: &[ChangeSpan], pos: usize) -> Option<&ChangeSpan> {
    let i = spans.partition_point(|s| s.end <= pos);
    spans.get(i).filter(|s| s.start <= pos)
}

/// Whether a sorted list of spans covers `pos`.
fn span_at(spans: &[(usize, usize)], pos: usize) -> bool {
    let i = spans.partition_point(|s| s.1 <= pos);
    spans.get(i).is_some_and(|s| s.0 <= pos)
}
