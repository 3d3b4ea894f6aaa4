//! Text and JSON forms of the model for the subcommands.

use crate::decode::sanitize;
use crate::model::{Document, Section};
use serde::Serialize;
use std::fmt::Write;

/// The `outline --json` object.
#[derive(Serialize)]
struct OutlineJson<'a> {
    title: &'a Option<String>,
    date: &'a Option<String>,
    venue: &'a Option<String>,
    speaker: &'a Option<String>,
    sections: &'a [Section],
}

/// `outline --json`.
pub fn outline_json(doc: &Document) -> String {
    let o = OutlineJson {
        title: &doc.title_block.title,
        date: &doc.title_block.date,
        venue: &doc.title_block.venue,
        speaker: &doc.title_block.speaker,
        sections: &doc.sections,
    };
    serde_json::to_string_pretty(&o).unwrap_or_default()
}

/// `outline`: an indented tree, safe for a terminal.
pub fn outline_text(doc: &Document) -> String {
    let mut out = String::new();
    let tb = &doc.title_block;
    if let Some(t) = &tb.title {
        let _ = writeln!(out, "{}", sanitize(t));
    }
    let meta: Vec<String> = [&tb.date, &tb.venue, &tb.speaker]
        .iter()
        .filter_map(|v| v.as_ref().map(|s| sanitize(s)))
        .collect();
    if !meta.is_empty() {
        let _ = writeln!(out, "{}", meta.join(" · "));
    }
    if !out.is_empty() {
        out.push('\n');
    }
    fn walk(out: &mut String, s: &[Section], depth: usize) {
        for sec in s {
            let indent = "  ".repeat(depth);
            let marker = sec.marker.as_deref().unwrap_or("");
            // `附件1 2026年…` needs a space; `一、回顾` does not.
            let gap = if marker.ends_with(|c: char| c.is_alphanumeric()) && !sec.title.is_empty() {
                " "
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "{indent}{}{gap}{}",
                sanitize(marker),
                sanitize(&sec.title)
            );
            for p in &sec.points {
                let _ = writeln!(
                    out,
                    "{indent}  · {}{}",
                    sanitize(&p.marker),
                    sanitize(&p.title)
                );
            }
            walk(out, &sec.children, depth + 1);
        }
    }
    walk(&mut out, &doc.sections, 0);
    out
}

/// `dump`: the whole model.
pub fn dump_json(doc: &Document, figures: &impl Serialize) -> String {
    #[derive(Serialize)]
    struct Dump<'a, F: Serialize> {
        #[serde(flatten)]
        doc: &'a Document,
        figures: &'a F,
    }
    serde_json::to_string_pretty(&Dump { doc, figures }).unwrap_or_default()
}

/// Plain text output (stdout not a terminal): the document text, safe.
pub fn plain_text(doc: &Document) -> String {
    sanitize(&doc.text)
}
