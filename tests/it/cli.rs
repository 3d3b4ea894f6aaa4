//! The command line as a user runs it: subcommands, errors, exit codes.

use std::process::{Command, Output};

fn baogao(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn outline_of_the_sample_by_default() {
    let o = baogao(&["outline"]);
    assert!(o.status.success());
    let s = stdout(&o);
    assert!(s.starts_with("政府上半年工作情况报告\n"), "{s}");
    assert!(
        s.contains("\n三、关于代表、委员比较关心的问题\n  (一)关于稳住经济大盘\n"),
        "{s}"
    );
}

#[test]
fn outline_json_of_a_gbk_file() {
    let path = super::fixture("hailaer-2016-gbk-crlf.txt");
    let o = baogao(&["outline", path.to_str().unwrap(), "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["title"], "政府工作报告");
    assert_eq!(v["date"], "2016-02-19");
    // The one ASCII `(四)` among fullwidth `（一）…（三）` is still the fourth.
    let kids = v["sections"][0]["children"].as_array().unwrap();
    assert_eq!(kids.len(), 4);
    assert_eq!(kids[3]["marker"], "(四)");
    assert_eq!(kids[3]["number"], 4);
}

#[test]
fn dump_offsets_point_into_its_text() {
    let o = baogao(&["dump"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let text: Vec<char> = v["text"].as_str().unwrap().chars().collect();
    let s = &v["sections"][0];
    let (a, b) = (
        s["start"].as_u64().unwrap() as usize,
        s["end"].as_u64().unwrap() as usize,
    );
    assert!(
        text[a..b]
            .iter()
            .collect::<String>()
            .starts_with("一、关于新冠")
    );
    assert!(v["paragraphs"].as_array().unwrap().len() > 40);
}

#[test]
fn plain_text_when_piped() {
    let o = baogao(&[]);
    assert!(o.status.success());
    assert_eq!(o.stdout, baogao::decode::input::SAMPLE);
}

#[test]
fn errors_are_one_sentence_and_exit_2() {
    let dir = super::scratch().join(format!("baogao-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bin = dir.join("x.bin");
    let mut b = vec![0u8; 64];
    b.extend_from_slice(&[0x89, 0x50, 0x4e, 0x47, 0xff]);
    std::fs::write(&bin, b).unwrap();
    let u16: Vec<u8> = "各位代表：\n一、工作回顾\n正文。\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(dir.join("u16.txt"), u16).unwrap();
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let empty = empty.to_string_lossy().into_owned();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            vec!["outline".into(), "/no/such/file.txt".into()],
            "no such file",
        ),
        (vec!["library".into(), empty.clone()], "holds no reports"),
        (
            vec!["trend".into(), "gdp_growth".into(), empty.clone()],
            "holds no reports",
        ),
        // UTF-16 read as GBK is refused, not printed as garbage.
        (
            vec![
                "outline".into(),
                "--encoding".into(),
                "gbk".into(),
                dir.join("u16.txt").to_string_lossy().into_owned(),
            ],
            "does not read as",
        ),
        (
            vec!["outline".into(), dir.to_string_lossy().into_owned()],
            "is a directory",
        ),
        (
            vec!["outline".into(), bin.to_string_lossy().into_owned()],
            "not a text file",
        ),
        (
            vec![
                "outline".into(),
                "--encoding".into(),
                "klingon".into(),
                bin.to_string_lossy().into_owned(),
            ],
            "unknown encoding",
        ),
    ];
    for (args, want) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = baogao(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
        let e = stderr(&o);
        assert_eq!(e.lines().count(), 1, "{e}");
        assert!(e.contains(want), "{args:?}: {e}");
        assert!(e.starts_with("baogao: "), "{e}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn stdin_is_read_with_dash() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(["outline", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("各位代表：\n一、回顾\n正文。\n二、任务\n正文。\n".as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(stdout(&o), "一、回顾\n二、任务\n");
}

#[test]
fn figures_json_csv_and_section() {
    let o = baogao(&["figures", "--json", "--section", "3.1"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let first = &v[0];
    // The contract's example figure, field by field.
    assert_eq!(first["text"], "1127.2亿元");
    assert_eq!(
        (first["start"].as_u64(), first["end"].as_u64()),
        (Some(6147), Some(6155))
    );
    assert_eq!(first["value"], 1127.2);
    assert_eq!(first["scale"], "亿");
    assert_eq!(first["unit"], "元");
    assert_eq!(first["normalized"], 112_720_000_000.0);
    assert_eq!(first["kind"], "money");
    assert_eq!(first["label"], "增加值");
    assert_eq!(first["period"], "1-6月");
    assert_eq!(first["section"], "3.1");
    let c = &first["change"];
    assert_eq!(c["text"], "10.3%");
    assert_eq!(
        (c["start"].as_u64(), c["end"].as_u64()),
        (Some(6160), Some(6165))
    );
    assert_eq!(
        (c["basis"].as_str(), c["direction"].as_str()),
        (Some("可比"), Some("down"))
    );
    assert_eq!(
        (c["value"].as_f64(), c["unit"].as_str()),
        (Some(10.3), Some("%"))
    );
    assert!(v.as_array().unwrap().iter().all(|f| f["section"] == "3.1"));

    let o = baogao(&["figures", "--csv", "--section", "3.1"]);
    let csv = stdout(&o);
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    for col in [
        "text",
        "normalized",
        "label",
        "change_text",
        "change_basis",
        "change_direction",
        "change_value",
        "change_unit",
    ] {
        assert!(header.split(',').any(|h| h == col), "{col}");
    }
    let row = lines.next().unwrap();
    assert!(
        row.contains("1127.2亿元") && row.contains(",可比,down,10.3,%"),
        "{row}"
    );
    assert_eq!(csv.lines().count(), v.as_array().unwrap().len() + 1);

    let o = baogao(&["figures", "--section", "9.9"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("9.9"));
    let o = baogao(&["figures"]);
    assert!(stdout(&o).contains("3.1 (一)关于稳住经济大盘\n  增加值"));
}

#[test]
fn search_text_json_and_no_match() {
    let o = baogao(&["search", "jiuye", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v.as_array().unwrap().iter().all(|h| h["text"] == "就业"));
    let o = baogao(&["search", "１０．３％"]);
    assert!(stdout(&o).contains("«10.3%»"));
    let o = baogao(&["search", "不存在的词"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
}

#[test]
fn help_and_version() {
    let o = baogao(&["--help"]);
    let h = stdout(&o);
    for cmd in [
        "outline",
        "figures",
        "search",
        "dump",
        "--encoding",
        "--theme",
    ] {
        assert!(h.contains(cmd), "{cmd}");
    }
    let o = baogao(&["--version"]);
    assert!(stdout(&o).starts_with("baogao "));
}
