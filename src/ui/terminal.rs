//! The event loop: terminal setup and restore (also on panic and on
//! SIGTERM/SIGHUP/SIGINT), events to actions, draw after each change.
//! Signals are installed before anything is loaded ([`Signals`]): a load
//! runs on a worker thread while the main thread watches them, so the
//! program can be ended at any moment. `Ctrl-z` and SIGTSTP suspend it
//! like any full-screen program: the terminal restored, then stopped; on
//! SIGCONT raw mode, the alternate screen and the frame come back.

use crate::app::{App, Mode, Screen};
use crate::report::Report;
use crate::ui::keys::{KeyContext, key_action};
use crate::ui::{Palette, mouse_action, render};
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEvent, KeyEventKind,
    KeyModifiers,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGSTOP, SIGTERM, SIGTSTP};
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
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
    /// The start of a large report, shown at once while the whole is read
    /// on a worker thread (it replaces the start when it arrives).
    Preview(
        Arc<Report>,
        std::sync::mpsc::Receiver<Result<Report, crate::decode::input::LoadError>>,
    ),
    /// A library still being read: its rows fill in from the worker.
    LibraryLoading(
        Box<crate::app::library::LibraryView>,
        std::sync::mpsc::Receiver<crate::app::library::LibraryEvent>,
    ),
}

fn enter() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)
}

/// The signals the UI answers, installed once, first thing: the last of
/// SIGTERM/SIGHUP/SIGINT received (0 for none), and whether a SIGTSTP or
/// a SIGCONT is waiting to be handled.
pub struct Signals {
    stop: Arc<AtomicUsize>,
    suspend: Arc<AtomicBool>,
    resumed: Arc<AtomicBool>,
}

impl Signals {
    /// Installs the handlers (they only set flags).
    pub fn install() -> io::Result<Self> {
        let s = Self {
            stop: Arc::new(AtomicUsize::new(0)),
            suspend: Arc::new(AtomicBool::new(false)),
            resumed: Arc::new(AtomicBool::new(false)),
        };
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            signal_hook::flag::register_usize(sig, Arc::clone(&s.stop), sig as usize)?;
        }
        signal_hook::flag::register(SIGTSTP, Arc::clone(&s.suspend))?;
        signal_hook::flag::register(SIGCONT, Arc::clone(&s.resumed))?;
        Ok(s)
    }

    /// The ending signal received, if any.
    fn stopped(&self) -> Option<usize> {
        Some(self.stop.load(Ordering::Relaxed)).filter(|&s| s != 0)
    }

    /// Runs `work` (loading reports) on a worker thread and returns its
    /// result; meanwhile an ending signal ends the program at once (status
    /// 128 + the signal, nothing on the terminal to restore yet) and
    /// SIGTSTP stops it until SIGCONT. A load that takes a while says so
    /// on standard error (`baogao: loading big.txt…`, `what` escaped like
    /// any file name), a line that is cleared when the load ends.
    pub fn wait_for<T: Send + 'static>(
        &self,
        what: &str,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> T {
        use std::io::{IsTerminal, Write};
        let started = std::time::Instant::now();
        let mut noted = false;
        let clear_note = |noted: bool| {
            if noted {
                let _ = execute!(
                    io::stderr(),
                    crossterm::cursor::MoveToColumn(0),
                    crossterm::terminal::Clear(crossterm::terminal::ClearType::CurrentLine)
                );
            }
        };
        let (tx, rx) = std::sync::mpsc::channel();
        let worker = std::thread::spawn(move || {
            let _ = tx.send(work());
        });
        loop {
            if let Some(sig) = self.stopped() {
                clear_note(noted);
                std::process::exit(128 + i32::try_from(sig).unwrap_or(0));
            }
            if self.suspend.swap(false, Ordering::Relaxed) {
                let _ = signal_hook::low_level::raise(SIGSTOP);
            }
            // Woken the moment the work is done (no polling delay on the
            // first frame), or every few milliseconds to look at signals.
            match rx.recv_timeout(Duration::from_millis(5)) {
                Ok(result) => {
                    clear_note(noted);
                    return result;
                }
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                    clear_note(noted);
                    // The worker panicked: the same panic here.
                    if let Err(e) = worker.join() {
                        std::panic::resume_unwind(e);
                    }
                    unreachable!("the worker ended without a result");
                }
            }
            if !noted
                && started.elapsed() > Duration::from_millis(300)
                && io::stderr().is_terminal()
            {
                let name = crate::decode::sanitize_line(what);
                let note = format!("baogao: loading {name}… (Ctrl-C stops)");
                // Kept to one row, so that clearing the row clears it all
                // (a long path would wrap and leave its first row behind).
                let width = crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w));
                let note =
                    crate::text::layout::truncate_to_width(&note, width.saturating_sub(1).max(1));
                let _ = write!(io::stderr(), "{note}");
                let _ = io::stderr().flush();
                noted = true;
            }
        }
    }
}

/// Runs the UI until the reader quits or an ending signal arrives.
pub fn run(start: Start, light: bool, signals: &Signals) -> io::Result<()> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        hook(info);
    }));
    enter()?;
    let result = event_loop(start, light, signals);
    restore();
    result
}

type Term = Terminal<CrosstermBackend<FrameWriter>>;

/// Collects a whole frame and writes it to the terminal at once (ratatui
/// flushes its backend once per draw, here that flush only marks the end
/// of the frame): one `write` per frame, wrapped in a synchronized update
/// (DEC mode 2026) so a terminal that knows it never shows half a frame.
#[derive(Default)]
pub struct FrameWriter;

thread_local! {
    /// The frame being collected (the UI draws on one thread).
    static FRAME: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl io::Write for FrameWriter {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        FRAME.with_borrow_mut(|f| f.extend_from_slice(b));
        Ok(b.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn new_terminal() -> io::Result<Term> {
    Terminal::new(CrosstermBackend::new(FrameWriter))
}

/// Draws the app: the frame collected, then sent in one write.
fn draw(terminal: &mut Term, app: &App, palette: &Palette) -> io::Result<()> {
    use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
    crossterm::queue!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    terminal.draw(|frame| render(frame, app, palette))?;
    crossterm::queue!(terminal.backend_mut(), EndSynchronizedUpdate)?;
    let frame = FRAME.with_borrow_mut(std::mem::take);
    let mut out = io::stdout().lock();
    io::Write::write_all(&mut out, &frame)?;
    io::Write::flush(&mut out)
}

/// Suspends like a full-screen program should: the terminal as it was,
/// the process stopped; on SIGCONT (`fg`) raw mode and the alternate screen
/// again, and the next draw repaints the whole frame.
fn suspend(terminal: &mut Term) -> io::Result<()> {
    restore();
    let _ = signal_hook::low_level::raise(SIGSTOP);
    enter()?;
    repaint_all(terminal)
}

/// Makes the next draw paint every cell: the screen cleared and a fresh
/// `Terminal` with empty buffers (`Terminal::clear` would ask the terminal
/// where its cursor is, which not every terminal answers).
fn repaint_all(terminal: &mut Term) -> io::Result<()> {
    execute!(
        io::stdout(),
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    )?;
    *terminal = new_terminal()?;
    Ok(())
}

fn is_ctrl_z(k: &KeyEvent) -> bool {
    k.modifiers.contains(KeyModifiers::CONTROL) && matches!(k.code, KeyCode::Char('z' | 'Z'))
}

fn event_loop(start: Start, light: bool, signals: &Signals) -> io::Result<()> {
    let mut terminal = new_terminal()?;
    let mut pending = None;
    let mut library_rows = None;
    let size = terminal.size()?;
    let mut app = match start {
        Start::Reports(docs) => App::new(docs, size.width, size.height),
        Start::Library(view) => App::with_library(*view, size.width, size.height),
        Start::Compare(a, b) => App::with_compare(a, b, size.width, size.height),
        Start::LibraryLoading(view, rows) => {
            library_rows = Some(rows);
            App::with_library(*view, size.width, size.height)
        }
        Start::Preview(head, rest) => {
            pending = Some(rest);
            let mut app = App::new(vec![head], size.width, size.height);
            app.loading = Some("reading the rest of the report…".into());
            app
        }
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
    draw(&mut terminal, &app, &palette)?;
    // For the end-to-end test of the panic hook: a panic with the UI up.
    if std::env::var_os("BAOGAO_TEST_PANIC").is_some() {
        panic!("BAOGAO_TEST_PANIC is set");
    }
    while !app.quit && signals.stopped().is_none() {
        let suspend = signals.suspend.swap(false, Ordering::Relaxed);
        // Continued after a stop we did not make ourselves (`kill -STOP`):
        // the screen may have been drawn over.
        let resumed = signals.resumed.swap(false, Ordering::Relaxed);
        if suspend || resumed {
            if suspend {
                suspend_and_resume(&mut terminal, signals)?;
            } else {
                repaint_all(&mut terminal)?;
            }
            // The window may have changed size while we were stopped.
            let size = terminal.size()?;
            app.update(crate::app::Action::Resize(size.width, size.height));
            draw(&mut terminal, &app, &palette)?;
        }
        // The whole report, once read, takes the place of its start.
        if let Some(rest) = &pending
            && let Ok(full) = rest.try_recv()
        {
            pending = None;
            app.loading = None;
            match full {
                Ok(r) => app.replace_report(0, Arc::new(r)),
                Err(e) => app.message = Some(e.to_string()),
            }
            draw(&mut terminal, &app, &palette)?;
        }
        // Library rows as they are read (a frame for all that came since
        // the last look, not one per row).
        if let Some(rows) = &library_rows {
            let mut got = false;
            let mut done = false;
            while let Ok(event) = rows.try_recv() {
                got = true;
                done = matches!(event, crate::app::library::LibraryEvent::Done(_));
                if let Some(view) = app.library.as_mut()
                    && let Some(problem) = view.receive(event)
                {
                    app.message = Some(problem);
                }
                if done {
                    break;
                }
            }
            if done {
                library_rows = None;
            }
            if got {
                draw(&mut terminal, &app, &palette)?;
            }
        }
        if !event::poll(Duration::from_millis(
            if pending.is_some() || library_rows.is_some() {
                20
            } else {
                100
            },
        ))? {
            continue;
        }
        let action = match event::read()? {
            Event::Key(k) if k.kind != KeyEventKind::Release && is_ctrl_z(&k) => {
                suspend_and_resume(&mut terminal, signals)?;
                draw(&mut terminal, &app, &palette)?;
                None
            }
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
            draw(&mut terminal, &app, &palette)?;
        }
    }
    if let Some(path) = &store {
        // (A report still only partly read has no hash of its own.)
        let updates: Vec<(u64, usize)> = app
            .docs
            .iter()
            .filter(|d| d.report.hash != 0)
            .map(|d| (d.report.hash, d.anchor))
            .collect();
        crate::app::positions::save(path, &updates);
    }
    Ok(())
}

/// [`suspend`], then forget the SIGCONT that woke us (it is handled).
fn suspend_and_resume(terminal: &mut Term, signals: &Signals) -> io::Result<()> {
    suspend(terminal)?;
    signals.resumed.store(false, Ordering::Relaxed);
    Ok(())
}
