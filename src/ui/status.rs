//! The status line: file, section path, position, hints or a message.

use super::Palette;
use crate::app::App;
use crate::decode::{sanitize, sanitize_line};
use crate::text::layout::truncate_to_width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// The status line: `file [n/m]  三 › (二)  42%` on the left, a message or
/// the key hints on the right. When narrow the hints give way first, then
/// the file name; `? help` and the position always stay.
pub(crate) fn render(frame: &mut Frame, app: &App, area: Rect, p: &Palette) {
    let d = app.doc();
    let pct = d.percent();
    let path = d.marker_path();
    let docs = if app.docs.len() > 1 {
        format!(" [{}/{}]", app.current + 1, app.docs.len())
    } else {
        String::new()
    };
    let name = super::base_name(&d.report.name);
    let width = usize::from(area.width);
    let position = format!("{path}  {pct}%");
    let essential = format!(" {position}   ? help");
    let text = match app.message.as_ref().or(app.loading.as_ref()) {
        // A message keeps the file name while there is room for both.
        Some(m) => {
            let named = format!(
                " {}{docs}  {position}   {}",
                sanitize_line(&name),
                sanitize(m)
            );
            if named.width() <= width {
                named
            } else {
                truncate_to_width(&format!(" {position}   {}", sanitize(m)), width)
            }
        }
        None if d.entries.is_empty() => truncate_to_width(
            &format!(" {position}   no headings: the outline is hidden   ? help"),
            width,
        ),
        None => {
            let full = format!(
                " {}{docs}  {position}   t topic  / search  c chart  ? help  q quit",
                sanitize_line(&name)
            );
            let named = format!(" {}{docs}  {position}   ? help", sanitize_line(&name));
            [full, named, essential]
                .into_iter()
                .find(|t| t.width() <= width)
                .unwrap_or_else(|| truncate_to_width(&format!(" {pct}%  ? help"), width))
        }
    };
    let style = if app.message.is_some() {
        p.accent()
    } else {
        Style::default().add_modifier(Modifier::DIM)
    };
    frame.render_widget(Paragraph::new(Line::styled(text, style)), area);
}
