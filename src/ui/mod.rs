//! The terminal shell: draws the app state with ratatui and maps keys and
//! mouse events to actions. Nothing here decides anything.
//!
//! ```text
//! ┌ Outline ─┐┌ section path ─────────┐┌ Figures (n) ─┐
//! │ tree     ││ wrapped text          ││ label value ▲ │
//! └──────────┘└───────────────────────┘└──────────────┘
//!  file  path  42%   key hints / messages
//! ```

mod chart;
mod compare;
mod figures;
pub mod keys;
mod library;
mod mouse;
mod outline;
mod overlay;
mod reading;
mod status;
mod style;
pub mod terminal;

pub use mouse::mouse_action;
pub use style::Palette;

use crate::app::{App, Mode, Screen};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::Span;
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

/// A pane's frame. The focused pane has heavy top and bottom lines and a
/// bold title (and the accent colour): focus shows without colour too
/// (`NO_COLOR`).
pub(crate) fn block(title: String, focused: bool, p: &Palette) -> Block<'static> {
    let style = if focused {
        p.accent().add_modifier(Modifier::BOLD)
    } else {
        Style::default()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(Span::styled(title, style));
    if focused {
        block.border_set(FOCUS_BORDER)
    } else {
        block.border_type(BorderType::Plain)
    }
}

/// The focused pane's frame: heavy top and bottom, the sides the same thin
/// `│` as every pane (a screen reader or a script that splits rows at `│`,
/// such as `textloss.py`, sees the same columns whichever pane has focus).
const FOCUS_BORDER: ratatui::symbols::border::Set = ratatui::symbols::border::Set {
    top_left: "┍",
    top_right: "┑",
    bottom_left: "┕",
    bottom_right: "┙",
    vertical_left: "│",
    vertical_right: "│",
    horizontal_top: "━",
    horizontal_bottom: "━",
};

/// A report's file name without its folders, as shown in titles and the
/// status line (`../shared/corpus/1954.txt` → `1954.txt`).
pub(crate) fn base_name(name: &str) -> String {
    std::path::Path::new(name)
        .file_name()
        .map_or(name.to_string(), |n| n.to_string_lossy().into_owned())
}

/// The first row a list of `h` rows shows so that row `sel` is in view
/// (the list scrolls only when the selection passes its bottom).
pub(crate) fn first_row(sel: usize, h: usize) -> usize {
    sel.saturating_sub(h.saturating_sub(1))
}

/// Draws the whole screen: the reader, the library or a comparison.
pub fn render(frame: &mut Frame, app: &App, p: &Palette) {
    let area = frame.area();
    if area.width < 4 || area.height < 3 {
        frame.render_widget(Paragraph::new("baogao"), area);
        return;
    }
    match app.screen {
        Screen::Library => return library::render(frame, app, p),
        Screen::Compare => return compare::render(frame, app, p),
        Screen::Reader => {}
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
        outline::render(frame, app, ao, p);
    }
    reading::render(frame, app, ar, p);
    if m > 0 {
        figures::render(frame, app, am, p);
    }
    status::render(frame, app, status, p);
    match app.mode {
        Mode::Topic | Mode::Search => overlay::render_prompt(frame, app, main, p),
        Mode::Help => overlay::render_help(frame, main, p, false, app.help_scroll),
        Mode::Chart => chart::render(frame, app, main, p),
        Mode::Normal | Mode::Filter | Mode::Indicator | Mode::Terms => {}
    }
}
