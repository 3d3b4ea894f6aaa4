//! The `baogao` binary: parses the command line, runs a subcommand or the UI.

use baogao::cli::{Cli, Command, Theme};
use baogao::decode::input::LoadError;
use baogao::output;
use baogao::query::search::find;
use baogao::report::{Options, Report};
use baogao::ui::terminal::Signals;
use clap::Parser;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

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
    let options = Options::with_encoding(cli.encoding.as_deref());
    let open = |file: Option<&str>| Report::open(file, &options);
    let options = options.clone();
    match cli.command {
        Some(Command::Outline { file, json }) => {
            let r = open(file.as_deref())?;
            if json {
                print(&(output::outline_json(&r.doc) + "\n"))
            } else {
                print(&output::outline_text(&r.doc))
            }
        }
        Some(Command::Dump { file }) => {
            let r = open(file.as_deref())?;
            print(&(output::dump_json(&r.doc, &r.figures) + "\n"))
        }
        Some(Command::Figures {
            file,
            json,
            csv,
            section,
        }) => {
            let r = open(file.as_deref())?;
            if let Some(id) = &section
                && r.doc.section_by_id(id).is_none()
            {
                return Err(LoadError {
                    name: r.name.clone(),
                    problem: format!("has no section {id:?} (see `baogao outline`)"),
                });
            }
            let figs = output::figures_in(&r.figures, section.as_deref());
            if json {
                print(&(output::figures_json(&figs) + "\n"))
            } else if csv {
                print(&output::figures_csv(&figs))
            } else {
                print(&output::figures_table(&r.doc, &figs))
            }
        }
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            baogao::cli::completions(shell, &mut out);
            print(&String::from_utf8_lossy(&out))
        }
        Some(Command::Man) => {
            let mut out = Vec::new();
            let _ = baogao::cli::man(&mut out);
            print(&String::from_utf8_lossy(&out))
        }
        Some(Command::Search { query, file, json }) => {
            let r = open(file.as_deref())?;
            let hits = output::search_hits(&r.doc, &find(&r.folded, &query));
            if json {
                print(&(serde_json::to_string_pretty(&hits).unwrap_or_default() + "\n"))
            } else if hits.is_empty() {
                // Like grep and ripgrep: no output, exit status 1.
                std::process::exit(1);
            } else {
                print(&output::search_text(&r.doc, &hits))
            }
        }
        None => {
            let files = cli.files.clone();
            let load = move || -> Result<Vec<Arc<Report>>, LoadError> {
                if files.is_empty() {
                    return Ok(vec![Arc::new(Report::open(None, &options)?)]);
                }
                files
                    .iter()
                    .map(|f| Report::open(Some(f), &options).map(Arc::new))
                    .collect()
            };
            if !std::io::stdout().is_terminal() {
                let text: String = load()?.iter().map(|r| output::plain_text(&r.doc)).collect();
                return print(&text);
            }
            // Signals first: a large file can take a while to load, and
            // Ctrl-C, SIGTERM or SIGHUP end the program at any moment.
            let terminal_error = |e: std::io::Error| LoadError {
                name: "terminal".into(),
                problem: e.to_string(),
            };
            let signals = Signals::install().map_err(terminal_error)?;
            let what = if cli.files.is_empty() {
                baogao::decode::input::SAMPLE_NAME.to_string()
            } else {
                cli.files.join(", ")
            };
            let docs = signals.wait_for(&what, load)?;
            baogao::ui::terminal::run(docs, cli.theme == Theme::Light, &signals)
                .map_err(terminal_error)
        }
    }
}
