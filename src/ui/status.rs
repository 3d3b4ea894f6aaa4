//! The status line: file, section path, position, hints or a message.

use super::Palette;
use crate::app::App;
use crate::decode::sanitize_line;
use crate::text::layout::truncate_to_width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

pub(crate) fn render(frame: &mut Frame, app: &App, area: Rect, p: &Palette) {
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
        sanitize_line(&d.report.name)
    );
    let text = truncate_to_width(&text, usize::from(area.width));
    let style = if app.message.is_some() {
        p.accent()
    } else {
        Style::default().add_modifier(Modifier::DIM)
    };
    frame.render_widget(Paragraph::new(Line::styled(text, style)), area);
}
