//! Output that cannot be turned against the user, and the conventions of
//! a command-line tool: escaped file names, signed figures, CSV cells that
//! are never formulas, UTF-16 without a BOM, the stdin limit, global
//! options before a subcommand, shell completions and the manual page.

use baogao::report::{Options, Report};
use std::process::{Command, Output, Stdio};

fn baogao(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(args)
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let d = super::scratch().join(format!("baogao-hard-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The error is one line, names the file with placeholders, and carries no
/// control character (no ESC, BEL or line break of the name's own).
fn assert_one_safe_line(e: &str, shown: &str) {
    assert_eq!(e.lines().count(), 1, "{e:?}");
    assert!(
        !e.trim_end_matches('\n').chars().any(|c| c.is_control()),
        "{e:?}"
    );
    assert!(e.contains(shown), "{e:?} lacks {shown:?}");
}

#[test]
fn file_names_in_errors_are_escaped() {
    let evil = "x\n\u{1b}]0;PWNED\u{7}\u{1b}[2J";
    let o = baogao(&["outline", evil]);
    assert_eq!(o.status.code(), Some(2));
    assert_one_safe_line(&stderr(&o), "x␊␛]0;PWNED␇␛[2J: no such file");
    // A file that exists, under a name with an escape, and a section id
    // with one: both shown with placeholders.
    let dir = temp_dir("names");
    let path = dir.join("r\u{1b}[31m.txt");
    std::fs::write(&path, "各位代表：\n一、回顾\n增长5%。\n").unwrap();
    let o = baogao(&["figures", path.to_str().unwrap(), "--section", "9\u{1b}[2J"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert_one_safe_line(&e, "r␛[31m.txt: has no section");
    assert!(!e.contains('\u{1b}'), "{e:?}");
    // The encoding name is the user's too.
    let o = baogao(&[
        "outline",
        "--encoding",
        "x\u{1b}[2Jy",
        path.to_str().unwrap(),
    ]);
    assert_one_safe_line(&stderr(&o), "unknown encoding");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn status_line_names_are_one_line() {
    let shown = baogao::decode::sanitize_line("a\nb\tc\u{1b}[2J\u{9b}");
    assert_eq!(shown, "a␊b␉c␛[2J\u{FFFD}");
}

fn figures_of(text: &str) -> Vec<baogao::figures::Figure> {
    Report::from_bytes("t.txt", text.as_bytes(), &Options::default())
        .unwrap()
        .figures
}

#[test]
fn negative_values_keep_their_sign() {
    let f = figures_of("各位代表：\n去年财政赤字总额为-5亿元，利润增长-3.5%，总额为－２亿元。\n");
    assert_eq!(f.len(), 3, "{f:#?}");
    assert_eq!(
        (f[0].text.as_str(), f[0].value, f[0].normalized),
        ("-5亿元", -5.0, -500_000_000.0)
    );
    assert_eq!(f[0].label.as_deref(), Some("财政赤字总额"));
    assert_eq!((f[1].text.as_str(), f[1].value), ("-3.5%", -3.5));
    assert_eq!((f[2].text.as_str(), f[2].value), ("－２亿元", -2.0));
    // `负增长` is a fall.
    let f = figures_of("各位代表：\n工业增加值负增长2%。\n");
    let c = f[0].change.as_ref().unwrap();
    assert_eq!(
        (c.direction, c.value, f[0].label.as_deref()),
        (baogao::figures::Direction::Down, 2.0, Some("工业增加值"))
    );
    // Dashes that are not signs: ranges, month spans, codes.
    let f = figures_of("各位代表：\n1-6月增长5%-6%，S5-1线路投资3亿元。\n");
    assert!(f.iter().all(|x| x.value >= 0.0), "{f:#?}");
}

#[test]
fn csv_cells_are_never_formulas() {
    let dir = temp_dir("csv");
    let path = dir.join("r.txt");
    std::fs::write(
        &path,
        "各位代表：\n财政赤字总额为-5亿元，“=HYPERLINK(1)”项目投资+3亿元。\n",
    )
    .unwrap();
    let o = baogao(&["figures", "--csv", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut r = csv::Reader::from_reader(&o.stdout[..]);
    let header = r.headers().unwrap().clone();
    let numeric = ["value", "normalized", "change_value", "low", "high"];
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert!(!rows.is_empty());
    for row in &rows {
        for (name, cell) in header.iter().zip(row.iter()) {
            if numeric.contains(&name) {
                assert!(
                    cell.is_empty() || cell.parse::<f64>().is_ok(),
                    "{name}={cell}"
                );
            } else {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{name}={cell:?}"
                );
            }
        }
    }
    assert_eq!((&rows[0][1], &rows[0][4]), ("'-5亿元", "-5"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn utf16_without_a_bom_is_detected() {
    for name in ["state-council-2024.txt", "jiading-2022h1.txt"] {
        let text = String::from_utf8(super::fixture_bytes(name)).unwrap();
        let utf8 = Report::from_bytes(name, text.as_bytes(), &Options::default()).unwrap();
        for (le, enc) in [(true, "UTF-16LE"), (false, "UTF-16BE")] {
            let bytes: Vec<u8> = text
                .encode_utf16()
                .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
                .collect();
            let r = Report::from_bytes(name, &bytes, &Options::default())
                .unwrap_or_else(|e| panic!("{name} {enc}: {e}"));
            assert_eq!(r.encoding, enc);
            assert_eq!(r.doc.text, utf8.doc.text, "{name} {enc}");
        }
    }
    // Binary data with zeros is still not text.
    let mut noise = Vec::new();
    let mut x: u32 = 12345;
    for _ in 0..20_000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        noise.push((x >> 16) as u8);
        noise.push(0);
    }
    assert!(Report::from_bytes("n.bin", &noise, &Options::default()).is_err());
}

#[test]
fn standard_input_over_the_limit_says_where_reading_stopped() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(["outline", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![b'a'; 1 << 20];
        // 257 MB, or until the program stops reading.
        for _ in 0..257 {
            if input.write_all(&chunk).is_err() {
                break;
            }
        }
    });
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert_eq!(
        e,
        "baogao: <stdin>: is too large to be a report: reading stopped after the first 256 MB, the limit\n"
    );
}

#[test]
fn global_options_before_the_subcommand() {
    let gbk = super::fixture("hailaer-2016-gbk-crlf.txt");
    let gbk = gbk.to_str().unwrap();
    let before = baogao(&["--encoding", "gbk", "outline", gbk]);
    assert!(before.status.success(), "{}", stderr(&before));
    let after = baogao(&["outline", gbk, "--encoding", "gbk"]);
    assert_eq!(before.stdout, after.stdout);
    assert!(String::from_utf8_lossy(&before.stdout).starts_with("政府工作报告\n"));
    // The browse form keeps its files.
    let o = baogao(&["--encoding", "gbk", gbk]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("海拉尔"));
}

const SUBCOMMANDS: [&str; 6] = ["outline", "figures", "search", "dump", "completions", "man"];

#[test]
fn completions_name_every_subcommand() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let o = baogao(&["completions", shell]);
        assert!(o.status.success(), "{shell}: {}", stderr(&o));
        let s = String::from_utf8_lossy(&o.stdout);
        for sub in SUBCOMMANDS {
            assert!(s.contains(sub), "{shell} completion lacks {sub}");
        }
        assert!(s.contains("encoding"), "{shell}");
    }
    // bash can load it.
    let o = baogao(&["completions", "bash"]);
    let dir = temp_dir("compl");
    let script = dir.join("baogao.bash");
    std::fs::write(&script, &o.stdout).unwrap();
    if let Ok(b) = Command::new("bash").arg("-n").arg(&script).output() {
        assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_manual_page_renders() {
    let o = baogao(&["man"]);
    assert!(o.status.success());
    let roff = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(roff.contains(".TH baogao 1"), "{roff}");
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH DESCRIPTION",
        ".SH OPTIONS",
        ".SH SUBCOMMANDS",
    ] {
        assert!(roff.contains(section), "{section} missing");
    }
    for sub in SUBCOMMANDS {
        assert!(roff.contains(&format!("baogao\\-{sub}")), "{sub} missing");
    }
    // With man installed, it renders.
    let dir = temp_dir("man");
    let page = dir.join("baogao.1");
    std::fs::write(&page, &o.stdout).unwrap();
    let man = Command::new("man")
        .arg("-l")
        .arg(&page)
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .output();
    if let Ok(m) = man {
        assert!(m.status.success(), "{}", String::from_utf8_lossy(&m.stderr));
        let text = String::from_utf8_lossy(&m.stdout);
        assert!(text.contains("baogao"), "{text}");
        assert!(text.contains("completions"), "{text}");
    }
    std::fs::remove_dir_all(&dir).ok();
}
