//! Colours and styles: the palette (or none under `NO_COLOR`), figure
//! styles by kind and direction.

use crate::figures::{Direction, Kind};
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
        if let Some(c) = &f.change
            && (c.word.is_some() || matches!(c.direction, Direction::Up | Direction::Down))
        {
            return self.of_change(c);
        }
        let c = match (f.kind, self.light) {
            (Kind::Money, false) => Color::LightYellow,
            (Kind::Money, true) => Color::Rgb(150, 90, 0),
            (Kind::Percent, _) => Color::Magenta,
            (Kind::Count, false) => Color::LightBlue,
            (Kind::Count, true) => Color::Blue,
            (_, false) => Color::Cyan,
            (_, true) => Color::Rgb(0, 110, 110),
        };
        self.fg(c).add_modifier(Modifier::UNDERLINED)
    }

    /// A change's style: ▲ red, ▼ green (the Chinese convention), and the
    /// report's own judgement (`改善`) in a calm "good" style, never as a rise.
    pub fn of_change(&self, c: &crate::figures::Change) -> Style {
        if c.word.is_some() {
            return self.good();
        }
        match c.direction {
            Direction::Up => self.up(),
            Direction::Down => self.down(),
            _ => Style::default(),
        }
    }

    /// A judged improvement: blue, italic (visible without colour too).
    pub(crate) fn good(&self) -> Style {
        self.fg(if self.light {
            Color::Blue
        } else {
            Color::LightCyan
        })
        .add_modifier(Modifier::ITALIC)
    }

    pub(crate) fn accent(&self) -> Style {
        self.fg(if self.light {
            Color::Magenta
        } else {
            Color::Yellow
        })
    }
}
