//! The key table: every binding once, read both by the key handler and by
//! the help screen, so the two cannot drift apart.

use crate::app::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key as the table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A printable character (fullwidth forms are folded to it first).
    Char(char),
    /// Control plus a letter.
    Ctrl(char),
    /// A named key.
    Code(KeyCode),
}

/// One binding: its keys, the action, and the help line.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
}

const fn b(keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding { keys, action, help }
}

use Key::{Char, Code, Ctrl};

/// Every binding outside the prompts. Consecutive bindings with the same
/// help text share one help line.
pub const BINDINGS: &[Binding] = &[
    b(
        &[Code(KeyCode::Up), Char('k')],
        Action::Up,
        "move in the focused pane (outline: the text follows)",
    ),
    b(
        &[Code(KeyCode::Down), Char('j')],
        Action::Down,
        "move in the focused pane (outline: the text follows)",
    ),
    b(
        &[Code(KeyCode::Left), Char('h')],
        Action::Collapse,
        "outline: collapse / expand",
    ),
    b(
        &[Code(KeyCode::Right), Char('l')],
        Action::Expand,
        "outline: collapse / expand",
    ),
    b(
        &[Code(KeyCode::Tab)],
        Action::FocusNext,
        "next / previous pane",
    ),
    b(
        &[Code(KeyCode::BackTab)],
        Action::FocusPrev,
        "next / previous pane",
    ),
    b(
        &[Code(KeyCode::Enter)],
        Action::Enter,
        "outline: read from there; figures: jump to the figure",
    ),
    b(&[Code(KeyCode::PageUp)], Action::PageUp, "page up / down"),
    b(
        &[Code(KeyCode::PageDown), Char(' ')],
        Action::PageDown,
        "page up / down",
    ),
    b(&[Ctrl('u')], Action::HalfUp, "half page up / down"),
    b(&[Ctrl('d')], Action::HalfDown, "half page up / down"),
    b(
        &[Code(KeyCode::Home), Char('g')],
        Action::Top,
        "top / bottom",
    ),
    b(
        &[Code(KeyCode::End), Char('G')],
        Action::Bottom,
        "top / bottom",
    ),
    b(&[Char('[')], Action::PrevSection, "previous / next section"),
    b(&[Char(']')], Action::NextSection, "previous / next section"),
    b(
        &[Char('t')],
        Action::OpenTopic,
        "jump to a topic (Chinese or pinyin: jiuye, jy)",
    ),
    b(
        &[Char('/')],
        Action::OpenSearch,
        "search the text (Chinese or pinyin)",
    ),
    b(&[Char('n')], Action::NextMatch, "next / previous match"),
    b(&[Char('N')], Action::PrevMatch, "next / previous match"),
    b(
        &[Char('f')],
        Action::NextFigure,
        "next / previous figure in the text",
    ),
    b(
        &[Char('F')],
        Action::PrevFigure,
        "next / previous figure in the text",
    ),
    b(
        &[Char('c')],
        Action::Chart,
        "chart of the section's figures",
    ),
    b(
        &[Char('s')],
        Action::CycleSort,
        "figures: order by text, label or value",
    ),
    b(
        &[Char('m')],
        Action::ToggleFigures,
        "show / hide the figures pane",
    ),
    b(&[Ctrl('n')], Action::NextDoc, "next / previous document"),
    b(&[Ctrl('p')], Action::PrevDoc, "next / previous document"),
    b(&[Char('?')], Action::Help, "this help"),
    b(
        &[Code(KeyCode::Esc)],
        Action::Escape,
        "close a prompt or overlay",
    ),
    b(&[Char('q'), Ctrl('c')], Action::Quit, "quit"),
];

/// Fullwidth keys from a Chinese input method, as the table names them
/// (`ｑ` → `q`, `？` → `?`, `【` → `[`, `、` → `/`). Case is kept.
pub fn fold_key(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        '【' => '[',
        '】' => ']',
        '、' => '/',
        '。' => '.',
        _ => c,
    }
}

/// The table's name for a key event.
fn key_of(key: KeyEvent) -> Key {
    match key.code {
        KeyCode::Char(c) if key.modifiers.contains(KeyModifiers::CONTROL) => {
            Ctrl(fold_key(c).to_ascii_lowercase())
        }
        KeyCode::Char(c) => Char(fold_key(c)),
        code => Code(code),
    }
}

/// The library's own bindings, read before [`BINDINGS`] on the library
/// screens (which share the moving keys, help and quit with the reader).
pub const LIBRARY_BINDINGS: &[Binding] = &[
    b(
        &[Code(KeyCode::Enter)],
        Action::Enter,
        "library: open the report (at the sentence or hit)",
    ),
    b(
        &[Char(' ')],
        Action::Mark,
        "library: mark a report; = compares the two marked",
    ),
    b(
        &[Char('=')],
        Action::CompareMarked,
        "library: mark a report; = compares the two marked",
    ),
    b(
        &[Char('T')],
        Action::OpenTrend,
        "library: one indicator across the years",
    ),
    b(
        &[Char('K')],
        Action::OpenTerms,
        "library: terms across the years",
    ),
    b(
        &[Char('/')],
        Action::OpenSearch,
        "library: search every report",
    ),
    b(
        &[Char('f')],
        Action::OpenFilter,
        "library: filter the list (Chinese or pinyin)",
    ),
    b(
        &[Code(KeyCode::Backspace)],
        Action::Back,
        "back (to the library, or its list)",
    ),
];

/// Where keys are pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyContext {
    /// A prompt is open: keys are text.
    Prompt,
    /// The reader or the compare screen.
    Reader,
    /// A library screen.
    Library,
}

/// Maps a key to an action in a context.
pub fn key_action(key: KeyEvent, context: KeyContext) -> Option<Action> {
    if context == KeyContext::Prompt {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        return match key.code {
            KeyCode::Esc => Some(Action::Escape),
            KeyCode::Enter => Some(Action::Enter),
            KeyCode::Up => Some(Action::Up),
            KeyCode::Down => Some(Action::Down),
            KeyCode::Backspace => Some(Action::Backspace),
            KeyCode::Char('c') if ctrl => Some(Action::Quit),
            KeyCode::Char('u') if ctrl => Some(Action::ClearPrompt),
            KeyCode::Char('w') if ctrl => Some(Action::DeleteWord),
            KeyCode::Char(c) if !ctrl => Some(Action::Input(c)),
            _ => None,
        };
    }
    let k = key_of(key);
    let library = if context == KeyContext::Library {
        LIBRARY_BINDINGS
    } else {
        &[]
    };
    let found = library
        .iter()
        .chain(BINDINGS)
        .find(|b| b.keys.contains(&k))
        .map(|b| b.action.clone());
    match (found, k) {
        (Some(a), _) => Some(a),
        // A Chinese character typed on the library's list starts its filter.
        (None, Char(c)) if context == KeyContext::Library && !c.is_ascii() => {
            Some(Action::Input(c))
        }
        (None, Code(KeyCode::Backspace)) => Some(Action::Back),
        _ => None,
    }
}

/// How a key is written in the help.
pub fn key_name(k: Key) -> String {
    match k {
        Char(' ') => "Space".into(),
        Char(c) => c.to_string(),
        Ctrl(c) => format!("Ctrl-{c}"),
        Code(code) => match code {
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Esc => "Esc".into(),
            other => format!("{other:?}"),
        },
    }
}

/// The help screen's rows: (keys, what they do), one row per help text.
/// The marks the panes use, explained at the end of the reader's help.
pub const LEGEND: &[(&str, &str)] = &[
    (
        "◎",
        "figures: a target (a goal the report sets), not an outcome",
    ),
    (
        "≈ > <",
        "figures: about / more than / less than, as the report words it",
    ),
    (
        "▲ ▼",
        "a rise / a fall (red up, green down: the Chinese convention)",
    ),
    (
        "改善",
        "the report's own judgement, in its words (blue italic), not a direction",
    ),
    ("›", "outline: where you are reading; reversed: the cursor"),
];

/// The help of a screen: the reader's keys, or the library's with the
/// moving keys, help and quit they share.
pub fn help_rows(library: bool) -> Vec<(String, &'static str)> {
    let mut rows: Vec<(String, &'static str)> = Vec::new();
    let shared = |b: &&Binding| {
        matches!(
            b.action,
            Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::Top
                | Action::Bottom
                | Action::Help
                | Action::Escape
                | Action::Quit
        )
    };
    let bindings: Vec<&Binding> = if library {
        LIBRARY_BINDINGS
            .iter()
            .chain(BINDINGS.iter().filter(shared))
            .collect()
    } else {
        BINDINGS.iter().collect()
    };
    for b in bindings {
        let keys: Vec<String> = b.keys.iter().map(|&k| key_name(k)).collect();
        let keys = keys.join(" ");
        match rows.last_mut() {
            Some(last) if last.1 == b.help => {
                last.0.push_str(" / ");
                last.0.push_str(&keys);
            }
            _ => rows.push((keys, b.help)),
        }
    }
    if !library {
        rows.extend(LEGEND.iter().map(|(k, what)| (k.to_string(), *what)));
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn every_binding_is_reachable_and_listed() {
        let help = help_rows(false);
        for b in BINDINGS {
            for &k in b.keys {
                let ev = match k {
                    Char(c) => key(KeyCode::Char(c), KeyModifiers::NONE),
                    Ctrl(c) => key(KeyCode::Char(c), KeyModifiers::CONTROL),
                    Code(code) => key(code, KeyModifiers::NONE),
                };
                // The first binding with a key wins: no key is bound twice.
                assert_eq!(
                    key_action(ev, KeyContext::Reader),
                    Some(b.action.clone()),
                    "{k:?}"
                );
                assert!(
                    help.iter().any(|r| r.0.contains(&key_name(k))),
                    "{k:?} not in help"
                );
            }
        }
    }

    #[test]
    fn fullwidth_keys_from_an_input_method() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            key_action(key(KeyCode::Char('ｑ'), none), KeyContext::Reader),
            Some(Action::Quit)
        );
        assert_eq!(
            key_action(key(KeyCode::Char('／'), none), KeyContext::Reader),
            Some(Action::OpenSearch)
        );
        assert_eq!(
            key_action(key(KeyCode::Char('？'), none), KeyContext::Reader),
            Some(Action::Help)
        );
        assert_eq!(
            key_action(key(KeyCode::Char('ｔ'), none), KeyContext::Reader),
            Some(Action::OpenTopic)
        );
        assert_eq!(
            key_action(key(KeyCode::Char('Ｇ'), none), KeyContext::Reader),
            Some(Action::Bottom)
        );
        assert_eq!(
            key_action(key(KeyCode::Char('【'), none), KeyContext::Reader),
            Some(Action::PrevSection)
        );
        // In a prompt, keys are text.
        assert_eq!(
            key_action(key(KeyCode::Char('q'), none), KeyContext::Prompt),
            Some(Action::Input('q'))
        );
    }
}
