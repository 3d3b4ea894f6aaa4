//! Overlays over the panes: the topic and search prompts, the help.

use super::{Palette, block};
use crate::app::{App, Mode};
use crate::decode::sanitize;
use crate::text::layout::truncate_to_width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// Clears an overlay's area, including a wide character that straddles
/// its left edge (a terminal would otherwise keep half of it).
pub(crate) fn clear(frame: &mut Frame, r: Rect) {
    frame.render_widget(Clear, r);
    let buf = frame.buffer_mut();
    if r.x > buf.area.x {
        for y in r.y..r.y.saturating_add(r.height).min(buf.area.bottom()) {
            let cell = &mut buf[(r.x - 1, y)];
            if cell.symbol().width() > 1 {
                cell.set_symbol(" ");
            }
        }
    }
}

pub(crate) fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub(crate) fn render_prompt(frame: &mut Frame, app: &App, area: Rect, p: &Palette) {
    let topic = app.mode == Mode::Topic;
    let rows = if topic {
        app.topic_results.len() as u16 + 3
    } else {
        3
    };
    let r = centered(area, area.width.saturating_sub(4).min(80), rows.max(3));
    clear(frame, r);
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
    frame.render_widget(Paragraph::new(lines).block(block(title, true, p)), r);
}

pub(crate) fn render_help(frame: &mut Frame, area: Rect, p: &Palette) {
    let rows = crate::ui::keys::help_rows();
    let key_w = rows.iter().map(|r| r.0.width()).max().unwrap_or(0) + 2;
    let r = centered(area, 90, rows.len() as u16 + 2);
    clear(frame, r);
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
    frame.render_widget(
        Paragraph::new(lines).block(block(" Help — Esc closes ".into(), true, p)),
        r,
    );
}
