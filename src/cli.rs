//! The command line (per CONTRACT.md): `baogao [FILE|DIR]...`, `outline`,
//! `figures`, `search`, `dump`, `library`, `trend`, `terms`, `indicators`,
//! `compare`; `completions` and `man` generate shell completions and the
//! manual page from the same definition.

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

/// baogao (报告): browse Chinese government work reports in the terminal —
/// outline, reading pane and every figure of the section you read.
#[derive(Debug, Parser)]
#[command(name = "baogao", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Reports to open (`-` for standard input); none opens the sample.
    pub files: Vec<String>,
    /// Read input in this encoding (e.g. gbk, gb18030, utf-16le).
    #[arg(long, global = true, value_name = "NAME")]
    pub encoding: Option<String>,
    /// Colour theme of the UI.
    #[arg(long, value_enum, default_value_t = Theme::Dark)]
    pub theme: Theme,
}

/// UI colour themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Theme {
    Dark,
    Light,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the section tree.
    Outline {
        /// Report to read (`-` for standard input); none reads the sample.
        file: Option<String>,
        /// Print JSON instead of the indented tree.
        #[arg(long)]
        json: bool,
    },
    /// List every figure (quantity) in the report.
    Figures {
        /// Report to read (`-` for standard input); none reads the sample.
        file: Option<String>,
        /// Print JSON.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV with a header row.
        #[arg(long)]
        csv: bool,
        /// Only figures of this section (e.g. `3.1`) and its subsections.
        #[arg(long, value_name = "ID")]
        section: Option<String>,
    },
    /// Full-text search; QUERY may be Chinese or pinyin. With a folder or
    /// several files, every report is searched.
    Search {
        /// What to look for.
        query: String,
        /// Report (`-` for standard input), or a folder / several files;
        /// none reads the sample.
        files: Vec<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Do not read or write the library cache.
        #[arg(long)]
        no_cache: bool,
    },
    /// Print the whole document model as JSON.
    Dump {
        /// Report to read (`-` for standard input); none reads the sample.
        file: Option<String>,
    },
    /// One row per report of a folder (or several files): year, region,
    /// level, title, speaker, size, figures and targets.
    Library {
        /// Folders (read recursively for .txt/.htm/.html) or files.
        #[arg(required = true)]
        paths: Vec<String>,
        /// Print JSON.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV with a header row.
        #[arg(long)]
        csv: bool,
        /// Do not read or write the library cache.
        #[arg(long)]
        no_cache: bool,
    },
    /// One indicator across the reports: each year's target and the
    /// outcome reported for the year before.
    Trend {
        /// An indicator id (`gdp_growth`), name or alias (`国内生产总值`,
        /// `GDP`) or its pinyin (`jingjizengzhang`).
        indicator: String,
        /// Folders or files.
        #[arg(required = true)]
        paths: Vec<String>,
        /// Print JSON.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV with a header row.
        #[arg(long)]
        csv: bool,
        /// Do not read or write the library cache.
        #[arg(long)]
        no_cache: bool,
    },
    /// How often terms occur in each report (per report and per 10,000
    /// characters).
    Terms {
        /// The terms, then the folders or files (arguments that exist on
        /// disk are paths).
        #[arg(required = true, num_args = 2..)]
        args: Vec<String>,
        /// Print JSON.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV with a header row.
        #[arg(long)]
        csv: bool,
    },
    /// The indicator lexicon; with a FILE, the figures mapped to each.
    Indicators {
        /// Report to read (`-` for standard input).
        file: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Compare two reports: targets, sections and words that moved.
    Compare {
        /// The earlier report.
        a: String,
        /// The later report.
        b: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print a shell completion script (e.g. `baogao completions bash >
    /// ~/.local/share/bash-completion/completions/baogao`).
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff; `baogao man > baogao.1`, `man -l baogao.1`).
    Man,
}

/// Writes the completion script for `shell`.
pub fn completions(shell: clap_complete::Shell, out: &mut dyn std::io::Write) {
    clap_complete::generate(shell, &mut Cli::command(), "baogao", out);
}

/// Writes the manual page (roff).
pub fn man(out: &mut dyn std::io::Write) -> std::io::Result<()> {
    clap_mangen::Man::new(Cli::command()).render(out)
}
