//! baogao: Chinese government reports as a structure.
//!
//! ```text
//! bytes ─decode─▶ text ─document─▶ Document ─figures─▶ Figures
//!                                      └──────┬──────────┘
//!                                          Report ─▶ app (state, Action, update) ─▶ ui (frame)
//! ```
//!
//! Everything but `ui` and `cli` is plain Rust with no terminal in sight;
//! those two sit behind the default `tui` feature, so
//! `cargo build --lib --no-default-features` builds the core without
//! ratatui, crossterm or clap.

pub mod app;
pub mod atomic;
pub mod compare;
pub mod decode;
pub mod document;
pub mod figures;
pub mod library;
pub mod output;
pub mod par;
pub mod query;
pub mod report;
pub mod selfcheck;
pub mod text;

#[cfg(feature = "tui")]
pub mod cli;
#[cfg(feature = "tui")]
pub mod ui;
