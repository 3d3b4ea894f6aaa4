//! The event loop: terminal setup and restore (also on panic and on
//! SIGTERM/SIGHUP/SIGINT), events to actions, draw after each change.

use crate::app::{App, Mode};
use crate::report::Report;
use crate::ui::keys::key_action;
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

/// Runs the UI until the reader quits.
pub fn run(docs: Vec<Arc<Report>>, light: bool) -> io::Result<()> {
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
    let result = event_loop(docs, light, &stop);
    restore();
    result
}

fn event_loop(docs: Vec<Arc<Report>>, light: bool, stop: &AtomicBool) -> io::Result<()> {
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    let mut app = App::new(docs, size.width, size.height);
    let store = crate::app::positions::store_path();
    if let Some(path) = &store {
        let saved = crate::app::positions::read(path);
        for d in &mut app.docs {
            if let Some(&pos) = saved.get(&crate::app::positions::key(d.report.hash)) {
                d.restore(pos);
            }
        }
        app.refresh();
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
                key_action(k, matches!(app.mode, Mode::Topic | Mode::Search))
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
