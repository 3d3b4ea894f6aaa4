//! The event loop: terminal setup and restore (also on panic and on
//! SIGTERM/SIGHUP/SIGINT), events to actions, draw after each change.

use crate::app::{App, Mode, Screen};
use crate::report::Report;
use crate::ui::keys::{KeyContext, key_action};
use crate::ui::{Palette, mouse_action, render};
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}

/// What the UI opens with.
pub enum Start {
    /// Reports in the reader.
    Reports(Vec<Arc<Report>>),
    /// A library of reports.
    Library(Box<crate::app::library::LibraryView>),
    /// Two reports compared.
    Compare(Arc<Report>, Arc<Report>),
}

/// Runs the UI until the reader quits.
pub fn run(start: Start, light: bool) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(sig, Arc::clone(&stop))?;
    }
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    let result = event_loop(start, light, &stop);
    restore();
    result
}

fn event_loop(start: Start, light: bool, stop: &AtomicBool) -> io::Result<()> {
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    let mut app = match start {
        Start::Reports(docs) => App::new(docs, size.width, size.height),
        Start::Library(view) => App::with_library(*view, size.width, size.height),
        Start::Compare(a, b) => App::with_compare(a, b, size.width, size.height),
    };
    let store = crate::app::positions::store_path();
    if let Some(path) = &store {
        let saved = crate::app::positions::read(path);
        for d in &mut app.docs {
            if let Some(&pos) = saved.get(&crate::app::positions::key(d.report.hash)) {
                d.restore(pos);
            }
        }
        app.refresh();
        // Say once where the reader was taken back to.
        if let Some(&pos) = app
            .docs
            .first()
            .and_then(|d| saved.get(&crate::app::positions::key(d.report.hash)))
        {
            app.resume(pos);
        }
    }
    let palette = Palette {
        color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        light,
    };
    terminal.draw(|frame| render(frame, &app, &palette))?;
    // For the end-to-end test of the panic hook: a panic with the UI up.
    if std::env::var_os("BAOGAO_TEST_PANIC").is_some() {
        panic!("BAOGAO_TEST_PANIC is set");
    }
    while !app.quit && !stop.load(Ordering::Relaxed) {
        if !event::poll(Duration::from_millis(200))? {
            continue;
        }
        let action = match event::read()? {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                let context = if matches!(
                    app.mode,
                    Mode::Topic | Mode::Search | Mode::Filter | Mode::Indicator | Mode::Terms
                ) {
                    KeyContext::Prompt
                } else if app.screen == Screen::Library {
                    KeyContext::Library
                } else {
                    KeyContext::Reader
                };
                key_action(k, context)
            }
            Event::Mouse(m) => mouse_action(&app, m),
            Event::Resize(w, h) => Some(crate::app::Action::Resize(w, h)),
            _ => None,
        };
        if let Some(a) = action {
            app.update(a);
            terminal.draw(|frame| render(frame, &app, &palette))?;
        }
    }
    if let Some(path) = &store {
        let updates: Vec<(u64, usize)> =
            app.docs.iter().map(|d| (d.report.hash, d.anchor)).collect();
        crate::app::positions::save(path, &updates);
    }
    Ok(())
}
