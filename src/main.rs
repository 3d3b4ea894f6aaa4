//! The `baogao` binary: parses the command line, runs a subcommand or the UI.

use baogao::cli::{Cli, Command};
use baogao::load::{LoadError, load};
use baogao::output;
use clap::Parser;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

mod tui;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Not eprintln!: it panics when stderr is gone (a closed terminal).
            let _ = writeln!(std::io::stderr(), "{e}");
            ExitCode::from(2)
        }
    }
}

fn print(s: &str) -> Result<(), LoadError> {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = out.write_all(s.as_bytes());
    let _ = out.flush();
    Ok(())
}

fn run(cli: Cli) -> Result<(), LoadError> {
    let enc = cli.encoding.as_deref();
    match cli.command {
        Some(Command::Outline { file, json }) => {
            let l = load(file.as_deref(), enc)?;
            if json {
                print(&(output::outline_json(&l.doc) + "\n"))
            } else {
                print(&output::outline_text(&l.doc))
            }
        }
        Some(Command::Dump { file }) => {
            let l = load(file.as_deref(), enc)?;
            let figures = baogao::figures::extract(&l.doc);
            print(&(output::dump_json(&l.doc, &figures) + "\n"))
        }
        Some(Command::Figures {
            file,
            json,
            csv,
            section,
        }) => {
            let l = load(file.as_deref(), enc)?;
            let all = baogao::figures::extract(&l.doc);
            if let Some(id) = &section
                && l.doc.section_by_id(id).is_none()
            {
                return Err(LoadError {
                    name: l.name.clone(),
                    problem: format!("has no section {id:?} (see `baogao outline`)"),
                });
            }
            let figs = output::figures_in(&all, section.as_deref());
            if json {
                print(&(output::figures_json(&figs) + "\n"))
            } else if csv {
                print(&output::figures_csv(&figs))
            } else {
                print(&output::figures_table(&l.doc, &figs))
            }
        }
        Some(Command::Search { query, file, json }) => {
            let l = load(file.as_deref(), enc)?;
            let folded = baogao::fold::fold_chars(&l.doc.text);
            let hits = output::search_hits(&l.doc, &baogao::search::find(&folded, &query));
            if json {
                print(&(serde_json::to_string_pretty(&hits).unwrap_or_default() + "\n"))
            } else if hits.is_empty() {
                // Like grep and ripgrep: no output, exit status 1.
                std::process::exit(1);
            } else {
                print(&output::search_text(&l.doc, &hits))
            }
        }
        None => {
            let first = cli.files.first().map(String::as_str);
            if std::io::stdout().is_terminal() {
                let mut docs = vec![];
                if cli.files.is_empty() {
                    docs.push(load(first, enc)?);
                } else {
                    for f in &cli.files {
                        docs.push(load(Some(f), enc)?);
                    }
                }
                tui::run(docs, cli.theme == baogao::cli::Theme::Light).map_err(|e| LoadError {
                    name: "terminal".into(),
                    problem: e.to_string(),
                })
            } else {
                let mut docs = Vec::new();
                if cli.files.is_empty() {
                    docs.push(load(None, enc)?);
                } else {
                    for f in &cli.files {
                        docs.push(load(Some(f), enc)?);
                    }
                }
                let text: String = docs.iter().map(|l| output::plain_text(&l.doc)).collect();
                print(&text)
            }
        }
    }
}
