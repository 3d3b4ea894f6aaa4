//! Colours and styles: the palette (or none under `NO_COLOR`), figure
//! styles by kind and direction.

use ratatui::style::{Color, Modifier, Style};

/// Colours, or none (`NO_COLOR`).
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    pub color: bool,
    pub light: bool,
}

impl Palette {
    pub(crate) fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::default().fg(c)
        } else {
            Style::default()
        }
    }
    pub(crate) fn up(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    pub(crate) fn down(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }
    pub(crate) fn figure(&self) -> Style {
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

    pub(crate) fn accent(&self) -> Style {
        self.fg(if self.light {
            Color::Magenta
        } else {
            Color::Yellow
        })
    }
}
