//! Mouse events to actions, by the pane under the pointer.

use super::figures::figures_first;
use super::outline::outline_first;
use crate::app::{Action, App, Focus};
use crossterm::event::{MouseEvent, MouseEventKind};

/// Maps a mouse event to an action, given the pane layout.
pub fn mouse_action(app: &App, m: MouseEvent) -> Option<Action> {
    let (o, r, _) = app.pane_widths();
    let pane = if m.column < o {
        Focus::Outline
    } else if m.column < o + r {
        Focus::Reading
    } else {
        Focus::Figures
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
                Focus::Figures => Some(Action::SelectFigure(figures_first(app) + row)),
                Focus::Reading => None,
            }
        }
        _ => None,
    }
}
