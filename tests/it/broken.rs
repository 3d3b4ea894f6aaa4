//! Broken input: odd files open normally; bad ones get one sentence and
//! exit 2, never a panic.

use std::process::Command;

#[test]
fn odd_but_valid_input_opens() {
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("blank lines", b"\n\n\n   \n\r\n".to_vec()),
        ("lone BOM", vec![0xEF, 0xBB, 0xBF]),
        ("lone UTF-16 BOM", vec![0xFF, 0xFE]),
        (
            "truncated multibyte",
            "一、回顾\n增长5%".as_bytes()[..13].to_vec(),
        ),
        (
            "invalid UTF-8 inside",
            [
                "各位代表：\n一、回顾\n增长".as_bytes(),
                &[0xff, 0xfe],
                "5.2%。\n".as_bytes(),
            ]
            .concat(),
        ),
        ("mixed line ends", b"a\r\nb\rc\nd".to_vec()),
        ("only controls", vec![0x1b, 0x07, 0x1b, b'[', b'2', b'J']),
    ];
    for (name, bytes) in cases {
        let l =
            baogao::report::Report::from_bytes(name, &bytes, &baogao::report::Options::default())
                .unwrap_or_else(|e| panic!("{name}: {e}"));
        let _ = baogao::figures::extract(&l.doc);
        assert!(!l.doc.text.contains('\r'), "{name}");
        assert!(!l.doc.text.contains('\u{1b}'), "{name}");
    }
    let l = baogao::report::Report::from_bytes(
        "x",
        &[
            "各位代表：\n一、回顾\n增长".as_bytes(),
            &[0xff],
            "5.2%。\n".as_bytes(),
        ]
        .concat(),
        &baogao::report::Options::default(),
    )
    .unwrap();
    assert!(l.doc.text.contains('\u{FFFD}'));
    assert_eq!(l.doc.sections.len(), 1);
}

#[test]
fn a_file_over_the_limit_is_refused_without_reading_it() {
    let dir = super::scratch().join(format!("baogao-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("huge.txt");
    // A sparse 300 MB file: refused from its size, never read into memory.
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(300 * 1024 * 1024).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(["outline", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("too large") && e.contains("huge.txt"), "{e}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_unreadable_file_is_one_sentence() {
    let dir = super::scratch().join(format!("baogao-perm-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("secret.txt");
    std::fs::write(&path, "各位代表：").unwrap();
    let mut perm = std::fs::metadata(&path).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o000);
    std::fs::set_permissions(&path, perm).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_baogao"))
        .args(["figures", path.to_str().unwrap()])
        .output()
        .unwrap();
    // Root reads anything; elsewhere the file is refused.
    if !o.status.success() {
        assert_eq!(o.status.code(), Some(2));
        let e = String::from_utf8_lossy(&o.stderr);
        assert!(
            e.contains("permission denied") && e.contains("secret.txt"),
            "{e}"
        );
        assert_eq!(e.lines().count(), 1);
    }
    std::fs::remove_dir_all(&dir).ok();
}
