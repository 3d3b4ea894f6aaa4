//! End to end: the real binary in a pseudo-terminal, read through a
//! terminal emulator (vt100), driven by keys and signals.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

struct Session {
    parser: vt100::Parser,
    rx: mpsc::Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    /// Every byte the program wrote.
    raw: Vec<u8>,
}

impl Drop for Session {
    /// A failed test must not leave the program running.
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

impl Session {
    fn start(args: &[&str]) -> Self {
        Self::start_in(args, &state_dir("default"))
    }

    fn start_in(args: &[&str], state: &std::path::Path) -> Self {
        Self::start_with(args, state, &[])
    }

    fn start_with(args: &[&str], state: &std::path::Path, env: &[(&str, &str)]) -> Self {
        Self::start_sized(args, state, env, 30, 110)
    }

    fn start_sized(
        args: &[&str],
        state: &std::path::Path,
        env: &[(&str, &str)],
        rows: u16,
        cols: u16,
    ) -> Self {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_baogao"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        // Remembered positions go to a private directory, not the user's.
        cmd.env("XDG_STATE_HOME", state);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _master = pair.master;
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Self {
            parser: vt100::Parser::new(rows, cols, 0),
            rx,
            writer,
            child,
            raw: Vec::new(),
        }
    }

    fn pump(&mut self, wait: Duration) {
        while let Ok(b) = self.rx.recv_timeout(wait) {
            self.parser.process(&b);
            self.raw.extend_from_slice(&b);
            if wait > Duration::from_millis(50) {
                break;
            }
        }
    }

    /// Reads what the program writes until it has been quiet a while.
    fn settle(&mut self) {
        let deadline = Instant::now() + Duration::from_millis(150);
        while Instant::now() < deadline {
            self.pump(Duration::from_millis(20));
        }
    }

    fn wait_for(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.parser.screen().contents().contains(text) {
                return;
            }
            self.pump(Duration::from_millis(100));
        }
        panic!(
            "timed out waiting for {text:?}; screen:\n{}",
            self.parser.screen().contents()
        );
    }

    fn send(&mut self, s: &str) {
        self.writer.write_all(s.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn wait_exit(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                // Drain what is left.
                self.pump(Duration::from_millis(20));
                return;
            }
            self.pump(Duration::from_millis(50));
        }
        panic!("the program did not exit");
    }

    fn assert_restored(&self) {
        let s = self.parser.screen();
        assert!(!s.alternate_screen(), "still on the alternate screen");
        assert!(!s.hide_cursor(), "cursor still hidden");
        assert_eq!(s.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    }
}

fn state_dir(name: &str) -> std::path::PathBuf {
    super::scratch().join(format!("baogao-state-{}-{name}", std::process::id()))
}

#[test]
fn the_reading_position_is_remembered() {
    let state = state_dir("remember");
    let mut s = Session::start_in(&[], &state);
    s.wait_for("Outline");
    s.send("t");
    s.wait_for("topic ›");
    s.send("liangda\r");
    // The section's heading is the reading pane's first row, and the pane
    // has the keyboard (heavy top line: `┍`, not at the outline's corner).
    s.wait_for("││(二)关于两大战略引擎");
    s.settle();
    let top = s.parser.screen().contents();
    let top = top.lines().next().unwrap_or("");
    assert!(top.find('┍').is_some_and(|k| k > 0), "{top}");
    s.send("q");
    s.wait_exit();
    // Reopened at the same place, the outline has the keyboard again.
    let mut s = Session::start_in(&[], &state);
    s.wait_for("││(二)关于两大战略引擎");
    s.settle();
    let top = s.parser.screen().contents();
    assert!(top.starts_with('┍'), "{top}");
    s.send("q");
    s.wait_exit();
    std::fs::remove_dir_all(&state).ok();
}

#[test]
fn open_jump_by_pinyin_quit() {
    let mut s = Session::start(&[]);
    s.wait_for("Outline");
    s.wait_for("一、关于新冠肺炎疫情防控");
    s.send("t");
    s.wait_for("topic ›");
    s.send("jiuye");
    s.wait_for("(三)关于稳就业工作");
    s.send("\r");
    s.wait_for("Figures (11)");
    s.wait_for("3088人");
    // A Chinese input method sends a fullwidth ｑ: it quits too.
    s.send("ｑ");
    s.wait_exit();
    s.assert_restored();
}

/// Starts the UI, sends it `signal` (by name, as `kill` takes it) and
/// waits for it to exit.
fn signalled(signal: &str) -> Session {
    let mut s = Session::start(&[]);
    s.wait_for("Outline");
    let pid = s.child.process_id().unwrap();
    let ok = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
    s.wait_exit();
    s
}

#[test]
fn sigterm_and_sigint_restore_the_terminal() {
    signalled("TERM").assert_restored();
    signalled("INT").assert_restored();
}

#[test]
fn a_panic_restores_the_terminal() {
    let mut s = Session::start_with(&[], &state_dir("panic"), &[("BAOGAO_TEST_PANIC", "1")]);
    s.wait_exit();
    s.assert_restored();
    let raw = String::from_utf8_lossy(&s.raw);
    assert!(
        raw.contains("BAOGAO_TEST_PANIC is set"),
        "the panic message is shown"
    );
}

#[test]
fn a_hung_up_terminal_ends_the_program() {
    // SIGHUP (the terminal went away) must end the program, not leave it
    // spinning on end-of-file.
    signalled("HUP");
}

#[test]
fn escapes_in_a_document_never_reach_the_terminal() {
    let dir = super::scratch().join(format!("baogao-pty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("evil.txt");
    std::fs::write(
        &path,
        "政府工作报告\n各位代表：\n一、回顾\u{1b}]0;PWNED\u{7}\n正文\u{1b}]52;c;ZXZpbA==\u{7}增长5%\u{9b}31m。\n",
    )
    .unwrap();
    let mut s = Session::start(&[path.to_str().unwrap()]);
    s.wait_for("Outline");
    s.wait_for("回顾");
    s.send("q");
    s.wait_exit();
    let raw = String::from_utf8_lossy(&s.raw);
    assert!(
        !raw.contains("\u{1b}]0;PWNED"),
        "title escape reached the terminal"
    );
    assert!(
        !raw.contains("\u{1b}]52;"),
        "clipboard escape reached the terminal"
    );
    assert!(
        !s.raw.windows(2).any(|w| w == [0xc2, 0x9b]),
        "C1 CSI reached the terminal"
    );
    // They are shown, harmlessly, as placeholders.
    assert!(raw.contains("␛]0;PWNED"), "{raw}");
    std::fs::remove_dir_all(&dir).ok();
}

/// A fullwidth report in a real terminal: `G` shows its last sentence on
/// the last row with 100%, `f` steps to figures, every char of a row drawn.
#[test]
fn fullwidth_report_end_and_figures() {
    let path = super::fixture("state-council-2024.txt");
    let mut s = Session::start(&[path.to_str().unwrap()]);
    s.wait_for("Outline");
    // Title block rows and the first section's figures on the first screen.
    s.wait_for("126万亿元");
    s.send("G");
    s.wait_for("100%");
    // The report's last words on the last row of the reading pane: no
    // screen of blank rows below the end.
    s.wait_for("民族复兴伟业不懈奋斗");
    let screen = s.parser.screen().contents();
    let rows: Vec<&str> = screen.lines().collect();
    assert!(
        rows[rows.len() - 3].contains("不懈奋斗"),
        "the last row holds the last words:\n{screen}"
    );
    s.send("g");
    s.send("f");
    s.send("f");
    s.wait_for("Figures");
    s.send("q");
    s.wait_exit();
    s.assert_restored();
}

/// A folder opens the library; a report opens from it and Esc returns;
/// `T` draws the GDP growth trend and Enter opens a year at its sentence.
#[test]
fn library_open_return_trend_open_year() {
    let dir = super::scratch().join(format!("baogao-pty-lib-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for y in [2022, 2023, 2024] {
        std::fs::copy(
            super::fixture(&format!("corpus/{y}.txt")),
            dir.join(format!("{y}.txt")),
        )
        .unwrap();
    }
    let cache = state_dir("lib-cache");
    let mut s = Session::start_with(
        &[dir.to_str().unwrap()],
        &state_dir("lib"),
        &[("XDG_CACHE_HOME", cache.to_str().unwrap())],
    );
    s.wait_for("Library (3 of 3)");
    s.send("\r");
    s.wait_for("Outline");
    s.wait_for("2022");
    s.send("\x1b");
    s.wait_for("Library (3 of 3)");
    s.send("T");
    s.wait_for("indicator");
    s.send("gdp_growth\r");
    s.wait_for("across the years");
    s.wait_for("5.2% (2023)");
    // The selection starts on the last year; Enter opens 2024 at its target.
    s.send("\r");
    s.wait_for("国内生产总值增长5%左右");
    s.send("q");
    s.wait_exit();
    s.assert_restored();
    std::fs::remove_dir_all(&dir).ok();
    std::fs::remove_dir_all(&cache).ok();
}

/// `baogao compare A B` in a terminal: Tab moves between the panes.
#[test]
fn compare_view_moves_between_panes() {
    let (a, b) = (
        super::fixture("corpus/2023.txt"),
        super::fixture("corpus/2024.txt"),
    );
    let mut s = Session::start(&["compare", a.to_str().unwrap(), b.to_str().unwrap()]);
    s.wait_for("Targets 2023 → 2024");
    s.wait_for("Words A → B");
    s.send("\t");
    s.send("\x1b[6~");
    s.wait_for("A 2023");
    s.send("\t\t\r");
    s.wait_for("Words");
    s.send("q");
    s.wait_exit();
    s.assert_restored();
}

/// The chart covers the panes beneath it completely; at 40×12 the help
/// scrolls to show every binding.
#[test]
fn chart_hides_the_panes_and_help_scrolls_at_40x12() {
    // A report whose labels have no curly quotes: vt100 measures “ ” as
    // two columns where ratatui, tmux and most terminals use one.
    let dir = super::scratch().join(format!("baogao-pty-chart-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("chart.txt");
    let mut text = String::from("政府工作报告\n各位代表：\n一、回顾\n");
    for (k, name) in [
        "地区生产总值",
        "一般公共预算收入",
        "固定资产投资",
        "社会消费品零售总额",
        "进出口总额",
    ]
    .iter()
    .enumerate()
    {
        text.push_str(&format!("全年{name}增长{}.5%。\n", k + 2));
    }
    text.push_str(
        "二、今年目标\n主要预期目标是：地区生产总值增长5%左右，城镇新增就业5万人以上。\n",
    );
    std::fs::write(&path, text).unwrap();
    let mut s = Session::start_sized(&[path.to_str().unwrap()], &state_dir("chart"), &[], 30, 110);
    s.wait_for("Figures (");
    s.send("]");
    s.send("c");
    s.wait_for("Chart");
    // The whole frame: nothing more to come.
    s.settle();
    let screen = s.parser.screen().contents();
    let rows: Vec<&str> = screen.lines().collect();
    // Between the chart's borders nothing of the outline or the figures
    // pane shows through (no ◎, no pane border).
    for row in &rows[1..rows.len().saturating_sub(2)] {
        let inner: String = row.chars().skip(1).collect::<String>();
        let inner = inner.trim_end().trim_end_matches(['┃', '│']);
        assert!(
            !inner.contains('│') && !inner.contains('◎'),
            "{row}\n{screen}"
        );
    }
    // q closes the chart, a second q quits.
    s.send("q");
    s.settle();
    s.send("q");
    s.wait_exit();
    let mut s = Session::start_sized(&[], &state_dir("help"), &[], 12, 40);
    s.wait_for("%");
    s.send("?");
    s.wait_for("Help 1–");
    let mut seen = s.parser.screen().contents();
    for _ in 0..40 {
        s.send("j");
        s.settle();
        seen.push_str(&s.parser.screen().contents());
    }
    for what in ["quit", "this help", "search the text"] {
        assert!(seen.contains(what), "{what} never shown:\n{seen}");
    }
    // Esc alone (a following key would read as Alt-key), then quit.
    s.send("\x1b");
    s.settle();
    s.send("q");
    s.wait_exit();
    s.assert_restored();
}

/// A large report (the corpus six times over, about 20 MB): seconds to
/// load in a test build.
fn large_report() -> std::path::PathBuf {
    // Built once and kept (the same bytes every time) in cargo's scratch
    // directory.
    let path = super::scratch().join("baogao-large.txt");
    if !path.exists() {
        let dir = super::fixture("corpus");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let mut all = Vec::new();
        for _ in 0..6 {
            for f in &files {
                all.extend(std::fs::read(f).unwrap());
                all.extend_from_slice(b"\n\n");
            }
        }
        let tmp = path.with_extension(
            format!("{}-{:?}", std::process::id(), std::thread::current().id())
                .replace(['(', ')'], ""),
        );
        std::fs::write(&tmp, all).unwrap();
        std::fs::rename(&tmp, &path).unwrap();
    }
    path
}

fn kill(pid: u32, signal: &str) {
    let ok = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
}

#[test]
fn an_ending_signal_during_a_long_load_ends_it_at_once() {
    let big = large_report();
    // A name long enough that the loading note, naming it twice, is wider
    // than the terminal: the note must still be cleared whole.
    let long = big.with_file_name(format!("{}-large.txt", "a-long-name".repeat(8)));
    if !long.exists() {
        std::os::unix::fs::symlink(&big, &long).unwrap();
    }
    let big = long.to_str().unwrap();
    for signal in ["TERM", "HUP", "INT"] {
        // One large file shows its start at once (the rest is read behind
        // the screen); two of them to compare are loaded whole first.
        let mut s = Session::start(&["compare", big, big]);
        // A long load says so (and that Ctrl-C stops it).
        s.wait_for("baogao: loading");
        assert!(
            matches!(s.child.try_wait(), Ok(None)),
            "the load ended before the signal"
        );
        let pid = s.child.process_id().unwrap();
        let sent = Instant::now();
        kill(pid, signal);
        while !matches!(s.child.try_wait(), Ok(Some(_))) {
            assert!(
                sent.elapsed() < Duration::from_secs(1),
                "SIG{signal}: still loading a second later"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
        s.pump(Duration::from_millis(20));
        s.assert_restored();
        let screen = s.parser.screen().contents();
        assert!(!screen.contains("loading"), "the note stays:\n{screen}");
    }
    // One large file: a signal while the rest is still being read ends it
    // as promptly, the terminal restored.
    let mut s = Session::start(&[big]);
    s.wait_for("各位代表");
    let pid = s.child.process_id().unwrap();
    let sent = Instant::now();
    kill(pid, "TERM");
    while !matches!(s.child.try_wait(), Ok(Some(_))) {
        assert!(
            sent.elapsed() < Duration::from_secs(1),
            "SIGTERM: still running a second later"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    s.pump(Duration::from_millis(20));
    s.assert_restored();
}

/// The process state letter from /proc (`T` when stopped).
fn state(pid: u32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    stat.rsplit(')')
        .next()
        .and_then(|r| r.trim().chars().next())
        .unwrap_or('?')
}

fn wait_until(what: &str, s: &mut Session, ok: &dyn Fn(&Session) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !ok(s) {
        assert!(
            Instant::now() < deadline,
            "timed out waiting until {what}; alternate screen {}, screen:\n{}",
            s.parser.screen().alternate_screen(),
            s.parser.screen().contents()
        );
        s.pump(Duration::from_millis(20));
    }
}

#[test]
fn suspend_restores_the_terminal_and_continue_redraws() {
    let mut s = Session::start(&[]);
    s.wait_for("Outline");
    let pid = s.child.process_id().unwrap();
    for how in ["kill", "ctrl-z"] {
        if how == "kill" {
            kill(pid, "TSTP");
        } else {
            s.send("\u{1a}");
        }
        wait_until("stopped", &mut s, &|_| state(pid) == 'T');
        s.pump(Duration::from_millis(50));
        s.assert_restored();
        kill(pid, "CONT");
        wait_until(&format!("the frame is back after {how}"), &mut s, &|s| {
            let screen = s.parser.screen();
            screen.alternate_screen() && screen.contents().contains("Outline")
        });
        assert_ne!(state(pid), 'T');
    }
    s.send("q");
    s.wait_exit();
    s.assert_restored();
}

/// A large file: its start is on screen at once and the whole follows
/// (the outline fills in, `G` reaches the real end).
#[test]
fn a_large_file_shows_its_start_then_the_whole() {
    let path = super::scratch().join(format!("baogao-preview-{}.txt", std::process::id()));
    let mut text = String::new();
    for y in [2023, 2024, 2025] {
        text.push_str(
            &String::from_utf8(super::fixture_bytes(&format!("corpus/{y}.txt"))).unwrap(),
        );
        text.push('\n');
    }
    std::fs::write(&path, text.repeat(4)).unwrap();
    let mut s = Session::start(&[path.to_str().unwrap()]);
    s.wait_for("各位代表");
    s.send("G");
    s.wait_for("100%");
    s.settle();
    let screen = s.parser.screen().contents();
    assert!(!screen.contains("reading the rest"), "{screen}");
    // The end of the whole file, not of its start.
    assert!(
        screen.contains("不懈奋斗") || screen.contains("努力奋斗"),
        "{screen}"
    );
    s.send("q");
    s.wait_exit();
    s.assert_restored();
    std::fs::remove_file(&path).ok();
}
