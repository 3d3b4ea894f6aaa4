//! The positions store under concurrent saves: ten processes save at once
//! and every entry survives.
//!
//! The processes are this test binary itself, run again with
//! `BAOGAO_POSITIONS_WORKER` set and filtered to [`worker`], which saves
//! its share of positions into the store named by
//! `BAOGAO_POSITIONS_STORE` and exits (without the variable, `worker`
//! does nothing). No test-only code is needed in baogao.

use baogao::app::positions::{key, read, save};
use std::process::Command;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const PROCESSES: u64 = 10;
const ROUNDS: u64 = 20;
const PER_ROUND: u64 = 4;

/// The entries of worker `w`: distinct hashes, position = hash.
fn entries(w: u64, round: u64) -> Vec<(u64, usize)> {
    (0..PER_ROUND)
        .map(|k| {
            let h = w * 1_000_000 + round * 100 + k;
            (h, h as usize)
        })
        .collect()
}

#[test]
fn worker() {
    let (Ok(w), Ok(store), Ok(start)) = (
        std::env::var("BAOGAO_POSITIONS_WORKER"),
        std::env::var("BAOGAO_POSITIONS_STORE"),
        std::env::var("BAOGAO_POSITIONS_START"),
    ) else {
        return;
    };
    let w: u64 = w.parse().unwrap();
    // All workers start at the same moment.
    let start: u128 = start.parse().unwrap();
    while SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis()
        < start
    {
        std::thread::sleep(Duration::from_millis(1));
    }
    for round in 0..ROUNDS {
        save(std::path::Path::new(&store), &entries(w, round));
    }
}

#[test]
fn ten_processes_saving_at_once_lose_nothing() {
    let dir = super::scratch().join(format!("baogao-posconc-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    let store = dir.join("positions.json");
    let start = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis()
        + 1500;
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = (0..PROCESSES)
        .map(|w| {
            Command::new(&exe)
                .args(["--exact", "positions::worker", "--test-threads=1", "-q"])
                .env("BAOGAO_POSITIONS_WORKER", w.to_string())
                .env("BAOGAO_POSITIONS_STORE", &store)
                .env("BAOGAO_POSITIONS_START", start.to_string())
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let all = read(&store);
    let mut lost = Vec::new();
    for w in 0..PROCESSES {
        for round in 0..ROUNDS {
            for (h, pos) in entries(w, round) {
                if all.get(&key(h)) != Some(&pos) {
                    lost.push(h);
                }
            }
        }
    }
    assert!(
        lost.is_empty(),
        "{} of {} entries lost: {:?}…",
        lost.len(),
        PROCESSES * ROUNDS * PER_ROUND,
        &lost[..lost.len().min(10)]
    );
    // Nothing left behind but the store.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["positions.json"]);
    std::fs::remove_dir_all(&dir).ok();
}
