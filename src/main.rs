//! The `baogao` binary: parses the command line, runs a subcommand or the UI.

use baogao::cli::{Cli, Command, Theme};
use baogao::decode::input::LoadError;
use baogao::library::{Library, LibraryOptions, print, trend};
use baogao::output;
use baogao::query::search::find_in;
use baogao::report::{Options, Report};
use baogao::ui::terminal::{Signals, Start};
use clap::Parser;
use std::io::{IsTerminal, Write};
use std::path::Path;
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
    match cli.command {
        Some(Command::Outline { file, json }) => {
            let (_, doc) = Report::open_document(file.as_deref(), &options)?;
            if json {
                print(&(output::outline_json(&doc) + "\n"))
            } else {
                print(&output::outline_text(&doc))
            }
        }
        Some(Command::Dump { file }) => {
            let r = open(file.as_deref())?;
            output::write_json(
                &output::Dump {
                    doc: &r.doc,
                    figures: &r.figures,
                },
                &mut std::io::stdout().lock(),
            );
            Ok(())
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
                output::write_json_list(&figs, &mut std::io::stdout().lock());
                Ok(())
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
        Some(Command::Search {
            query,
            files,
            json,
            no_cache,
        }) => {
            let one_file = files.len() <= 1 && files.first().is_none_or(|f| !Path::new(f).is_dir());
            if one_file {
                let (_, doc) = Report::open_document(files.first().map(String::as_str), &options)?;
                let hits = output::search_hits(&doc, &find_in(&doc.text, &query));
                if json {
                    print(&(serde_json::to_string_pretty(&hits).unwrap_or_default() + "\n"))?;
                }
                if hits.is_empty() {
                    // Like grep and ripgrep: no output, exit status 1.
                    std::process::exit(1);
                }
                if !json {
                    print(&output::search_text(&doc, &hits))?;
                }
                return Ok(());
            }
            let lib = Library::open(&files, &library_options(&options, no_cache))?;
            let results = baogao::library::search(&lib, &query, &options);
            if json {
                print(&print::library_search_json(&results))?;
            } else {
                print(&print::library_search_text(&results))?;
            }
            if results.is_empty() {
                std::process::exit(1);
            }
            Ok(())
        }
        Some(Command::Library {
            paths,
            json,
            csv,
            no_cache,
        }) => {
            let lib = Library::open(&paths, &library_options(&options, no_cache))?;
            if json {
                print(&print::library_json(&lib))
            } else if csv {
                print(&print::library_csv(&lib))
            } else {
                print(&print::library_text(&lib))
            }
        }
        Some(Command::Trend {
            indicator,
            paths,
            json,
            csv,
            no_cache,
        }) => {
            let ind = resolve_indicator(&indicator)?;
            let lib = Library::open(&paths, &library_options(&options, no_cache))?;
            let rows = trend::trend(&lib, &ind.id);
            if json {
                print(&print::trend_json(&rows))
            } else if csv {
                print(&print::trend_csv(&rows))
            } else {
                print(&print::trend_text(&rows))
            }
        }
        Some(Command::Terms { args, json, csv }) => {
            // Trailing arguments that exist on disk are the library.
            let split = args
                .iter()
                .rposition(|a| !Path::new(a).exists())
                .map_or(0, |k| k + 1);
            let (words, paths) = args.split_at(split);
            if words.is_empty() || paths.is_empty() {
                return Err(usage("terms needs WORD... and then a folder or files"));
            }
            let lib = Library::open(paths, &library_options(&options, false))?;
            let rows = baogao::library::term_rows(&lib, words, &options);
            if json {
                print(&print::terms_json(&rows))
            } else if csv {
                print(&print::terms_csv(&rows, words))
            } else {
                print(&print::terms_text(&rows, words))
            }
        }
        Some(Command::Indicators { file, json }) => {
            let report = file.as_deref().map(|f| open(Some(f))).transpose()?;
            print(&output::indicators(report.as_ref(), json))
        }
        Some(Command::Compare { a, b, json }) => {
            if !json && std::io::stdout().is_terminal() {
                let what = format!("{a}, {b}");
                return ui(
                    move || {
                        let ra = Report::open(Some(&a), &options)?;
                        let rb = Report::open(Some(&b), &options)?;
                        Ok(Start::Compare(Arc::new(ra), Arc::new(rb)))
                    },
                    &what,
                    cli.theme,
                );
            }
            let (ra, rb) = (open(Some(&a))?, open(Some(&b))?);
            let c = baogao::compare::compare(&ra, &rb);
            if json {
                print(&print::compare_json(&c))
            } else {
                print(&print::compare_text(&c, &ra.doc, &rb.doc))
            }
        }
        None if cli.files.len() > 1 || cli.files.iter().any(|f| Path::new(f).is_dir()) => {
            // A folder, or several files: the library.
            let lib_options = library_options(&options, false);
            if !std::io::stdout().is_terminal() {
                let lib = Library::open(&cli.files, &lib_options)?;
                return print(&print::library_text(&lib));
            }
            let files = cli.files.clone();
            ui(
                move || {
                    // The list at once; its rows fill in as reports are read.
                    use baogao::app::library::{LibraryEvent, LibraryView};
                    let files = baogao::library::report_files(&files)?;
                    let view =
                        LibraryView::loading(files.len(), lib_options.cache.clone(), options);
                    let (tx, rx) = std::sync::mpsc::channel();
                    std::thread::spawn(move || {
                        let lib = Library::open_files(&files, &lib_options, &|s| {
                            let _ = tx.send(LibraryEvent::Row(Box::new(s.clone())));
                        });
                        let _ = tx.send(LibraryEvent::Done(lib));
                    });
                    Ok(Start::LibraryLoading(Box::new(view), rx))
                },
                &cli.files.join(", "),
                cli.theme,
            )
        }
        None => {
            let files = cli.files.clone();
            let preview_options = options.clone();
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
            let one = (cli.files.len() == 1).then(|| cli.files[0].clone());
            let what = if cli.files.is_empty() {
                baogao::decode::input::SAMPLE_NAME.to_string()
            } else {
                cli.files.join(", ")
            };
            ui(
                move || {
                    // A large file: its start at once, the whole on a worker.
                    if let Some(path) = one
                        && let Some(head) =
                            Report::open_preview(&path, &preview_options, PREVIEW_BYTES)
                    {
                        let (tx, rx) = std::sync::mpsc::channel();
                        std::thread::spawn(move || {
                            let _ = tx.send(Report::open(Some(&path), &preview_options));
                        });
                        return Ok(Start::Preview(Arc::new(head), rx));
                    }
                    load().map(Start::Reports)
                },
                &what,
                cli.theme,
            )
        }
    }
}

/// How much of a large file the first screen reads (the rest follows).
const PREVIEW_BYTES: usize = 192 << 10;

/// Runs the terminal UI on what `load` opens. Signals first: a large file
/// or folder can take a while to load, and Ctrl-C, SIGTERM or SIGHUP end
/// the program at any moment (the load runs on a worker thread).
fn ui(
    load: impl FnOnce() -> Result<Start, LoadError> + Send + 'static,
    what: &str,
    theme: Theme,
) -> Result<(), LoadError> {
    let terminal_error = |e: std::io::Error| LoadError {
        name: "terminal".into(),
        problem: e.to_string(),
    };
    let signals = Signals::install().map_err(terminal_error)?;
    let start = signals.wait_for(what, load)?;
    baogao::ui::terminal::run(start, theme == Theme::Light, &signals).map_err(terminal_error)
}

fn usage(problem: &str) -> LoadError {
    LoadError {
        name: "usage".into(),
        problem: problem.into(),
    }
}

fn library_options(options: &Options, no_cache: bool) -> LibraryOptions {
    LibraryOptions {
        report: options.clone(),
        cache: if no_cache {
            None
        } else {
            baogao::library::cache::default_dir()
        },
    }
}

/// An indicator by id, name, alias or pinyin; unknown: exit 2 naming the
/// closest ids.
fn resolve_indicator(
    q: &str,
) -> Result<&'static baogao::figures::indicators::Indicator, LoadError> {
    baogao::figures::indicators::resolve(q).map_err(|near| LoadError {
        name: q.to_string(),
        problem: format!(
            "is not an indicator (closest: {}; see `baogao indicators`)",
            near.join(", ")
        ),
    })
}
