//! The terminal shell: draws the app state with ratatui and maps keys and
//! mouse events to actions. Nothing here decides anything.
//!
//! ```text
//! ┌ Outline ─┐┌ section path ─────────┐┌ Figures (n) ─┐
//! │ tree     ││ wrapped text          ││ label value ▲ │
//! └──────────┘└───────────────────────┘└──────────────┘
//!  file  path  42%   key hints / messages
//! ```

pub mod keys;
pub mod terminal;

use crate::app::{Action, App, Focus, Mode, RowKind};
use crate::decode::sanitize;
use crate::output::{change_short, fmt_num, value_short};
use crate::text::layout::truncate_to_width;
use crossterm::event::{MouseEvent, MouseEventKind};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// Colours, or none (`NO_COLOR`).
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    pub color: bool,
    pub light: bool,
}

impl Palette {
    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::default().fg(c)
        } else {
            Style::default()
        }
    }
    fn up(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    fn down(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }
    fn figure(&self) -> Style {
        self.fg(if self.light { Color::Blue } else { Color::Cyan })
            .add_modifier(Modifier::UNDERLINED)
    }
    /// A figure's style: changes by direction (▲ red, ▼ green, the
    /// Chinese convention), other figures by kind.
    pub fn of_figure(&self, f: &crate::figures::Figure) -> Style {
        match f.change.as_ref().map(|c| c.direction) {
            Some("up") => return self.up(),
            Some("down") => return self.down(),
            _ => {}
        }
        let c = match (f.kind, self.light) {
            ("money", false) => Color::LightYellow,
            ("money", true) => Color::Rgb(150, 90, 0),
            ("percent", _) => Color::Magenta,
            ("count", false) => Color::LightBlue,
            ("count", true) => Color::Blue,
            (_, false) => Color::Cyan,
            (_, true) => Color::Rgb(0, 110, 110),
        };
        self.fg(c).add_modifier(Modifier::UNDERLINED)
    }

    fn accent(&self) -> Style {
        self.fg(if self.light {
            Color::Magenta
        } else {
            Color::Yellow
        })
    }
}

/// Maps a mouse event to an action, given the pane layout.
pub fn mouse_action(app: &App, m: MouseEvent) -> Option<Action> {
    let (o, r, _) = app.pane_widths();
    let pane = if m.column < o {
        Focus::Outline
    } else if m.column < o + r {
        Focus::Reading
    } else {
        Focus::Metrics
    };
    match m.kind {
        MouseEventKind::ScrollDown => Some(Action::Wheel(pane, 3)),
        MouseEventKind::ScrollUp => Some(Action::Wheel(pane, -3)),
        MouseEventKind::Down(_) => {
            let row = usize::from(m.row.checked_sub(1)?);
            match pane {
                Focus::Outline => {
                    let first = outline_first(app);
                    Some(Action::SelectOutline(first + row))
                }
                Focus::Metrics => Some(Action::SelectMetric(metrics_first(app) + row)),
                Focus::Reading => None,
            }
        }
        _ => None,
    }
}

/// The first figure row shown in the metrics pane (it scrolls to keep the
/// selection in view).
fn metrics_first(app: &App) -> usize {
    let h = usize::from(app.height.saturating_sub(3)).max(1);
    app.doc().metrics_sel.saturating_sub(h - 1)
}

fn outline_first(app: &App) -> usize {
    let d = app.doc();
    let vis = d.visible_entries();
    let h = usize::from(app.height.saturating_sub(3)).max(1);
    let sel = vis.iter().position(|&i| i == d.outline_sel).unwrap_or(0);
    sel.saturating_sub(h / 2).min(vis.len().saturating_sub(h))
}

fn block(title: String, focused: bool, p: &Palette) -> Block<'static> {
    let style = if focused {
        p.accent().add_modifier(Modifier::BOLD)
    } else {
        Style::default()
    };
    Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(Span::styled(title, style))
}

/// Draws the whole screen.
pub fn render(f: &mut Frame, app: &App, p: &Palette) {
    let area = f.area();
    if area.width < 4 || area.height < 3 {
        f.render_widget(Paragraph::new("baogao"), area);
        return;
    }
    let [main, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let (o, r, m) = app.pane_widths();
    let [ao, ar, am] = Layout::horizontal([
        Constraint::Length(o),
        Constraint::Length(r),
        Constraint::Length(m),
    ])
    .areas(main);
    if o > 0 {
        render_outline(f, app, ao, p);
    }
    render_reading(f, app, ar, p);
    if m > 0 {
        render_metrics(f, app, am, p);
    }
    render_status(f, app, status, p);
    match app.mode {
        Mode::Topic | Mode::Search => render_prompt(f, app, main, p),
        Mode::Help => render_help(f, main, p),
        Mode::Chart => render_chart(f, app, main, p),
        Mode::Normal => {}
    }
}

fn render_outline(f: &mut Frame, app: &App, area: Rect, p: &Palette) {
    let d = app.doc();
    let vis = d.visible_entries();
    let h = usize::from(area.height.saturating_sub(2));
    let first = outline_first(app);
    let inner_w = usize::from(area.width.saturating_sub(2));
    let reading = d.entry_at_anchor();
    let lines: Vec<Line> = vis
        .iter()
        .skip(first)
        .take(h)
        .map(|&i| {
            let e = &d.entries[i];
            let fold = if e.has_children {
                if d.collapsed[i] { "▸" } else { "▾" }
            } else {
                " "
            };
            let mark = if Some(i) == reading { "›" } else { " " };
            let text = format!("{mark}{}{fold}{}", "  ".repeat(e.depth), sanitize(&e.label));
            let text = truncate_to_width(&text, inner_w);
            let mut style = if e.point {
                Style::default().add_modifier(Modifier::DIM)
            } else {
                Style::default()
            };
            if e.depth == 0 && !e.point {
                style = style.add_modifier(Modifier::BOLD);
            }
            if i == d.outline_sel {
                style = style.add_modifier(Modifier::REVERSED);
            }
            Line::styled(text, style)
        })
        .collect();
    let title = if vis.is_empty() {
        " Outline (none) ".to_string()
    } else {
        " Outline ".to_string()
    };
    f.render_widget(
        Paragraph::new(lines).block(block(title, app.focus == Focus::Outline, p)),
        area,
    );
}

fn section_path(app: &App) -> String {
    let d = app.doc();
    d.report
        .doc
        .section_path(d.reading_pos())
        .iter()
        .map(|s| format!("{}{}", s.marker.as_deref().unwrap_or(""), s.title))
        .collect::<Vec<_>>()
        .join(" › ")
}

fn render_reading(f: &mut Frame, app: &App, area: Rect, p: &Palette) {
    let d = app.doc();
    let inner_w = usize::from(area.width.saturating_sub(2));
    let h = usize::from(area.height.saturating_sub(2));
    let figs = &d.report.figures;
    let selected = d.section_figures().get(d.metrics_sel).map(|f| f.start);
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
            let pos = a + k;
            let mut style = base;
            if let Some(fig) = figure_at(figs, pos) {
                style = p.of_figure(fig);
                if Some(fig.start) == selected {
                    style = style.add_modifier(Modifier::REVERSED);
                }
            } else if let Some(&(_, _, dir, owner)) = change_at(&d.change_spans, pos) {
                // The change written after its figure, in the change's colour.
                style = if dir == "down" { p.down() } else { p.up() };
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
    let path = section_path(app);
    let path = if path.is_empty() {
        let tb = &d.report.doc.title_block;
        tb.title.clone().unwrap_or_else(|| d.report.name.clone())
    } else {
        path
    };
    let title = truncate_to_width(&format!(" {} ", sanitize(&path)), inner_w.saturating_sub(2));
    f.render_widget(
        Paragraph::new(lines).block(block(title, app.focus == Focus::Reading, p)),
        area,
    );
}

/// The figure covering `pos` (figures are sorted and do not overlap).
fn figure_at(figs: &[crate::figures::Figure], pos: usize) -> Option<&crate::figures::Figure> {
    let i = figs.partition_point(|f| f.end <= pos);
    figs.get(i).filter(|f| f.start <= pos)
}

/// The change span covering `pos`, if any (sorted, not overlapping).
type ChangeSpan = (usize, usize, &'static str, usize);

fn change_at(spans: &[ChangeSpan], pos: usize) -> Option<&ChangeSpan> {
    let i = spans.partition_point(|s| s.1 <= pos);
    spans.get(i).filter(|s| s.0 <= pos)
}

/// Whether a sorted list of spans covers `pos`.
fn span_at(spans: &[(usize, usize)], pos: usize) -> bool {
    let i = spans.partition_point(|s| s.1 <= pos);
    spans.get(i).is_some_and(|s| s.0 <= pos)
}

fn render_metrics(f: &mut Frame, app: &App, area: Rect, p: &Palette) {
    let d = app.doc();
    let figs = d.section_figures();
    let inner_w = usize::from(area.width.saturating_sub(2));
    let h = usize::from(area.height.saturating_sub(2));
    let first = metrics_first(app);
    let mut lines = Vec::new();
    if figs.is_empty() {
        lines.push(Line::styled(
            truncate_to_width("本节没有数字 (no figures)", inner_w),
            Style::default().add_modifier(Modifier::DIM),
        ));
    }
    for (i, fig) in figs.iter().enumerate().skip(first).take(h) {
        // A change with no quantity of its own is shown once, as a change.
        let value = if fig.kind == "change" {
            String::new()
        } else {
            value_short(fig)
        };
        let change = fig.change.as_ref().map(change_short).unwrap_or_default();
        let target = if fig.target { "◎" } else { "" };
        let mut right = format!("{value} {change}{target}").trim_start().to_string();
        if right.width() + 6 > inner_w
            && let Some(c) = &fig.change
        {
            // Tight: keep the direction and amount, drop the basis.
            let mut c = c.clone();
            c.basis = None;
            right = format!("{value} {}{target}", change_short(&c));
        }
        let right = truncate_to_width(right.trim_end(), inner_w.saturating_sub(4));
        let label_w = inner_w.saturating_sub(right.width() + 1);
        let label = truncate_to_width(&sanitize(fig.label.as_deref().unwrap_or("—")), label_w);
        let pad = inner_w.saturating_sub(label.width() + right.width());
        let cstyle = p.of_figure(fig);
        let mut line = Line::from(vec![
            Span::raw(label),
            Span::raw(" ".repeat(pad)),
            Span::styled(right, cstyle),
        ]);
        if i == d.metrics_sel && app.focus == Focus::Metrics {
            line = line.style(Style::default().add_modifier(Modifier::REVERSED));
        }
        lines.push(line);
    }
    let title = format!(" Figures ({}) ", figs.len());
    f.render_widget(
        Paragraph::new(lines).block(block(title, app.focus == Focus::Metrics, p)),
        area,
    );
}

fn render_status(f: &mut Frame, app: &App, area: Rect, p: &Palette) {
    let d = app.doc();
    let pct = d.percent();
    let path: String = d
        .report
        .doc
        .section_path(d.reading_pos())
        .iter()
        .map(|s| {
            s.marker
                .as_deref()
                .unwrap_or("•")
                .trim_end_matches('、')
                .to_string()
        })
        .collect::<Vec<_>>()
        .join(" › ");
    let docs = if app.docs.len() > 1 {
        format!(" [{}/{}]", app.current + 1, app.docs.len())
    } else {
        String::new()
    };
    let right = match &app.message {
        Some(m) => m.clone(),
        None => "t topic  / search  c chart  ? help  q quit".into(),
    };
    let text = format!(
        " {}{docs}  {path}  {pct}%   {right}",
        sanitize(&d.report.name)
    );
    let text = truncate_to_width(&text, usize::from(area.width));
    let style = if app.message.is_some() {
        p.accent()
    } else {
        Style::default().add_modifier(Modifier::DIM)
    };
    f.render_widget(Paragraph::new(Line::styled(text, style)), area);
}

/// Clears an overlay's area, including a wide character that straddles
/// its left edge (a terminal would otherwise keep half of it).
fn clear(f: &mut Frame, r: Rect) {
    f.render_widget(Clear, r);
    let buf = f.buffer_mut();
    if r.x > buf.area.x {
        for y in r.y..r.y.saturating_add(r.height).min(buf.area.bottom()) {
            let cell = &mut buf[(r.x - 1, y)];
            if cell.symbol().width() > 1 {
                cell.set_symbol(" ");
            }
        }
    }
}

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

fn render_prompt(f: &mut Frame, app: &App, area: Rect, p: &Palette) {
    let topic = app.mode == Mode::Topic;
    let rows = if topic {
        app.topic_results.len() as u16 + 3
    } else {
        3
    };
    let r = centered(area, area.width.saturating_sub(4).min(80), rows.max(3));
    clear(f, r);
    let inner_w = usize::from(r.width.saturating_sub(2));
    let mut lines = vec![Line::from(vec![
        Span::styled(if topic { "topic › " } else { "search / " }, p.accent()),
        Span::raw(sanitize(&app.prompt)),
        Span::styled("▏", p.accent()),
    ])];
    if topic {
        let d = app.doc();
        for (k, &t) in app.topic_results.iter().enumerate() {
            let tp = &d.topics[t];
            let text = truncate_to_width(&format!("{}  {}", sanitize(&tp.title), tp.path), inner_w);
            let style = if k == app.topic_sel {
                Style::default().add_modifier(Modifier::REVERSED)
            } else {
                Style::default()
            };
            lines.push(Line::styled(text, style));
        }
    }
    let title = if topic {
        format!(" Topic ({}) ", app.topic_results.len())
    } else {
        format!(" Search ({} matches) ", app.doc().hits.len())
    };
    f.render_widget(Paragraph::new(lines).block(block(title, true, p)), r);
}

fn render_help(f: &mut Frame, area: Rect, p: &Palette) {
    let rows = crate::ui::keys::help_rows();
    let key_w = rows.iter().map(|r| r.0.width()).max().unwrap_or(0) + 2;
    let r = centered(area, 90, rows.len() as u16 + 2);
    clear(f, r);
    let lines: Vec<Line> = rows
        .iter()
        .map(|(k, what)| {
            let pad = key_w.saturating_sub(k.width());
            Line::from(vec![
                Span::styled(format!(" {k}{}", " ".repeat(pad)), p.accent()),
                Span::raw(*what),
            ])
        })
        .collect();
    f.render_widget(
        Paragraph::new(lines).block(block(" Help — Esc closes ".into(), true, p)),
        r,
    );
}

/// Horizontal diverging bars around zero for changes; plain bars for
/// amounts when the section has no changes.
fn render_chart(f: &mut Frame, app: &App, area: Rect, p: &Palette) {
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
            let v = if c.direction == "down" {
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
        for x in figs.iter().filter(|x| x.kind != "percent") {
            let u = x.unit.as_deref().unwrap_or("");
            match units.iter_mut().find(|(v, _)| *v == u) {
                Some(e) => e.1 += 1,
                None => units.push((u, 1)),
            }
        }
        let unit = units.iter().max_by_key(|e| e.1).map(|e| e.0);
        let amounts: Vec<&&crate::figures::Figure> = figs
            .iter()
            .filter(|x| x.kind != "percent" && Some(x.unit.as_deref().unwrap_or("")) == unit)
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
