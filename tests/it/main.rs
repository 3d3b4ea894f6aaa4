//! Integration tests: one binary, one module per area.

mod broken;
mod cli;
mod compare;
mod corpus;
mod dresses;
mod fuzzed;
mod gold;
mod hardening;
mod library;
mod linear;
mod navigation;
mod positions;
mod props;
mod pty;
mod reading;
mod sample;
mod titleblock;
mod ui;

use std::path::PathBuf;

/// Where tests write their files: cargo's scratch directory for
/// integration tests (under `target/`), never the system's temporary
/// directory, so that a failed or interrupted run leaves nothing there.
pub fn scratch() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
}

/// Path of a fixture under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Bytes of a fixture.
pub fn fixture_bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}
